package api

import (
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/plots"
)

// drawPath is gradplay.drawPath({direction, maxSteps}): gradplay.path
// for the page, from its pinned node with its function, grids and
// edge_order, and the two paths drawn over the figure (numpy's solid, the
// exact one dashed; their projection on the plotted plane for three or
// more variables) until the pin or the figure changes.
// gradplay.drawPath(null) takes them away and returns null.
func (a *API) drawPath(args []any) (any, error) {
	if len(args) > 0 && args[0] == nil {
		a.s.SetPaths(nil)
		return nil, nil
	}
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	pin := a.s.Pin()
	r, ok := sc.Readout(pin.I, pin.J)
	if !pin.OK || !ok {
		return nil, argErr("drawPath: pin a node first (click the plot): the path starts there")
	}
	st := sc.State
	f, err := field.Compute(st.Expr, st.Grid, &field.Options{Vars: sc.Vars, EdgeOrder: st.EdgeOrder})
	if err != nil {
		return nil, err
	}
	start := make([]float64, len(f.Vars))
	for i, v := range f.Vars {
		start[i] = r.Point[v]
	}
	p, err := gradientPath(f, start, arg(args, 0))
	if err != nil {
		return nil, err
	}
	if sc.YVar >= 0 {
		xv, yv := sc.Vars[sc.XVar], sc.Vars[sc.YVar]
		project := func(pts []map[string]float64) (xs, ys []float64) {
			for _, q := range pts {
				xs, ys = append(xs, q[xv]), append(ys, q[yv])
			}
			return xs, ys
		}
		gx, gy := project(p.Points)
		ex, ey := project(p.ExactPoints)
		a.s.SetPaths([]plots.Path{
			{X: gx, Y: gy, Line: plots.GridPathStyle, End: 2.5},
			{X: ex, Y: ey, Line: plots.ExactPathStyle, End: 2},
		})
	}
	return Value(p), nil
}

package api

import (
	"fmt"
	"math"
	"strings"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// usesCache keeps the field and Laplacian of the scene shown, computed
// once for the page's entries at the pin (the angle control calls usesAtPin
// at every move).
type usesCache struct {
	scene  *state.Scene
	f      *field.Field
	lap    *field.Laplacian
	lapErr error
	// What is drawn over the figure, and for which pin: the gradient
	// paths (drawPath) and the direction u (usesAtPin).
	paths, arrow      []plots.Path
	pathPin, arrowPin session.Node
}

// draw shows the gradient paths and the arrow of u that belong to the pin.
func (a *API) draw(pin session.Node) {
	c := &a.uses
	var ps []plots.Path
	if c.paths != nil && c.pathPin == pin {
		ps = append(ps, c.paths...)
	}
	if c.arrow != nil && c.arrowPin == pin {
		ps = append(ps, c.arrow...)
	}
	a.s.SetPaths(ps)
}

// pinned returns the scene shown, its field, the pinned node's read-out
// and its point in Vars order.
func (a *API) pinned(entry string) (*state.Scene, *field.Field, *state.Readout, []float64, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, nil, nil, nil, errNoFigure
	}
	pin := a.s.Pin()
	r, ok := sc.Readout(pin.I, pin.J)
	if !pin.OK || !ok {
		return nil, nil, nil, nil, argErr("%s: pin a node first (click the plot)", entry)
	}
	c := &a.uses
	if c.scene != sc {
		st := sc.State
		f, err := field.Compute(st.Expr, st.Grid, &field.Options{Vars: sc.Vars, EdgeOrder: st.EdgeOrder})
		if err != nil {
			return nil, nil, nil, nil, err
		}
		*c = usesCache{scene: sc, f: f}
	}
	at := make([]float64, len(c.f.Vars))
	for i, v := range c.f.Vars {
		at[i] = r.Point[v]
	}
	return sc, c.f, &r, at, nil
}

// PathDrawn is the result of gradplay.drawPath: gradplay.path's, with
// why each path stopped in words.
type PathDrawn struct {
	GradientPath
	StopText      string `json:"stopText"`
	ExactStopText string `json:"exactStopText"`
}

// drawPath is gradplay.drawPath({direction, maxSteps}): gradplay.path
// for the page, from its pinned node with its function, grids and
// edge_order, and the two paths drawn over the figure (numpy's solid, the
// exact one dashed; their projection on the plotted plane for three or
// more variables) until the pin or the figure changes.
// gradplay.drawPath(null) takes them away and returns null.
func (a *API) drawPath(args []any) (any, error) {
	if len(args) > 0 && args[0] == nil {
		a.uses.paths = nil
		a.draw(a.s.Pin())
		return nil, nil
	}
	sc, f, _, start, err := a.pinned("drawPath")
	if err != nil {
		return nil, err
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
		a.uses.paths = []plots.Path{
			{X: gx, Y: gy, Line: plots.GridPathStyle, End: 2.5},
			{X: ex, Y: ey, Line: plots.ExactPathStyle, End: 2, NoHalo: true},
		}
		a.uses.pathPin = a.s.Pin()
		a.draw(a.uses.pathPin)
	}
	return Value(PathDrawn{GradientPath: *p, StopText: stopText("numpy.gradient's gradient (solid line)", p.Direction, p.Stop, p.Points, f.Vars),
		ExactStopText: stopText("the exact gradient (dashed line)", p.Direction, p.ExactStop, p.ExactPoints, f.Vars)}), nil
}

// stopText says in words where and why a path stopped.
func stopText(whose, dir, stop string, pts []map[string]float64, vars []string) string {
	end := pts[len(pts)-1]
	at := make([]string, len(vars))
	for i, v := range vars {
		at[i] = fmt.Sprintf("%s = %.4g", v, end[v])
	}
	steps := len(pts) - 1
	why := map[string]string{
		field.StopEdge: "it reached the edge of the grid",
		field.StopCritical: fmt.Sprintf("it reached a critical point (|∇f| below %g of its largest value on the grid: "+
			"a maximum for an ascent, a minimum for a descent, or a saddle or flat region)", field.DefaultPathTol),
		field.StopMaxSteps:  "it took the most steps allowed, before a critical point or the edge",
		field.StopUndefined: "∇f is NaN or infinite there",
	}[stop]
	return fmt.Sprintf("The %s path on %s stopped after %d steps at %s: %s.", dir, whose, steps, strings.Join(at, ", "), why)
}

// UsesAtPin is the result of gradplay.usesAtPin: what the gradient is for,
// at the page's pinned node.
type UsesAtPin struct {
	Vars  []string           `json:"vars"`
	Point map[string]float64 `json:"point"`
	// Angle is the direction's angle in degrees in the plotted plane,
	// from the horizontal variable towards the vertical one; Plane names
	// them (one variable for a line plot: the direction is then ±x).
	Angle         float64     `json:"angle"`
	Plane         []string    `json:"plane"`
	Directional   Directional `json:"directional"`
	DirectionText string      `json:"directionText"`
	// Laplacian is ∇²f at the node three ways, with the errors of the two
	// grid estimates against the exact one; LaplacianError says why there
	// is none (a grid over the Laplacian's budget).
	Laplacian      *PinLaplacian `json:"laplacian"`
	LaplacianError string        `json:"laplacianError,omitempty"`
	LaplacianNote  string        `json:"laplacianNote"`
	Hessian        Hessian       `json:"hessian"`
	HessianNote    string        `json:"hessianNote"`
}

// PinLaplacian is ∇²f at one node three ways (field.Laplacian), with
// the errors of the grid's two against the exact one.
type PinLaplacian struct {
	Exact          float64 `json:"exact"`
	Compact        float64 `json:"compact"`
	GradTwice      float64 `json:"gradTwice"`
	CompactError   float64 `json:"compactError"`   // Compact - Exact
	GradTwiceError float64 `json:"gradTwiceError"` // GradTwice - Exact
}

// arrow returns the arrow of the direction (c, s) from the point at, in
// the plane of the variables xv and yv: a tenth of the smaller span of the
// two grids long, with its head. It points along u in the data's
// coordinates (on axes of different scales its angle on the screen is not
// the angle asked for: u is a direction in (x, y), not on the screen).
func arrow(f *field.Field, xv, yv int, at []float64, c, s float64) plots.Path {
	span := func(d int) float64 { x := f.Coords[d]; return math.Abs(x[len(x)-1] - x[0]) }
	l := 0.1 * math.Min(span(xv), span(yv))
	x0, y0 := at[xv], at[yv]
	tx, ty := x0+l*c, y0+l*s
	side := func(a float64) (float64, float64) {
		ca, sa := math.Cos(a), math.Sin(a)
		return tx - 0.3*l*(c*ca-s*sa), ty - 0.3*l*(s*ca+c*sa)
	}
	h1x, h1y := side(0.5)
	h2x, h2y := side(-0.5)
	return plots.Path{X: []float64{x0, tx, h1x, tx, h2x}, Y: []float64{y0, ty, h1y, ty, h2y}, Line: plots.DirectionStyle}
}

// usesAtPin is gradplay.usesAtPin({angle}): at the pinned node, the
// directional derivative along the angle (degrees, default 0) in the
// plotted plane, grid and exact; the Laplacian three ways; the Hessian
// exact and from the grid; with the sentences the page shows. The
// direction u is drawn as an arrow from the pin.
func (a *API) usesAtPin(args []any) (any, error) {
	sc, f, r, at, err := a.pinned("usesAtPin")
	if err != nil {
		return nil, err
	}
	var av any
	options(arg(args, 0), map[string]*any{"angle": &av})
	angle := 0.0
	if av != nil {
		x, ok := av.(float64)
		if !ok || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, argErr("usesAtPin: angle must be a number of degrees, not %s", state.Describe(av))
		}
		angle = x
	}
	out := UsesAtPin{Vars: f.Vars, Point: perVar(f.Vars, at), Angle: angle}
	dir := make([]float64, len(f.Vars))
	rad := angle * math.Pi / 180
	c, s := math.Cos(rad), math.Sin(rad)
	if math.Abs(c) < 1e-12 {
		c = 0
	}
	if math.Abs(s) < 1e-12 {
		s = 0
	}
	if sc.YVar >= 0 {
		dir[sc.XVar], dir[sc.YVar] = c, s
		out.Plane = []string{f.Vars[sc.XVar], f.Vars[sc.YVar]}
		out.DirectionText = fmt.Sprintf("u = (cos %g°, sin %g°) = (%.4g, %.4g) in the (%s, %s) plane", angle, angle, c, s,
			f.Vars[sc.XVar], f.Vars[sc.YVar])
	} else {
		dir[sc.XVar] = math.Copysign(1, c)
		out.Plane = []string{f.Vars[sc.XVar]}
		out.DirectionText = fmt.Sprintf("u = %g along %s (one variable: the angle picks a side)", dir[sc.XVar], f.Vars[sc.XVar])
	}
	d, err := f.Directional(at, dir)
	if err != nil {
		return nil, err
	}
	if sc.YVar >= 0 {
		a.uses.arrow, a.uses.arrowPin = []plots.Path{arrow(f, sc.XVar, sc.YVar, at, c, s)}, a.s.Pin()
		a.draw(a.uses.arrowPin)
	}
	out.Directional = Directional{Vars: f.Vars, Value: d.GridValue, Exact: d.ExactValue, Error: d.GridValue - d.ExactValue,
		Grid: perVar(f.Vars, d.Grid), ExactGrad: perVar(f.Vars, d.Exact), Direction: perVar(f.Vars, d.U)}
	h, err := f.Hessian(at)
	if err != nil {
		return nil, err
	}
	out.Hessian = Hessian{Vars: f.Vars, Point: out.Point, Exact: h.Exact, Grid: h.Grid}
	out.HessianNote = "Grid: numpy.gradient of each component of numpy.gradient at this node, bit for bit " +
		"(np.gradient(np.gradient(F, *coords)[i], *coords)[j]); symmetric up to rounding, as differences along " +
		"two different axes commute. Its diagonal is numpy.gradient twice, the Laplacian's wide stencil."
	a.pinLaplacian(&out, f, r)
	return Value(out), nil
}

// pinLaplacian fills the Laplacian of out at the read-out's node.
func (a *API) pinLaplacian(out *UsesAtPin, f *field.Field, r *state.Readout) {
	c := &a.uses
	if c.lap == nil && c.lapErr == nil {
		if n := len(f.F); n > laplacianPoints {
			c.lapErr = fmt.Errorf("the grid has %d points, more than the Laplacian's limit of %d", n, laplacianPoints)
		} else {
			c.lap, c.lapErr = f.Laplacian()
		}
	}
	if c.lapErr != nil {
		out.LaplacianError = c.lapErr.Error()
		return
	}
	flat, edge := 0, false
	for d, v := range f.Vars {
		i := r.Index[v]
		flat = flat*f.Shape[d] + i
		edge = edge || i == 0 || i == f.Shape[d]-1
	}
	l := c.lap
	out.Laplacian = &PinLaplacian{l.Exact[flat], l.Compact[flat], l.GradTwice[flat], l.Compact[flat] - l.Exact[flat], l.GradTwice[flat] - l.Exact[flat]}
	out.LaplacianNote = "Why the two grid values differ: numpy.gradient applied twice is a central difference of a central " +
		"difference, (f[i+2] − 2f[i] + f[i−2])/(2h)² along each axis, a stencil twice as wide as the compact " +
		"(f[i+1] − 2f[i] + f[i−1])/h²: about four times its error inside, and blind to a zigzag of period 2h " +
		"(the pitfall of MetPy issue 1389)."
	if edge {
		out.LaplacianNote += " This node is on an edge: there both are one-sided and only first order."
	}
}

package api

import (
	"math"
	"slices"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// The sizes of the accuracy plots: width×height CSS pixels, 480×320 by
// default, each side 64..4096; the device pixel ratio 1..4, 2 by default.
const (
	plotMinSide, plotMaxSide   = 64, 4096
	plotDefaultW, plotDefaultH = 480, 320
	plotDefaultScale           = 2.0
)

// plotSize is the size of an accuracy plot's PNG.
type plotSize struct {
	w, h  int
	scale float64
}

// plotSizeArg reads {width, height, scale} from the options argument o
// (an object, or nothing); entry names the entry in messages.
func plotSizeArg(o any, entry string) (plotSize, error) {
	var w, h, sc any
	options(o, map[string]*any{"width": &w, "height": &h, "scale": &sc})
	s := plotSize{plotDefaultW, plotDefaultH, plotDefaultScale}
	for _, side := range []struct {
		v    any
		dst  *int
		name string
	}{{w, &s.w, "width"}, {h, &s.h, "height"}} {
		if side.v == nil {
			continue
		}
		x, ok := side.v.(float64)
		if !ok || x != math.Trunc(x) || x < plotMinSide || x > plotMaxSide {
			return s, argErr("%s: the %s must be a whole number of pixels from %d to %d, not %s",
				entry, side.name, plotMinSide, plotMaxSide, state.Describe(side.v))
		}
		*side.dst = int(x)
	}
	if sc != nil {
		x, ok := sc.(float64)
		if !ok || !(x >= 1 && x <= 4) {
			return s, argErr("%s: the scale must be a number from 1 to 4, not %s", entry, state.Describe(sc))
		}
		s.scale = x
	}
	return s, nil
}

// stepPlot is gradplay.stepPlot(expr, point, variable, {width, height,
// scale}): the step-size V curve of ∂f/∂variable at the point
// (field.StepSweep drawn by plots.StepPlot) as PNG bytes, with the
// default steps of fd.Forward and fd.Central at the point marked.
func stepPlot(args []any) (any, error) {
	src, at, err := pointArgs(args, "stepPlot")
	if err != nil {
		return nil, err
	}
	v, err := stringArg(args, 2, "stepPlot: the variable")
	if err != nil {
		return nil, err
	}
	size, err := plotSizeArg(arg(args, 3), "stepPlot")
	if err != nil {
		return nil, err
	}
	s, err := field.StepSweep(src, at, v, nil)
	if err != nil {
		return nil, err
	}
	d := &plots.StepSweep{Var: s.Var, H: s.H, Forward: s.Forward, Central: s.Central,
		Richardson: s.Richardson, Complex: s.Complex, Best: s.Best}
	d.Defaults.Forward = fd.ForwardStep
	d.Defaults.Central = fd.CentralStep * math.Max(1, math.Abs(at[v]))
	return plots.NewStepPlot(d).PNG(size.w, size.h, size.scale)
}

// convergencePlot is gradplay.convergencePlot(expr, grid, {edgeOrder,
// levels, width, height, scale}): the grid refinement study of
// gradplay.convergence (field.Convergence) drawn by plots.ConvergencePlot
// as PNG bytes, h being each level's largest spacing over the variables.
func (a *API) convergencePlot(args []any) (any, error) {
	src, specs, opts, err := convergenceArgs(args, "convergencePlot")
	if err != nil {
		return nil, err
	}
	size, err := plotSizeArg(arg(args, 2), "convergencePlot")
	if err != nil {
		return nil, err
	}
	st, err := a.study.get(src, specs, opts)
	if err != nil {
		return nil, err
	}
	d := &plots.Convergence{Order: st.Order}
	for _, l := range st.Levels {
		d.H = append(d.H, slices.Max(l.H))
		d.Interior = append(d.Interior, l.Interior)
		d.Edge = append(d.Edge, l.Edge)
	}
	return plots.NewConvergencePlot(d).PNG(size.w, size.h, size.scale)
}

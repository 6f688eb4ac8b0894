package api

import (
	"math"
	"slices"
	"strings"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/web/state"
)

// Directional is the result of gradplay.directional: the derivative of f
// at the point in the direction u (normalised by gradplay), ∇f·u, from the
// grid (value) and exactly (exact), with the gradients used
// (field.Directional).
type Directional struct {
	Vars []string `json:"vars"`
	// Value is numpy.gradient's gradient at the point (interpolated
	// multilinearly between the nodes, or the node's own values) dotted
	// with u; Exact is the exact gradient dotted with u; Error is
	// Value - Exact.
	Value float64 `json:"value"`
	Exact float64 `json:"exact"`
	Error float64 `json:"error"`
	// Grid and ExactGrad are the two gradients at the point, per variable;
	// Direction is u.
	Grid      map[string]float64 `json:"grid"`
	ExactGrad map[string]float64 `json:"exactGrad"`
	Direction map[string]float64 `json:"direction"`
}

// directional is gradplay.directional(expr, grid, point, direction, {edgeOrder}).
func directional(args []any) (any, error) {
	f, err := usesField(args, 4, "directional", 0)
	if err != nil {
		return nil, err
	}
	at, err := vecArg(arg(args, 2), f.Vars, "directional", "point", false)
	if err != nil {
		return nil, err
	}
	dir, err := vecArg(arg(args, 3), f.Vars, "directional", "direction", true)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(dir, func(x float64) bool { return x != 0 }) {
		return nil, argErr("directional: the direction has length 0: give at least one non-zero component, such as {%s: 1}", f.Vars[0])
	}
	d, err := f.Directional(at, dir)
	if err != nil {
		return nil, err
	}
	return Value(Directional{Vars: f.Vars, Value: d.GridValue, Exact: d.ExactValue, Error: d.GridValue - d.ExactValue,
		Grid: perVar(f.Vars, d.Grid), ExactGrad: perVar(f.Vars, d.Exact), Direction: perVar(f.Vars, d.U)}), nil
}

// GradientPath is the result of gradplay.path: the points of the gradient
// ascent (or descent) path on numpy's gradient (points) and on the exact
// gradient (exactPoints), the start first, and why each stopped: "edge",
// "critical", "max_steps" or "undefined" (field.Path).
type GradientPath struct {
	Vars        []string             `json:"vars"`
	Direction   string               `json:"direction"` // "ascent" or "descent"
	Step        float64              `json:"step"`      // the longest step: a quarter of the smallest spacing
	Points      []map[string]float64 `json:"points"`
	ExactPoints []map[string]float64 `json:"exactPoints"`
	Stop        string               `json:"stop"`
	ExactStop   string               `json:"exactStop"`
}

// path is gradplay.path(expr, grid, start, {direction, maxSteps, edgeOrder}).
func path(args []any) (any, error) {
	f, err := usesField(args, 3, "path", 0)
	if err != nil {
		return nil, err
	}
	start, err := vecArg(arg(args, 2), f.Vars, "path", "start", false)
	if err != nil {
		return nil, err
	}
	p, err := gradientPath(f, start, arg(args, 3))
	if err != nil {
		return nil, err
	}
	return Value(p), nil
}

// gradientPath follows the path from start with the options o ({direction,
// maxSteps}) of gradplay.path and gradplay.drawPath.
func gradientPath(f *field.Field, start []float64, o any) (*GradientPath, error) {
	var dir, steps any
	options(o, map[string]*any{"direction": &dir, "maxSteps": &steps})
	opts := &field.PathOptions{}
	out := &GradientPath{Vars: f.Vars, Direction: "ascent"}
	switch dir {
	case nil, "ascent":
	case "descent":
		opts.Descent, out.Direction = true, "descent"
	default:
		return nil, argErr(`path: direction is "ascent" or "descent", not %s`, state.Describe(dir))
	}
	if steps != nil {
		x, ok := steps.(float64)
		if !ok || x != math.Trunc(x) || x < 1 || x > field.MaxPathSteps {
			return nil, argErr("path: maxSteps must be a whole number from 1 to %d (default %d), not %s",
				field.MaxPathSteps, field.DefaultPathSteps, state.Describe(steps))
		}
		opts.MaxSteps = int(x)
	}
	p, err := f.Path(start, opts)
	if err != nil {
		return nil, err
	}
	out.Step, out.Stop, out.ExactStop = p.Step, p.GridStop, p.ExactStop
	out.Points, out.ExactPoints = points(f.Vars, p.Grid), points(f.Vars, p.Exact)
	return out, nil
}

// Laplacian is the result of gradplay.laplacian: ∇²f at every node, flat
// and row-major with shape (field.Laplacian): exact, from the compact
// three-point second difference, and from numpy.gradient applied twice.
type Laplacian struct {
	Vars      []string  `json:"vars"`
	Shape     []int     `json:"shape"`
	Exact     []float64 `json:"exact"`
	Compact   []float64 `json:"compact"`
	GradTwice []float64 `json:"gradTwice"`
}

// laplacianPoints is the point budget of gradplay.laplacian: a quarter of
// the grid's, as it keeps about four times the arrays of a field.
const laplacianPoints = grid.DefaultMaxPoints / 4

// laplacian is gradplay.laplacian(expr, grid, {edgeOrder}).
func laplacian(args []any) (any, error) {
	f, err := usesField(args, 2, "laplacian", laplacianPoints)
	if err != nil {
		return nil, err
	}
	l, err := f.Laplacian()
	if err != nil {
		return nil, err
	}
	return Value(Laplacian{Vars: f.Vars, Shape: f.Shape, Exact: l.Exact, Compact: l.Compact, GradTwice: l.GradTwice}), nil
}

// Hessian is the result of gradplay.hessian: the matrix of second partial
// derivatives at the point, exact and from the grid (numpy.gradient of each
// component of numpy's gradient, interpolated like directional's), as
// arrays of rows in vars order (field.Hessian).
type Hessian struct {
	Vars  []string           `json:"vars"`
	Point map[string]float64 `json:"point"`
	Exact [][]float64        `json:"exact"`
	Grid  [][]float64        `json:"grid"`
}

// hessian is gradplay.hessian(expr, grid, point, {edgeOrder}).
func hessian(args []any) (any, error) {
	f, err := usesField(args, 3, "hessian", 0)
	if err != nil {
		return nil, err
	}
	at, err := vecArg(arg(args, 2), f.Vars, "hessian", "point", false)
	if err != nil {
		return nil, err
	}
	h, err := f.Hessian(at)
	if err != nil {
		return nil, err
	}
	return Value(Hessian{Vars: f.Vars, Point: perVar(f.Vars, at), Exact: h.Exact, Grid: h.Grid}), nil
}

// usesField reads (expr, grid) and the options {edgeOrder} at args[opt],
// and computes the field, within maxPoints (0: the grid's budget).
func usesField(args []any, opt int, entry string, maxPoints int) (*field.Field, error) {
	src, specs, opts, err := fieldArgs([]any{arg(args, 0), arg(args, 1), arg(args, opt)}, entry)
	if err != nil {
		return nil, err
	}
	if err := state.CheckExpr(src); err != nil {
		return nil, err
	}
	opts.MaxPoints = maxPoints
	f, err := field.Compute(src, specs, opts)
	if err == nil && len(f.Vars) == 0 {
		return nil, state.ErrNoVariables
	}
	return f, err
}

// vecArg reads an object of one number per variable (point, direction)
// into vars order. A variable it does not give is 0 when missingZero, else
// a missing_value error.
func vecArg(v any, vars []string, entry, what string, missingZero bool) ([]float64, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, argErr("%s: %s must be an object of a number per variable, such as {%s: 1}, not %s",
			entry, what, vars[0], state.Describe(v))
	}
	for k := range m {
		if !slices.Contains(vars, k) {
			return nil, argErr("%s: %s names %q, which is not a variable of f (%s)", entry, what, k, strings.Join(vars, ", "))
		}
	}
	out := make([]float64, len(vars))
	for i, name := range vars {
		x, ok := m[name]
		if !ok {
			if missingZero {
				continue
			}
			return nil, &field.Error{Code: field.MissingValue, Var: name}
		}
		f, isNum := x.(float64)
		if !isNum || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, argErr("%s: %s.%s must be a finite number, not %s", entry, what, name, state.Describe(x))
		}
		out[i] = f
	}
	return out, nil
}

// perVar returns the values xs keyed by their variables.
func perVar(vars []string, xs []float64) map[string]float64 {
	m := make(map[string]float64, len(vars))
	for i, v := range vars {
		m[v] = xs[i]
	}
	return m
}

// points returns the points of a path, each keyed by the variables.
func points(vars []string, pts [][]float64) []map[string]float64 {
	out := make([]map[string]float64, len(pts))
	for k, p := range pts {
		out[k] = perVar(vars, p)
	}
	return out
}

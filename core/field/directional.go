package field

import (
	"math"

	"github.com/gradplay/gradplay/core/expr"
)

// Directional is the directional derivative ∇f·u at one point, from the
// grid and exactly.
type Directional struct {
	Vars []string
	At   []float64 // the point, in Vars order
	U    []float64 // the direction, normalised to length 1
	// Grid is numpy.gradient's gradient (Field.Grad) at At: interpolated
	// multilinearly from the nodes of the cell around At, or the node's
	// values bit for bit when At is a node. Exact is the exact gradient
	// there (Field.ExactExpr evaluated at At).
	Grid, Exact []float64
	// GridValue is Grid·U, ExactValue is Exact·U (summed in Vars order).
	GridValue, ExactValue float64
}

// Directional returns the derivative of f at the point at (one value per
// variable, in Vars order) in the direction dir (one component per
// variable; normalised here), from numpy's gradient on the grid and from
// the exact partial derivatives:
//
//	∂f/∂u = ∇f·u,  u = dir/|dir|
//
// A point outside the grid gives an *Error with code OutsideGrid, a
// direction of length 0 (or not finite) one with code ZeroDirection. It
// panics when f has no Grad or no ExactExpr (computed with NoGradient or
// NoExact) or when at or dir has the wrong length.
func (f *Field) Directional(at, dir []float64) (*Directional, error) {
	f.needBoth("Directional")
	if len(at) != len(f.Vars) || len(dir) != len(f.Vars) {
		panic("field: Directional needs one value and one direction component per variable")
	}
	u, ok := unit(dir)
	if !ok {
		return nil, &Error{Code: ZeroDirection}
	}
	cs, inside := f.corners(at)
	if !inside {
		return nil, f.outside(at)
	}
	d := &Directional{Vars: f.Vars, At: append([]float64(nil), at...), U: u,
		Grid: interp(nil, f.Grad, cs), Exact: exactAt(f.ExactExpr, at)}
	d.GridValue, d.ExactValue = dot(d.Grid, u), dot(d.Exact, u)
	return d, nil
}

// needBoth panics when f lacks numpy's gradient or the exact partials.
func (f *Field) needBoth(what string) {
	if len(f.Grad) != len(f.Vars) || len(f.ExactExpr) != len(f.Vars) {
		panic("field: " + what + " needs a Field with Grad and ExactExpr")
	}
}

// unit returns v/|v|, computed without overflow; ok is false when |v| is 0
// or v is not finite.
func unit(v []float64) (u []float64, ok bool) {
	big := 0.0
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, false
		}
		big = math.Max(big, math.Abs(x))
	}
	if big == 0 {
		return nil, false
	}
	s := 0.0
	for _, x := range v {
		s += (x / big) * (x / big)
	}
	n := math.Sqrt(s)
	u = make([]float64, len(v))
	for i, x := range v {
		u[i] = x / big / n
	}
	return u, true
}

// dot returns a·b, summed in order.
func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// exactAt evaluates each derivative at x with the tree walker (as
// Point.ExactGrad does).
func exactAt(ds []*expr.Expr, x []float64) []float64 {
	g := make([]float64, len(ds))
	for i, d := range ds {
		g[i] = d.Eval(x)
	}
	return g
}

package state

import (
	"math"
	"slices"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
)

// PointRequest is gradplay.atPoint(expr, point, {methods, epsilon, step}),
// with its arguments as plain Go values (see GradientRequest).
type PointRequest struct {
	Expr    string
	Point   any // map[string]any: a number per variable
	Methods any // nil (every method) or []any of method names (expr.Methods)
	Epsilon any // nil or a positive number: forward's step (default 2**-26)
	Step    any // nil or a positive number: central's step, richardson's first
}

// PointAnswer is what gradplay.atPoint returns: f and its partial
// derivatives at one point by each method asked for.
type PointAnswer struct {
	Vars        []string           // the variables, in order of first appearance
	Point       map[string]float64 // the value of each variable
	Value       float64            // f at the point
	Derivatives map[string]string  // the exact ∂f/∂v, as Python
	Methods     []PointResult      // one per method, in the order asked
}

// Compute checks the request and computes f and its partial derivatives at
// the point by each method (core/field.AtPoint). Errors are *ArgError for
// malformed arguments, CheckExpr's for a function over MaxExprLen, else
// those of core/field (see ErrorInfo).
func (r *PointRequest) Compute() (*PointAnswer, error) {
	if err := CheckExpr(r.Expr); err != nil {
		return nil, err
	}
	pm, ok := r.Point.(map[string]any)
	if !ok {
		return nil, argErr("point must be an object such as {x: 1, y: 2}, not %v", Describe(r.Point))
	}
	at := make(map[string]float64, len(pm))
	for k, v := range pm {
		x, ok := v.(float64)
		if !ok {
			return nil, argErr("point.%s must be a number, not %v", k, Describe(v))
		}
		at[k] = x
	}
	opts := &field.PointOptions{}
	if r.Methods != nil {
		list, ok := r.Methods.([]any)
		if !ok {
			return nil, argErr("methods must be a list of method names, not %v", Describe(r.Methods))
		}
		for i, m := range list {
			s, ok := m.(string)
			if !ok || !slices.Contains(expr.Methods, expr.Method(s)) {
				return nil, argErr("methods[%d] must be one of %v, not %v", i, expr.Methods, Describe(m))
			}
			opts.Methods = append(opts.Methods, expr.Method(s))
		}
	}
	var err error
	if opts.Point.Epsilon, err = positive(r.Epsilon, "epsilon"); err != nil {
		return nil, err
	}
	if opts.Point.Step, err = positive(r.Step, "step"); err != nil {
		return nil, err
	}
	p, err := field.AtPoint(r.Expr, at, opts)
	if err != nil {
		return nil, err
	}
	a := &PointAnswer{Vars: p.Vars, Point: map[string]float64{}, Value: p.Value, Derivatives: map[string]string{}}
	for i, v := range p.Vars {
		a.Point[v] = p.At[i]
		a.Derivatives[v] = p.ExactExpr[i].String()
	}
	exact := p.ExactGrad()
	for _, q := range p.Partials {
		a.Methods = append(a.Methods, pointResult(p.Vars, q, exact))
	}
	return a, nil
}

// positive converts an optional step: nil is 0 (the default).
func positive(v any, what string) (float64, error) {
	if v == nil {
		return 0, nil
	}
	x, ok := v.(float64)
	if !ok || !(x > 0) || math.IsInf(x, 1) {
		return 0, argErr("%s must be a positive number, not %s", what, Describe(v))
	}
	return x, nil
}

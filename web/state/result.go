package state

import (
	"math"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
)

// PointResult is ∇f at a point by one point method, as gradplay.atPoint
// and a pinned read-out give it: its partial derivative per variable, Richardson's error estimate, the error
// against the exact derivative, the step of each finite difference and, for
// richardson, whether its estimate can be trusted and why not.
type PointResult struct {
	Method  string                  `json:"method"`            // an expr.Method
	Grad    map[string]float64      `json:"grad"`              // ∂f/∂v per variable
	Err     map[string]float64      `json:"err,omitempty"`     // the error estimate (richardson)
	Error   map[string]PartialError `json:"error"`             // against the exact ∂f/∂v
	Step    map[string]float64      `json:"step,omitempty"`    // the step per variable (forward, central, richardson)
	Trusted map[string]bool         `json:"trusted,omitempty"` // whether err can be trusted (richardson)
	Warning map[string]string       `json:"warning,omitempty"` // why not, or what happened (variables with one only)
}

// PartialError is a partial derivative's error against the exact one: Abs =
// |∂f/∂v - exact|, Rel = Abs / |exact|, null when the exact derivative is 0
// or not finite.
type PartialError struct {
	Abs float64  `json:"abs"`
	Rel *float64 `json:"rel"`
}

// pointResult names the partials q of the variables vars, with their
// errors against exact (the exact partials, in vars order).
func pointResult(vars []string, q *expr.Partials, exact []float64) PointResult {
	perVar := func(x []float64) map[string]float64 {
		if x == nil {
			return nil
		}
		m := make(map[string]float64, len(vars))
		for i, v := range vars {
			m[v] = x[i]
		}
		return m
	}
	r := PointResult{Method: string(q.Method), Grad: perVar(q.Grad), Err: perVar(q.Err), Step: perVar(q.Step),
		Error: make(map[string]PartialError, len(vars))}
	abs, rel := field.Errors(q.Grad, exact)
	for i, v := range vars {
		e := PartialError{Abs: abs[i]}
		if !math.IsNaN(rel[i]) {
			e.Rel = &rel[i]
		}
		r.Error[v] = e
	}
	if q.Trusted != nil {
		r.Trusted = make(map[string]bool, len(vars))
		for i, v := range vars {
			r.Trusted[v] = q.Trusted[i]
			if q.Warning[i] != "" {
				if r.Warning == nil {
					r.Warning = map[string]string{}
				}
				r.Warning[v] = q.Warning[i]
			}
		}
	}
	return r
}

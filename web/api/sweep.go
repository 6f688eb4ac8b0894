package api

import (
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// StepSweep is the result of gradplay.stepSweep: the absolute error of each
// finite difference of ∂f/∂variable at the point against the exact
// derivative, at the steps h (log-spaced, 1e-16 to 1), and the step of each
// curve's smoothed minimum (field.Sweep).
type StepSweep struct {
	Var        string    `json:"var"`
	Exact      float64   `json:"exact"`
	H          []float64 `json:"h"`
	Forward    []float64 `json:"forward"`
	Central    []float64 `json:"central"`
	Richardson []float64 `json:"richardson"`
	Complex    []float64 `json:"complex"` // the complex step's error: flat, no subtraction
	Best       struct {
		Forward    float64 `json:"forward"`
		Central    float64 `json:"central"`
		Richardson float64 `json:"richardson"`
	} `json:"best"`
}

// stepSweep is gradplay.stepSweep(expr, point, variable).
func stepSweep(args []any) (any, error) {
	src, at, err := pointArgs(args, "stepSweep")
	if err != nil {
		return nil, err
	}
	v, err := stringArg(args, 2, "stepSweep: the variable")
	if err != nil {
		return nil, err
	}
	s, err := field.StepSweep(src, at, v, nil)
	if err != nil {
		return nil, err
	}
	out := StepSweep{Var: s.Var, Exact: s.Exact, H: s.H, Forward: s.Forward, Central: s.Central, Richardson: s.Richardson,
		Complex: s.Complex}
	out.Best.Forward, out.Best.Central, out.Best.Richardson = s.Best.Forward, s.Best.Central, s.Best.Richardson
	return Value(out), nil
}

// pointArgs reads the arguments (expr, point) of the entries at a point,
// checked as atPoint checks them (state.PointRequest with no methods: the
// function parses, and every variable has a number).
func pointArgs(args []any, entry string) (src string, at map[string]float64, err error) {
	if src, err = stringArg(args, 0, entry+": the function"); err != nil {
		return "", nil, err
	}
	req := state.PointRequest{Expr: src, Point: arg(args, 1), Methods: []any{}}
	a, err := req.Compute()
	if err != nil {
		return "", nil, err
	}
	return src, a.Point, nil
}

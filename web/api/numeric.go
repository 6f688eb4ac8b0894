package api

import (
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// gradient is gradplay.gradient(f, shape, {spacing, axis, edgeOrder}):
// numpy.gradient bit for bit, one Float64Array per differentiated axis.
func gradient(args []any) (any, error) {
	req := state.GradientRequest{F: arg(args, 0), Shape: arg(args, 1)}
	options(arg(args, 2), map[string]*any{"spacing": &req.Spacing, "axis": &req.Axis, "edgeOrder": &req.EdgeOrder})
	f, shape, opts, err := req.Options()
	if err != nil {
		return nil, err
	}
	out, err := fd.Gradient(nil, f, shape, opts)
	if err != nil {
		return nil, err
	}
	return Value(out), nil
}

// Evaluation is the result of gradplay.evaluate: the variables, the grid's
// shape, each variable's coordinates, f at every node (row-major, the
// first variable slowest), and numpy.gradient and the exact gradient per
// variable.
type Evaluation struct {
	Vars   []string             `json:"vars"`
	Shape  []int                `json:"shape"`
	Coords map[string][]float64 `json:"coords"`
	F      []float64            `json:"f"`
	Grad   map[string][]float64 `json:"grad"`
	Exact  map[string][]float64 `json:"exact"`
}

// evaluate is gradplay.evaluate(expr, grid, {edgeOrder}).
func evaluate(args []any) (any, error) {
	src, specs, opts, err := fieldArgs(args, "evaluate")
	if err != nil {
		return nil, err
	}
	f, err := field.Compute(src, specs, opts)
	if err != nil {
		return nil, err
	}
	perVar := func(arrs [][]float64) map[string][]float64 {
		m := make(map[string][]float64, len(f.Vars))
		for i, v := range f.Vars {
			if i < len(arrs) && arrs[i] != nil {
				m[v] = arrs[i]
			}
		}
		return m
	}
	return Value(Evaluation{Vars: f.Vars, Shape: f.Shape, Coords: perVar(f.Coords), F: f.F,
		Grad: perVar(f.Grad), Exact: perVar(f.Exact)}), nil
}

// fieldArgs reads the arguments (expr, grid, {edgeOrder}) of evaluate and
// the entries like it: the function, the grid of each variable (variable →
// spec string) and the options of field.Compute. entry names the entry in
// messages.
func fieldArgs(args []any, entry string) (src string, specs map[string]string, opts *field.Options, err error) {
	if src, err = exprArg(args, 0, entry); err != nil {
		return "", nil, nil, err
	}
	if gm, ok := arg(args, 1).(map[string]any); ok {
		specs = make(map[string]string, len(gm))
		for k, v := range gm {
			s, ok := v.(string)
			if !ok {
				return "", nil, nil, argErr("%s: the grid of %s must be a string such as \"-2:2:21j\"", entry, k)
			}
			specs[k] = s
		}
	} else if arg(args, 1) != nil {
		return "", nil, nil, argErr("%s: grid maps each variable to a spec string", entry)
	}
	opts = &field.Options{}
	var e any
	options(arg(args, 2), map[string]*any{"edgeOrder": &e})
	if e != nil {
		if opts.EdgeOrder, err = state.EdgeOrder(e); err != nil {
			return "", nil, nil, err
		}
	}
	return src, specs, opts, nil
}

// AtPoint is the result of gradplay.atPoint: f and its partial derivatives
// at one point by each method asked for.
type AtPoint struct {
	Vars        []string            `json:"vars"`
	Point       map[string]float64  `json:"point"`
	Value       float64             `json:"value"`
	Derivatives map[string]string   `json:"derivatives"`
	Partials    []state.PointResult `json:"partials"`
}

// atPoint is gradplay.atPoint(expr, point, {methods, epsilon, step}).
func atPoint(args []any) (any, error) {
	req := state.PointRequest{Point: arg(args, 1)}
	var err error
	if req.Expr, err = stringArg(args, 0, "atPoint: the function"); err != nil {
		return nil, err
	}
	options(arg(args, 2), map[string]*any{"methods": &req.Methods, "epsilon": &req.Epsilon, "step": &req.Step})
	a, err := req.Compute()
	if err != nil {
		return nil, err
	}
	return Value(AtPoint{Vars: a.Vars, Point: a.Point, Value: a.Value, Derivatives: a.Derivatives,
		Partials: append([]state.PointResult{}, a.Methods...)}), nil
}

// parse is gradplay.parse(expr) -> {vars, python, pretty, derivatives, notes}.
func parse(args []any) (any, error) {
	src, err := stringArg(args, 0, "parse: the function")
	if err != nil {
		return nil, err
	}
	in, err := state.ParseExpr(src)
	if err != nil {
		return nil, err
	}
	return Value(in), nil
}

// parseGrid is gradplay.parseGrid(spec) -> {n, first, last, coords, kind,
// start, stop, step, spec}.
func parseGrid(args []any) (any, error) {
	src, err := stringArg(args, 0, "parseGrid: the spec")
	if err != nil {
		return nil, err
	}
	gi, err := state.ParseGrid(src)
	if err != nil {
		return nil, err
	}
	return Value(gi), nil
}

// builtins is gradplay.builtins(): the help table.
func builtins([]any) (any, error) { return Value(state.Builtins()), nil }

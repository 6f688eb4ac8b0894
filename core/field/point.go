package field

import "github.com/gradplay/gradplay/core/expr"

// PointOptions are the optional settings of AtPoint.
type PointOptions struct {
	// Vars lists the variables, as Options.Vars.
	Vars []string
	// Methods lists the methods to run, in the order of Point.Partials; nil
	// means expr.Methods (all of them).
	Methods []expr.Method
	// Point holds the steps of the finite-difference methods.
	Point expr.PointOptions
}

// Point is an expression's value and partial derivatives at one point.
type Point struct {
	Expr      *expr.Expr
	Vars      []string
	At        []float64        // the value of each variable
	Value     float64          // the expression there
	ExactExpr []*expr.Expr     // the exact partial derivatives, as expressions
	Partials  []*expr.Partials // the partial derivatives, one result per method
}

// AtPoint parses src and computes its value and partial derivatives at the
// point at (variable name to value) by each method of opts.
func AtPoint(src string, at map[string]float64, opts *PointOptions) (*Point, error) {
	if opts == nil {
		opts = &PointOptions{}
	}
	e, err := parse(src, opts.Vars)
	if err != nil {
		return nil, err
	}
	p := &Point{Expr: e, Vars: e.Vars, At: make([]float64, len(e.Vars))}
	for i, v := range e.Vars {
		x, ok := at[v]
		if !ok {
			return nil, &Error{Code: MissingValue, Var: v}
		}
		p.At[i] = x
	}
	if p.ExactExpr, err = e.Gradient(); err != nil {
		return nil, err
	}
	p.Value = expr.Compile(e).At(p.At)
	methods := opts.Methods
	if methods == nil {
		methods = expr.Methods
	}
	for _, m := range methods {
		r, err := e.Partials(p.At, m, &opts.Point)
		if err != nil {
			return nil, err
		}
		p.Partials = append(p.Partials, r)
	}
	return p, nil
}

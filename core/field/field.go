package field

import (
	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/grid"
)

// Options are the optional settings of Compute. The zero value (or nil)
// means the defaults.
type Options struct {
	// Vars lists the variables, in axis order. Nil means the expression's
	// names in order of first appearance; otherwise any other name in the
	// expression is an error (expr.UnknownVariable).
	Vars []string
	// EdgeOrder is numpy.gradient's edge_order, 1 or 2; 0 means 1, numpy's
	// default.
	EdgeOrder int
	// MaxPoints is the budget of grid points; 0 means grid.DefaultMaxPoints.
	MaxPoints int
	// NoGradient and NoExact skip numpy's gradient and the exact partials.
	NoGradient, NoExact bool
	// Progress, when set, is called between pieces of the work (slabs of
	// about SlabPoints grid points of each evaluation, pieces of
	// fd.PieceLen values of the gradient, and between the allocations of a
	// large gradient's arrays, with the same work done)
	// with the work done and the total, in grid points, so that a caller
	// can report progress and let its event loop run. Returning false
	// abandons Compute, which then returns ErrCanceled. The results are
	// the same, bit for bit, with or without it.
	Progress func(done, total int) bool
}

// ErrCanceled is Compute's error when Options.Progress returned false.
var ErrCanceled = fd.ErrCanceled

// SlabPoints is about the size of the pieces of work between two calls of
// Options.Progress: a few milliseconds of evaluation.
const SlabPoints = 1 << 17

// Field is an expression sampled on a grid, with its gradient. Every array
// is flat, row-major (C order) with shape Shape: the axis of Vars[i] is axis
// i, as numpy.meshgrid(..., indexing='ij') gives.
type Field struct {
	Expr   *expr.Expr
	Vars   []string
	Specs  []grid.Spec // the grid of each variable
	Shape  []int       // len(Coords[i]) for each variable
	Coords [][]float64 // the coordinates of each variable, numpy's values
	F      []float64   // the expression at every grid point

	// EdgeOrder is numpy.gradient's edge_order for Grad and Node: 1 or 2
	// (Options.EdgeOrder, with 0 meaning 1).
	EdgeOrder int

	// Grad[i] is numpy.gradient(F, *Coords, edge_order=EdgeOrder)[i], bit
	// for bit: the numerical partial derivative with respect to Vars[i].
	Grad [][]float64
	// Exact[i] is the exact partial derivative with respect to Vars[i] on
	// the grid; ExactExpr[i] the derivative itself (String for Python,
	// expr.Format for the other styles).
	Exact     [][]float64
	ExactExpr []*expr.Expr
}

// Compute parses src, reads the grid of every variable from specs (variable
// name to grid specification, in the notations of package grid), checks the
// grid's size, and evaluates the expression, numpy's gradient and the exact
// partial derivatives on the grid.
func Compute(src string, specs map[string]string, opts *Options) (*Field, error) {
	if opts == nil {
		opts = &Options{}
	}
	e, err := parse(src, opts.Vars)
	if err != nil {
		return nil, err
	}
	f := &Field{Expr: e, Vars: e.Vars, Specs: make([]grid.Spec, len(e.Vars)), Shape: make([]int, len(e.Vars)),
		EdgeOrder: opts.EdgeOrder}
	if f.EdgeOrder == 0 {
		f.EdgeOrder = 1
	}
	for i, v := range e.Vars {
		s, ok := specs[v]
		if !ok {
			return nil, &Error{Code: MissingGrid, Var: v}
		}
		if f.Specs[i], err = grid.Parse(s); err != nil {
			return nil, &Error{Code: GridSyntax, Var: v, Spec: s, Err: err}
		}
		f.Shape[i] = f.Specs[i].Len()
	}
	if err := grid.CheckSize(f.Shape, f.Vars, opts.MaxPoints); err != nil {
		return nil, err
	}
	if !opts.NoExact {
		if f.ExactExpr, err = e.Gradient(); err != nil {
			return nil, err
		}
	}
	f.Coords = make([][]float64, len(f.Specs))
	for i, s := range f.Specs {
		f.Coords[i] = s.Coords()
	}
	w := &work{progress: opts.Progress, total: (1 + len(f.ExactExpr)) * points(f.Shape)}
	if !opts.NoGradient {
		w.total += len(f.Vars) * points(f.Shape)
	}
	if f.F, err = w.eval(expr.Compile(e), f.Coords); err != nil {
		return nil, err
	}
	if !opts.NoGradient && len(f.Vars) > 0 {
		if f.Grad, err = w.gradient(f); err != nil {
			return nil, err
		}
	}
	for _, d := range f.ExactExpr {
		x, err := w.eval(expr.Compile(d), f.Coords)
		if err != nil {
			return nil, err
		}
		f.Exact = append(f.Exact, x)
	}
	return f, nil
}

// gradientOptions are the arguments of numpy.gradient(F, *Coords,
// edge_order=EdgeOrder), for Grad and Node alike.
func (f *Field) gradientOptions() *fd.Options {
	spacing := make([]fd.Spacing, len(f.Coords))
	for i, x := range f.Coords {
		spacing[i] = fd.Coords(x)
	}
	return &fd.Options{Spacing: spacing, EdgeOrder: f.EdgeOrder, Names: f.Vars}
}

func parse(src string, vars []string) (*expr.Expr, error) {
	if vars == nil {
		return expr.Parse(src)
	}
	return expr.ParseVars(src, vars)
}

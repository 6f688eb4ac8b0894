package field

import "github.com/gradplay/gradplay/core/fd"

// Hessian is the matrix of second partial derivatives of f at one point,
// exact and from the grid; row i, column j is ∂²f/∂x_i∂x_j, in Vars order.
type Hessian struct {
	Vars []string
	At   []float64
	// Exact holds the symbolic second partials evaluated at At; nil for a
	// Field without ExactExpr.
	Exact [][]float64
	// Grid holds numpy.gradient applied to each component of numpy's
	// gradient,
	//
	//	H[i][j] = np.gradient(np.gradient(F, *coords)[i], *coords)[j]
	//
	// (with the Field's edge order), bit for bit at a node and interpolated
	// multilinearly between the nodes of the cell around At otherwise. It is
	// symmetric up to rounding: numpy's differences along two different
	// axes commute, at the edges too (each acts on its own axis' lines).
	Grid [][]float64
}

// Hessian returns the Hessian of f at the point at (one value per
// variable, in Vars order). It computes numpy's second differences only at
// the nodes of the cell around at (at most 2^N nodes, N² stencils each),
// not on the whole grid. A point outside the grid gives an *Error with
// code OutsideGrid; a second derivative too large to write out an
// *expr.Error. It panics when f has no Grad or at has the wrong length.
func (f *Field) Hessian(at []float64) (*Hessian, error) {
	n := len(f.Vars)
	if len(f.Grad) != n {
		panic("field: Hessian needs a Field with Grad")
	}
	if len(at) != n {
		panic("field: Hessian needs one value per variable")
	}
	cs, inside := f.corners(at)
	if !inside {
		return nil, f.outside(at)
	}
	h := &Hessian{Vars: f.Vars, At: append([]float64(nil), at...), Grid: make([][]float64, n)}
	opts := f.gradientOptions()
	for i := range n {
		h.Grid[i] = make([]float64, n)
		for j := range n {
			s := 0.0
			for k, c := range cs {
				st, err := fd.StencilAt(f.Grad[i], f.Shape, opts, c.index, j)
				if err != nil {
					return nil, err
				}
				if k == 0 {
					s = c.w * st.Result
				} else {
					s += c.w * st.Result
				}
			}
			h.Grid[i][j] = s
		}
	}
	if len(f.ExactExpr) != n {
		return h, nil
	}
	h.Exact = make([][]float64, n)
	for i, d := range f.ExactExpr {
		h.Exact[i] = make([]float64, n)
		for j, v := range f.Vars {
			dd, err := d.Derivative(v)
			if err != nil {
				return nil, err
			}
			h.Exact[i][j] = dd.Eval(at)
		}
	}
	return h, nil
}

package field

import (
	"math"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/grid"
)

// ConvergenceOptions are the optional settings of Convergence; the zero
// value (or nil) means the defaults.
type ConvergenceOptions struct {
	Vars      []string // the variables, as Options.Vars
	EdgeOrder int      // numpy.gradient's edge_order, 1 or 2; 0 means 1
	// Levels is the number of grids, each with twice the intervals of the
	// one before (n, 2n-1, 4n-3, ... points per axis); 0 means 3. It must
	// be at least 2 for an order.
	Levels int
	// MaxPoints is the budget of the finest grid's points; 0 means
	// grid.DefaultMaxPoints.
	MaxPoints int
}

// Level is one grid of a convergence study: its points and largest spacing
// per axis, and the largest error of numpy's gradient against the exact
// partials over all components, at the nodes on no edge (Interior) and at
// the nodes on an edge (an index 0 or n-1 on some axis: Edge). Either is
// NaN when there are no such nodes.
type Level struct {
	Points   []int
	H        []float64
	Interior float64
	Edge     float64
}

// Study is the result of Convergence.
type Study struct {
	Vars   []string
	Levels []Level
	// Order is the observed order of accuracy from the last two levels,
	// log2(error before / error after): 2 for the interior's central
	// differences, EdgeOrder at the edges, for a smooth f.
	Order struct{ Interior, Edge float64 }
}

// Convergence parses src and the grid of every variable (as Compute), and
// computes numpy.gradient of f on that grid and on grids refined by
// halving every interval (a midpoint inserted between each two neighbouring
// coordinates, which nests the nodes of uniform and non-uniform grids
// alike), and the largest errors against the exact partials on each. It
// returns a *grid.SizeError, before allocating anything, when the finest
// grid would pass the budget.
func Convergence(src string, specs map[string]string, opts *ConvergenceOptions) (*Study, error) {
	if opts == nil {
		opts = &ConvergenceOptions{}
	}
	levels := opts.Levels
	if levels < 0 {
		panic("field: Convergence needs Levels >= 0")
	}
	if levels == 0 {
		levels = 3
	}
	e, err := parse(src, opts.Vars)
	if err != nil {
		return nil, err
	}
	coords := make([][]float64, len(e.Vars))
	finest := make([]int, len(e.Vars))
	for i, v := range e.Vars {
		s, ok := specs[v]
		if !ok {
			return nil, &Error{Code: MissingGrid, Var: v}
		}
		g, err := grid.Parse(s)
		if err != nil {
			return nil, &Error{Code: GridSyntax, Var: v, Spec: s, Err: err}
		}
		n := float64(g.Len()-1)*math.Exp2(float64(levels-1)) + 1
		finest[i] = int(min(n, math.MaxInt32))
		coords[i] = g.Coords()
	}
	if err := grid.CheckSize(finest, e.Vars, opts.MaxPoints); err != nil {
		return nil, err
	}
	exact, err := e.Gradient()
	if err != nil {
		return nil, err
	}
	st := &Study{Vars: e.Vars}
	// Three arrays of the finest grid's size serve every level (f, one
	// component of numpy's gradient, the same exact partial): a study's
	// memory is bounded by them, not by a field of every component per level.
	n := 1
	for _, k := range finest {
		n *= k
	}
	b := &buffers{f: make([]float64, n), grad: make([]float64, n), exact: make([]float64, n)}
	for k := range levels {
		if k > 0 {
			for i, c := range coords {
				coords[i] = midpoints(c)
			}
		}
		l, err := level(e, exact, coords, opts.EdgeOrder, b)
		if err != nil {
			return nil, err
		}
		st.Levels = append(st.Levels, l)
	}
	if n := len(st.Levels); n >= 2 {
		a, b := st.Levels[n-2], st.Levels[n-1]
		st.Order.Interior = math.Log2(a.Interior / b.Interior)
		st.Order.Edge = math.Log2(a.Edge / b.Edge)
	} else {
		st.Order.Interior, st.Order.Edge = math.NaN(), math.NaN()
	}
	return st, nil
}

// midpoints returns c with the midpoint of each two neighbours inserted.
func midpoints(c []float64) []float64 {
	if len(c) == 0 {
		return c
	}
	out := make([]float64, 0, 2*len(c)-1)
	for j := range len(c) - 1 {
		out = append(out, c[j], c[j]+(c[j+1]-c[j])/2)
	}
	return append(out, c[len(c)-1])
}

// buffers are the arrays Convergence's levels compute into.
type buffers struct{ f, grad, exact []float64 }

// level computes numpy's gradient of e on the grid coords and its largest
// errors against the exact partials, one component at a time, in b.
func level(e *expr.Expr, exact []*expr.Expr, coords [][]float64, edgeOrder int, b *buffers) (Level, error) {
	// -1 until the first error; math.Max keeps a NaN error.
	l := Level{Points: make([]int, len(coords)), H: make([]float64, len(coords)), Interior: -1, Edge: -1}
	spacing := make([]fd.Spacing, len(coords))
	n := 1
	for i, c := range coords {
		l.Points[i] = len(c)
		n *= len(c)
		for j := 1; j < len(c); j++ {
			l.H[i] = math.Max(l.H[i], math.Abs(c[j]-c[j-1]))
		}
		spacing[i] = fd.Coords(c)
	}
	f, g, x := b.f[:n], b.grad[:n], b.exact[:n]
	expr.Compile(e).Grid(f, coords)
	idx := make([]int, len(coords))
	for a, d := range exact {
		if _, err := fd.Gradient([][]float64{g}, f, l.Points, &fd.Options{Spacing: spacing[a : a+1], Axes: []int{a},
			EdgeOrder: edgeOrder, Names: e.Vars}); err != nil {
			return l, err
		}
		expr.Compile(d).Grid(x, coords)
		clear(idx)
		for p := range f {
			edge := false
			for i, j := range idx {
				edge = edge || j == 0 || j == l.Points[i]-1
			}
			if d := math.Abs(g[p] - x[p]); edge {
				l.Edge = math.Max(l.Edge, d)
			} else {
				l.Interior = math.Max(l.Interior, d)
			}
			for i := len(idx) - 1; i >= 0; i-- { // the next node, row-major
				if idx[i]++; idx[i] < l.Points[i] {
					break
				}
				idx[i] = 0
			}
		}
	}
	if l.Interior < 0 {
		l.Interior = math.NaN()
	}
	if l.Edge < 0 {
		l.Edge = math.NaN()
	}
	return l, nil
}

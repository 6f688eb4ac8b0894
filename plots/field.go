package plots

import (
	"errors"
	"fmt"
	"math"
)

// Field is a sampled function of N variables on a rectilinear grid, with its
// numeric gradient and, optionally, the exact one. It is plain data so that
// plots depends on no other gradplay package.
type Field struct {
	// Expr is the expression text, used as the title.
	Expr string
	// Vars are the variable names, one per grid axis.
	Vars []string
	// Coords holds the (possibly non-uniform, increasing) coordinates of
	// each variable.
	Coords [][]float64
	// Shape is the grid shape; if nil it is taken from the lengths of Coords.
	Shape []int
	// F holds the samples in row-major order (numpy meshgrid indexing="ij"):
	// the index of node (i0, i1, i2) is (i0*n1 + i1)*n2 + i2.
	F []float64
	// Grad is the numeric gradient, one slice per variable laid out like F.
	// It may be nil, and so may any component.
	Grad [][]float64
	// Exact is the exact gradient, laid out like Grad. It may be nil.
	Exact [][]float64
	// EdgeOrder is the order of the one-sided differences used at the
	// edges (1 or 2, as numpy.gradient's edge_order); 0 means 1.
	EdgeOrder int
}

// shape returns the grid shape after validating f.
func (f *Field) shape() ([]int, error) {
	if len(f.Vars) == 0 {
		return nil, errors.New("plots: field has no variables")
	}
	if len(f.Coords) != len(f.Vars) {
		return nil, fmt.Errorf("plots: %d variables but %d coordinate slices", len(f.Vars), len(f.Coords))
	}
	shape := f.Shape
	if shape == nil {
		shape = make([]int, len(f.Coords))
		for k, c := range f.Coords {
			shape[k] = len(c)
		}
	}
	if len(shape) != len(f.Vars) {
		return nil, fmt.Errorf("plots: shape has %d axes for %d variables", len(shape), len(f.Vars))
	}
	n := 1
	for k, s := range shape {
		if s < 1 || len(f.Coords[k]) != s {
			return nil, fmt.Errorf("plots: axis %q has %d coordinates, shape says %d", f.Vars[k], len(f.Coords[k]), s)
		}
		n *= s
	}
	if len(f.F) != n {
		return nil, fmt.Errorf("plots: F has %d values, shape %v needs %d", len(f.F), shape, n)
	}
	for _, gs := range [][][]float64{f.Grad, f.Exact} {
		if gs != nil && len(gs) != len(f.Vars) {
			return nil, fmt.Errorf("plots: gradient has %d components for %d variables", len(gs), len(f.Vars))
		}
		for k, g := range gs {
			if g != nil && len(g) != n {
				return nil, fmt.Errorf("plots: gradient component %q has %d values, want %d", f.Vars[k], len(g), n)
			}
		}
	}
	return shape, nil
}

// slice2 is a 2-D slice of a field: node (i, j) has coordinates (x[i], y[j])
// and sits at index i*ny + j of every value slice.
type slice2 struct {
	nx, ny int
	x, y   []float64
	f      []float64
	gx, gy []float64 // numeric in-plane gradient; nil if not available
	ex, ey []float64 // exact in-plane gradient; nil if not available
	gz     []float64 // first out-of-plane numeric component; nil if none
	errN   []float64 // |∇f numeric − exact| over all components; nil if unknown or not asked for
	xName  string
	yName  string
	zName  string // name of the first out-of-plane variable
	fixed  []string
	// grad holds every numeric component on the slice, one per variable
	// (nil where unknown), named by vars; oop lists the out-of-plane
	// variables in order, the first being the one of gz.
	grad [][]float64
	vars []string
	oop  []int
}

// extract cuts out of f the 2-D slice along variables xv and yv at the
// nodes fixed of the others, with the error norm errN if withErr (only
// the error heatmap shows it).
func extract(f *Field, shape []int, xv, yv int, fixed []int, withErr bool) *slice2 {
	nd := len(shape)
	stride := make([]int, nd)
	s := 1
	for k := nd - 1; k >= 0; k-- {
		stride[k] = s
		s *= shape[k]
	}
	base := 0
	var oop []int // out-of-plane variables
	sl := &slice2{nx: shape[xv], ny: shape[yv], x: f.Coords[xv], y: f.Coords[yv],
		xName: f.Vars[xv], yName: f.Vars[yv]}
	for k := range nd {
		if k == xv || k == yv {
			continue
		}
		idx := (shape[k] - 1) / 2
		if k < len(fixed) && fixed[k] >= 0 && fixed[k] < shape[k] {
			idx = fixed[k]
		}
		base += idx * stride[k]
		oop = append(oop, k)
		sl.fixed = append(sl.fixed, fmt.Sprintf("%s = %s", f.Vars[k], fmtNum(f.Coords[k][idx])))
	}
	n, sy := sl.nx*sl.ny, stride[yv]
	take := func(src []float64) []float64 {
		if src == nil {
			return nil
		}
		if sy == 1 && stride[xv] == sl.ny {
			// The slice is a run of src (a field of two variables, in its
			// order): shared, not copied. A slice is never written.
			return src[base : base+n : base+n]
		}
		dst := make([]float64, n)
		for i := range sl.nx {
			row, off := dst[i*sl.ny:(i+1)*sl.ny], base+i*stride[xv]
			if sy == 1 { // y is the last axis: a row is contiguous
				copy(row, src[off:off+sl.ny])
				continue
			}
			for j := range row {
				row[j] = src[off+j*sy]
			}
		}
		return dst
	}
	comp := func(gs [][]float64, k int) []float64 {
		if gs == nil {
			return nil
		}
		return take(gs[k])
	}
	sl.f = take(f.F)
	sl.vars, sl.oop = f.Vars, oop
	sl.grad = make([][]float64, nd)
	for k := range nd {
		sl.grad[k] = comp(f.Grad, k)
	}
	sl.gx, sl.gy = sl.grad[xv], sl.grad[yv]
	sl.ex, sl.ey = comp(f.Exact, xv), comp(f.Exact, yv)
	if len(oop) > 0 {
		sl.gz = sl.grad[oop[0]]
		sl.zName = f.Vars[oop[0]]
	}
	if withErr && f.Grad != nil && f.Exact != nil {
		sl.errN = make([]float64, n)
		for k := range nd {
			g, e := f.Grad[k], f.Exact[k]
			if g == nil || e == nil { // a component unknown: so is the error
				for i := range sl.errN {
					sl.errN[i] = math.NaN()
				}
				break
			}
			for i := range sl.nx {
				row, off := sl.errN[i*sl.ny:(i+1)*sl.ny], base+i*stride[xv]
				for j := range row {
					d := g[off+j*sy] - e[off+j*sy]
					row[j] += d * d
				}
			}
		}
		for i, v := range sl.errN {
			sl.errN[i] = math.Sqrt(v)
		}
	}
	return sl
}

// fmtNum formats a number compactly for labels.
func fmtNum(v float64) string {
	return fmt.Sprintf("%.4g", v)
}

// finiteRange returns the minimum and maximum of the finite values in v,
// ok false if there are none.
func finiteRange(v []float64) (lo, hi float64, ok bool) {
	s := summarize(v)
	return s.lo, s.hi, s.ok
}

// summary is what a figure needs to know of a layer's values: the range
// of the finite ones, and whether any is NaN or ±Inf.
type summary struct {
	lo, hi    float64 // the finite values' minimum and maximum, -0 below +0
	ok        bool    // there are finite values
	nonFinite bool    // some value is NaN or ±Inf
}

// summarize returns the summary of v. Its loop has no branch but its own
// (in WebAssembly every branch taken goes through the function's dispatch
// loop): the extremes are kept as ordered integers (see ordered), whose
// minimum and maximum are conditional moves and put -0 below +0, and x-x,
// +0 for every finite x, has other bits for NaN and ±Inf. Only then does a
// second loop leave those out.
func summarize(v []float64) summary {
	lo, hi := ordered(math.Inf(1)), ordered(math.Inf(-1))
	var odd uint64
	for _, x := range v {
		o := ordered(x)
		lo, hi = min(lo, o), max(hi, o)
		odd |= math.Float64bits(x - x)
	}
	if odd == 0 {
		return summary{lo: fromOrdered(lo), hi: fromOrdered(hi), ok: len(v) > 0}
	}
	lo, hi = ordered(math.Inf(1)), ordered(math.Inf(-1))
	for _, x := range v {
		if x-x == 0 {
			o := ordered(x)
			lo, hi = min(lo, o), max(hi, o)
		}
	}
	return summary{lo: fromOrdered(lo), hi: fromOrdered(hi), ok: lo <= hi, nonFinite: true}
}

// ordered returns an integer that orders as x among floats, with -0 below
// +0: x's bits, all but the sign flipped for a negative x.
func ordered(x float64) int64 {
	b := int64(math.Float64bits(x))
	return b ^ int64(uint64(b>>63)>>1)
}

// fromOrdered returns the float of ordered's o.
func fromOrdered(o int64) float64 {
	return math.Float64frombits(uint64(o ^ int64(uint64(o>>63)>>1)))
}

// cellEdges returns the n+1 cell boundaries around n node coordinates:
// midpoints between nodes, and half a spacing beyond the end nodes
// (half a unit for a single node).
func cellEdges(c []float64) []float64 {
	n := len(c)
	e := make([]float64, n+1)
	if n == 1 {
		e[0], e[1] = c[0]-0.5, c[0]+0.5
		return e
	}
	for i := 1; i < n; i++ {
		e[i] = (c[i-1] + c[i]) / 2
	}
	e[0] = c[0] - (c[1]-c[0])/2
	e[n] = c[n-1] + (c[n-1]-c[n-2])/2
	return e
}

// isUniform reports whether the coordinates c are evenly spaced.
func isUniform(c []float64) bool {
	if len(c) < 3 {
		return true
	}
	h := (c[len(c)-1] - c[0]) / float64(len(c)-1)
	for i := 1; i < len(c); i++ {
		if math.Abs(c[i]-c[i-1]-h) > 1e-6*math.Abs(h) {
			return false
		}
	}
	return true
}

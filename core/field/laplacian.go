package field

import (
	"math"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
)

// Laplacian is ∇²f = Σ ∂²f/∂x_i² on a Field's grid, three ways. Every array
// is flat, row-major, with shape Shape (as Field.F).
type Laplacian struct {
	Vars  []string
	Shape []int
	// Exact is the exact Laplacian: the sum of the symbolic second partial
	// derivatives (SecondExpr), evaluated at the nodes. Nil for a Field
	// without ExactExpr.
	Exact      []float64
	SecondExpr []*expr.Expr // ∂²f/∂x_i², in Vars order
	// Compact is the sum of the three-point second differences (Compact).
	Compact []float64
	// GradTwice is numpy.gradient applied twice along each axis and summed
	// (GradTwice), bit for bit what numpy gives.
	GradTwice []float64
}

// Laplacian returns the Laplacian of f three ways: exact, from the compact
// second-difference stencil and from numpy.gradient applied twice (with
// f's spacing and edge order). The two grid estimates differ even where
// both are second order: numpy.gradient's central difference of a central
// difference reads f at i-2, i and i+2, a stencil of width 4h,
//
//	(f[i+2] - 2 f[i] + f[i-2]) / (4h²)   (uniform spacing, inside)
//
// which has four times the truncation error of the compact
// (f[i+1] - 2 f[i] + f[i-1]) / h² and cannot see a wave of two cells (the
// pitfall of MetPy issue 1389). It needs f.F and f.Coords; f.Grad is
// reused when present, and the exact Laplacian needs f.ExactExpr. The error
// is an *expr.Error (TooManyNodes) when a second derivative is too large to
// write out, or numpy's *fd.Error.
func (f *Field) Laplacian() (*Laplacian, error) {
	l := &Laplacian{Vars: f.Vars, Shape: f.Shape}
	var err error
	if len(f.Grad) == len(f.Vars) {
		l.GradTwice, err = gradTwice(nil, f.Grad, f.Shape, f.Coords, f.EdgeOrder)
	} else {
		l.GradTwice, err = GradTwice(nil, f.F, f.Shape, f.Coords, f.EdgeOrder)
	}
	if err != nil {
		return nil, err
	}
	l.Compact = Compact(nil, f.F, f.Shape, f.Coords)
	if len(f.ExactExpr) != len(f.Vars) {
		return l, nil
	}
	l.Exact = make([]float64, len(f.F))
	var buf []float64
	for i, d := range f.ExactExpr {
		dd, err := d.Derivative(f.Vars[i])
		if err != nil {
			return nil, err
		}
		l.SecondExpr = append(l.SecondExpr, dd)
		buf = expr.Compile(dd).Grid(buf, f.Coords)
		for p, v := range buf {
			l.Exact[p] += v
		}
	}
	return l, nil
}

// GradTwice returns into dst (allocated when nil) the Laplacian of the
// N-D array f (row-major, shape) as numpy computes it from its gradient,
// bit for bit:
//
//	sum(np.gradient(np.gradient(f, c[i], axis=i, edge_order=e), c[i], axis=i, edge_order=e)
//	    for i in range(f.ndim))
//
// with c[i] = coords[i] (Python's sum starts from 0, so a -0.0 becomes
// 0). The error is numpy's *fd.Error (too few points for the edge order).
func GradTwice(dst, f []float64, shape []int, coords [][]float64, edgeOrder int) ([]float64, error) {
	grad := make([][]float64, len(shape))
	for i := range shape {
		g, err := fd.Gradient(nil, f, shape, axisOptions(coords, i, edgeOrder))
		if err != nil {
			return nil, err
		}
		grad[i] = g[0]
	}
	return gradTwice(dst, grad, shape, coords, edgeOrder)
}

// gradTwice is GradTwice from the first gradient grad[i] along each axis.
func gradTwice(dst []float64, grad [][]float64, shape []int, coords [][]float64, edgeOrder int) ([]float64, error) {
	if dst == nil {
		dst = make([]float64, len(grad[0]))
	} else {
		clear(dst)
	}
	buf := [][]float64{make([]float64, len(dst))}
	for i := range shape {
		if _, err := fd.Gradient(buf, grad[i], shape, axisOptions(coords, i, edgeOrder)); err != nil {
			return nil, err
		}
		for p, v := range buf[0] {
			dst[p] += v
		}
	}
	return dst, nil
}

// axisOptions are numpy.gradient's arguments for axis i alone.
func axisOptions(coords [][]float64, i, edgeOrder int) *fd.Options {
	return &fd.Options{Spacing: []fd.Spacing{fd.Coords(coords[i])}, Axes: []int{i}, EdgeOrder: edgeOrder}
}

// Compact returns into dst (allocated when nil) the Laplacian of the N-D
// array f (row-major, shape, coordinates coords) from the three-point
// second difference along each axis, the derivative of the parabola
// through a node and its two neighbours (second order inside on a uniform
// grid, first order on a non-uniform one):
//
//	2 (h0 f[j+1] - (h0+h1) f[j] + h1 f[j-1]) / (h0 h1 (h0+h1)),  h0 = c[j]-c[j-1], h1 = c[j+1]-c[j]
//
// which is (f[j+1] - 2 f[j] + f[j-1]) / h² for a uniform step h. At an edge
// node the one-sided second difference of the three nodes nearest the edge
// is used (the value at its neighbour, first order). An axis of fewer than
// three points gives NaN.
func Compact(dst, f []float64, shape []int, coords [][]float64) []float64 {
	if dst == nil {
		dst = make([]float64, len(f))
	} else {
		clear(dst)
	}
	for i, n := range shape { // the axes in order, as GradTwice sums them
		stride, c := 1, coords[i]
		for _, m := range shape[i+1:] {
			stride *= m
		}
		for p := range f {
			if n < 3 {
				dst[p] = math.NaN()
				continue
			}
			j := min(max((p/stride)%n, 1), n-2)
			q := p + (j-(p/stride)%n)*stride // the centre of the stencil
			h0, h1 := c[j]-c[j-1], c[j+1]-c[j]
			dst[p] += 2 * (h0*f[q+stride] - (h0+h1)*f[q] + h1*f[q-stride]) / (h0 * h1 * (h0 + h1))
		}
	}
	return dst
}

package fd

// Kind names the formula numpy.gradient uses at a point along one axis.
type Kind string

// The formulas of numpy.gradient, with L points along the axis, the step h
// (uniform) or the local steps d1, d2 (non-uniform; see Stencil.Steps).
const (
	// InteriorUniform: 0 < i < L-1 on a uniform axis,
	//	(f[i+1] - f[i-1]) / (2h)
	InteriorUniform Kind = "interior_uniform"
	// InteriorNonuniform: 0 < i < L-1 on a non-uniform axis,
	//	a f[i-1] + b f[i] + c f[i+1]
	InteriorNonuniform Kind = "interior_nonuniform"
	// EdgeOrder1: i = 0 or L-1 with edge_order 1,
	//	(f[1] - f[0]) / h0   or   (f[L-1] - f[L-2]) / hn
	EdgeOrder1 Kind = "edge_order1"
	// EdgeOrder2: i = 0 or L-1 with edge_order 2, three points on one side,
	//	a f[0] + b f[1] + c f[2]   or   a f[L-3] + b f[L-2] + c f[L-1]
	EdgeOrder2 Kind = "edge_order2"
)

// Stencil is what numpy.gradient computes at one point along one axis: the
// formula, the neighbouring samples it reads, their weights and the result.
type Stencil struct {
	Kind  Kind
	Axis  int // the axis (normalised, >= 0)
	Order int // the order of accuracy: 2 inside, the edge order at an edge

	// Uniform reports whether numpy treats the axis as uniform (a scalar
	// step, or coordinates whose differences are all exactly equal).
	// Steps are the spacings the weights come from: [h] on a uniform axis;
	// otherwise [h0] or [hn] for EdgeOrder1 and the two local steps
	// [d1, d2] for the three-point formulas, each a difference of
	// neighbouring coordinates (d1 before d2 along the axis).
	Uniform bool
	Steps   []float64

	// Indices are the neighbours' indices along the axis, ascending;
	// Values their samples of f and Weights their weights, in the same
	// order. InteriorUniform reads only f[i-1] and f[i+1] (numpy does not
	// read f[i]), with the weights ∓1/(2h).
	Indices []int
	Values  []float64
	Weights []float64

	// Result is numpy.gradient's value at the point, bit for bit the value
	// Gradient returns there. Σ Weights[j]·Values[j] equals it up to
	// rounding: exactly for the three-point formulas, which numpy evaluates
	// as ((a f0 + b f1) + c f2); InteriorUniform and EdgeOrder1 divide a
	// difference instead of multiplying by the weights.
	Result float64
}

// StencilAt returns the stencil numpy.gradient uses at the point index of
// the N-D array f (row-major, with the given shape) along axis, with the
// spacing and edge order of opts, exactly as Gradient does: its Result is
// bit for bit Gradient(nil, f, shape, opts)'s value at index for that axis.
// A nil opts means numpy's defaults. A negative axis counts from the end.
//
// Requests that numpy rejects return the *Error that Gradient returns.
// StencilAt panics, like Gradient, if the product of shape is not len(f) or
// a dimension is negative, and if index does not name a point of shape or
// opts does not differentiate axis (programmer errors).
//
// The weights come from the code that computes Gradient's, and the result is
// evaluated with the same functions:
//
//	InteriorUniform     (f[i+1] - f[i-1]) / (2h)
//	InteriorNonuniform  ((a f[i-1] + b f[i]) + c f[i+1]),
//	                    a = -d2/(d1(d1+d2)), b = (d2-d1)/(d1 d2), c = d1/(d2(d1+d2))
//	EdgeOrder1          (f[1] - f[0]) / h0,  (f[L-1] - f[L-2]) / hn
//	EdgeOrder2 uniform  a, b, c = -1.5/h, 2/h, -0.5/h (start), 0.5/h, -2/h, 1.5/h (end)
//	EdgeOrder2          start a = -(2d1+d2)/(d1(d1+d2)), b = (d1+d2)/(d1 d2), c = -d1/(d2(d1+d2));
//	                    end   a = d2/(d1(d1+d2)), b = -(d2+d1)/(d1 d2), c = (2d2+d1)/(d2(d1+d2))
//
// (numpy/lib/function_base.py, gradient; Fornberg, Math. Comp. 51 (1988)).
func StencilAt(f []float64, shape []int, opts *Options, index []int, axis int) (Stencil, error) {
	if opts == nil {
		opts = &Options{}
	}
	checkShape(f, shape)
	if len(index) != len(shape) {
		panic("fd: index length does not match shape")
	}
	flat := 0
	for d, i := range index {
		if i < 0 || i >= shape[d] {
			panic("fd: index out of range")
		}
		flat = flat*shape[d] + i
	}
	if axis < 0 {
		axis += len(shape)
	}
	if axis < 0 || axis >= len(shape) {
		panic("fd: axis out of range")
	}
	plans, err := plan(shape, opts)
	if err != nil {
		return Stencil{}, err
	}
	for _, p := range plans {
		if p.axis != axis {
			continue
		}
		stride := 1
		for _, d := range shape[axis+1:] {
			stride *= d
		}
		i := index[axis]
		line := f[flat-i*stride:]
		k := newKernel(p, shape[axis], opts.edgeOrder())
		s := k.stencil(i, func(j int) float64 { return line[j*stride] })
		s.Axis = axis
		return s, nil
	}
	panic("fd: axis not differentiated")
}

// stencil returns the stencil of point i of the kernel's axis, reading the
// sample of point j from v(j). It takes the coefficients Gradient's loops
// use and evaluates with central, oneSided and comb, as they do.
func (k *kernel) stencil(i int, v func(j int) float64) Stencil {
	L := k.L
	three := func(kind Kind, order, j0 int, a, b, c float64, steps []float64) Stencil {
		x, y, z := v(j0), v(j0+1), v(j0+2)
		return Stencil{Kind: kind, Order: order, Uniform: k.uniform, Steps: steps,
			Indices: []int{j0, j0 + 1, j0 + 2}, Values: []float64{x, y, z},
			Weights: []float64{a, b, c}, Result: comb(a, x, b, y, c, z)}
	}
	steps := func(j0, n int) []float64 {
		if k.uniform {
			return []float64{k.h}
		}
		return append([]float64(nil), k.dx[j0:j0+n]...)
	}
	switch {
	case i > 0 && i < L-1 && k.uniform:
		x, z := v(i-1), v(i+1)
		w := 1 / k.twoH
		return Stencil{Kind: InteriorUniform, Order: 2, Uniform: true, Steps: steps(i-1, 2),
			Indices: []int{i - 1, i + 1}, Values: []float64{x, z},
			Weights: []float64{-w, w}, Result: central(x, z, k.twoH)}
	case i > 0 && i < L-1:
		return three(InteriorNonuniform, 2, i-1, k.a[i-1], k.b[i-1], k.c[i-1], steps(i-1, 2))
	case !k.edge2:
		j0, h := 0, k.h0
		if i != 0 {
			j0, h = L-2, k.hn
		}
		x, y := v(j0), v(j0+1)
		return Stencil{Kind: EdgeOrder1, Order: 1, Uniform: k.uniform, Steps: steps(j0, 1),
			Indices: []int{j0, j0 + 1}, Values: []float64{x, y},
			Weights: []float64{-1 / h, 1 / h}, Result: oneSided(x, y, h)}
	case i == 0:
		return three(EdgeOrder2, 2, 0, k.s0, k.s1, k.s2, steps(0, 2))
	default:
		return three(EdgeOrder2, 2, L-3, k.e0, k.e1, k.e2, steps(L-3, 2))
	}
}

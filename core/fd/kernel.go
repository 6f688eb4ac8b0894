package fd

// kernel holds the coefficients of the stencils along one axis of length L,
// computed once per call with numpy's operation order.
type kernel struct {
	L          int
	uniform    bool
	h          float64   // the step, when uniform
	dx         []float64 // the coordinate differences, when not
	twoH       float64   // 2.0*h, the uniform interior divisor
	a, b, c    []float64 // non-uniform interior weights, index i-1 for point i
	edge2      bool      // second-order edges
	h0, hn     float64   // first-order edge divisors
	s0, s1, s2 float64   // second-order start weights
	e0, e1, e2 float64   // second-order end weights
}

func newKernel(p axisPlan, L int, edgeOrder int) *kernel {
	k := &kernel{L: L, uniform: p.uniform, h: p.h, dx: p.dx, edge2: edgeOrder != 1}
	if p.uniform {
		h := p.h
		k.twoH = 2.0 * h
		k.h0, k.hn = h, h
		k.s0, k.s1, k.s2 = uniformStartWeights(h)
		k.e0, k.e1, k.e2 = uniformEndWeights(h)
		return k
	}
	dx := p.dx
	n := L - 2
	k.a, k.b, k.c = make([]float64, n), make([]float64, n), make([]float64, n)
	for j := 0; j < n; j++ {
		k.a[j], k.b[j], k.c[j] = interiorWeights(dx[j], dx[j+1])
	}
	k.h0, k.hn = dx[0], dx[len(dx)-1]
	if L >= 3 {
		k.s0, k.s1, k.s2 = startWeights(dx[0], dx[1])
		k.e0, k.e1, k.e2 = endWeights(dx[len(dx)-2], dx[len(dx)-1])
	}
	return k
}

// The weights of numpy.gradient's three-point stencils, each with numpy's
// operation order. Gradient's loops and StencilAt both take their weights
// from these functions, and combine them with comb.

// interiorWeights returns the weights of f[i-1], f[i], f[i+1] at an interior
// point of a non-uniform axis, with d1 = x[i]-x[i-1] and d2 = x[i+1]-x[i]:
//
//	a = -d2/(d1(d1+d2)), b = (d2-d1)/(d1 d2), c = d1/(d2(d1+d2))
func interiorWeights(d1, d2 float64) (a, b, c float64) {
	a = -d2 / float64(d1*float64(d1+d2))
	b = float64(d2-d1) / float64(d1*d2)
	c = d1 / float64(d2*float64(d1+d2))
	return a, b, c
}

// startWeights returns the second-order weights of f[0], f[1], f[2] on a
// non-uniform axis, with d1 = x[1]-x[0] and d2 = x[2]-x[1]:
//
//	a = -(2d1+d2)/(d1(d1+d2)), b = (d1+d2)/(d1 d2), c = -d1/(d2(d1+d2))
func startWeights(d1, d2 float64) (a, b, c float64) {
	a = -float64(float64(2.0*d1)+d2) / float64(d1*float64(d1+d2))
	b = float64(d1+d2) / float64(d1*d2)
	c = -d1 / float64(d2*float64(d1+d2))
	return a, b, c
}

// endWeights returns the second-order weights of f[L-3], f[L-2], f[L-1] on a
// non-uniform axis, with d1 = x[L-2]-x[L-3] and d2 = x[L-1]-x[L-2]:
//
//	a = d2/(d1(d1+d2)), b = -(d2+d1)/(d1 d2), c = (2d2+d1)/(d2(d1+d2))
func endWeights(d1, d2 float64) (a, b, c float64) {
	a = d2 / float64(d1*float64(d1+d2))
	b = -float64(d2+d1) / float64(d1*d2)
	c = float64(float64(2.0*d2)+d1) / float64(d2*float64(d1+d2))
	return a, b, c
}

// uniformStartWeights returns the second-order weights of f[0], f[1], f[2]
// for the step h: -1.5/h, 2/h, -0.5/h.
func uniformStartWeights(h float64) (a, b, c float64) { return -1.5 / h, 2.0 / h, -0.5 / h }

// uniformEndWeights returns the second-order weights of f[L-3], f[L-2],
// f[L-1] for the step h: 0.5/h, -2/h, 1.5/h.
func uniformEndWeights(h float64) (a, b, c float64) { return 0.5 / h, -2.0 / h, 1.5 / h }

// The formulas at one point, in numpy's operation order. Gradient's loops
// and StencilAt both evaluate with these.

// central is the uniform interior difference (next-prev)/twoH, twoH = 2.0*h.
func central(prev, next, twoH float64) float64 { return (next - prev) / twoH }

// oneSided is the first-order edge difference (f1-f0)/h.
func oneSided(f0, f1, h float64) float64 { return (f1 - f0) / h }

// comb is numpy's ((a*x + b*y) + c*z), each product rounded on its own: the
// explicit conversions forbid fused multiply-add (Go spec, "Floating-point
// operators").
func comb(a, x, b, y, c, z float64) float64 {
	return float64(float64(a*x)+float64(b*y)) + float64(c*z)
}

// block differentiates the lines of f along the kernel's axis for outer
// indices [o0, o1) and inner offsets [r0, r1), where inner is the axis'
// stride. Element (o, i, r) is at (o*L+i)*inner + r.
func (k *kernel) block(out, f []float64, inner, o0, o1, r0, r1 int) {
	if inner == 1 {
		for o := o0; o < o1; o++ {
			k.line(out[o*k.L:(o+1)*k.L], f[o*k.L:(o+1)*k.L])
		}
		return
	}
	L := k.L
	for o := o0; o < o1; o++ {
		row := func(i int) []float64 {
			base := (o*L+i)*inner + r0
			return f[base : base+r1-r0]
		}
		orow := func(i int) []float64 {
			base := (o*L+i)*inner + r0
			return out[base : base+r1-r0]
		}
		for i := 1; i < L-1; i++ {
			dst, prev, next := orow(i), row(i-1), row(i+1)
			next = next[:len(dst)]
			prev = prev[:len(dst)]
			if k.uniform {
				interiorUniform(dst, prev, next, k.twoH)
				continue
			}
			combRow(dst, prev, row(i), next, k.a[i-1], k.b[i-1], k.c[i-1])
		}
		if !k.edge2 {
			dst, f0, f1 := orow(0), row(0), row(1)
			f0, f1 = f0[:len(dst)], f1[:len(dst)]
			for j := range dst {
				dst[j] = oneSided(f0[j], f1[j], k.h0)
			}
			dst, f0, f1 = orow(L-1), row(L-2), row(L-1)
			f0, f1 = f0[:len(dst)], f1[:len(dst)]
			for j := range dst {
				dst[j] = oneSided(f0[j], f1[j], k.hn)
			}
			continue
		}
		dst, f0, f1, f2 := orow(0), row(0), row(1), row(2)
		f0, f1, f2 = f0[:len(dst)], f1[:len(dst)], f2[:len(dst)]
		for j := range dst {
			dst[j] = comb(k.s0, f0[j], k.s1, f1[j], k.s2, f2[j])
		}
		dst, f0, f1, f2 = orow(L-1), row(L-3), row(L-2), row(L-1)
		f0, f1, f2 = f0[:len(dst)], f1[:len(dst)], f2[:len(dst)]
		for j := range dst {
			dst[j] = comb(k.e0, f0[j], k.e1, f1[j], k.e2, f2[j])
		}
	}
}

// line differentiates one contiguous line (the last axis).
func (k *kernel) line(dst, f []float64) {
	L := k.L
	dst, f = dst[:L], f[:L]
	if L > 2 {
		d, prev, cur, next := dst[1:L-1], f[:L-2], f[1:L-1], f[2:L]
		if k.uniform {
			interiorUniform(d, prev, next, k.twoH)
		} else {
			interiorNonuniform(d, prev, cur, next, k.a, k.b, k.c)
		}
	}
	if !k.edge2 {
		dst[0] = oneSided(f[0], f[1], k.h0)
		dst[L-1] = oneSided(f[L-2], f[L-1], k.hn)
		return
	}
	dst[0] = comb(k.s0, f[0], k.s1, f[1], k.s2, f[2])
	dst[L-1] = comb(k.e0, f[L-3], k.e1, f[L-2], k.e2, f[L-1])
}

// interiorUniform sets d[j] = (next[j]-prev[j]) / twoH. The loops here are
// unrolled by four: WebAssembly gains most from it.
func interiorUniform(d, prev, next []float64, twoH float64) {
	n := len(d)
	prev, next = prev[:n], next[:n]
	j := 0
	for ; j+4 <= n; j += 4 {
		d4, p4, n4 := d[j:j+4:j+4], prev[j:j+4:j+4], next[j:j+4:j+4]
		d4[0] = central(p4[0], n4[0], twoH)
		d4[1] = central(p4[1], n4[1], twoH)
		d4[2] = central(p4[2], n4[2], twoH)
		d4[3] = central(p4[3], n4[3], twoH)
	}
	for ; j < n; j++ {
		d[j] = central(prev[j], next[j], twoH)
	}
}

// interiorNonuniform sets d[j] = a[j]*prev[j] + b[j]*cur[j] + c[j]*next[j],
// with numpy's rounding.
func interiorNonuniform(d, prev, cur, next, a, b, c []float64) {
	n := len(d)
	prev, cur, next = prev[:n], cur[:n], next[:n]
	a, b, c = a[:n], b[:n], c[:n]
	j := 0
	for ; j+4 <= n; j += 4 {
		d4, p4, c4, n4 := d[j:j+4:j+4], prev[j:j+4:j+4], cur[j:j+4:j+4], next[j:j+4:j+4]
		a4, b4, cc4 := a[j:j+4:j+4], b[j:j+4:j+4], c[j:j+4:j+4]
		d4[0] = comb(a4[0], p4[0], b4[0], c4[0], cc4[0], n4[0])
		d4[1] = comb(a4[1], p4[1], b4[1], c4[1], cc4[1], n4[1])
		d4[2] = comb(a4[2], p4[2], b4[2], c4[2], cc4[2], n4[2])
		d4[3] = comb(a4[3], p4[3], b4[3], c4[3], cc4[3], n4[3])
	}
	for ; j < n; j++ {
		d[j] = comb(a[j], prev[j], b[j], cur[j], c[j], next[j])
	}
}

// combRow sets d[j] = a*prev[j] + b*cur[j] + c*next[j], with numpy's
// rounding.
func combRow(d, prev, cur, next []float64, a, b, c float64) {
	n := len(d)
	prev, cur, next = prev[:n], cur[:n], next[:n]
	j := 0
	for ; j+4 <= n; j += 4 {
		d4, p4, c4, n4 := d[j:j+4:j+4], prev[j:j+4:j+4], cur[j:j+4:j+4], next[j:j+4:j+4]
		d4[0] = comb(a, p4[0], b, c4[0], c, n4[0])
		d4[1] = comb(a, p4[1], b, c4[1], c, n4[1])
		d4[2] = comb(a, p4[2], b, c4[2], c, n4[2])
		d4[3] = comb(a, p4[3], b, c4[3], c, n4[3])
	}
	for ; j < n; j++ {
		d[j] = comb(a, prev[j], b, cur[j], c, next[j])
	}
}

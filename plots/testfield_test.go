package plots

import "math"

// linspace returns n evenly spaced numbers over [a, b], as numpy.linspace.
func linspace(a, b float64, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return x
}

// centralGrad returns numpy.gradient of f (values on coordinates c, a 1-D
// line with stride s starting at base) for edge_order=1: second-order
// central differences on non-uniform grids inside, one-sided at the ends.
func gradAxis(f []float64, shape []int, coords [][]float64, axis int) []float64 {
	g := make([]float64, len(f))
	stride := 1
	for k := len(shape) - 1; k > axis; k-- {
		stride *= shape[k]
	}
	n := shape[axis]
	c := coords[axis]
	for idx := range f {
		i := (idx / stride) % n
		switch {
		case n == 1:
			g[idx] = 0
		case i == 0:
			g[idx] = (f[idx+stride] - f[idx]) / (c[1] - c[0])
		case i == n-1:
			g[idx] = (f[idx] - f[idx-stride]) / (c[n-1] - c[n-2])
		default:
			hs, hd := c[i]-c[i-1], c[i+1]-c[i]
			g[idx] = (hs*hs*f[idx+stride] + (hd*hd-hs*hs)*f[idx] - hd*hd*f[idx-stride]) / (hs * hd * (hd + hs))
		}
	}
	return g
}

// testField samples fn over the coordinates and adds its numeric gradient
// and the exact one (from dfn).
func testField(expr string, vars []string, coords [][]float64, fn func(p []float64) float64, dfn func(p []float64) []float64) *Field {
	shape := make([]int, len(coords))
	n := 1
	for k, c := range coords {
		shape[k] = len(c)
		n *= len(c)
	}
	f := &Field{Expr: expr, Vars: vars, Coords: coords, F: make([]float64, n), EdgeOrder: 1}
	f.Exact = make([][]float64, len(coords))
	for k := range coords {
		f.Exact[k] = make([]float64, n)
	}
	p := make([]float64, len(coords))
	for idx := range n {
		r := idx
		for k := len(coords) - 1; k >= 0; k-- {
			p[k] = coords[k][r%shape[k]]
			r /= shape[k]
		}
		f.F[idx] = fn(p)
		for k, d := range dfn(p) {
			f.Exact[k][idx] = d
		}
	}
	for k := range coords {
		f.Grad = append(f.Grad, gradAxis(f.F, shape, coords, k))
	}
	return f
}

// sinExp is sin(x)*exp(-y**2) on an n×n grid over [-3,3]×[-2,2].
func sinExp(n int) *Field {
	return testField("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{linspace(-3, 3, n), linspace(-2, 2, n)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
}

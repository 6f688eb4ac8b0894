package expr

import "math"

//go:generate go run gen_loops.go

// unary returns the vector plan that applies loop to x's values.
func unary(loop func(dst, a []float64), x vfn) vfn {
	return func(w *worker, dst []float64) []float64 {
		loop(dst, x(w, dst))
		return dst
	}
}

// powConst returns x**e for a constant e, with numpy's fast paths (powValue).
func powConst(x vfn, e float64) vfn {
	switch e {
	case 2:
		return unary(squareV, x)
	case 0.5:
		return unary(sqrtV, x)
	case -1:
		return unary(recipV, x)
	case 1:
		return x
	case 0:
		return func(w *worker, dst []float64) []float64 {
			fillV(dst, 1)
			return dst
		}
	}
	return func(w *worker, dst []float64) []float64 {
		a := x(w, dst)[:len(dst)]
		for i := range dst {
			dst[i] = math.Pow(a[i], e)
		}
		return dst
	}
}

// call1 returns f(x); sqrt and abs, which are single instructions, get
// unrolled loops.
func call1(name string, f func(float64) float64, x vfn) vfn {
	switch name {
	case "sqrt":
		return unary(sqrtV, x)
	case "abs":
		return unary(absV, x)
	}
	return func(w *worker, dst []float64) []float64 {
		a := x(w, dst)[:len(dst)]
		for i := range dst {
			dst[i] = f(a[i])
		}
		return dst
	}
}

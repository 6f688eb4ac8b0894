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

// A powPath is one of the ways numpy 1.24 computes a float array to a
// constant power. Its fast_scalar_power (numpy/core/src/multiarray/number.c)
// replaces np.power(x, e) by a cheaper ufunc for five exponents; gradplay
// takes the same paths for every constant exponent, on grids, at points, in
// constant folding and in dual numbers, so that x**0.5 is sqrt(x) to the bit.
type powPath uint8

const (
	powGeneral  powPath = iota // math.Pow(x, e): np.power
	powSquare                  // e == 2: x*x, np.square
	powSqrt                    // e == 0.5: math.Sqrt(x), np.sqrt
	powRecip                   // e == -1: 1/x, np.reciprocal
	powIdentity                // e == 1: x, np.positive
	powOne                     // e == 0: 1, np._ones_like
)

// powFast returns numpy's path for the constant exponent e: the one table
// of the fast paths.
func powFast(e float64) powPath {
	switch e {
	case 2:
		return powSquare
	case 0.5:
		return powSqrt
	case -1:
		return powRecip
	case 1:
		return powIdentity
	case 0:
		return powOne
	}
	return powGeneral
}

// powValue returns x**e for a constant exponent e, as numpy computes it
// (powFast).
func powValue(x, e float64) float64 {
	switch powFast(e) {
	case powSquare:
		return x * x
	case powSqrt:
		return math.Sqrt(x)
	case powRecip:
		return 1 / x
	case powIdentity:
		return x
	case powOne:
		return 1
	}
	return math.Pow(x, e)
}

// powConst returns the vector plan of x**e for a constant e (powFast).
func powConst(x vfn, e float64) vfn {
	switch powFast(e) {
	case powSquare:
		return unary(squareV, x)
	case powSqrt:
		return unary(sqrtV, x)
	case powRecip:
		return unary(recipV, x)
	case powIdentity:
		return x
	case powOne:
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

package expr

import "math"

// powConst returns x**e for a constant e, with numpy's fast paths (powValue).
func powConst(x vfn, e float64) vfn {
	switch e {
	case 2:
		return func(w *worker, dst []float64) []float64 {
			a := x(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = a[i] * a[i]
			}
			return dst
		}
	case 0.5:
		return call1("sqrt", math.Sqrt, x)
	case -1:
		return func(w *worker, dst []float64) []float64 {
			a := x(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = 1 / a[i]
			}
			return dst
		}
	case 1:
		return x
	case 0:
		return func(w *worker, dst []float64) []float64 {
			for i := range dst {
				dst[i] = 1
			}
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

// call1 returns f(x); sqrt and abs get inlined loops.
func call1(name string, f func(float64) float64, x vfn) vfn {
	switch name {
	case "sqrt":
		return func(w *worker, dst []float64) []float64 {
			a := x(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = math.Sqrt(a[i])
			}
			return dst
		}
	case "abs":
		return func(w *worker, dst []float64) []float64 {
			a := x(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = math.Abs(a[i])
			}
			return dst
		}
	}
	return func(w *worker, dst []float64) []float64 {
		a := x(w, dst)[:len(dst)]
		for i := range dst {
			dst[i] = f(a[i])
		}
		return dst
	}
}

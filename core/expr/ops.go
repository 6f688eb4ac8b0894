package expr

import "math"

// The loops of the vector plans: one closure per operator and operand kind,
// so that the arithmetic of the inner loops is inlined. f, when not nil, is a
// function of two arguments (arctan2, hypot, min, max) instead of op.

// vv returns x op y for two vectors; y is computed into the scratch slot.
func vv(op Op, f func(x, y float64) float64, x, y vfn, slot int) vfn {
	operands := func(w *worker, dst []float64) ([]float64, []float64) {
		a := x(w, dst)[:len(dst)]
		return a, y(w, w.buf[slot][:len(dst)])[:len(dst)]
	}
	switch {
	case f != nil:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			for i := range dst {
				dst[i] = f(a[i], b[i])
			}
			return dst
		}
	case op == Add:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			for i := range dst {
				dst[i] = a[i] + b[i]
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			for i := range dst {
				dst[i] = a[i] - b[i]
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			for i := range dst {
				dst[i] = a[i] * b[i]
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			for i := range dst {
				dst[i] = a[i] / b[i]
			}
			return dst
		}
	}
	return vv(0, math.Pow, x, y, slot)
}

// vs returns x op s for a vector x and a scalar s.
func vs(op Op, f func(x, y float64) float64, x vfn, s sfn) vfn {
	switch {
	case f != nil:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = f(a[i], b)
			}
			return dst
		}
	case op == Add:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = a[i] + b
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = a[i] - b
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = a[i] * b
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = a[i] / b
			}
			return dst
		}
	}
	return vs(0, math.Pow, x, s)
}

// sv returns s op y for a scalar s and a vector y.
func sv(op Op, f func(x, y float64) float64, s sfn, y vfn) vfn {
	switch {
	case f != nil:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = f(a, b[i])
			}
			return dst
		}
	case op == Add:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = a + b[i]
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = a - b[i]
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = a * b[i]
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = a / b[i]
			}
			return dst
		}
	}
	return sv(0, math.Pow, s, y)
}

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

package expr

// The vector plans of binary operations, by operand kind. The arithmetic
// operators run the generated loops of loops.go; f, when not nil, is a
// function of two arguments (arctan2, hypot, min, max, or math.Pow for a
// power whose exponent is not a constant) called per element instead of op,
// which is then 0.

// vv returns x op y for two vectors; y is computed into the scratch slot.
func vv(op Op, f func(x, y float64) float64, x, y vfn, slot int) vfn {
	loop, _, _ := binaryLoops(op)
	if f != nil {
		return func(w *worker, dst []float64) []float64 {
			a := x(w, dst)[:len(dst)]
			b := y(w, w.buf[slot][:len(dst)])[:len(dst)]
			for i := range dst {
				dst[i] = f(a[i], b[i])
			}
			return dst
		}
	}
	return func(w *worker, dst []float64) []float64 {
		loop(dst, x(w, dst), y(w, w.buf[slot][:len(dst)]))
		return dst
	}
}

// vs returns x op s for a vector x and a scalar s.
func vs(op Op, f func(x, y float64) float64, x vfn, s sfn) vfn {
	_, loop, _ := binaryLoops(op)
	if f != nil {
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			for i := range dst {
				dst[i] = f(a[i], b)
			}
			return dst
		}
	}
	return func(w *worker, dst []float64) []float64 {
		loop(dst, x(w, dst), s(w))
		return dst
	}
}

// sv returns s op y for a scalar s and a vector y.
func sv(op Op, f func(x, y float64) float64, s sfn, y vfn) vfn {
	_, _, loop := binaryLoops(op)
	if f != nil {
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			for i := range dst {
				dst[i] = f(a, b[i])
			}
			return dst
		}
	}
	return func(w *worker, dst []float64) []float64 {
		a := s(w)
		loop(dst, a, y(w, dst))
		return dst
	}
}

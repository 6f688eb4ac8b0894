package expr

import "math"

// The loops of the vector plans: one closure per operator and operand kind,
// so that the arithmetic of the inner loops is inlined, unrolled by four
// (which halves the time under WebAssembly). f, when not nil, is a function
// of two arguments (arctan2, hypot, min, max, or math.Pow) instead of op.
// Each element is computed with the one operation At uses: no reordering,
// no fused multiply-add.

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
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p, q := dst[i:i+4:i+4], a[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]+q[0], p[1]+q[1], p[2]+q[2], p[3]+q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] + b[i]
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p, q := dst[i:i+4:i+4], a[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]-q[0], p[1]-q[1], p[2]-q[2], p[3]-q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] - b[i]
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p, q := dst[i:i+4:i+4], a[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]*q[0], p[1]*q[1], p[2]*q[2], p[3]*q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] * b[i]
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a, b := operands(w, dst)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p, q := dst[i:i+4:i+4], a[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]/q[0], p[1]/q[1], p[2]/q[2], p[3]/q[3]
			}
			for ; i < len(dst); i++ {
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
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p := dst[i:i+4:i+4], a[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]+b, p[1]+b, p[2]+b, p[3]+b
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] + b
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p := dst[i:i+4:i+4], a[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]-b, p[1]-b, p[2]-b, p[3]-b
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] - b
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p := dst[i:i+4:i+4], a[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]*b, p[1]*b, p[2]*b, p[3]*b
			}
			for ; i < len(dst); i++ {
				dst[i] = a[i] * b
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a, b := x(w, dst)[:len(dst)], s(w)
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, p := dst[i:i+4:i+4], a[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = p[0]/b, p[1]/b, p[2]/b, p[3]/b
			}
			for ; i < len(dst); i++ {
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
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, q := dst[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = a+q[0], a+q[1], a+q[2], a+q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a + b[i]
			}
			return dst
		}
	case op == Sub:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, q := dst[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = a-q[0], a-q[1], a-q[2], a-q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a - b[i]
			}
			return dst
		}
	case op == Mul:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, q := dst[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = a*q[0], a*q[1], a*q[2], a*q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a * b[i]
			}
			return dst
		}
	case op == Div:
		return func(w *worker, dst []float64) []float64 {
			a := s(w)
			b := y(w, dst)[:len(dst)]
			i := 0
			for ; i+4 <= len(dst); i += 4 {
				d, q := dst[i:i+4:i+4], b[i:i+4:i+4]
				d[0], d[1], d[2], d[3] = a/q[0], a/q[1], a/q[2], a/q[3]
			}
			for ; i < len(dst); i++ {
				dst[i] = a / b[i]
			}
			return dst
		}
	}
	return sv(0, math.Pow, s, y)
}

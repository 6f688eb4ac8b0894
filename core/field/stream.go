package field

import "math"

// stream is the integrator of Field.Path: RK4 steps of dx/ds = h ∇f /
// max(|∇f|, g/10) inside f's grid.
type stream struct {
	f     *Field
	moves []bool  // the variables that move (grids of two or more points)
	h     float64 // the step, negative for a descent
	tol   float64 // the relative tolerance of a critical point
	steps int     // the most steps
}

// follow returns the points of the path from start on the gradient grad
// (g is the largest |∇f| on the grid) and why it stopped.
func (s *stream) follow(start []float64, grad func([]float64) []float64, g float64) ([][]float64, string) {
	x := append([]float64(nil), start...)
	pts := [][]float64{x}
	if s.h == 0 {
		return pts, StopEdge // a grid of single points: nowhere to go
	}
	floor := g / 10
	vel := func(x []float64) ([]float64, float64, bool) {
		v := grad(x)
		n := 0.0
		for d := range v {
			if !s.moves[d] {
				v[d] = 0
			}
			n += v[d] * v[d]
		}
		n = math.Sqrt(n)
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return nil, n, false
		}
		k := s.h / math.Max(n, floor)
		for d := range v {
			v[d] *= k
		}
		return v, n, true
	}
	for step := 0; ; step++ {
		k1, n, ok := vel(x)
		switch {
		case !ok:
			return pts, StopUndefined
		case n <= s.tol*g:
			return pts, StopCritical
		case step == s.steps:
			return pts, StopMaxSteps
		}
		k2, _, ok2 := vel(add(x, k1, 0.5))
		k3, _, ok3 := vel(add(x, k2, 0.5))
		k4, _, ok4 := vel(add(x, k3, 1))
		if !ok2 || !ok3 || !ok4 {
			return pts, StopUndefined
		}
		next := make([]float64, len(x))
		for d := range x {
			next[d] = x[d] + (k1[d]+2*k2[d]+2*k3[d]+k4[d])/6
		}
		if t := s.inBox(x, next); t < 1 {
			for d, c := range s.f.Coords { // on the boundary, rounding aside
				lo, hi := math.Min(c[0], c[len(c)-1]), math.Max(c[0], c[len(c)-1])
				next[d] = math.Min(hi, math.Max(lo, x[d]+t*(next[d]-x[d])))
			}
			return append(pts, next), StopEdge
		}
		pts = append(pts, next)
		x = next
	}
}

// add returns x + c*v.
func add(x, v []float64, c float64) []float64 {
	out := make([]float64, len(x))
	for d := range x {
		out[d] = x[d] + c*v[d]
	}
	return out
}

// inBox returns the largest t in [0, 1] for which x + t(y - x) lies within
// the grid's box (x lies within it).
func (s *stream) inBox(x, y []float64) float64 {
	t := 1.0
	for d, c := range s.f.Coords {
		lo, hi := math.Min(c[0], c[len(c)-1]), math.Max(c[0], c[len(c)-1])
		switch dx := y[d] - x[d]; {
		case y[d] > hi && dx > 0:
			t = math.Min(t, (hi-x[d])/dx)
		case y[d] < lo && dx < 0:
			t = math.Min(t, (lo-x[d])/dx)
		}
	}
	return math.Max(t, 0)
}

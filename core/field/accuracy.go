package field

import "math"

// ExactGrad returns the exact partial derivatives at the point: ExactExpr
// evaluated at At by the tree walker, the values of method exact.
func (p *Point) ExactGrad() []float64 {
	g := make([]float64, len(p.ExactExpr))
	for i, d := range p.ExactExpr {
		g[i] = d.Eval(p.At)
	}
	return g
}

// Errors returns the error of each partial derivative grad[i] against the
// exact one exact[i]: abs[i] = |grad[i] - exact[i]| and rel[i] =
// abs[i] / |exact[i]|, NaN where exact[i] is 0 or not finite (a relative
// error is then undefined). It panics if the lengths differ.
func Errors(grad, exact []float64) (abs, rel []float64) {
	if len(grad) != len(exact) {
		panic("field: Errors needs as many exact partials as partials")
	}
	abs, rel = make([]float64, len(grad)), make([]float64, len(grad))
	for i, g := range grad {
		abs[i] = math.Abs(g - exact[i])
		rel[i] = math.NaN()
		if e := math.Abs(exact[i]); e != 0 && !math.IsInf(e, 0) && !math.IsNaN(e) {
			rel[i] = abs[i] / e
		}
	}
	return abs, rel
}

package fd

import "math"

// Richardson returns the derivative of f at x by Richardson extrapolation of
// central differences (Ridders' method), and an estimate of its absolute
// error. It is the most accurate of the point derivatives, typically to
// 1e-13 relative for a smooth f, at the cost of up to 20 calls of f per
// start (80 with the restarts, more when the first step shrinks).
//
// The central differences D(h_k) = (f(x + h_k) - f(x - h_k)) / 2h_k, with
// steps h_k = h / 1.4**k, k = 0, ..., 9, fill the Neville tableau
//
//	A[0][k] = D(h_k)
//	A[j][k] = (A[j-1][k] * 1.4**2j - A[j-1][k-1]) / (1.4**2j - 1)
//
// which eliminates the h², h⁴, ... terms of the error of D. The estimate is
// the entry whose difference with its two parents is smallest, that
// difference the error estimate; the iteration stops when the diagonal's
// error grows to twice the best estimate (C. J. F. Ridders, "Accurate
// computation of F′(x) and F′(x) F″(x)", Adv. Eng. Software 4 (1982);
// Numerical Recipes, 2nd ed., §5.7, dfridr).
//
// A step h of 0 means RichardsonStep * max(1, |x|). A first step where the
// central difference is not finite (a pole or the edge of the domain within
// h of x) is shrunk tenfold until it is, up to 20 times. Then, unless the
// error estimate is already 0, Richardson starts again from h/8, h/64 and h/512 and
// keeps the estimate with the smallest error: a first step too large for f
// (a fast oscillation within h of x) stops the extrapolation early, and a
// smaller one recovers.
//
// Every product is rounded before it is added (no fused multiply-add), so
// the result has the same bits on every platform (given the same f).
func Richardson(f func(float64) float64, x, h float64) (deriv, errEst float64) {
	if h == 0 {
		h = float64(RichardsonStep * math.Max(1, math.Abs(x)))
	}
	deriv, errEst = ridders(f, x, h)
	for k := 1; k < 4 && !(errEst <= 0); k++ {
		h /= 8
		if d, e := ridders(f, x, h); e < errEst {
			deriv, errEst = d, e
		}
	}
	return deriv, errEst
}

// ridders is one run of Ridders' extrapolation from the first step h (see
// Richardson).
func ridders(f func(float64) float64, x, h float64) (deriv, errEst float64) {
	const (
		con  = 1.4
		con2 = con * con
		ntab = 10
		safe = 2.0
	)
	d := centralOf(f, x, h)
	for k := 0; k < 20 && (math.IsNaN(d) || math.IsInf(d, 0)); k++ {
		h /= 10
		d = centralOf(f, x, h)
	}
	var a [ntab][ntab]float64
	a[0][0] = d
	deriv, errEst = d, math.Inf(1)
	for i := 1; i < ntab; i++ {
		h /= con
		a[0][i] = centralOf(f, x, h)
		fac := con2
		for j := 1; j <= i; j++ {
			a[j][i] = (float64(a[j-1][i]*fac) - a[j-1][i-1]) / (fac - 1)
			fac = float64(fac * con2)
			e := math.Max(math.Abs(a[j][i]-a[j-1][i]), math.Abs(a[j][i]-a[j-1][i-1]))
			if e <= errEst {
				deriv, errEst = a[j][i], e
			}
		}
		if math.Abs(a[i][i]-a[i-1][i-1]) >= safe*errEst {
			break
		}
	}
	return deriv, errEst
}

package expr

import "math"

// richardson returns Ridders' derivative of f at x (see ridders) started from
// the first steps h, h/8, h/64 and h/512, whichever has the smallest error
// estimate: a start too large for the function (a pole or a fast oscillation
// within h of x) stops the extrapolation early, and a smaller one recovers.
func richardson(f func(float64) float64, x, h float64) (deriv, errEst float64) {
	deriv, errEst = ridders(f, x, h)
	for k := 1; k < 4 && !(errEst <= 0); k++ {
		h /= 8
		if d, e := ridders(f, x, h); e < errEst {
			deriv, errEst = d, e
		}
	}
	return deriv, errEst
}

// ridders returns the derivative of f at x by Ridders' extrapolation of
// central differences (C. J. F. Ridders, "Accurate computation of F'(x) and
// F'(x) F”(x)", Adv. Eng. Software 4 (1982); Numerical Recipes, dfridr), and
// its error estimate. The steps start at h and shrink by 1.4 each time, for
// at most 10 steps; the Neville tableau eliminates the h², h⁴, ... error
// terms, and the iteration stops when the error grows again. A first step
// where f is not finite (a pole or the edge of the domain nearby) is
// shrunk tenfold until f is finite there, up to 20 times.
func ridders(f func(float64) float64, x, h float64) (deriv, errEst float64) {
	const (
		con  = 1.4
		con2 = con * con
		ntab = 10
		safe = 2.0
	)
	central := func(h float64) float64 {
		return centralDiff(f, x, h)
	}
	d := central(h)
	for k := 0; k < 20 && (math.IsNaN(d) || math.IsInf(d, 0)); k++ {
		h /= 10
		d = central(h)
	}
	var a [ntab][ntab]float64
	a[0][0] = d
	deriv, errEst = d, math.Inf(1)
	for i := 1; i < ntab; i++ {
		h /= con
		a[0][i] = central(h)
		fac := con2
		for j := 1; j <= i; j++ {
			a[j][i] = (a[j-1][i]*fac - a[j-1][i-1]) / (fac - 1)
			fac *= con2
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

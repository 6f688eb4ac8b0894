package fd

import "math"

// The default steps of the derivatives of a callable at a point.
const (
	// ForwardStep is Forward's default step, scipy.optimize.approx_fprime's
	// epsilon: 2**-26 = sqrt(2**-52), about 1.49e-8, the step that balances
	// the truncation error O(h) and the rounding error O(ε/h).
	ForwardStep = 0x1p-26

	// CentralStep is Central's default step relative to max(1, |x|):
	// cbrt(2**-52), about 6.06e-6, the step that balances the truncation
	// error O(h²) and the rounding error O(ε/h). It is math.Cbrt(0x1p-52),
	// written out.
	CentralStep = 0x1.965fea53d6e3cp-18

	// RichardsonStep is Richardson's default first step relative to
	// max(1, |x|).
	RichardsonStep = 0.1
)

// Forward returns the forward difference of f at x with step h, as
// scipy.optimize.approx_fprime computes it (scipy's approx_derivative with
// method '2-point' and abs_step h):
//
//	f'(x) ≈ (f(x + h) - f(x)) / ((x + h) - x)
//
// dividing by the step actually taken, (x + h) - x, rather than by h. It is
// first-order accurate: error O(h) plus rounding O(ε |f| / h). Forward calls f
// twice.
//
// A step h of 0 means ForwardStep. As in scipy, a step that vanishes next to
// a large x ((x + h) - x == 0) is replaced by
//
//	2**-26 * sign(x) * max(1, |x|),   sign(x) = 1 for x >= 0, else -1
//
// (scipy/optimize/_numdiff.py, _compute_absolute_step, with
// _eps_for_method's sqrt(2**-52) for '2-point').
func Forward(f func(float64) float64, x, h float64) float64 {
	return ForwardFrom(f, x, f(x), h)
}

// ForwardFrom is Forward with f(x) already known, fx (scipy's
// approx_derivative argument f0): it calls f once. A gradient by forward
// differences computes f(x) once for all its partial derivatives.
func ForwardFrom(f func(float64) float64, x, fx, h float64) float64 {
	if h == 0 {
		h = ForwardStep
	}
	if (x+h)-x == 0 {
		sign := 1.0
		if x < 0 {
			sign = -1
		}
		h = float64(ForwardStep * sign * math.Max(1, math.Abs(x)))
	}
	xh := x + h
	return (f(xh) - fx) / (xh - x)
}

// Central returns the central difference of f at x with step h,
//
//	f'(x) ≈ (-0.5 f(x - h) + 0.5 f(x + h)) / h
//
// exactly as gonum.org/v1/gonum/diff/fd.Derivative computes it with the
// fd.Central formula and Step h: the same stencil, coefficients and
// operation order, so the same bits (TestCentralMatchesGonum checks them).
// It is second-order accurate: error O(h²) plus rounding O(ε |f| / h).
// Central calls f twice.
//
// A step h of 0 means CentralStep * max(1, |x|). (gonum's default is a
// fixed 6e-6, not scaled by x.)
//
// gradplay does not import diff/fd outside its tests: diff/fd imports
// gonum/mat, and in the WebAssembly build, where ebiten's text/template makes
// the linker keep every exported method, that drags all of gonum's BLAS and
// LAPACK along: 3.6 MB of the .wasm, 0.46 MB brotli (measured on the site
// build, 3.34 MB → 2.88 MB brotli).
func Central(f func(float64) float64, x, h float64) float64 {
	if h == 0 {
		h = float64(CentralStep * math.Max(1, math.Abs(x)))
	}
	return centralOf(f, x, h)
}

// centralOf is Central with a step h that is not 0.
func centralOf(f func(float64) float64, x, h float64) float64 {
	return (float64(-0.5*f(x-h)) + float64(0.5*f(x+h))) / h
}

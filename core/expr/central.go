package expr

// centralDiff is the central difference of f at x with step h,
//
//	f'(x) ≈ (-0.5*f(x-h) + 0.5*f(x+h)) / h,
//
// exactly as gonum.org/v1/gonum/diff/fd.Derivative computes it with the
// fd.Central formula (the same stencil, coefficients and operation order;
// TestCentralMatchesGonum checks the bits). gradplay does not import diff/fd:
// it imports gonum/mat, and in the WebAssembly build, where ebiten's
// text/template makes the linker keep every exported method, that drags all
// of gonum's BLAS and LAPACK along: 3.6 MB of the .wasm, 0.46 MB brotli
// (measured on the site build, 3.34 MB → 2.88 MB brotli).
func centralDiff(f func(float64) float64, x, h float64) float64 {
	return (float64(-0.5*f(x-h)) + float64(0.5*f(x+h))) / h
}

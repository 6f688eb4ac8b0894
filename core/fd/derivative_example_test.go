package fd_test

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/fd"
)

// ExampleForward differentiates exp at 1 (exactly e = 2.718281828459045...)
// with scipy.optimize.approx_fprime's default step 2**-26 and with 1e-6:
// the forward difference is first-order accurate.
func ExampleForward() {
	fmt.Printf("%.12f\n", fd.Forward(math.Exp, 1, 0))
	fmt.Printf("%.12f\n", fd.Forward(math.Exp, 1, 1e-6))
	// Output:
	// 2.718281865120
	// 2.718283187654
}

// ExampleForwardFrom computes the gradient of f(x, y) = x*x*y at (3, 2) by
// forward differences, as scipy.optimize.approx_fprime does: f at the point
// once, then one call per variable.
func ExampleForwardFrom() {
	f := func(p []float64) float64 { return p[0] * p[0] * p[1] }
	pt := []float64{3, 2}
	f0 := f(pt)
	y := append([]float64(nil), pt...)
	grad := make([]float64, len(pt))
	for i, xi := range pt {
		along := func(t float64) float64 { y[i] = t; return f(y) }
		grad[i] = fd.ForwardFrom(along, xi, f0, 1e-6)
		y[i] = xi
	}
	fmt.Printf("%.6f\n", grad) // exactly [12 9]
	// Output:
	// [12.000002 9.000000]
}

// ExampleCentral differentiates exp at 1 with the default step (6.06e-6 at
// x = 1) and with 1e-3: the central difference is second-order accurate.
func ExampleCentral() {
	fmt.Printf("%.12f\n", fd.Central(math.Exp, 1, 0))
	fmt.Printf("%.12f\n", fd.Central(math.Exp, 1, 1e-3))
	// Output:
	// 2.718281828446
	// 2.718282281506
}

// ExampleRichardson differentiates exp at 1, and 1/x at 0.01, whose default
// first step (0.1) would cross the pole at 0, with its error estimate.
func ExampleRichardson() {
	d, _ := fd.Richardson(math.Exp, 1, 0)
	fmt.Printf("%.13f\n", d)
	d, e := fd.Richardson(func(x float64) float64 { return 1 / x }, 0.01, 0)
	fmt.Printf("%.9f ± %.0e\n", d, e)
	// Output:
	// 2.7182818284591
	// -10000.000000000 ± 1e-09
}

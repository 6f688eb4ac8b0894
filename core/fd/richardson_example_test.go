package fd_test

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/fd"
)

// ExampleExtrapolate differentiates sqrt at 1e-10 beside a large constant:
// the first step, 0.1, leaves the domain and shrinks to 1e-11, where the
// constant's rounding dominates. The estimate covers the true error (the
// exact derivative is 50000), and the result says it cannot be trusted.
func ExampleExtrapolate() {
	r := fd.Extrapolate(func(y float64) float64 { return 1e8 + math.Sqrt(y) }, 1e-10, 0)
	fmt.Printf("%.0f ± %.0f, trusted %v\n%s\n", r.Deriv, r.Err, r.Trusted, r.Warning)
	// Output:
	// 50223 ± 8660, trusted false
	// f is not finite within 0.1 of the point (the edge of its domain, or a pole): the first step shrank to 1e-11, and the result is not accurate to 1e-6
}

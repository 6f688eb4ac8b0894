package field_test

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/field"
)

// ExampleConvergence measures the order of numpy.gradient: second order in
// the interior, edge_order at the edges.
func ExampleConvergence() {
	st, err := field.Convergence("sin(x)*exp(-y**2)", map[string]string{"x": "-2:2:21j", "y": "-1:1.5:15j"},
		&field.ConvergenceOptions{EdgeOrder: 1})
	if err != nil {
		panic(err)
	}
	for _, l := range st.Levels {
		fmt.Printf("%v points: interior %.1e, edge %.1e\n", l.Points, l.Interior, l.Edge)
	}
	fmt.Printf("orders: interior %.2f, edge %.2f\n", st.Order.Interior, st.Order.Edge)
	// Output:
	// [21 15] points: interior 2.0e-02, edge 9.3e-02
	// [41 29] points: interior 5.2e-03, edge 4.6e-02
	// [81 57] points: interior 1.3e-03, edge 2.3e-02
	// orders: interior 2.00, edge 1.01
}

// ExampleStepSweep finds the best steps of the forward and central
// differences of exp at 1: near sqrt(ε) and cbrt(ε), printed as powers of
// ten (the minima of noisy curves move by a sample or two with the ulps of
// math.Exp, which differ between amd64 and WebAssembly).
func ExampleStepSweep() {
	s, err := field.StepSweep("exp(x)", map[string]float64{"x": 1}, "x", nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("forward ~1e%.0f, central ~1e%.0f\n", math.Round(math.Log10(s.Best.Forward)), math.Round(math.Log10(s.Best.Central)))
	// Output:
	// forward ~1e-9, central ~1e-5
}

package expr_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
)

// TestPowFastPaths checks numpy's fast paths of a constant power where they
// differ from math.Pow, in every evaluator: Eval, Program.At, Program.Grid
// (vector and scalar plans), Dual, and constant folding. The expected values
// are numpy 1.24's for a float64 array (fast_scalar_power,
// numpy/core/src/multiarray/number.c: x**0.5 is np.sqrt, x**2 np.square,
// x**-1 np.reciprocal, x**1 np.positive, x**0 np.ones_like), which are the
// IEEE 754 operations: sqrt(-0) = -0 and sqrt(-inf) = NaN (IEEE 754-2008,
// 5.4.1 and 7.2), where math.Pow(-0, 0.5) = +0 and math.Pow(-Inf, 0.5) = +Inf.
func TestPowFastPaths(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	xs := []float64{math.Inf(-1), negz, nan, inf, 2}
	for _, c := range []struct {
		src  string
		want []float64 // at each of xs
	}{
		{"x**0.5", []float64{nan, negz, nan, inf, math.Sqrt2}},
		{"x**2", []float64{inf, 0, nan, inf, 4}},
		{"x**-1", []float64{negz, math.Inf(-1), nan, 0, 0.5}},
		{"x**1", []float64{math.Inf(-1), negz, nan, inf, 2}},
		{"x**0", []float64{1, 1, 1, 1, 1}},
		{"x**3", []float64{math.Inf(-1), negz, nan, inf, 8}}, // np.power: C's pow
	} {
		e, err := expr.ParseVars(c.src, []string{"x", "y"})
		if err != nil {
			t.Fatal(err)
		}
		p := expr.Compile(e)
		// x first, y last: x**e is constant along each row, computed once
		// per row as a grid of x alone, or by a scalar plan when nothing may
		// be cached; with x last it is a vector plan.
		rows := p.Grid(nil, [][]float64{xs, {0}})
		restore := expr.SetMaxCached(0)
		scalar := p.Grid(nil, [][]float64{xs, {0}})
		restore()
		ev, _ := expr.ParseVars(c.src, []string{"y", "x"})
		cols := expr.Compile(ev).Grid(nil, [][]float64{{0}, xs})
		for i, x := range xs {
			dual, _ := e.Dual([]float64{x, 0})
			for _, got := range []struct {
				how string
				v   float64
			}{
				{"Eval", e.Eval([]float64{x, 0})},
				{"At", p.At([]float64{x, 0})},
				{"Grid, x first", rows[i]},
				{"Grid, x first, uncached", scalar[i]},
				{"Grid, x last", cols[i]},
				{"Dual", dual},
			} {
				if !sameBits(got.v, c.want[i]) {
					t.Errorf("%s at %v, %s: %v, want %v", c.src, x, got.how, got.v, c.want[i])
				}
			}
		}
	}
	// Constant folding takes the same paths.
	for _, c := range []struct {
		src  string
		want float64
	}{{"(-inf)**0.5", nan}, {"(-0.0)**0.5", negz}, {"(-0.0)**1", negz}, {"nan**0", 1}, {"(-0.0)**-1", math.Inf(-1)}} {
		e, err := expr.Parse(c.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := expr.Compile(e).At(nil); !sameBits(got, c.want) {
			t.Errorf("%s: %v, want %v", c.src, got, c.want)
		}
	}
}

// sameBits reports whether a and b are the same float64, telling -0 from +0;
// all NaNs are the same.
func sameBits(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Float64bits(a) == math.Float64bits(b)
}

package expr_test

import (
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/grid"
)

// BenchmarkFigure holds the figures that ./build.sh bench reports. Each op
// parses, compiles and evaluates the expression on a 256³ grid, each variable
// linspace(-2, 2, 256), into a newly allocated array; numpy's figure
// (core/testdata/numpy_bench.py) evaluates the same expression on the meshgrid
// arrays.
func BenchmarkFigure(b *testing.B) {
	x := grid.Linspace(-2, 2, 256)
	coords := [][]float64{x, x, x}
	for _, bc := range []struct{ name, src string }{
		{"eval_poly_256^3", "2*x**2 + 3*y**2 - 4*z"},
		{"eval_trig_256^3", "sin(x)*exp(-y**2)*cos(z)"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(8 * 256 * 256 * 256)
			for b.Loop() {
				e, err := expr.Parse(bc.src)
				if err != nil {
					b.Fatal(err)
				}
				expr.Compile(e).Grid(nil, coords)
			}
		})
	}
}

// BenchmarkPartials measures the point methods at one point of a function of
// three variables: a parse and compile, then one evaluation per variable and
// step (Forward, Central), up to 40 per variable (Richardson), or one pass of
// dual numbers.
func BenchmarkPartials(b *testing.B) {
	e, err := expr.Parse("sin(x)*exp(-y**2)*cos(z) + x**0.5/z")
	if err != nil {
		b.Fatal(err)
	}
	pt := []float64{0.7, -0.3, 1.2}
	for _, m := range expr.Methods {
		b.Run(string(m), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Partials(pt, m, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

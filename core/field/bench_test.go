package field_test

import (
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

// BenchmarkFigure holds the figure that ./build.sh bench reports: the whole
// pipeline (parse the expression and the grids, evaluate on 256³ points,
// numpy.gradient with the coordinates), outputs allocated in each op. numpy's
// equivalent (core/testdata/numpy_bench.py) is meshgrid + evaluation + gradient.
func BenchmarkFigure(b *testing.B) {
	specs := map[string]string{"x": "linspace(-2, 2, 256)", "y": "linspace(-2, 2, 256)", "z": "linspace(-2, 2, 256)"}
	b.Run("pipeline_trig_256^3", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(8 * 256 * 256 * 256)
		for b.Loop() {
			if _, err := field.Compute("sin(x)*exp(-y**2)*cos(z)", specs, &field.Options{NoExact: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

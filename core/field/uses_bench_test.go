package field_test

import (
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

func gaussField(b *testing.B, spec string) *field.Field {
	f, err := field.Compute("exp(-x**2 - y**2)", map[string]string{"x": spec, "y": spec}, nil)
	if err != nil {
		b.Fatal(err)
	}
	return f
}

// BenchmarkPath times the ascent from (0.5, 0.3) to the maximum, both
// paths, on a 201×201 grid.
func BenchmarkPath(b *testing.B) {
	f := gaussField(b, "-2:2:201j")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Path([]float64{0.5, 0.3}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLaplacian times the three Laplacians on a 512×512 grid.
func BenchmarkLaplacian(b *testing.B) {
	f := gaussField(b, "-2:2:512j")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Laplacian(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHessian times the Hessian between nodes (four corners).
func BenchmarkHessian(b *testing.B) {
	f := gaussField(b, "-2:2:201j")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Hessian([]float64{0.503, 0.297}); err != nil {
			b.Fatal(err)
		}
	}
}

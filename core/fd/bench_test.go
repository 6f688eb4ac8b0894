package fd_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
)

// benchField returns a deterministic pseudo-random field of n values.
func benchField(n int) []float64 {
	r := rand.New(rand.NewPCG(1, 2))
	f := make([]float64, n)
	for i := range f {
		f[i] = r.Float64()
	}
	return f
}

// benchCoords returns the cumulative sums of a fixed pseudo-random draw in
// [0.5, 1.5): non-uniform coordinates.
func benchCoords(n int, seed uint64) []float64 {
	r := rand.New(rand.NewPCG(seed, 3))
	x := make([]float64, n)
	s := 0.0
	for i := range x {
		s += 0.5 + r.Float64()
		x[i] = s
	}
	return x
}

// BenchmarkFigure holds the figures that ./build.sh bench reports. Each op is
// what numpy.gradient does: from the input array to newly allocated outputs.
func BenchmarkFigure(b *testing.B) {
	cube := []int{256, 256, 256}
	f3 := benchField(256 * 256 * 256)
	f2 := benchField(2048 * 2048)
	nonuniform := &fd.Options{Spacing: []fd.Spacing{
		fd.Coords(benchCoords(256, 1)), fd.Coords(benchCoords(256, 2)), fd.Coords(benchCoords(256, 3))}}
	for _, bc := range []struct {
		name  string
		f     []float64
		shape []int
		opts  *fd.Options
	}{
		{"gradient_256x256x256_uniform", f3, cube, nil},
		{"gradient_256x256x256_nonuniform", f3, cube, nonuniform},
		{"gradient_2048x2048_uniform", f2, []int{2048, 2048}, nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(8 * len(bc.f)))
			for b.Loop() {
				if _, err := fd.Gradient(nil, bc.f, bc.shape, bc.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGradientInto measures the kernels alone, writing into
// preallocated destinations: no allocations in the loops.
func BenchmarkGradientInto(b *testing.B) {
	shape := []int{128, 128, 128}
	f := benchField(128 * 128 * 128)
	dst := [][]float64{make([]float64, len(f)), make([]float64, len(f)), make([]float64, len(f))}
	for _, bc := range []struct {
		name string
		opts *fd.Options
	}{
		{"uniform_eo1", &fd.Options{}},
		{"uniform_eo2", &fd.Options{EdgeOrder: 2}},
		{"nonuniform_eo2", &fd.Options{EdgeOrder: 2, Spacing: []fd.Spacing{
			fd.Coords(benchCoords(128, 1)), fd.Coords(benchCoords(128, 2)), fd.Coords(benchCoords(128, 3))}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(8 * len(f)))
			for b.Loop() {
				if _, err := fd.Gradient(dst, f, shape, bc.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package fd_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
)

// reference is a plain, unoptimised transcription of numpy.gradient for one
// axis: index arithmetic per element, no blocks, no goroutines.
func reference(f []float64, shape []int, axis int, x []float64, h float64, edgeOrder int) []float64 {
	stride := 1
	for _, d := range shape[axis+1:] {
		stride *= d
	}
	L := shape[axis]
	out := make([]float64, len(f))
	uniform := x == nil
	var dx []float64
	if !uniform {
		dx = make([]float64, L-1)
		for j := range dx {
			dx[j] = x[j+1] - x[j]
		}
		uniform = true
		for _, d := range dx {
			if d != dx[0] {
				uniform = false
			}
		}
		h = dx[0]
	}
	at := func(idx, i int) float64 { return f[idx+(i-idxPos(idx, stride, L))*stride] }
	for idx := range f {
		i := idxPos(idx, stride, L)
		switch {
		case i > 0 && i < L-1 && uniform:
			out[idx] = (at(idx, i+1) - at(idx, i-1)) / (2.0 * h)
		case i > 0 && i < L-1:
			d1, d2 := dx[i-1], dx[i]
			a := -d2 / float64(d1*float64(d1+d2))
			b := float64(d2-d1) / float64(d1*d2)
			c := d1 / float64(d2*float64(d1+d2))
			out[idx] = float64(float64(a*at(idx, i-1))+float64(b*at(idx, i))) + float64(c*at(idx, i+1))
		case edgeOrder == 1 && i == 0:
			h0 := h
			if !uniform {
				h0 = dx[0]
			}
			out[idx] = (at(idx, 1) - at(idx, 0)) / h0
		case edgeOrder == 1:
			hn := h
			if !uniform {
				hn = dx[L-2]
			}
			out[idx] = (at(idx, L-1) - at(idx, L-2)) / hn
		default:
			var a, b, c float64
			var i0 int
			if i == 0 {
				if uniform {
					a, b, c = -1.5/h, 2.0/h, -0.5/h
				} else {
					d1, d2 := dx[0], dx[1]
					a = -float64(float64(2.0*d1)+d2) / float64(d1*float64(d1+d2))
					b = float64(d1+d2) / float64(d1*d2)
					c = -d1 / float64(d2*float64(d1+d2))
				}
			} else {
				i0 = L - 3
				if uniform {
					a, b, c = 0.5/h, -2.0/h, 1.5/h
				} else {
					d1, d2 := dx[L-3], dx[L-2]
					a = d2 / float64(d1*float64(d1+d2))
					b = -float64(d2+d1) / float64(d1*d2)
					c = float64(float64(2.0*d2)+d1) / float64(d2*float64(d1+d2))
				}
			}
			out[idx] = float64(float64(a*at(idx, i0))+float64(b*at(idx, i0+1))) + float64(c*at(idx, i0+2))
		}
	}
	return out
}

func idxPos(idx, stride, L int) int { return (idx / stride) % L }

// FuzzGradient checks the N-D gradient against the plain reference on random
// shapes, spacings, edge orders and data with NaN and Inf.
func FuzzGradient(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(2), false)
	f.Add(uint64(2), uint8(1), uint8(1), true)
	f.Add(uint64(3), uint8(4), uint8(2), true)
	f.Fuzz(func(t *testing.T, seed uint64, ndim, edgeOrder uint8, coords bool) {
		r := rand.New(rand.NewPCG(seed, 7))
		nd := int(ndim%4) + 1
		eo := int(edgeOrder%2) + 1
		shape := make([]int, nd)
		n := 1
		for i := range shape {
			shape[i] = eo + 1 + r.IntN(5)
			n *= shape[i]
		}
		data := make([]float64, n)
		for i := range data {
			switch r.IntN(20) {
			case 0:
				data[i] = math.NaN()
			case 1:
				data[i] = math.Inf(1 - 2*r.IntN(2))
			default:
				data[i] = r.NormFloat64() * 100
			}
		}
		opts := &fd.Options{EdgeOrder: eo}
		xs := make([][]float64, nd)
		hs := make([]float64, nd)
		for i := range shape {
			hs[i] = 0.1 + r.Float64()
			if coords {
				x := make([]float64, shape[i])
				for j := range x {
					if j > 0 {
						x[j] = x[j-1] + 0.1 + float64(r.IntN(3))*0.25
					}
				}
				xs[i] = x
				opts.Spacing = append(opts.Spacing, fd.Coords(x))
			} else {
				opts.Spacing = append(opts.Spacing, fd.Step(hs[i]))
			}
		}
		got, err := fd.Gradient(nil, data, shape, opts)
		if err != nil {
			t.Fatal(err)
		}
		for ax := range shape {
			want := reference(data, shape, ax, xs[ax], hs[ax], eo)
			for i := range want {
				if !same(got[ax][i], want[i]) {
					t.Fatalf("shape %v axis %d [%d]: got %v, want %v", shape, ax, i, got[ax][i], want[i])
				}
			}
		}
	})
}

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (math.IsNaN(a) && math.IsNaN(b))
}

// TestParallelSplit checks that arrays large enough to be split between CPUs
// give the same bits as the plain reference, along every axis.
func TestParallelSplit(t *testing.T) {
	for _, shape := range [][]int{{3, 200, 150}, {150, 3, 200}, {64, 64, 40}, {70000}} {
		n := 1
		for _, d := range shape {
			n *= d
		}
		data := benchField(n)
		for _, eo := range []int{1, 2} {
			var sp []fd.Spacing
			var xs [][]float64
			for i, d := range shape {
				x := benchCoords(d, uint64(i+1))
				xs = append(xs, x)
				sp = append(sp, fd.Coords(x))
			}
			got, err := fd.Gradient(nil, data, shape, &fd.Options{EdgeOrder: eo, Spacing: sp})
			if err != nil {
				t.Fatal(err)
			}
			for ax := range shape {
				want := reference(data, shape, ax, xs[ax], 0, eo)
				for i := range want {
					if !same(got[ax][i], want[i]) {
						t.Fatalf("shape %v edge_order %d axis %d [%d]: got %v, want %v", shape, eo, ax, i, got[ax][i], want[i])
					}
				}
			}
		}
	}
}

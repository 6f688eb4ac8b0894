package fd_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
)

// TestProgress: Gradient with Options.Progress goes in pieces (whole outer
// blocks, or parts of one) and gives the same results bit for bit as
// without, for every axis, uniform and non-uniform spacing and both edge
// orders; progress rises to the total, and false abandons the call.
func TestProgress(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, shape := range [][]int{{300001}, {3, 70001}, {70001, 3}, {61, 53, 71}, {3, 400, 300}, {5, 3, 4, 9000}} {
		n := 1
		for _, d := range shape {
			n *= d
		}
		f := make([]float64, n)
		for i := range f {
			f[i] = r.NormFloat64()
		}
		f[n/2] = math.NaN()
		for _, edge := range []int{1, 2} {
			sp := make([]fd.Spacing, len(shape))
			for a, d := range shape {
				x := make([]float64, d)
				for i := range x {
					x[i] = float64(i) + 0.3*r.Float64() // non-uniform
				}
				sp[a] = fd.Spacing{X: x}
				if a%2 == 1 {
					sp[a] = fd.Spacing{H: 0.1}
				}
			}
			want, err := fd.Gradient(nil, f, shape, &fd.Options{Spacing: sp, EdgeOrder: edge})
			if err != nil {
				t.Fatal(err)
			}
			last, calls := 0, 0
			got, err := fd.Gradient(nil, f, shape, &fd.Options{Spacing: sp, EdgeOrder: edge, Progress: func(done, total int) bool {
				if done <= last || done > total || total != len(shape)*n {
					t.Fatalf("%v: progress %d of %d after %d", shape, done, total, last)
				}
				last, calls = done, calls+1
				return true
			}})
			if err != nil {
				t.Fatal(err)
			}
			if last != len(shape)*n || calls < len(shape) {
				t.Errorf("%v: %d calls, ending at %d", shape, calls, last)
			}
			for a := range want {
				for i := range want[a] {
					if math.Float64bits(got[a][i]) != math.Float64bits(want[a][i]) {
						t.Fatalf("%v edge_order %d axis %d [%d]: %v, want %v", shape, edge, a, i, got[a][i], want[a][i])
					}
				}
			}
		}
	}
	calls := 0
	_, err := fd.Gradient(nil, make([]float64, 1<<20), []int{1024, 1024}, &fd.Options{Progress: func(int, int) bool { calls++; return calls < 2 }})
	if !errors.Is(err, fd.ErrCanceled) || calls != 2 {
		t.Errorf("canceled at the 2nd call: %v after %d calls", err, calls)
	}
}

package plots

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSummarize checks summarize against its definition, written out: the
// smallest and largest finite values by math.Min and math.Max (-0 below
// +0), and whether any value is NaN or ±Inf, on values drawn from a set
// with both zeros, both infinities, NaN and ties.
func TestSummarize(t *testing.T) {
	pool := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -3, 1e-300, -1e308,
		math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		v := make([]float64, r.IntN(6))
		for i := range v {
			v[i] = pool[r.IntN(len(pool))]
		}
		want := summary{lo: math.Inf(1), hi: math.Inf(-1)}
		for _, x := range v {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				want.nonFinite = true
				continue
			}
			want.lo, want.hi, want.ok = math.Min(want.lo, x), math.Max(want.hi, x), true
		}
		got := summarize(v)
		same := func(a, b float64) bool { return a == b && math.Signbit(a) == math.Signbit(b) }
		if got.ok != want.ok || got.nonFinite != want.nonFinite || want.ok && (!same(got.lo, want.lo) || !same(got.hi, want.hi)) {
			t.Fatalf("summarize(%v) = %+v, want %+v", v, got, want)
		}
	}
}

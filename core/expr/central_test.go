package expr

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/diff/fd"
)

// TestCentralMatchesGonum: centralDiff is gonum's fd.Central derivative, bit
// for bit.
func TestCentralMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	fs := []func(float64) float64{math.Sin, math.Exp, math.Atan, func(x float64) float64 { return x * x * x }, math.Sqrt}
	for i := 0; i < 2000; i++ {
		f := fs[i%len(fs)]
		x, h := r.Float64()*4, math.Pow(10, -1-7*r.Float64())
		got := centralDiff(f, x, h)
		want := fd.Derivative(f, x, &fd.Settings{Formula: fd.Central, Step: h})
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("f #%d at %v, h %v: got %v, want gonum's %v", i%len(fs), x, h, got, want)
		}
	}
}

package fd_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
)

// TestExtrapolateTrust checks the estimates and the trust of Extrapolate
// where Ridders' own estimate failed (the issue "Accuracy you can see": ±0
// for x*y at (1, 2), true error 4.5e-13; 50067.90161132811 ± 0 for
// ∂/∂y (exp(x)*1e8 + sqrt(y)) at y = 1e-10, exact 50000) and where the
// extrapolation cannot be trusted (a kink, a jump). exact is the derivative
// worked out by hand.
func TestExtrapolateTrust(t *testing.T) {
	for _, c := range []struct {
		name    string
		f       func(float64) float64
		x       float64
		exact   float64
		trusted bool
		warning string // a part of the warning; "" for none
	}{
		{"2x at 1", func(x float64) float64 { return x * 2 }, 1, 2, true, ""},
		{"exp at 1", math.Exp, 1, math.E, true, ""},
		{"sqrt at 0.05", math.Sqrt, 0.05, 0.5 / math.Sqrt(0.05), true, "first step shrank to 0.01"},
		{"sqrt at 1e-10", math.Sqrt, 1e-10, 50000, true, "first step shrank to 1e-11"},
		{"1e8 + sqrt at 1e-10", func(y float64) float64 { return 1e8 + math.Sqrt(y) }, 1e-10, 50000, false,
			"not accurate to 1e-6"},
		{"abs at 0", math.Abs, 0, 0, false, "kink"},
		{"abs at 0.001", math.Abs, 0.001, 1, true, ""},
		{"floor at 0.9999", math.Floor, 0.9999, 0, false, "kink or a jump"},
		{"1/(x-1) at 0.95", func(x float64) float64 { return 1 / (x - 1) }, 0.95, -400, true, ""},
	} {
		r := fd.Extrapolate(c.f, c.x, 0)
		trueErr := math.Abs(r.Deriv - c.exact)
		if trueErr > r.Err {
			t.Errorf("%s: %v ± %v, true error %v", c.name, r.Deriv, r.Err, trueErr)
		}
		if r.Err == 0 && trueErr != 0 {
			t.Errorf("%s: estimate 0, true error %v", c.name, trueErr)
		}
		if r.Trusted != c.trusted || (c.warning == "") != (r.Warning == "") || !strings.Contains(r.Warning, c.warning) {
			t.Errorf("%s: trusted %v, warning %q; want %v, %q", c.name, r.Trusted, r.Warning, c.trusted, c.warning)
		}
	}
}

// TestExtrapolateExact: an estimate of 0 comes with an exact result.
func TestExtrapolateExact(t *testing.T) {
	zero := func(float64) float64 { return 0 }
	if r := fd.Extrapolate(zero, 1, 0); r.Deriv != 0 || r.Err != 0 || !r.Trusted {
		t.Errorf("Extrapolate(0) = %+v, want 0 ± 0, trusted", r)
	}
	id := func(x float64) float64 { return x }
	if r := fd.Extrapolate(id, 0, 0.5); r.Deriv != 1 {
		t.Errorf("Extrapolate(x at 0) = %+v, want 1", r)
	}
}

// TestStepOf checks ForwardStepOf against the points Forward evaluates f
// at, and CentralStepOf against Central's documented step (Central divides
// by h, not by the step its points are apart).
func TestStepOf(t *testing.T) {
	for _, x := range []float64{0, 1, -3, 1e9, -1e9, 1e-300} {
		for _, h := range []float64{0, 1e-3} {
			var seen []float64
			f := func(t float64) float64 { seen = append(seen, t); return t }
			fd.Forward(f, x, h)
			if got, want := fd.ForwardStepOf(x, h), seen[1]-seen[0]; got != want {
				t.Errorf("ForwardStepOf(%v, %v) = %v, want %v", x, h, got, want)
			}
			want := h
			if h == 0 {
				want = fd.CentralStep * math.Max(1, math.Abs(x))
			}
			if got := fd.CentralStepOf(x, h); got != want {
				t.Errorf("CentralStepOf(%v, %v) = %v, want %v", x, h, got, want)
			}
		}
	}
}

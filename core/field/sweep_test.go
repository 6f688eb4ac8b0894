package field_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

// TestStepSweep checks where the smoothed minima of the error curves lie
// for smooth functions at ordinary points: the forward difference's in
// [1e-10, 1e-6] (around sqrt(ε) ≈ 1.5e-8), the central difference's in
// [1e-7, 1e-3] (around cbrt(ε) ≈ 6e-6), and that the complex step stays
// within a few ulps for every step up to 1e-8 (its error is O(h²)).
func TestStepSweep(t *testing.T) {
	for _, c := range []struct {
		src string
		at  map[string]float64
		v   string
	}{
		{"exp(x)", map[string]float64{"x": 1}, "x"},
		{"exp(x)", map[string]float64{"x": -0.5}, "x"},
		{"sin(x)", map[string]float64{"x": 0.7}, "x"},
		{"sin(x)*y", map[string]float64{"x": 2, "y": 1.5}, "x"},
		{"(x**2 + 1)/(x - 3)", map[string]float64{"x": 0.5}, "x"},
		{"1/(1 + x**2)", map[string]float64{"x": 1.3}, "x"},
	} {
		s, err := field.StepSweep(c.src, c.at, c.v, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.H[0] > 1e-15 || s.H[len(s.H)-1] < 0.1 || len(s.H) < 4*15 {
			t.Fatalf("steps %v … %v, %d of them", s.H[0], s.H[len(s.H)-1], len(s.H))
		}
		if b := s.Best.Forward; b < 1e-10 || b > 1e-6 {
			t.Errorf("%s at %v: forward's best step %v, want it in [1e-10, 1e-6]", c.src, c.at, b)
		}
		if b := s.Best.Central; b < 1e-7 || b > 1e-3 {
			t.Errorf("%s at %v: central's best step %v, want it in [1e-7, 1e-3]", c.src, c.at, b)
		}
		k := 0
		for s.H[k] < s.Best.Richardson {
			k++
		}
		if e := s.Richardson[k]; e > 1e-12*math.Abs(s.Exact) {
			t.Errorf("%s at %v: Richardson's best error %v", c.src, c.at, e)
		}
		for k, h := range s.H {
			if h <= 1e-8 && s.Complex[k] > 4e-15*math.Abs(s.Exact) {
				t.Errorf("%s at %v: the complex step's error %v at h = %v", c.src, c.at, s.Complex[k], h)
			}
		}
		t.Logf("%s: best forward %.2g central %.2g richardson %.2g", c.src, s.Best.Forward, s.Best.Central, s.Best.Richardson)
	}
	if _, err := field.StepSweep("x*y", map[string]float64{"x": 1, "y": 2}, "z", nil); field.Code(err) != field.MissingValue {
		t.Errorf("a variable not in the function: %v", err)
	}
}

package field_test

import (
	"errors"
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

// TestProgress: with Options.Progress, Compute goes in pieces (slabs of
// the first axis, one gradient axis at a time), reports the work done in
// order up to the total (never less than before: the same between the
// allocations of the gradient's arrays), and gives the same field bit for
// bit as without; returning false abandons it with ErrCanceled.
func TestProgress(t *testing.T) {
	for _, c := range []struct {
		src   string
		specs map[string]string
		edge  int
	}{
		{"sin(x)*exp(-y**2) + x*y", map[string]string{"x": "-2:2:701j", "y": "linspace(-1, 3, 400)"}, 1},
		{"q*chi*delta + sqrt(abs(q))", map[string]string{"q": "-3:3:61j", "chi": "[0, 0.5, 1, 2, 4, 7, 11]", "delta": "-1:1:601j"}, 2},
		{"log(x) + 1/x", map[string]string{"x": "linspace(0, 5, 300001)"}, 2},
		{"atan2(y, x)*z", map[string]string{"x": "0:1:3j", "y": "0:1:5j", "z": "-1:1:20001j"}, 1},
	} {
		want, err := field.Compute(c.src, c.specs, &field.Options{EdgeOrder: c.edge})
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		calls, last, total := 0, 0, 0
		got, err := field.Compute(c.src, c.specs, &field.Options{EdgeOrder: c.edge, Progress: func(done, tot int) bool {
			if done < last || done > tot || (total != 0 && tot != total) {
				t.Errorf("%s: progress %d of %d after %d of %d", c.src, done, tot, last, total)
			}
			calls, last, total = calls+1, done, tot
			return true
		}})
		if err != nil {
			t.Fatalf("%s with progress: %v", c.src, err)
		}
		if last != total || calls < 4 {
			t.Errorf("%s: %d progress calls, ending at %d of %d", c.src, calls, last, total)
		}
		same := func(what string, a, b []float64) {
			if len(a) != len(b) {
				t.Fatalf("%s: %s has %d values, want %d", c.src, what, len(a), len(b))
			}
			for i := range a {
				if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
					t.Fatalf("%s: %s[%d] = %v, want %v", c.src, what, i, a[i], b[i])
				}
			}
		}
		same("f", got.F, want.F)
		for i, v := range want.Vars {
			same("grad "+v, got.Grad[i], want.Grad[i])
			same("exact "+v, got.Exact[i], want.Exact[i])
		}
	}
	n := 0
	_, err := field.Compute("x*y", map[string]string{"x": "-1:1:1001j", "y": "-1:1:1001j"},
		&field.Options{Progress: func(int, int) bool { n++; return n < 3 }})
	if !errors.Is(err, field.ErrCanceled) || n != 3 {
		t.Errorf("canceled at the 3rd call: %v after %d calls", err, n)
	}
	// An error is the same with Progress (too few points along chi).
	_, e1 := field.Compute("x*chi", map[string]string{"x": "-1:1:400001j", "chi": "[1]"}, nil)
	_, e2 := field.Compute("x*chi", map[string]string{"x": "-1:1:400001j", "chi": "[1]"}, &field.Options{Progress: func(int, int) bool { return true }})
	if e1 == nil || e2 == nil || e1.Error() != e2.Error() {
		t.Errorf("errors %v and %v", e1, e2)
	}
}

package fd_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/internal/cases"
)

// caseOptions turns a reference case's spacing, axis and edge_order into Options.
func caseOptions(c *cases.Grad) (*fd.Options, error) {
	opts := &fd.Options{EdgeOrder: c.EdgeOrder}
	if len(c.Spacing) > 0 && string(c.Spacing) != "null" {
		var h float64
		if json.Unmarshal(c.Spacing, &h) == nil {
			opts.Spacing = []fd.Spacing{fd.Step(h)}
		} else {
			var entries []json.RawMessage
			if err := json.Unmarshal(c.Spacing, &entries); err != nil {
				return nil, fmt.Errorf("spacing: %v", err)
			}
			opts.Spacing = []fd.Spacing{}
			for _, e := range entries {
				var x []cases.Num
				switch {
				case string(e) == "null":
					opts.Spacing = append(opts.Spacing, fd.Step(1))
				case json.Unmarshal(e, &h) == nil:
					opts.Spacing = append(opts.Spacing, fd.Step(h))
				case json.Unmarshal(e, &x) == nil:
					opts.Spacing = append(opts.Spacing, fd.Coords(cases.Floats(x)))
				default:
					return nil, fmt.Errorf("spacing entry %s", e)
				}
			}
		}
	}
	if len(c.Axis) > 0 && string(c.Axis) != "null" {
		var a int
		if json.Unmarshal(c.Axis, &a) == nil {
			opts.Axes = []int{a}
		} else {
			opts.Axes = []int{}
			if err := json.Unmarshal(c.Axis, &opts.Axes); err != nil {
				return nil, fmt.Errorf("axis: %v", err)
			}
		}
	}
	return opts, nil
}

// TestNumpyCases runs every numpy.gradient reference case and requires the
// same bits (NaN positions and -0.0 included) or the same error code.
func TestNumpyCases(t *testing.T) {
	file, path, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(file.Cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	passed := 0
	for i := range file.Cases {
		c := &file.Cases[i]
		if run(t, c) {
			passed++
		}
	}
	if passed != len(file.Cases) {
		t.Fatalf("numpy cases: %d of %d passed (%s)", passed, len(file.Cases), path)
	}
	t.Logf("numpy cases: %d passed", passed)
}

func run(t *testing.T, c *cases.Grad) bool {
	t.Helper()
	opts, err := caseOptions(c)
	if err != nil {
		t.Errorf("%s: cannot run: %v", c.Name, err)
		return false
	}
	got, err := fd.Gradient(nil, cases.Floats(c.F), c.Shape, opts)
	if c.Error != "" {
		var fe *fd.Error
		if !errors.As(err, &fe) {
			t.Errorf("%s: got %v, want error %s (numpy: %s)", c.Name, err, c.Error, c.NumpyError)
			return false
		}
		if string(fe.Code) != c.Error {
			t.Errorf("%s: got error %s (%v), want %s (numpy: %s)", c.Name, fe.Code, err, c.Error, c.NumpyError)
			return false
		}
		return true
	}
	if err != nil {
		t.Errorf("%s: unexpected error %v", c.Name, err)
		return false
	}
	if len(got) != len(c.Expect) {
		t.Errorf("%s: %d results, want %d", c.Name, len(got), len(c.Expect))
		return false
	}
	ok := true
	for k := range got {
		if len(got[k]) != len(c.Expect[k]) {
			t.Errorf("%s: result %d has %d values, want %d", c.Name, k, len(got[k]), len(c.Expect[k]))
			ok = false
			continue
		}
		for j, w := range c.Expect[k] {
			if !cases.Same(got[k][j], float64(w)) {
				t.Errorf("%s: result %d [%d] = %v (%#x), want %v", c.Name, k, j, got[k][j], got[k][j], float64(w))
				ok = false
				break
			}
		}
	}
	return ok
}

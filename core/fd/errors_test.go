package fd_test

import (
	"errors"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
)

// TestErrors checks the messages written for people, the variable names in
// them, and numpy's order of checks.
func TestErrors(t *testing.T) {
	names := []string{"q", "chi"}
	f := make([]float64, 6)
	for _, tc := range []struct {
		name  string
		shape []int
		opts  fd.Options
		code  fd.Code
		msg   string
	}{
		{"axis out of range wins over repeated", []int{2, 3}, fd.Options{Axes: []int{0, 0, 5}},
			fd.AxisOutOfRange, "axis 5 is out of bounds for an array of dimension 2"},
		{"repeated after normalising", []int{2, 3}, fd.Options{Axes: []int{1, -1}, Names: names},
			fd.AxisRepeated, "chi (axis 1) is listed more than once"},
		{"spacing count", []int{2, 3}, fd.Options{Spacing: []fd.Spacing{fd.Step(1), fd.Step(1), fd.Step(1)}},
			fd.SpacingCountMismatch, "3 spacing entries were given for 2 differentiated axes: give none, one scalar step for all, or one entry per axis"},
		{"one-element coordinates are not a scalar", []int{2, 3}, fd.Options{Spacing: []fd.Spacing{fd.Coords([]float64{2})}},
			fd.SpacingCountMismatch, "1 spacing entries were given for 2 differentiated axes: give none, one scalar step for all, or one entry per axis"},
		{"coordinate length", []int{2, 3}, fd.Options{Names: names, Spacing: []fd.Spacing{fd.Step(1), fd.Coords([]float64{0, 1})}},
			fd.SpacingLengthMismatch, "2 coordinates were given for chi (axis 1), which has 3 points: give one coordinate per point"},
		{"spacing checked before edge order", []int{2, 3}, fd.Options{EdgeOrder: 3, Spacing: []fd.Spacing{fd.Step(1), fd.Coords([]float64{0, 1})}},
			fd.SpacingLengthMismatch, "2 coordinates were given for axis 1, which has 3 points: give one coordinate per point"},
		{"edge order before lengths", []int{1, 6}, fd.Options{EdgeOrder: 3},
			fd.EdgeOrderUnsupported, "edge_order 3 is not supported: use 1 or 2"},
		{"too few points", []int{2, 3}, fd.Options{EdgeOrder: 2, Names: names, Axes: []int{1, 0}},
			fd.TooFewPoints, "q (axis 0) has 2 point(s): a gradient with edge_order 2 needs at least 3"},
		{"zero step with edge order 2", []int{3, 2}, fd.Options{EdgeOrder: 2, Axes: []int{0}, Spacing: []fd.Spacing{fd.Step(0)}},
			fd.ZeroDivision, "the step along axis 0 is 0: with edge_order 2 the spacing must not be zero"},
		{"zero division pre-empts the next axis' length check", []int{3, 2}, fd.Options{EdgeOrder: 2, Spacing: []fd.Spacing{fd.Step(0)}},
			fd.ZeroDivision, "the step along axis 0 is 0: with edge_order 2 the spacing must not be zero"},
	} {
		_, err := fd.Gradient(nil, f, tc.shape, &tc.opts)
		var e *fd.Error
		if !errors.As(err, &e) {
			t.Errorf("%s: got %v, want an *fd.Error", tc.name, err)
			continue
		}
		if e.Code != tc.code || e.Msg != tc.msg {
			t.Errorf("%s:\ngot  %s: %s\nwant %s: %s", tc.name, e.Code, e.Msg, tc.code, tc.msg)
		}
	}
}

// TestZeroStepFromCoordinates: all-equal coordinates are a float64 step of 0,
// which numpy turns into Inf and NaN, not an error, even with edge_order 2.
func TestZeroStepFromCoordinates(t *testing.T) {
	g, err := fd.Gradient(nil, []float64{1, 2, 4}, []int{3}, &fd.Options{EdgeOrder: 2, Spacing: []fd.Spacing{fd.Coords([]float64{5, 5, 5})}})
	if err != nil {
		t.Fatal(err)
	}
	if got := g[0][1]; got <= 0 || got < 1e308 {
		t.Errorf("interior = %v, want +Inf", got)
	}
}

// TestAllocationsDoNotGrow: with destinations given, the allocations of a call
// do not depend on the array's size (the loops allocate nothing).
func TestAllocationsDoNotGrow(t *testing.T) {
	allocs := func(n int) float64 {
		f := benchField(n * n)
		dst := [][]float64{make([]float64, n*n), make([]float64, n*n)}
		opts := &fd.Options{EdgeOrder: 2}
		return testing.AllocsPerRun(5, func() { fd.Gradient(dst, f, []int{n, n}, opts) })
	}
	small, large := allocs(16), allocs(200)
	if large > small {
		t.Errorf("allocations grow with size: %v for 16x16, %v for 200x200", small, large)
	}
}

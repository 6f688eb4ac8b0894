package fd_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/internal/cases"
)

// TestStencilCases checks StencilAt against Gradient at every point of every
// differentiated axis of every numpy reference case that succeeds: the
// stencil's result has Gradient's bits, its values are f's at its indices,
// and Σ w·v equals the result to rounding.
func TestStencilCases(t *testing.T) {
	file, path, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	nodes := 0
	seen := map[string]int{} // kind and uniformity: every pair must occur
	for i := range file.Cases {
		c := &file.Cases[i]
		if c.Error != "" {
			continue
		}
		opts, err := caseOptions(c)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		f := cases.Floats(c.F)
		grad, err := fd.Gradient(nil, f, c.Shape, opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		axes, err := fd.Axes(len(c.Shape), opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for k, axis := range axes {
			for flat := range f {
				index := unflatten(flat, c.Shape)
				s, err := fd.StencilAt(f, c.Shape, opts, index, axis)
				if err != nil {
					t.Fatalf("%s: StencilAt(%v, %d): %v", c.Name, index, axis, err)
				}
				checkStencil(t, c.Name, s, f, c.Shape, index, axis, grad[k][flat])
				seen[fmt.Sprintf("%s uniform=%v", s.Kind, s.Uniform)]++
				nodes++
			}
		}
	}
	t.Logf("%d stencils of the cases in %s: %v", nodes, path, seen)
	for _, k := range []string{
		"interior_uniform uniform=true", "interior_nonuniform uniform=false",
		"edge_order1 uniform=true", "edge_order1 uniform=false",
		"edge_order2 uniform=true", "edge_order2 uniform=false",
	} {
		if seen[k] == 0 {
			t.Errorf("no stencil %s in the cases", k)
		}
	}
}

func checkStencil(t *testing.T, name string, s fd.Stencil, f []float64, shape, index []int, axis int, want float64) {
	t.Helper()
	if !cases.Same(s.Result, want) {
		t.Errorf("%s %v axis %d: %s result %v (%#x), Gradient %v (%#x)",
			name, index, axis, s.Kind, s.Result, math.Float64bits(s.Result), want, math.Float64bits(want))
	}
	if s.Axis != axis || len(s.Values) != len(s.Indices) || len(s.Weights) != len(s.Indices) {
		t.Fatalf("%s %v axis %d: malformed %+v", name, index, axis, s)
	}
	L, i := shape[axis], index[axis]
	edge := i == 0 || i == L-1
	switch s.Kind {
	case fd.InteriorUniform, fd.InteriorNonuniform:
		if edge || s.Order != 2 {
			t.Errorf("%s %v axis %d: %s of order %d", name, index, axis, s.Kind, s.Order)
		}
	case fd.EdgeOrder1, fd.EdgeOrder2:
		if !edge {
			t.Errorf("%s %v axis %d: %s inside", name, index, axis, s.Kind)
		}
	default:
		t.Errorf("%s: kind %q", name, s.Kind)
	}
	at := append([]int(nil), index...)
	sum, mag := 0.0, 0.0
	for j, n := range s.Indices {
		at[axis] = n
		if v := f[flatten(at, shape)]; !cases.Same(s.Values[j], v) {
			t.Errorf("%s %v axis %d: value of %d is %v, f has %v", name, index, axis, n, s.Values[j], v)
		}
		p := s.Weights[j] * s.Values[j]
		sum += p
		mag += math.Abs(p)
	}
	// Σ w·v against the result: each product and sum rounds once (a few
	// ulp of the terms' magnitude); a non-finite term must give a
	// non-finite result, NaN or the same infinity.
	switch {
	case math.IsNaN(sum) || math.IsInf(mag, 0):
		if !math.IsNaN(s.Result) && !math.IsInf(s.Result, 0) {
			t.Errorf("%s %v axis %d: Σ w·v = %v, result %v", name, index, axis, sum, s.Result)
		}
	case math.Abs(sum-s.Result) > 4*0x1p-52*mag:
		t.Errorf("%s %v axis %d: %s Σ w·v = %v, result %v", name, index, axis, s.Kind, sum, s.Result)
	}
}

// unflatten returns the row-major index of flat in shape.
func unflatten(flat int, shape []int) []int {
	index := make([]int, len(shape))
	for d := len(shape) - 1; d >= 0; d-- {
		index[d] = flat % shape[d]
		flat /= shape[d]
	}
	return index
}

func flatten(index, shape []int) int {
	flat := 0
	for d, i := range index {
		flat = flat*shape[d] + i
	}
	return flat
}

func TestStencilAtErrors(t *testing.T) {
	f := []float64{1, 2, 6, 3, 4, 5}
	// numpy's errors come first, as from Gradient.
	_, err := fd.StencilAt(f, []int{2, 3}, &fd.Options{EdgeOrder: 2}, []int{0, 1}, 1)
	if e, ok := err.(*fd.Error); !ok || e.Code != fd.TooFewPoints {
		t.Errorf("edge order 2 on 2 points: %v", err)
	}
	for _, c := range []struct {
		index []int
		axis  int
		opts  *fd.Options
		panic string
	}{
		{[]int{0}, 0, nil, "fd: index length does not match shape"},
		{[]int{2, 0}, 0, nil, "fd: index out of range"},
		{[]int{0, -1}, 0, nil, "fd: index out of range"},
		{[]int{0, 0}, 2, nil, "fd: axis out of range"},
		{[]int{0, 0}, 0, &fd.Options{Axes: []int{1}}, "fd: axis not differentiated"},
	} {
		func() {
			defer func() {
				if r := recover(); r != c.panic {
					t.Errorf("StencilAt(%v, %d): panic %v, want %q", c.index, c.axis, r, c.panic)
				}
			}()
			fd.StencilAt(f, []int{2, 3}, c.opts, c.index, c.axis)
		}()
	}
	// A negative axis counts from the end.
	s, err := fd.StencilAt(f, []int{2, 3}, nil, []int{1, 1}, -1)
	if err != nil || s.Axis != 1 || s.Result != 1 {
		t.Errorf("axis -1: %+v, %v", s, err)
	}
}

package field_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/internal/cases"
)

// TestNodeEveryNode checks Node at every node of the expression cases of the
// numpy reference file and of a non-uniform grid: numpy's gradient of Compute
// bit for bit, the exact partial of Compute, coordinates and values read at
// the stencil's indices.
func TestNodeEveryNode(t *testing.T) {
	file, _, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	type run struct {
		name, src string
		specs     map[string]string
		vars      []string
		edgeOrder int
	}
	runs := []run{
		{"nonuniform eo1", "x**2", map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}, nil, 1},
		{"nonuniform eo2", "x**2", map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}, nil, 2},
		{"seed eo2", "q*chi*delta", map[string]string{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"}, nil, 2},
	}
	for _, c := range file.ExprCases {
		specs := map[string]string{}
		for v, r := range c.Grid {
			specs[v] = fmt.Sprintf("linspace(%v, %v, %d)", r.Start, r.Stop, r.Num)
		}
		runs = append(runs, run{c.Name, c.Expr, specs, c.Vars, c.EdgeOrder})
	}
	for _, r := range runs {
		f, err := field.Compute(r.src, r.specs, &field.Options{Vars: r.vars, EdgeOrder: r.edgeOrder})
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		for flat := range f.F {
			index := make([]int, len(f.Shape))
			for d, rest := len(f.Shape)-1, flat; d >= 0; d-- {
				index[d], rest = rest%f.Shape[d], rest/f.Shape[d]
			}
			n, err := f.Node(index)
			if err != nil {
				t.Fatalf("%s %v: %v", r.name, index, err)
			}
			if !cases.Same(n.F, f.F[flat]) || len(n.Partials) != len(f.Vars) {
				t.Fatalf("%s %v: f %v, %d partials", r.name, index, n.F, len(n.Partials))
			}
			for d, p := range n.Partials {
				if p.Var != f.Vars[d] || p.Axis != d || n.At[d] != f.Coords[d][index[d]] {
					t.Fatalf("%s %v: partial %d is %s on axis %d at %v", r.name, index, d, p.Var, p.Axis, n.At)
				}
				if !cases.Same(p.Result, f.Grad[d][flat]) || !cases.Same(p.Exact, f.Exact[d][flat]) ||
					!cases.Same(p.Error, p.Result-p.Exact) {
					t.Errorf("%s %v ∂/∂%s: result %v exact %v error %v; Compute: %v, %v",
						r.name, index, p.Var, p.Result, p.Exact, p.Error, f.Grad[d][flat], f.Exact[d][flat])
				}
				for j, k := range p.Indices {
					at := append([]int(nil), index...)
					at[d] = k
					g := 0
					for e, i := range at {
						g = g*f.Shape[e] + i
					}
					if p.Coords[j] != f.Coords[d][k] || !cases.Same(p.Values[j], f.F[g]) {
						t.Errorf("%s %v ∂/∂%s: neighbour %d at %v with %v", r.name, index, p.Var, k, p.Coords[j], p.Values[j])
					}
				}
			}
		}
	}
}

func TestNodeErrors(t *testing.T) {
	// Without the gradient, numpy's error comes from Node.
	f, err := field.Compute("x*y", map[string]string{"x": "[0, 1]", "y": "0:1:3j"},
		&field.Options{EdgeOrder: 2, NoGradient: true, NoExact: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Node([]int{0, 0}); field.Code(err) != string(fd.TooFewPoints) {
		t.Errorf("too few points: %v", err)
	}
	// Without the exact partials, Exact and Error are NaN.
	f, _ = field.Compute("x*y", map[string]string{"x": "[0, 1]", "y": "0:1:3j"}, &field.Options{NoExact: true})
	if n, err := f.Node([]int{1, 2}); err != nil || !math.IsNaN(n.Partials[0].Exact) || !math.IsNaN(n.Partials[1].Error) {
		t.Errorf("no exact: %+v, %v", n, err)
	}
	for _, index := range [][]int{{0}, {2, 0}, {0, -1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Node(%v) did not panic", index)
				}
			}()
			f.Node(index)
		}()
	}
}

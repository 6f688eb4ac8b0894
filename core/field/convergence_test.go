package field_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
)

// TestConvergence checks the observed orders of numpy's gradient: 2 in the
// interior, edge_order at the edges, within 0.2, on uniform and non-uniform
// grids.
func TestConvergence(t *testing.T) {
	for _, c := range []struct {
		src   string
		specs map[string]string
	}{
		{"sin(x)*exp(-y**2)", map[string]string{"x": "-2:2:21j", "y": "-1:1.5:15j"}},
		{"x**3 - 2*x*y**2 + y**3", map[string]string{"x": "-1:2:11j", "y": "0:1:9j"}},
		{"x**3 - 2*x*y**2 + y**3", map[string]string{"x": "[-1, -0.6, 0, 0.3, 1, 1.5, 2]", "y": "0:1:9j"}},
		{"sin(x)*exp(-y**2)", map[string]string{"x": "[0, 0.3, 0.5, 1, 1.2, 2, 2.1]", "y": "-1:1.5:15j"}},
	} {
		for _, eo := range []int{1, 2} {
			st, err := field.Convergence(c.src, c.specs, &field.ConvergenceOptions{EdgeOrder: eo})
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Levels) != 3 {
				t.Fatalf("%d levels", len(st.Levels))
			}
			n0, n2 := st.Levels[0].Points[0], st.Levels[2].Points[0]
			if n2 != 4*n0-3 {
				t.Errorf("points %d then %d, want 4n-3", n0, n2)
			}
			t.Logf("%s %v edge_order %d: orders %.3f %.3f", c.src, c.specs, eo, st.Order.Interior, st.Order.Edge)
			if o := st.Order.Interior; math.Abs(o-2) > 0.2 {
				t.Errorf("%s %v edge_order %d: interior order %v, want 2", c.src, c.specs, eo, o)
			}
			if o := st.Order.Edge; math.Abs(o-float64(eo)) > 0.2 {
				t.Errorf("%s %v edge_order %d: edge order %v, want %d", c.src, c.specs, eo, o, eo)
			}
		}
	}
}

// TestConvergenceBudget: a refinement past the point budget is refused
// before anything is allocated.
func TestConvergenceBudget(t *testing.T) {
	_, err := field.Convergence("x*y", map[string]string{"x": "0:1:3000j", "y": "0:1:2000j"},
		&field.ConvergenceOptions{Levels: 3})
	if field.Code(err) != field.TooLarge {
		t.Fatalf("err %v, want too_large", err)
	}
	if se := err.(*grid.SizeError); se.Lens[0] != 11997 || se.Lens[1] != 7997 {
		t.Errorf("the refused grid %v", se.Lens)
	}
	if testing.AllocsPerRun(1, func() {
		_, _ = field.Convergence("x*y", map[string]string{"x": "0:1:3000j", "y": "0:1:2000j"}, nil)
	}) > 200 {
		t.Error("the refusal allocates the grid")
	}
}

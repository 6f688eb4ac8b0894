package field_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

// TestDirectional checks ∇f·u at a node (the grid's value bit for bit
// numpy's, u normalised), between nodes (multilinear: exact for a
// bilinear gradient), and the errors.
func TestDirectional(t *testing.T) {
	f, err := field.Compute("x**2*y", map[string]string{"x": "0:4:5j", "y": "0:2:3j"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The node (2, 1): numpy's ∂f/∂x = (9-1)/2 = 4, ∂f/∂y = (4*2-0)/2 = 4.
	d, err := f.Directional([]float64{2, 1}, []float64{3, 4})
	if err != nil {
		t.Fatal(err)
	}
	if d.U[0] != 0.6 || d.U[1] != 0.8 || d.Grid[0] != f.Grad[0][2*3+1] || d.Grid[1] != f.Grad[1][2*3+1] {
		t.Errorf("at the node: u %v, grid %v", d.U, d.Grid)
	}
	if want := 4*0.6 + 4*0.8; d.GridValue != want || d.ExactValue != want {
		t.Errorf("at the node: grid %v, exact %v, want %v", d.GridValue, d.ExactValue, want)
	}
	// Between nodes the grid gradient is interpolated: at (2.5, 1.5) the
	// four nodes (2, 1), (3, 1), (2, 2), (3, 2) of ∂f/∂y = x² on the grid
	// (numpy: exact for x² along y) give (4+9+4+9)/4 = 6.5; the exact is 6.25.
	d, err = f.Directional([]float64{2.5, 1.5}, []float64{0, -2})
	if err != nil {
		t.Fatal(err)
	}
	if d.Grid[1] != 6.5 || d.GridValue != -6.5 || d.ExactValue != -6.25 {
		t.Errorf("between nodes: grid %v (%v), exact %v", d.Grid, d.GridValue, d.ExactValue)
	}
	for _, c := range []struct {
		at, dir []float64
		code    string
	}{
		{[]float64{5, 1}, []float64{1, 0}, field.OutsideGrid},
		{[]float64{1, -0.5}, []float64{1, 0}, field.OutsideGrid},
		{[]float64{1, math.NaN()}, []float64{1, 0}, field.OutsideGrid},
		{[]float64{1, 1}, []float64{0, 0}, field.ZeroDirection},
		{[]float64{1, 1}, []float64{math.Inf(1), 0}, field.ZeroDirection},
	} {
		if _, err := f.Directional(c.at, c.dir); field.Code(err) != c.code {
			t.Errorf("at %v along %v: %v, want code %s", c.at, c.dir, err, c.code)
		}
	}
	// A huge direction is normalised without overflow.
	if d, _ := f.Directional([]float64{2, 1}, []float64{3e300, 4e300}); d == nil || math.Abs(d.U[0]-0.6) > 1e-15 {
		t.Errorf("a huge direction: %v", d)
	}
}

// TestHessianExact checks the exact Hessian of x²y + sin(y) and that the
// grid's is exact at an interior node for a quadratic.
func TestHessianExact(t *testing.T) {
	f, err := field.Compute("x**2*y + sin(y)", map[string]string{"x": "-2:2:9j", "y": "-1:1:9j"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, err := f.Hessian([]float64{1, 0.5})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{2 * 0.5, 2 * 1}, {2 * 1, -math.Sin(0.5)}}
	for i := range want {
		for j := range want[i] {
			if math.Abs(h.Exact[i][j]-want[i][j]) > 1e-15 {
				t.Errorf("exact H[%d][%d] = %v, want %v", i, j, h.Exact[i][j], want[i][j])
			}
		}
	}
	if math.Abs(h.Grid[0][0]-1) > 1e-12 || math.Abs(h.Grid[0][1]-2) > 1e-12 || math.Abs(h.Grid[1][0]-2) > 1e-12 {
		t.Errorf("grid H = %v", h.Grid)
	}
	if _, err := f.Hessian([]float64{3, 0}); field.Code(err) != field.OutsideGrid {
		t.Errorf("outside: %v", err)
	}
}

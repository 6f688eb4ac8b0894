package field_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/field"
)

// TestPathGaussian follows exp(-x²-y²) from (0.5, 0.3): the ascent settles
// on the maximum at (0, 0), the descent runs to the grid's edge, and both
// paths (grid and exact) agree to about the grid's error.
func TestPathGaussian(t *testing.T) {
	f, err := field.Compute("exp(-x**2 - y**2)", map[string]string{"x": "-2:2:41j", "y": "-2:2:41j"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	up, err := f.Path([]float64{0.5, 0.3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(up.Step-0.025) > 1e-15 {
		t.Errorf("step %v, want a quarter of 0.1", up.Step)
	}
	for _, c := range []struct {
		name string
		pts  [][]float64
		stop string
	}{{"grid", up.Grid, up.GridStop}, {"exact", up.Exact, up.ExactStop}} {
		end := c.pts[len(c.pts)-1]
		if c.stop != field.StopCritical || math.Hypot(end[0], end[1]) > 1e-3 {
			t.Errorf("ascent on the %s gradient: stop %q at %v after %d points, want critical at (0, 0)", c.name, c.stop, end, len(c.pts))
		}
		t.Logf("ascent, %s: %d points, end %v (|end| = %.2g)", c.name, len(c.pts), end, math.Hypot(end[0], end[1]))
	}
	down, err := f.Path([]float64{0.5, 0.3}, &field.PathOptions{Descent: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		pts  [][]float64
		stop string
	}{{"grid", down.Grid, down.GridStop}, {"exact", down.Exact, down.ExactStop}} {
		end := c.pts[len(c.pts)-1]
		if c.stop != field.StopEdge || math.Max(math.Abs(end[0]), math.Abs(end[1])) != 2 {
			t.Errorf("descent on the %s gradient: stop %q at %v, want the edge", c.name, c.stop, end)
		}
		// A radial line: the direction of the start.
		if a := math.Atan2(end[1], end[0]) - math.Atan2(0.3, 0.5); math.Abs(a) > 0.01 {
			t.Errorf("descent on the %s gradient ends at %v, %.3g rad off the ray through the start", c.name, end, a)
		}
		t.Logf("descent, %s: %d points, end %v", c.name, len(c.pts), end)
	}
}

// TestPathStops checks max_steps, a start outside the grid, a constant
// field (critical at once), a variable of zero partial that stays, and
// a NaN.
func TestPathStops(t *testing.T) {
	f, err := field.Compute("x + 2*y", map[string]string{"x": "0:10:11j", "y": "0:10:11j"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Path([]float64{1, 1}, &field.PathOptions{MaxSteps: 3})
	if err != nil || p.GridStop != field.StopMaxSteps || len(p.Grid) != 4 || p.ExactStop != field.StopMaxSteps {
		t.Errorf("MaxSteps 3: %v %q %d points", err, p.GridStop, len(p.Grid))
	}
	if _, err := f.Path([]float64{1, 11}, nil); field.Code(err) != field.OutsideGrid {
		t.Errorf("a start outside: %v", err)
	} else if err.Error() != "y = 11 lies outside its grid, which runs from 0 to 10" {
		t.Errorf("message %q", err)
	}
	c, err := field.Compute("0*x + 0*y", map[string]string{"x": "0:1:5j", "y": "0:1:5j"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := c.Path([]float64{0.5, 0.5}, nil); p.GridStop != field.StopCritical || len(p.Grid) != 1 {
		t.Errorf("a constant field: %q after %d points", p.GridStop, len(p.Grid))
	}
	// Three variables: the path moves in all of them (∂f/∂z = 0 keeps z).
	z, _ := field.Compute("x*y + 0*z", map[string]string{"x": "0:1:5j", "y": "0:1:5j", "z": "0:2:3j"}, nil)
	p, err = z.Path([]float64{0.5, 0.5, 2}, nil)
	if err != nil || p.GridStop != field.StopEdge {
		t.Fatalf("x*y + 0*z: %v %q", err, p.GridStop)
	}
	for _, q := range p.Grid {
		if q[2] != 2 {
			t.Fatalf("z moved: %v", q)
		}
	}
	n, _ := field.Compute("sqrt(x)*y", map[string]string{"x": "-1:1:5j", "y": "0:1:5j"}, nil)
	if p, _ := n.Path([]float64{-0.75, 0.5}, nil); p.GridStop != field.StopUndefined {
		t.Errorf("sqrt of a negative x: %q", p.GridStop)
	}
}

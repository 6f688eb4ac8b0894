package plots

import (
	"math"
	"testing"
)

// sampleGrid returns fn on the n×n grid over [a, b]², node (i, j) at i*n+j.
func sampleGrid(n int, a, b float64, fn func(x, y float64) float64) (x, y, z []float64) {
	x, y = linspace(a, b, n), linspace(a, b, n)
	z = make([]float64, n*n)
	for i := range n {
		for j := range n {
			z[i*n+j] = fn(x[i], y[j])
		}
	}
	return x, y, z
}

// TestContoursCircle checks that a level set of x²+y² inside the grid is
// one closed line whose vertices lie on the circle: on grid edges, linear
// interpolation of a quadratic is exact to within h²/4.
func TestContoursCircle(t *testing.T) {
	x, y, z := sampleGrid(41, -2, 2, func(x, y float64) float64 { return x*x + y*y })
	c := NewContours(x, y, z, []float64{1, 2.25})
	if len(c.Lines) != 2 {
		t.Fatalf("%d lines, want 2", len(c.Lines))
	}
	h := 0.1
	for _, l := range c.Lines {
		if !l.Closed {
			t.Errorf("level %v: line is open", l.Level)
		}
		if n := l.End - l.Start; n < 20 {
			t.Errorf("level %v: %d vertices", l.Level, n)
		}
		for k := l.Start; k < l.End; k++ {
			r2 := c.XY[2*k]*c.XY[2*k] + c.XY[2*k+1]*c.XY[2*k+1]
			if math.Abs(r2-l.Level) > h*h/4+1e-12 {
				t.Fatalf("level %v: vertex (%v, %v) has r² = %v", l.Level, c.XY[2*k], c.XY[2*k+1], r2)
			}
		}
	}
}

// TestContoursOpen checks that a level crossing the grid is one open line
// from border to border, and that the lines stop at a hole of NaN values.
func TestContoursOpen(t *testing.T) {
	x, y, z := sampleGrid(11, 0, 1, func(x, y float64) float64 { return x + y })
	c := NewContours(x, y, z, []float64{1.05})
	if len(c.Lines) != 1 || c.Lines[0].Closed {
		t.Fatalf("lines %+v, want one open line", c.Lines)
	}
	l := c.Lines[0]
	for k := l.Start; k < l.End; k++ {
		if d := c.XY[2*k] + c.XY[2*k+1] - 1.05; math.Abs(d) > 1e-12 {
			t.Fatalf("vertex %d off the line by %v", k, d)
		}
	}
	first, last := c.XY[2*l.Start:2*l.Start+2], c.XY[2*l.End-2:2*l.End]
	onBorder := func(p []float64) bool { return p[0] == 0 || p[0] == 1 || p[1] == 0 || p[1] == 1 }
	if !onBorder(first) || !onBorder(last) {
		t.Errorf("line runs from %v to %v, not border to border", first, last)
	}

	// A hole in the middle of the line cuts it in two, ending on the
	// edges of the cells around the NaN node (5, 5), i.e. within one cell.
	z[5*11+5] = math.NaN()
	c = NewContours(x, y, z, []float64{1.03})
	if len(c.Lines) != 2 {
		t.Fatalf("%d lines around the hole, want 2", len(c.Lines))
	}
	for _, l := range c.Lines {
		for k := l.Start; k < l.End; k++ {
			px, py := c.XY[2*k], c.XY[2*k+1]
			if math.Abs(px-0.5) < 0.1-1e-12 && math.Abs(py-0.5) < 0.1-1e-12 {
				t.Errorf("vertex (%v, %v) inside the hole", px, py)
			}
		}
	}
}

// TestContoursSaddle checks the saddle cell of x*y: level 0.1 gives two
// lines (the hyperbola's branches), never joined across the centre.
func TestContoursSaddle(t *testing.T) {
	x, y, z := sampleGrid(2, -1, 1, func(x, y float64) float64 { return x * y })
	for _, lev := range []float64{0.1, -0.1} {
		c := NewContours(x, y, z, []float64{lev})
		if len(c.Lines) != 2 {
			t.Fatalf("level %v: %d lines, want 2", lev, len(c.Lines))
		}
		for _, l := range c.Lines {
			px0, py0, px1, py1 := c.XY[2*l.Start], c.XY[2*l.Start+1], c.XY[2*l.End-2], c.XY[2*l.End-1]
			// Each branch stays in one quadrant: its ends have coordinates
			// of the same signs.
			if px0*px1 < 0 || py0*py1 < 0 || px0*py0*lev < 0 {
				t.Errorf("level %v: segment (%v, %v)–(%v, %v) crosses the saddle", lev, px0, py0, px1, py1)
			}
		}
	}
}

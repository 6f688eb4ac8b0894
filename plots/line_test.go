package plots

import (
	"image/color"
	"math"
	"testing"
)

// lineField is f = x**2 on a non-uniform grid with numpy.gradient's
// derivative (edge_order=1) and the exact one.
func lineField() *Field {
	x := []float64{0, 1, 1.5, 3.5, 4, 6}
	f, g, e := make([]float64, len(x)), make([]float64, len(x)), make([]float64, len(x))
	for i, v := range x {
		f[i], e[i] = v*v, 2*v
	}
	// np.gradient([0, 1, 2.25, 12.25, 16, 36], [0, 1, 1.5, 3.5, 4, 6]) (numpy 1.24)
	copy(g, []float64{1, 2, 3, 7, 7.999999999999998, 10})
	return &Field{Expr: "x**2", Vars: []string{"x"}, Coords: [][]float64{x}, F: f,
		Grad: [][]float64{g}, Exact: [][]float64{e}}
}

// near reports whether the image has a pixel of colour c (within tol per
// channel) within r pixels of (px, py).
func near(t *testing.T, fg *Figure, w, h int, scale, px, py float64, r int, c color.RGBA) bool {
	t.Helper()
	img := fg.RGBA(w, h, scale)
	x0, y0 := int(math.Round(px)), int(math.Round(py))
	for y := y0 - r; y <= y0+r; y++ {
		for x := x0 - r; x <= x0+r; x++ {
			p := img.RGBAAt(x, y)
			d := func(a, b uint8) bool { return max(a, b)-min(a, b) <= 24 }
			if d(p.R, c.R) && d(p.G, c.G) && d(p.B, c.B) {
				return true
			}
		}
	}
	return false
}

// TestLineMapping checks the mapping of a line plot against its render:
// the curve of f passes through the pixels of its nodes, the derivative's
// points sit at theirs, and Nearest finds the nodes from either panel.
func TestLineMapping(t *testing.T) {
	fld := lineField()
	fg, err := New(fld, nil)
	if err != nil {
		t.Fatal(err)
	}
	x, f, g := fld.Coords[0], fld.F, fld.Grad[0]
	for _, scale := range []float64{1, 2} {
		const w, h = 640, 480
		m, ok := fg.Mapping(w, h, scale)
		if !ok || m.Deriv == nil {
			t.Fatalf("scale %v: Mapping ok %v, Deriv %v", scale, ok, m.Deriv)
		}
		d := m.Deriv
		if !(m.Plot.X0 < m.Plot.X1 && m.Plot.Y0 < m.Plot.Y1 && m.Plot.Y1 < d.Plot.Y0 && d.Plot.Y0 < d.Plot.Y1) ||
			m.Plot.X1 > w*scale || d.Plot.Y1 > h*scale {
			t.Fatalf("scale %v: panels %v and %v", scale, m.Plot, d.Plot)
		}
		if m.XMin > 0 || m.XMax < 6 || m.YMin > 0 || m.YMax < 36 || d.YMin > 0 || d.YMax < 12 {
			t.Errorf("scale %v: ranges x %v..%v, f %v..%v, df/dx %v..%v", scale, m.XMin, m.XMax, m.YMin, m.YMax, d.YMin, d.YMax)
		}
		for i := range x {
			px, py := m.ToPixel(x[i], f[i])
			if xx, ff := m.ToData(px, py); math.Abs(xx-x[i]) > 1e-9 || math.Abs(ff-f[i]) > 1e-9 {
				t.Errorf("round trip of node %d gives %v, %v", i, xx, ff)
			}
			if !near(t, fg, w, h, scale, px, py, 1, lineColor) {
				t.Errorf("scale %v: no curve of f at node %d's pixel (%.1f, %.1f)", scale, i, px, py)
			}
			if ii, j, ok := m.Nearest(px, py); !ok || ii != i || j != 0 {
				t.Errorf("scale %v: Nearest(node %d on f) = %d, %d, %v", scale, i, ii, j, ok)
			}
			qx, qy := d.ToPixel(x[i], g[i])
			c, r := pointColor, 1
			if i == 0 || i == len(x)-1 {
				c, r = edgeColor, int(5*scale) // a hollow, antialiased triangle around the point
			}
			if !near(t, fg, w, h, scale, qx, qy, r, c) {
				t.Errorf("scale %v: no derivative point at node %d's pixel (%.1f, %.1f)", scale, i, qx, qy)
			}
			if ii, _, ok := m.Nearest(qx, qy); !ok || ii != i {
				t.Errorf("scale %v: Nearest(node %d on df/dx) = %d, %v", scale, i, ii, ok)
			}
			// Between the panels, x is still read.
			if ii, _, ok := m.Nearest(px, (m.Plot.Y1+d.Plot.Y0)/2); !ok || ii != i {
				t.Errorf("scale %v: Nearest(node %d between the panels) = %d, %v", scale, i, ii, ok)
			}
		}
		// Halfway between 1.5 and 3.5 (2.6 is nearer 3.5, 2.4 nearer 1.5).
		for _, c := range []struct {
			x float64
			i int
		}{{2.4, 2}, {2.6, 3}, {5.9, 5}} {
			px, py := m.ToPixel(c.x, 10)
			if i, _, ok := m.Nearest(px, py); !ok || i != c.i {
				t.Errorf("Nearest(x = %v) = %d, %v; want %d", c.x, i, ok, c.i)
			}
		}
		// Up to 5 points (5/0.75 pixels at scale 1) around the panels
		// count, so that the end nodes on the edges can be hovered.
		in, out := 6*scale, 7*scale
		for _, p := range [][2]float64{{0, 0}, {m.Plot.X0 - out, m.Plot.Y0 + 1}, {m.Plot.X1 + out, m.Plot.Y0 + 1},
			{m.Plot.X0 + 1, m.Plot.Y0 - out}, {d.Plot.X0 + 1, d.Plot.Y1 + out}} {
			if _, _, ok := m.Nearest(p[0], p[1]); ok {
				t.Errorf("scale %v: Nearest(%v) outside the panels is ok", scale, p)
			}
		}
		for _, c := range []struct {
			px, py float64
			i      int
		}{{m.Plot.X0 - in, m.Plot.Y1 + in, 0}, {m.Plot.X1 + in, m.Plot.Y0 - in, 5}, {d.Plot.X0 - in, d.Plot.Y1 + in, 0}} {
			if i, _, ok := m.Nearest(c.px, c.py); !ok || i != c.i {
				t.Errorf("scale %v: Nearest(%v, %v) just outside a corner = %d, %v; want %d", scale, c.px, c.py, i, ok, c.i)
			}
		}
	}
}

// TestLineMappingNoDerivative maps a line plot of f alone: one panel, no Deriv.
func TestLineMappingNoDerivative(t *testing.T) {
	fld := lineField()
	fld.Grad, fld.Exact = nil, nil
	fg, err := New(fld, &Options{Layers: Layers{NoTitle: true}})
	if err != nil {
		t.Fatal(err)
	}
	m, ok := fg.Mapping(400, 300, 1)
	if !ok || m.Deriv != nil {
		t.Fatalf("Mapping ok %v, Deriv %v", ok, m.Deriv)
	}
	px, py := m.ToPixel(3.5, 12.25)
	if !near(t, fg, 400, 300, 1, px, py, 1, lineColor) {
		t.Errorf("no curve at (%.1f, %.1f)", px, py)
	}
	if i, j, ok := m.Nearest(px, m.Plot.Y1-1); !ok || i != 3 || j != 0 {
		t.Errorf("Nearest = %d, %d, %v; want 3, 0", i, j, ok)
	}
	if _, _, ok := m.Nearest(px, m.Plot.Y1+7); ok {
		t.Error("Nearest below the panel is ok")
	}
}

// TestLineMappingNaN maps a line plot whose f and derivative have holes
// and infinities: the ranges stay finite.
func TestLineMappingNaN(t *testing.T) {
	f := &Field{Expr: "1/x", Vars: []string{"x"}, Coords: [][]float64{{-1, -0.5, 0, 0.5, 1}},
		F: []float64{-1, -2, math.Inf(1), 2, 1}, Grad: [][]float64{{math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN()}}}
	fg, err := New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	m, ok := fg.Mapping(300, 200, 1)
	if !ok || m.Deriv == nil {
		t.Fatalf("Mapping ok %v, Deriv %v", ok, m.Deriv)
	}
	for _, v := range []float64{m.XMin, m.XMax, m.YMin, m.YMax, m.Deriv.XMin, m.Deriv.XMax, m.Deriv.YMin, m.Deriv.YMax} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("non-finite range in %+v / %+v", m, *m.Deriv)
		}
	}
	if i, _, ok := m.Nearest((m.Plot.X0+m.Plot.X1)/2, (m.Plot.Y0+m.Plot.Y1)/2); !ok || i != 2 {
		t.Errorf("Nearest at the centre = %d, %v; want 2", i, ok)
	}
}

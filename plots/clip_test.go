package plots

import (
	"math"
	"testing"

	"gonum.org/v1/plot/vg"
)

// area returns the signed area of polygon p (positive if counter-clockwise).
func area(p []vg.Point) float64 {
	a := 0.0
	for k, q := range p {
		r := p[(k+1)%len(p)]
		a += float64(q.X*r.Y - r.X*q.Y)
	}
	return a / 2
}

func square(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

func TestClipPolygon(t *testing.T) {
	r := vg.Rectangle{Max: vg.Point{X: 10, Y: 10}}
	for _, tc := range []struct {
		name string
		p    []vg.Point
		area float64
	}{
		{"inside", square(1, 1, 3, 4), 6},
		{"over the right side", square(8, 2, 12, 4), 4},
		{"over a corner", square(-2, -2, 2, 2), 4},
		{"around", square(-5, -5, 15, 15), 100},
		{"outside", square(11, 11, 12, 12), 0},
		{"triangle", []vg.Point{{X: 5, Y: 5}, {X: 15, Y: 5}, {X: 5, Y: 9}}, 15},
	} {
		got := clipPolygon(nil, tc.p, r, nil)
		a := 0.0
		if len(got) >= 3 {
			a = area(got)
		}
		if math.Abs(a-tc.area) > 1e-9 {
			t.Errorf("%s: area %v, want %v (%v)", tc.name, a, tc.area, got)
		}
		for _, q := range got {
			if q.X < r.Min.X || q.X > r.Max.X || q.Y < r.Min.Y || q.Y > r.Max.Y {
				t.Errorf("%s: vertex %v outside", tc.name, q)
			}
		}
	}
}

// TestArrowsClipped draws long horizontal arrows and checks that nothing
// is drawn right of the plot area, where the last column of arrows would
// overhang.
func TestArrowsClipped(t *testing.T) {
	f := sinExp(11)
	for k := range f.Grad[0] {
		f.Grad[0][k], f.Grad[1][k] = 1, 0
	}
	fg, err := New(f, &Options{Layers: Layers{NoHeatmap: true, NoContours: true, NoEdges: true, NoTitle: true}})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := fg.Mapping(400, 300, 1)
	img := fg.RGBA(400, 300, 1)
	for y := int(m.Plot.Y0) + 1; y < int(m.Plot.Y1); y++ {
		for x := int(math.Ceil(m.Plot.X1)) + 1; x < 400; x++ {
			if c := img.RGBAAt(x, y); c.R < 0xf0 {
				t.Fatalf("pixel (%d, %d) right of the plot area (x1 = %v) is %v", x, y, m.Plot.X1, c)
			}
		}
	}
}

// TestClipPolygonScratch: with its scratch buffers and a destination kept
// from one call to the next, clipping allocates nothing, and gives what
// fresh buffers give.
func TestClipPolygonScratch(t *testing.T) {
	r := vg.Rectangle{Max: vg.Point{X: 10, Y: 10}}
	p, q := square(-2, -2, 2, 2), []vg.Point{{X: 5, Y: 5}, {X: 15, Y: 5}, {X: 5, Y: 9}}
	var s clipScratch
	var dst []vg.Point
	allocs := testing.AllocsPerRun(100, func() {
		dst = clipPolygon(dst[:0], p, r, &s)
		dst = clipPolygon(dst[:0], q, r, &s)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per two clips", allocs)
	}
	if want := clipPolygon(nil, q, r, nil); len(dst) != len(want) || area(dst) != area(want) {
		t.Errorf("with scratch %v, without %v", dst, want)
	}
}

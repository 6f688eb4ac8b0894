package plots

import (
	"math"
	"testing"

	"gonum.org/v1/plot/vg"
)

// TestArrowScale draws the arrows of a figure with a large transform and
// checks that ArrowScale describes them: one arrow at each node FirstX +
// k·EveryX, FirstY + k·EveryY, running Factor·(u, v) in data units (through
// log10(1 + m/G0) in Log mode).
func TestArrowScale(t *testing.T) {
	f := sinExp(41)
	for _, o := range []Options{{}, {Mode: Raw, Scale: 0.5}, {Mode: Log}, {Arrows: 8}, {Arrows: 13, Mode: Log}} {
		fg, err := New(f, &o)
		if err != nil {
			t.Fatal(err)
		}
		a, ok := fg.ArrowScale()
		if !ok || a.Mode != o.Mode || a.Factor <= 0 || a.EveryX < 1 || a.EveryY < 1 {
			t.Fatalf("%+v: ArrowScale %+v, %v", o, a, ok)
		}
		const k = 1e6 // points per data unit, so that no arrow is too short to draw
		tr := func(d float64) vg.Length { return vg.Length(d * k) }
		drawn := map[[2]int]arrow{}
		for _, ar := range fg.quiver.appendArrows(nil, tr, tr) {
			i := nearestIndex(fg.sl.x, float64(ar.Tail.X)/k)
			j := nearestIndex(fg.sl.y, float64(ar.Tail.Y)/k)
			drawn[[2]int{i, j}] = ar
		}
		want := 0
		for i := a.FirstX; i < fg.sl.nx; i += a.EveryX {
			for j := a.FirstY; j < fg.sl.ny; j += a.EveryY {
				u, v := fg.sl.gx[i*fg.sl.ny+j], fg.sl.gy[i*fg.sl.ny+j]
				m := math.Hypot(u, v)
				if m == 0 {
					continue
				}
				want++
				ar, ok := drawn[[2]int{i, j}]
				if !ok {
					t.Errorf("%+v: no arrow at node (%d, %d)", o, i, j)
					continue
				}
				l := a.Factor
				if a.Mode == Log {
					l *= math.Log10(1+m/a.G0) / m
				}
				dx, dy := float64(ar.Tip.X-ar.Tail.X)/k, float64(ar.Tip.Y-ar.Tail.Y)/k
				if math.Abs(dx-l*u) > 1e-6*math.Abs(l*m) || math.Abs(dy-l*v) > 1e-6*math.Abs(l*m) {
					t.Errorf("%+v: arrow (%d, %d) is (%g, %g), want (%g, %g)", o, i, j, dx, dy, l*u, l*v)
				}
			}
		}
		if len(drawn) != want {
			t.Errorf("%+v: %d arrows drawn, ArrowScale says %d", o, len(drawn), want)
		}
	}
	if _, ok := (&Figure{}).ArrowScale(); ok {
		t.Error("a figure without a quiver has an arrow scale")
	}
}

// nearestIndex returns the index of the coordinate nearest to x.
func nearestIndex(c []float64, x float64) int {
	best := 0
	for i := range c {
		if math.Abs(c[i]-x) < math.Abs(c[best]-x) {
			best = i
		}
	}
	return best
}

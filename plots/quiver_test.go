package plots

import (
	"math"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func plen(a, b vg.Point) float64 { return math.Hypot(float64(b.X-a.X), float64(b.Y-a.Y)) }

// TestKeyMatchesArrow checks that an arrow whose |grad f| equals the key's
// value is exactly as long as the key arrow, horizontally and vertically,
// in every length mode, for unequal axis scales and several figure sizes.
func TestKeyMatchesArrow(t *testing.T) {
	x, y := linspace(0, 10, 11), linspace(0, 1, 11)
	for _, mode := range []ArrowMode{Fit, Raw, Log} {
		for _, size := range []float64{100, 400} {
			u := make([]float64, 121)
			v := make([]float64, 121)
			for k := range u {
				u[k], v[k] = 0.3, 0.1
			}
			q := newQuiver(x, y, u, v, nil, &Options{Mode: mode, Scale: 0.5, Every: 1})
			key := &Key{Quiver: q}
			// Unequal scales: 10 data units over size points in x, 1 in y.
			trX := func(d float64) vg.Length { return vg.Length(d / 10 * size) }
			trY := func(d float64) vg.Length { return vg.Length(d * size * 0.75) }
			val, lx, ly := key.Value(trX, trY)
			if val == 0 {
				t.Fatalf("%v: no key value", mode)
			}
			// A horizontal and a vertical arrow of magnitude val.
			for k := range u {
				u[k], v[k] = 0, 0
			}
			u[5*11+5] = val
			v[3*11+3] = val
			as := q.appendArrows(nil, trX, trY)
			if len(as) != 2 {
				t.Fatalf("%v: %d arrows, want 2", mode, len(as))
			}
			gotV, gotH := plen(as[0].Tail, as[0].Tip), plen(as[1].Tail, as[1].Tip)
			if math.Abs(gotH-float64(lx)) > 1e-9 || math.Abs(gotV-float64(ly)) > 1e-9 {
				t.Errorf("%v size %v: arrows %v×%v, key %v×%v", mode, size, gotH, gotV, lx, ly)
			}
		}
	}
}

// TestFitLongestArrow checks that in Fit mode the longest arrow spans 0.9
// of an arrow cell.
func TestFitLongestArrow(t *testing.T) {
	x, y := linspace(0, 2, 21), linspace(0, 1, 21)
	u, v := make([]float64, 441), make([]float64, 441)
	for k := range u {
		u[k] = float64(k % 7)
		v[k] = 0.5
	}
	q := newQuiver(x, y, u, v, nil, &Options{})
	if q.EveryX != 1 || q.EveryY != 1 {
		t.Fatalf("stride %d,%d, want 1,1", q.EveryX, q.EveryY)
	}
	ext := 0.0
	for k := range u {
		ext = math.Max(ext, math.Max(math.Abs(q.s*u[k])/0.1, math.Abs(q.s*v[k])/0.05))
	}
	if math.Abs(ext-0.9) > 1e-12 {
		t.Errorf("longest arrow spans %v cells, want 0.9", ext)
	}
}

func TestStride(t *testing.T) {
	for _, tc := range []struct {
		n    int
		o    Options
		want int
	}{
		{101, Options{}, 5}, {21, Options{}, 1}, {11, Options{}, 1}, {201, Options{}, 10},
		{101, Options{Every: 3}, 3}, {101, Options{Arrows: 11}, 10},
	} {
		if got := stride(tc.n, &tc.o); got != tc.want {
			t.Errorf("stride(%d, %+v) = %d, want %d", tc.n, tc.o, got, tc.want)
		}
	}
}

// TestCount checks that count is the number of nodes each visits.
func TestCount(t *testing.T) {
	for _, nx := range []int{0, 1, 2, 5, 21, 101} {
		for _, ny := range []int{0, 1, 4, 33} {
			for _, k := range []int{1, 2, 3, 5, 10} {
				q := &Quiver{X: make([]float64, nx), Y: make([]float64, ny), EveryX: k, EveryY: k + 1}
				n := 0
				q.each(func(int, int) { n++ })
				if got := q.count(); got != n {
					t.Errorf("%d×%d every %d, %d: count() = %d, each visits %d", nx, ny, k, k+1, got, n)
				}
			}
		}
	}
}

func TestPivot(t *testing.T) {
	x, y := linspace(0, 1, 3), linspace(0, 1, 3)
	u, v := make([]float64, 9), make([]float64, 9)
	u[4] = 1
	id := func(d float64) vg.Length { return vg.Length(100 * d) }
	for _, tc := range []struct {
		p         Pivot
		tail, tip float64
	}{{Tail, 50, 95}, {Middle, 27.5, 72.5}, {Tip, 5, 50}} {
		q := newQuiver(x, y, u, v, nil, &Options{Pivot: tc.p})
		a := q.appendArrows(nil, id, id)[0]
		if math.Abs(float64(a.Tail.X)-tc.tail) > 1e-9 || math.Abs(float64(a.Tip.X)-tc.tip) > 1e-9 {
			t.Errorf("%v: tail %v tip %v, want %v %v", tc.p, a.Tail.X, a.Tip.X, tc.tail, tc.tip)
		}
	}
	_ = draw.Canvas{}
}

func TestEnums(t *testing.T) {
	for m := Fit; m <= Log; m++ {
		if got, err := ParseArrowMode(m.String()); err != nil || got != m {
			t.Errorf("ParseArrowMode(%q) = %v, %v", m.String(), got, err)
		}
	}
	for p := Tail; p <= Tip; p++ {
		if got, err := ParsePivot(p.String()); err != nil || got != p {
			t.Errorf("ParsePivot(%q) = %v, %v", p.String(), got, err)
		}
	}
	for p := Viridis; p <= Gray; p++ {
		if got, err := ParsePalette(p.String()); err != nil || got != p {
			t.Errorf("ParsePalette(%q) = %v, %v", p.String(), got, err)
		}
	}
	for e := NoError; e <= ErrorY; e++ {
		if got, err := ParseErrorMap(e.String()); err != nil || got != e {
			t.Errorf("ParseErrorMap(%q) = %v, %v", e.String(), got, err)
		}
	}
	if _, err := ParseArrowMode("lenght"); err == nil {
		t.Error("ParseArrowMode accepted a bad name")
	}
	if m, _ := ParseArrowMode(""); m != Fit {
		t.Error(`ParseArrowMode("") is not Fit`)
	}
}

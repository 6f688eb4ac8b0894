package plots_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// TestSplitArrows: SplitArrows' static layer is the whole figure but its
// arrows. Without arrows it is RGBA's image byte for byte, uniform grid or
// not, light or dark; with them, it differs from RGBA's only under the
// arrows (within two pixels of one's bounding box: RGBA antialiases
// them), and it is opaque.
func TestSplitArrows(t *testing.T) {
	nonUniform := plots.TestField("x*y", []string{"x", "y"},
		[][]float64{{-1, -0.7, -0.2, 0, 0.1, 0.5, 1}, {-2, -1, 0, 0.5, 2}},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} })
	for _, tc := range []struct {
		name string
		f    *plots.Field
		th   plots.Theme
	}{
		{"uniform", sinExpField(21), plots.Light},
		{"non-uniform", nonUniform, plots.Light},
		{"dark", sinExpField(21), plots.Dark},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain, err := plots.New(tc.f, &plots.Options{Layers: plots.Layers{NoArrows: true}})
			if err != nil {
				t.Fatal(err)
			}
			plain = plain.WithTheme(tc.th)
			want, got := plain.RGBA(480, 360, 1.5), plain.SplitArrows(480, 360, 1.5)
			if got.Heat != nil {
				t.Error("SplitArrows has a heat layer")
			}
			if d := diffPixels(want.Pix, got.Static.Pix); d != 0 {
				t.Errorf("without arrows: %d pixels differ from RGBA", d)
			}

			fg, err := plots.New(tc.f, nil)
			if err != nil {
				t.Fatal(err)
			}
			fg = fg.WithTheme(tc.th)
			full, sp := fg.RGBA(480, 360, 1.5), fg.SplitArrows(480, 360, 1.5)
			a := sp.Arrows
			if len(a.Colors) == 0 {
				t.Fatal("no arrows")
			}
			img := sp.Static
			for i := 3; i < len(img.Pix); i += 4 {
				if img.Pix[i] != 255 {
					t.Fatalf("pixel %d has alpha %d", i/4, img.Pix[i])
				}
			}
			w := img.Rect.Dx()
			for i := 0; i < len(full.Pix); i += 4 {
				if full.Pix[i] == img.Pix[i] && full.Pix[i+1] == img.Pix[i+1] && full.Pix[i+2] == img.Pix[i+2] {
					continue
				}
				x, y := float32(i/4%w)+0.5, float32(i/4/w)+0.5
				if !nearArrow(a, x, y, 2+a.HaloWidth) {
					t.Fatalf("pixel (%v, %v) differs from RGBA's away from every arrow", x, y)
				}
			}
		})
	}
}

// nearArrow reports whether (x, y) lies within d of the bounding box of
// one of a's arrows (shaft and head).
func nearArrow(a plots.Arrows, x, y, d float32) bool {
	for k := range len(a.Colors) / 4 {
		s, h := a.Shafts[4*k:4*k+4], a.Heads[6*k:6*k+6]
		x0, y0, x1, y1 := min(s[0], s[2]), min(s[1], s[3]), max(s[0], s[2]), max(s[1], s[3])
		for p := range 3 {
			x0, y0, x1, y1 = min(x0, h[2*p]), min(y0, h[2*p+1]), max(x1, h[2*p]), max(y1, h[2*p+1])
		}
		if x >= x0-d && x <= x1+d && y >= y0-d && y <= y1+d {
			return true
		}
	}
	return false
}

func diffPixels(a, b []uint8) int {
	n := 0
	for i := 0; i+3 < len(a); i += 4 {
		if a[i] != b[i] || a[i+1] != b[i+1] || a[i+2] != b[i+2] || a[i+3] != b[i+3] {
			n++
		}
	}
	return n
}

// TestArrowsMeshIn: clipped to a rectangle, the mesh draws what the whole
// mesh draws at every pixel centre inside it and nothing outside it, and
// no vertex lies outside it.
func TestArrowsMeshIn(t *testing.T) {
	a := &plots.Arrows{Width: 1.5, HaloWidth: 3.5}
	for k := range 40 {
		x, y := float32(k%8)*9+1.3, float32(k/8)*9+0.7
		ang := float64(k) * 0.7
		dx, dy := float32(8*math.Cos(ang)), float32(8*math.Sin(ang))
		bx, by := x+dx*0.7, y+dy*0.7
		nx, ny := -dy*0.25, dx*0.25
		a.Shafts = append(a.Shafts, x, y, bx, by)
		a.Heads = append(a.Heads, x+dx, y+dy, bx+nx, by+ny, bx-nx, by-ny)
		a.Colors = append(a.Colors, 200, 30, 30, 255)
		if k%3 == 0 {
			a.HaloShafts = append(a.HaloShafts, x, y, bx, by)
			a.HaloHeads = append(a.HaloHeads, x+dx, y+dy, bx+nx, by+ny, bx-nx, by-ny)
			a.HaloColors = append(a.HaloColors, 255, 255, 255, 200)
		}
	}
	r := plots.Rect{X0: 10.5, Y0: 8, X1: 60.25, Y1: 37}
	m := a.MeshIn(r)
	checkChunks(t, m)
	for _, c := range m.Chunks {
		for _, v := range c.Vertices {
			const e = 1e-4
			if float64(v.DstX) < r.X0-e || float64(v.DstX) > r.X1+e || float64(v.DstY) < r.Y0-e || float64(v.DstY) > r.Y1+e {
				t.Fatalf("vertex (%v, %v) outside %v", v.DstX, v.DstY, r)
			}
		}
	}
	const w, h = 80, 48
	got, want := drawMesh(m, w, h), drawMesh(a.Mesh(), w, h)
	for y := range h {
		for x := range w {
			px, py := float64(x)+0.5, float64(y)+0.5
			g, wa := got[y*w+x], want[y*w+x]
			if px < r.X0 || px > r.X1 || py < r.Y0 || py > r.Y1 {
				wa = 0
			}
			if math.Abs(g-wa) > 1e-4 {
				t.Fatalf("pixel (%d, %d): alpha %v, want %v", x, y, g, wa)
			}
		}
	}
}

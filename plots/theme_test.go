package plots_test

import (
	"image"
	"image/color"
	"log"
	"math"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// ExampleFigure_dark draws the default figure of sin(x)*exp(-y**2) in the
// dark theme: a dark background, light text, axes and key, light arrows
// with a dark halo; the heatmap keeps its palette.
func ExampleFigure_dark() {
	fg, err := plots.New(sinExpField(101), &plots.Options{Theme: plots.Dark})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "dark.png", 640, 480)
}

// ExampleFigure_darkHoles draws log(x*y) in the dark theme, without the
// heatmap: the veil, the holes' swatch and the log key on the dark ground.
func ExampleFigure_darkHoles() {
	fg, err := plots.New(logXY(31), &plots.Options{Theme: plots.Dark, Mode: plots.Log, Arrows: 11})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "dark_holes.png", 480, 360)
}

// ExampleFigure_normalizedViridis draws unit-length arrows coloured by
// |grad f| over viridis: where f and |grad f| are both largest, yellow and
// white arrows lie on yellow cells and stay visible by their dark halo.
func ExampleFigure_normalizedViridis() {
	writePNG(normalizedViridis(), "normalized_viridis.png", 480, 360)
}

// sinExpField is sin(x)*exp(-y**2) on an n×n grid over [-3,3]×[-2,2].
func sinExpField(n int) *plots.Field {
	return plots.TestField("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{linspace(-3, 3, n), linspace(-2, 2, n)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
}

// logXY is log(x*y) on an n×n grid over [-1, 2]², NaN where x*y <= 0.
func logXY(n int) *plots.Field {
	c := linspace(-1, 2, n)
	return plots.TestField("log(x*y)", []string{"x", "y"}, [][]float64{c, c},
		func(p []float64) float64 {
			if p[0]*p[1] <= 0 {
				return math.NaN()
			}
			return math.Log(p[0] * p[1])
		},
		func(p []float64) []float64 { return []float64{1 / p[0], 1 / p[1]} })
}

// normalizedViridis is x**2 + y**2 over [0, 1]² in Normalized mode.
func normalizedViridis() *plots.Figure {
	c := linspace(0, 1, 21)
	f := plots.TestField("x**2 + y**2", []string{"x", "y"}, [][]float64{c, c},
		func(p []float64) float64 { return p[0]*p[0] + p[1]*p[1] },
		func(p []float64) []float64 { return []float64{2 * p[0], 2 * p[1]} })
	fg, err := plots.New(f, &plots.Options{Mode: plots.Normalized, Every: 2})
	if err != nil {
		log.Fatal(err)
	}
	return fg
}

func TestThemeGoldens(t *testing.T) {
	for _, tc := range []struct {
		name string
		fn   func()
	}{
		{"dark.png", ExampleFigure_dark},
		{"dark_holes.png", ExampleFigure_darkHoles},
		{"normalized_viridis.png", ExampleFigure_normalizedViridis},
	} {
		t.Run(tc.name, func(t *testing.T) { checkGolden(t, tc.fn, tc.name) })
	}
}

// boxPixels returns the pixels of img inside b (CSS pixels at scale 1).
func boxPixels(img *image.RGBA, b plots.Box) []color.RGBA {
	var out []color.RGBA
	for y := int(b.Y); y < int(math.Ceil(b.Y+b.Height)); y++ {
		for x := int(b.X); x < int(math.Ceil(b.X+b.Width)); x++ {
			out = append(out, img.RGBAAt(x, y))
		}
	}
	return out
}

// TestDarkPixels checks the dark figure by its pixels: the background is
// dark, the title, the key and the colour bar's labels are light, and the
// heatmap's colours are those of the light figure.
func TestDarkPixels(t *testing.T) {
	f := sinExpField(101)
	light, err := plots.New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	dark := light.WithTheme(plots.Dark)
	for _, size := range [][2]int{{640, 480}, {480, 360}, {320, 240}} {
		w, h := size[0], size[1]
		img := dark.RGBA(w, h, 1)
		lb := dark.Layout(w, h, 1)
		if l := plots.Luminance(img.RGBAAt(1, 1)); l > 0.02 {
			t.Errorf("%dx%d: background luminance %.3f, want dark (< 0.02)", w, h, l)
		}
		brightest := func(name string, b *plots.Box) {
			if b == nil {
				t.Errorf("%dx%d: no %s", w, h, name)
				return
			}
			best := 0.0
			for _, c := range boxPixels(img, *b) {
				best = max(best, plots.Luminance(c))
			}
			if best < 0.6 {
				t.Errorf("%dx%d: the %s's brightest pixel has luminance %.3f, want light text (> 0.6)", w, h, name, best)
			}
		}
		brightest("title", lb.Title)
		brightest("key", lb.Key)
		for i := range lb.ColorBar.Labels {
			brightest("colour bar label", &lb.ColorBar.Labels[i])
		}
		brightest("colour bar name", &lb.ColorBar.Name)
		// The heatmap is the same: compare the colour bar's middle.
		limg := light.RGBA(w, h, 1)
		bar := lb.ColorBar.Bar
		x, y := int(bar.X+bar.Width/2), int(bar.Y+bar.Height/2)
		if a, b := img.RGBAAt(x, y), limg.RGBAAt(x, y); a != b {
			t.Errorf("%dx%d: colour bar at (%d, %d) is %v dark, %v light: the palette must not change", w, h, x, y, a, b)
		}
	}
}

// TestHaloOnViridisYellow checks that normalized arrows contrast with the
// cells behind them where viridis is yellow and the arrows are yellow and
// white too: the halos give each arrow pixels that differ in luminance
// by more than 0.4 from the cell's.
func TestHaloOnViridisYellow(t *testing.T) {
	fg := normalizedViridis()
	const w, h = 480, 360
	with := fg.RGBA(w, h, 1)
	m, _ := fg.Mapping(w, h, 1)
	// The cells of the top-right quarter, where f > 1.3: viridis' yellow.
	x0, y0 := m.ToPixel(0.8, 1)
	x1, y1 := m.ToPixel(1, 0.8)
	changed, contrasting := 0, 0
	for y := int(y0) + 2; y < int(y1)-2; y++ {
		for x := int(x0) + 2; x < int(x1)-2; x++ {
			p := with.RGBAAt(x, y)
			cell := cellColor(with, m, x, y)
			if p == cell {
				continue
			}
			changed++
			if math.Abs(plots.Luminance(p)-plots.Luminance(cell)) > 0.4 {
				contrasting++
			}
		}
	}
	// 3×3 arrows start in the corner (every other node of 21, tail pivot);
	// without their halos fewer than 20 pixels contrast.
	t.Logf("%d of %d changed pixels contrast", contrasting, changed)
	if contrasting < 9*8 {
		t.Errorf("%d of %d arrow pixels contrast with the yellow cells, want at least 8 for each of 9 arrows", contrasting, changed)
	}
}

// cellColor returns the colour of the heatmap cell under pixel (x, y):
// the most common colour of the cell's pixels.
func cellColor(img *image.RGBA, m plots.Mapping, x, y int) color.RGBA {
	i, j, _ := m.Nearest(float64(x)+0.5, float64(y)+0.5)
	counts := map[color.RGBA]int{}
	// The cell of node (i, j) spans half a step either side of it.
	cx, cy := m.ToPixel(float64(i)/20, float64(j)/20)
	sx, sy := (m.Plot.X1-m.Plot.X0)/21, (m.Plot.Y1-m.Plot.Y0)/21
	for yy := int(cy - sy/2); yy < int(cy+sy/2); yy++ {
		for xx := int(cx - sx/2); xx < int(cx+sx/2); xx++ {
			counts[img.RGBAAt(xx, yy)]++
		}
	}
	var best color.RGBA
	n := 0
	for c, k := range counts {
		if k > n {
			best, n = c, k
		}
	}
	return best
}

// TestHaloMesh: the split form carries the halos of normalized arrows, and
// their mesh comes first, one halo per arrow, wider than the arrows.
func TestHaloMesh(t *testing.T) {
	sp := normalizedViridis().SplitArrows(480, 360, 1)
	a := sp.Arrows
	n := len(a.Colors) / 4
	if n == 0 || len(a.HaloColors) != 4*n || len(a.HaloShafts) != len(a.Shafts) || len(a.HaloHeads) != len(a.Heads) {
		t.Fatalf("%d arrows, %d halos", n, len(a.HaloColors)/4)
	}
	if a.HaloWidth <= a.Width {
		t.Errorf("halo shafts %g wide, arrows %g", a.HaloWidth, a.Width)
	}
	m := a.Mesh()
	if got, want := m.Triangles(), 2*17*n; got > want || got < 2*7*n {
		t.Errorf("%d triangles for %d arrows and their halos", got, n)
	}
	// The first chunk is halos: dark or light, never an arrow's colour.
	v := m.Chunks[0].Vertices[0]
	if c := v.R + v.G + v.B; c > 0.2 && c < 2.8 {
		t.Errorf("the first vertex has colour %v, not a halo's", v)
	}
	// A light figure's uncoloured arrows have none; a dark one's have.
	fg, err := plots.New(sinExpField(21), nil)
	if err != nil {
		t.Fatal(err)
	}
	if h := fg.SplitArrows(320, 240, 1).Arrows.HaloColors; h != nil {
		t.Errorf("light fit arrows have %d halos", len(h)/4)
	}
	if h := fg.WithTheme(plots.Dark).SplitArrows(320, 240, 1).Arrows.HaloColors; h == nil {
		t.Error("dark fit arrows have no halos")
	}
	// The dark small multiples are on the dark ground too.
	if p := fg.WithTheme(plots.Dark).Partials(320, 240, 1); plots.Luminance(p.RGBAAt(1, 1)) > 0.02 {
		t.Errorf("dark partials: corner %v", p.RGBAAt(1, 1))
	}
}

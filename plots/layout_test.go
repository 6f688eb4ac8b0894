package plots

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// qChiDelta is q*chi*delta on -100:101:25 (9 points per variable), the
// classic example of the page, sliced at delta = coords[k].
func qChiDelta(t testing.TB, k int, o Options) *Figure {
	c := linspace(-100, 100, 9)
	f := testField("q*chi*delta", []string{"q", "chi", "delta"}, [][]float64{c, c, c},
		func(p []float64) float64 { return p[0] * p[1] * p[2] },
		func(p []float64) []float64 { return []float64{p[1] * p[2], p[0] * p[2], p[0] * p[1]} })
	o.Fixed = []int{0, 0, k}
	fg, err := New(f, &o)
	if err != nil {
		t.Fatal(err)
	}
	return fg
}

// layoutFigures are figures whose subtitle and key compete for the row
// above the plot.
func layoutFigures(t *testing.T) map[string]*Figure {
	four := testField("exp(-(alpha**2+beta**2))*gamma*temperature", []string{"alpha", "beta", "gamma", "temperature"},
		[][]float64{linspace(-1, 1, 11), linspace(-1, 1, 9), linspace(0, 2, 5), linspace(0, 300, 7)},
		func(p []float64) float64 { return p[2] * p[3] },
		func(p []float64) []float64 { return []float64{0, 0, p[3], p[2]} })
	fourFig, err := New(four, nil)
	if err != nil {
		t.Fatal(err)
	}
	xy, err := New(testField("x*y", []string{"x", "y"}, [][]float64{linspace(-1, 1, 21), linspace(-1, 1, 21)},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} }), &Options{Mode: Normalized})
	if err != nil {
		t.Fatal(err)
	}
	sin, err := New(sinExp(41), nil)
	if err != nil {
		t.Fatal(err)
	}
	logSin, err := New(sinExp(41), &Options{Mode: Log})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*Figure{
		"log":           logSin,
		"log/q":         qChiDelta(t, 6, Options{Mode: Log}),
		"qchidelta@0":   qChiDelta(t, 4, Options{}),
		"qchidelta@50":  qChiDelta(t, 6, Options{}),
		"qchidelta@0/c": qChiDelta(t, 4, Options{ColorByOutOfPlane: true}),
		"four":          fourFig,
		"normalized":    xy,
		"sinexp":        sin,
	}
}

func TestLayoutBoxesDisjoint(t *testing.T) {
	for name, fg := range layoutFigures(t) {
		for _, wh := range [][2]int{{640, 480}, {480, 360}, {320, 240}} {
			lb := fg.Layout(wh[0], wh[1], 1)
			where := func() string { return fmt.Sprintf("%s at %d×%d", name, wh[0], wh[1]) }
			if lb.Canvas.Width != float64(wh[0]) || lb.Canvas.Height != float64(wh[1]) {
				t.Errorf("%s: canvas %v", where(), lb.Canvas)
			}
			boxes := map[string]*Box{"title": lb.Title, "subtitle": lb.Subtitle, "key": lb.Key}
			for a, ba := range boxes {
				if ba == nil {
					continue
				}
				if ba.X < 0 || ba.Y < 0 || ba.X+ba.Width > lb.Canvas.Width || ba.Y+ba.Height > lb.Canvas.Height {
					t.Errorf("%s: %s %+v leaves the canvas", where(), a, *ba)
				}
				if ba.Y+ba.Height > lb.Plot.Y+0.5 {
					t.Errorf("%s: %s %+v runs into the plot area %+v", where(), a, *ba, lb.Plot)
				}
				for b, bb := range boxes {
					if a < b && bb != nil && ba.Intersects(*bb) {
						t.Errorf("%s: %s %+v intersects %s %+v", where(), a, *ba, b, *bb)
					}
				}
			}
			if lb.Key == nil && !strings.HasSuffix(name, "/c") { // /c: no arrows on the flat slice
				t.Errorf("%s: no key", where())
			}
		}
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestLayoutJSON checks the names of the boxes for the page.
func TestLayoutJSON(t *testing.T) {
	lb := qChiDelta(t, 4, Options{}).Layout(640, 480, 2)
	var m map[string]any
	if err := json.Unmarshal([]byte(jsonOf(lb)), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"canvas", "title", "subtitle", "key", "colorbar"} {
		if m[k] == nil {
			t.Errorf("no %q in %s", k, jsonOf(lb))
		}
	}
	cb := m["colorbar"].(map[string]any)
	if cb["bar"] == nil || len(cb["labels"].([]any)) != 1 {
		t.Errorf("colour bar of a constant f: %v, want a bar and one label", cb)
	}
	lb = qChiDelta(t, 4, Options{Layers: Layers{NoTitle: true, NoHeatmap: true}}).Layout(320, 240, 1)
	if lb.Title != nil || lb.Subtitle != nil || lb.ColorBar != nil {
		t.Errorf("hidden parts have boxes: %s", jsonOf(lb))
	}
}

// TestSubtitle checks what the row above the plot says, and that it
// shortens rather than runs into the key.
func TestSubtitle(t *testing.T) {
	sub := func(fg *Figure, w, h int) string {
		c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: vg.Length(w) * 0.75, Y: vg.Length(h) * 0.75}}}
		return fg.layout(c).subText
	}
	flat := qChiDelta(t, 4, Options{})
	if got, want := flat.sub(), "delta = 0 · in-plane gradient 0 on this slice; ∂f/∂delta ranges from -10000 to 10000 · veiled cells: one-sided differences, O(h)"; got != want {
		t.Errorf("full subtitle at delta = 0:\n got %q\nwant %q", got, want)
	}
	for _, wh := range [][2]int{{640, 480}, {480, 360}} {
		if s := sub(flat, wh[0], wh[1]); !strings.Contains(s, "in-plane gradient 0") {
			t.Errorf("subtitle at delta = 0, %v: %q, want the in-plane gradient named", wh, s)
		}
	}
	if s := qChiDelta(t, 6, Options{}).sub(); strings.Contains(s, "gradient 0") {
		t.Errorf("subtitle at delta = 50: %q", s)
	}
	f := sinExp(21)
	f.EdgeOrder = 2
	fg, err := New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sub(fg, 640, 480), "veiled cells: one-sided differences, O(h²)"; got != want {
		t.Errorf("edge_order 2: %q, want %q", got, want)
	}
	if got, want := sub(qChiDelta(t, 6, Options{}), 640, 480), "delta = 50 · veiled cells: one-sided differences, O(h)"; got != want {
		t.Errorf("edge_order 1: %q, want %q", got, want)
	}
}

func TestConstantColorMap(t *testing.T) {
	for _, tc := range []struct {
		p        PaletteName
		v        float64
		min, max float64
	}{
		{Viridis, 0, -1, 1},
		{Viridis, 5, 4, 6},
		{Viridis, 1e20, 1e20 - 1e17, 1e20 + 1e17},
		{Diverging, 0, -1, 1},
		{Diverging, 5, -5.005, 5.005},
	} {
		m := newColorMap(tc.p, []float64{tc.v, tc.v})
		if !m.constant || m.value != tc.v || !closeTo(m.min, tc.min) || !closeTo(m.max, tc.max) {
			t.Errorf("%v %g: constant %v value %g range [%g, %g], want [%g, %g]", tc.p, tc.v, m.constant, m.value, m.min, m.max, tc.min, tc.max)
		}
	}
	if m := newColorMap(Viridis, []float64{0, 1}); m.constant {
		t.Error("a varying map is constant")
	}
}

func closeTo(a, b float64) bool { return a == b || (a-b)*(a-b) <= 1e-18*(a*a+b*b) }

func TestAltTextOutOfPlane(t *testing.T) {
	alt := qChiDelta(t, 4, Options{}).AltText()
	for _, want := range []string{"with delta = 0", "The in-plane gradient is 0 on this slice.",
		"∂f/∂delta ranges from -10000 at (-100, 100) to 10000 at (-100, -100)", "circle with a dot"} {
		if !strings.Contains(alt, want) {
			t.Errorf("alt text lacks %q:\n%s", want, alt)
		}
	}
	if strings.Contains(alt, "largest") {
		t.Errorf("alt text of a flat slice names a largest gradient:\n%s", alt)
	}
	alt = qChiDelta(t, 6, Options{ColorByOutOfPlane: true}).AltText()
	if !strings.Contains(alt, "coloured by ∂f/∂delta") || strings.Contains(alt, "circle with a dot") {
		t.Errorf("alt text with ColorByOutOfPlane:\n%s", alt)
	}
}

func TestMarkers(t *testing.T) {
	fg := qChiDelta(t, 4, Options{})
	if !fg.markersShown() {
		t.Fatal("no markers for q*chi*delta at delta = 0")
	}
	if fg.quiver.maxMag != 10000 {
		t.Errorf("key magnitude %g, want 10000 (the out-of-plane component)", fg.quiver.maxMag)
	}
	// Square cells, 100 points a cell: the largest marker fits 0.9 of one.
	id := func(v float64) vg.Length { return vg.Length(v * 4) }
	ms := newMarkers(fg.quiver, Light).markers(id, id)
	out, in, largest := 0, 0, vg.Length(0)
	for _, m := range ms {
		if m.out {
			out++
		} else {
			in++
		}
		largest = max(largest, m.d)
		if m.d < 5.5 {
			t.Errorf("marker of %v below the minimum size", m)
		}
	}
	// 9×9 nodes, 17 of them on the axes q = 0 or chi = 0, where q*chi = 0.
	if out != 32 || in != 32 {
		t.Errorf("%d ⊙ and %d ⊗ markers, want 32 and 32", out, in)
	}
	if d := float64(largest); d < 89.9 || d > 90.1 {
		t.Errorf("largest marker %g points across, want 90 (0.9 of a 100-point cell)", d)
	}
	if c := qChiDelta(t, 4, Options{ColorByOutOfPlane: true}); c.markersShown() {
		t.Error("markers with ColorByOutOfPlane")
	}
}

// TestLogKeyLengths: a Log key shows several lengths where there is room,
// each with its value, fewer on a small canvas, and its arrows grow with
// their values.
func TestLogKeyLengths(t *testing.T) {
	fg, err := New(sinExp(41), &Options{Mode: Log})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w, h, least int
	}{{640, 480, 3}, {480, 360, 3}, {320, 240, 2}} {
		c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: vg.Length(tc.w) * 0.75, Y: vg.Length(tc.h) * 0.75}}}
		l := fg.layout(c)
		its, _, _ := l.keyOf.items(l.transforms())
		var lens []vg.Length
		var texts []string
		for _, it := range its {
			if it.arrows {
				lens = append(lens, it.lx)
			} else if it.txt != "" {
				texts = append(texts, it.txt)
			}
		}
		if len(lens) < tc.least || len(texts) != len(lens) {
			t.Errorf("%d×%d: %d arrows %v, labels %q; want at least %d, one label each", tc.w, tc.h, len(lens), lens, texts, tc.least)
		}
		for i := 1; i < len(lens); i++ {
			if lens[i] <= lens[i-1] {
				t.Errorf("%d×%d: key arrows %v do not grow", tc.w, tc.h, lens)
			}
		}
		t.Logf("%d×%d: %q", tc.w, tc.h, texts)
	}
}

package plots

import (
	"image/color"
	"math"
	"os"
	"strings"
	"testing"
)

// TestDrawPaths draws a diagonal path over a figure and checks that its
// colour appears in the plot area, and that PNGPaths and SVGPaths carry it.
func TestDrawPaths(t *testing.T) {
	fg, err := New(sinExp(21), nil)
	if err != nil {
		t.Fatal(err)
	}
	xs, ys := []float64{}, []float64{}
	for k := range 20 {
		xs, ys = append(xs, -1.5+0.15*float64(k)), append(ys, -1.5+0.15*float64(k))
	}
	xs, ys = append(xs, math.NaN()), append(ys, 1.5) // a NaN breaks the line, and does no harm
	paths := []Path{{X: xs, Y: ys, End: 3}, {X: xs[:20], Y: ys[1:21], Line: ExactPathStyle}}
	img := fg.RGBA(400, 300, 1)
	fg.DrawPaths(img, 1, paths)
	want := GridPathStyle.Color.(color.RGBA)
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := img.RGBAAt(x, y); close8(c.R, want.R) && close8(c.G, want.G) && close8(c.B, want.B) {
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("%d pixels of the path's colour, want a line", n)
	}
	if os.Getenv("GRADPLAY_PATH_PNG") != "" {
		b, _ := fg.PNGPaths(400, 300, 2, paths)
		os.WriteFile(os.Getenv("GRADPLAY_PATH_PNG"), b, 0o644)
	}
	if b, err := fg.PNGPaths(400, 300, 1, paths); err != nil || len(b) == 0 {
		t.Errorf("PNGPaths: %v", err)
	}
	svg, err := fg.SVGPaths(400, 300, paths)
	if err != nil || !strings.Contains(string(svg), "stroke-dasharray") || !strings.Contains(string(svg), "stroke:#D81B60") {
		t.Errorf("SVGPaths: %v, no stroke of the path's colour", err)
	}
}

// close8 reports whether two colour channels differ by at most 24 (the
// path's antialiased pixels).
func close8(a, b uint8) bool { return a-b <= 24 || b-a <= 24 }

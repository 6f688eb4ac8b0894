package plots_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

var regen = flag.Bool("regen", false, "regenerate the golden images and SVG")

// Golden images match if at most maxBadFraction of their pixels differ by
// more than badChannel in some channel: loose enough for anti-aliasing
// drift between architectures and WebAssembly, tight enough to catch a
// moved line or arrow.
const (
	badChannel     = 40
	maxBadFraction = 0.0005
)

// checkGolden runs fn, which writes testdata/name, and compares the result
// with testdata/name_golden.png (or makes it the golden with -regen).
func checkGolden(t *testing.T, fn func(), name string) {
	t.Helper()
	fn()
	path := filepath.Join("testdata", name)
	golden := strings.TrimSuffix(path, ".png") + "_golden.png"
	if *regen {
		if err := os.Rename(path, golden); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, want := readPNG(t, path), readPNG(t, golden)
	if got.Bounds() != want.Bounds() {
		t.Fatalf("%s: size %v, golden %v", name, got.Bounds(), want.Bounds())
	}
	bad := 0
	b := got.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, a1 := got.At(x, y).RGBA()
			r2, g2, b2, a2 := want.At(x, y).RGBA()
			if max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2), absDiff(a1, a2)) > badChannel*0x101 {
				bad++
			}
		}
	}
	if frac := float64(bad) / float64(b.Dx()*b.Dy()); frac > maxBadFraction {
		t.Errorf("%s: %d pixels (%.3f%%) differ from %s", name, bad, 100*frac, golden)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestFigureGoldens(t *testing.T) {
	for _, tc := range []struct {
		name string
		fn   func()
	}{
		{"figure.png", ExampleFigure},
		{"normalized.png", ExampleFigure_normalized},
		{"threevars.png", ExampleFigure_threeVars},
		{"errormap.png", ExampleFigure_errorMap},
		{"holes.png", ExampleFigure_holes},
		{"line.png", ExampleFigure_line},
		{"outofplane.png", ExampleFigure_outOfPlane},
		{"outofplane_small.png", ExampleFigure_outOfPlane},
		{"outofplane50.png", ExampleFigure_outOfPlaneTilted},
		{"outofplane50_small.png", ExampleFigure_outOfPlaneTilted},
		{"partials.png", ExampleFigure_Partials},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, tc.fn, tc.name)
		})
	}
}

var number = regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?`)

// svgEqual compares two SVG documents, allowing numbers to differ by tol.
func svgEqual(a, b []byte, tol float64) bool {
	if !bytes.Equal(number.ReplaceAll(a, []byte("#")), number.ReplaceAll(b, []byte("#"))) {
		return false
	}
	na, nb := number.FindAll(a, -1), number.FindAll(b, -1)
	if len(na) != len(nb) {
		return false
	}
	for i := range na {
		x, _ := strconv.ParseFloat(string(na[i]), 64)
		y, _ := strconv.ParseFloat(string(nb[i]), 64)
		if d := x - y; d > tol || d < -tol {
			return false
		}
	}
	return true
}

func TestSVGGolden(t *testing.T) {
	fg := newSinExp(t, 21)
	got, err := fg.SVG(640, 480)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "figure_golden.svg")
	if *regen {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !svgEqual(got, want, 0.05) {
		os.WriteFile(filepath.Join("testdata", "figure.svg"), got, 0o644)
		t.Errorf("SVG differs from %s (written testdata/figure.svg)", golden)
	}
	if len(got) > 60_000 {
		t.Errorf("SVG is %d bytes, want a small file", len(got))
	}
	if !bytes.Contains(got, []byte("<text")) {
		t.Error("SVG has no text elements")
	}
}

func newSinExp(t testing.TB, n int) *plots.Figure {
	f := plots.TestField("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{linspace(-3, 3, n), linspace(-2, 2, n)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
	fg, err := plots.New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fg
}

// BenchmarkFigure measures the figure at 640×480 on a 101×101 field with
// 21×21 arrows, 10 contours and a colour bar: render_full draws the whole
// figure into a new RGBA image, render_fast only the fast layers (heat
// cells and arrow geometry in pixels).
func BenchmarkFigure(b *testing.B) {
	f := plots.TestField("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{linspace(-3, 3, 101), linspace(-2, 2, 101)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
	b.Run("render_full_640x480", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fg, err := plots.New(f, nil)
			if err != nil {
				b.Fatal(err)
			}
			_ = fg.RGBA(640, 480, 1)
		}
	})
	// A field of three variables sliced at delta = 0.25: 21×21 arrows
	// with out-of-plane markers.
	c := linspace(-1, 1, 101)
	f3 := plots.TestField("q*chi*delta", []string{"q", "chi", "delta"}, [][]float64{c, c, linspace(-1, 1, 5)},
		func(p []float64) float64 { return p[0] * p[1] * p[2] },
		func(p []float64) []float64 { return []float64{p[1] * p[2], p[0] * p[2], p[0] * p[1]} })
	b.Run("render_markers_640x480", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fg, err := plots.New(f3, &plots.Options{Fixed: []int{0, 0, 3}})
			if err != nil {
				b.Fatal(err)
			}
			_ = fg.RGBA(640, 480, 1)
		}
	})
	b.Run("render_fast_640x480", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			fg, err := plots.New(f, nil)
			if err != nil {
				b.Fatal(err)
			}
			_ = fg.Fast(640, 480, 1)
		}
	})
	// The same after 20 untimed renders: in WebAssembly the runs above are
	// mostly V8's baseline code (a fresh process, 1 + 3 iterations), its
	// optimizing tier compiles the hot functions after they have run a
	// while, as on a page that has drawn a few states. Natively warming up
	// changes nothing.
	warm := func(name string, render func(*plots.Figure)) {
		b.Run(name, func(b *testing.B) {
			fg, err := plots.New(f, nil)
			if err != nil {
				b.Fatal(err)
			}
			for range 20 {
				render(fg)
			}
			b.ReportAllocs()
			for b.Loop() {
				fg, err := plots.New(f, nil)
				if err != nil {
					b.Fatal(err)
				}
				render(fg)
			}
		})
	}
	warm("render_full_640x480_warm", func(fg *plots.Figure) { _ = fg.RGBA(640, 480, 1) })
	warm("render_fast_640x480_warm", func(fg *plots.Figure) { _ = fg.Fast(640, 480, 1) })
}

// TestPrintSVG checks that the print figure is the SVG with the font's
// face in a style sheet right inside <svg>, for the family its text names,
// and still well-formed XML.
func TestPrintSVG(t *testing.T) {
	fg := newSinExp(t, 21)
	plain, err := fg.SVG(640, 480)
	if err != nil {
		t.Fatal(err)
	}
	got, err := fg.PrintSVG(640, 480, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	open := strings.Index(s, "<svg")
	face := strings.Index(s, `<defs><style>@font-face{font-family:"Liberation Sans";`)
	if open < 0 || face < open || strings.Contains(s[open:face], "<text") || !strings.Contains(s, "font-family:Liberation Sans;") {
		t.Errorf("no font face at the start of the print SVG: %.300s", s)
	}
	if len(got)-len(plain) < 400_000 {
		t.Errorf("the print SVG is %d bytes, the plain one %d: no font in it", len(got), len(plain))
	}
	d := xml.NewDecoder(bytes.NewReader(got))
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("the print SVG is not well-formed XML: %v", err)
		}
	}
}

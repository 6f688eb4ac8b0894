package plots_test

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"image/png"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// svgImage is an <image> element of an exported SVG, its rectangle in CSS
// pixels of the canvas (y down).
type svgImage struct {
	Box   plots.Box
	Attrs map[string]string
	W, H  int // the embedded image's pixels
}

// svgImages parses doc as XML and returns its <image> elements. The
// document must be vgsvg's: a root group flipping y over the canvas height
// (in points), each image flipped back by transform="scale(1, -1)".
func svgImages(t *testing.T, doc []byte, heightPt float64) []svgImage {
	t.Helper()
	var out []svgImage
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("the SVG is not XML: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "image" {
			continue
		}
		im := svgImage{Attrs: map[string]string{}}
		for _, a := range se.Attr {
			im.Attrs[a.Name.Local] = a.Value
		}
		num := func(k string) float64 {
			v, err := strconv.ParseFloat(im.Attrs[k], 64)
			if err != nil {
				t.Fatalf("<image> %s=%q: %v", k, im.Attrs[k], err)
			}
			return v
		}
		if im.Attrs["transform"] != "scale(1, -1)" {
			t.Fatalf("<image> transform=%q, want vgsvg's scale(1, -1)", im.Attrs["transform"])
		}
		x, y, w, h := num("x"), num("y"), num("width"), num("height")
		im.Box = plots.Box{X: x / 0.75, Y: (heightPt + y) / 0.75, Width: w / 0.75, Height: h / 0.75}
		const prefix = "data:image/png;base64,"
		href := im.Attrs["href"]
		if !strings.HasPrefix(href, prefix) {
			t.Fatalf("<image> href starts %.40q, want %q", href, prefix)
		}
		raw, err := base64.StdEncoding.DecodeString(href[len(prefix):])
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("the embedded image is not PNG: %v", err)
		}
		im.W, im.H = img.Bounds().Dx(), img.Bounds().Dy()
		out = append(out, im)
	}
}

func boxNear(a, b plots.Box) bool {
	const tol = 0.01 // CSS pixels
	return math.Abs(a.X-b.X) < tol && math.Abs(a.Y-b.Y) < tol &&
		math.Abs(a.Width-b.Width) < tol && math.Abs(a.Height-b.Height) < tol
}

// TestSVGImages checks the exported SVG's images: valid XML, PNG bytes
// labelled image/png, stretched over their rectangles (no aspect ratio
// kept), pixelated, and those rectangles are the layout's plot area (the
// heatmap) and colour bar, on a uniform grid (one pixel per cell) and a
// non-uniform one (resampled).
func TestSVGImages(t *testing.T) {
	nonUniform := []float64{-2, -1.5, -1.2, 0, 0.1, 0.5, 1.4, 2}
	for _, tc := range []struct {
		name string
		fg   *plots.Figure
		w, h int
	}{
		{"uniform", newSinExp(t, 21), 640, 480},
		{"uniform-wide", newSinExp(t, 11), 900, 300},
		{"nonuniform", xTimesY(t, linspace(-3, 3, 13), nonUniform), 500, 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := tc.fg.SVG(tc.w, tc.h)
			if err != nil {
				t.Fatal(err)
			}
			ims := svgImages(t, doc, float64(tc.h)*0.75)
			lb := tc.fg.Layout(tc.w, tc.h, 1)
			if len(ims) != 2 || lb.ColorBar == nil {
				t.Fatalf("%d images, colour bar %v; want a heatmap and a colour bar", len(ims), lb.ColorBar)
			}
			for i, want := range []plots.Box{lb.Plot, lb.ColorBar.Bar} {
				im := ims[i]
				if !boxNear(im.Box, want) {
					t.Errorf("image %d at %+v, want %+v", i, im.Box, want)
				}
				if im.Attrs["preserveAspectRatio"] != "none" {
					t.Errorf("image %d preserveAspectRatio=%q", i, im.Attrs["preserveAspectRatio"])
				}
				if !strings.Contains(im.Attrs["style"], "image-rendering:pixelated") {
					t.Errorf("image %d style=%q", i, im.Attrs["style"])
				}
			}
			if tc.name != "nonuniform" {
				if ims[0].W != 21 && ims[0].W != 11 || ims[0].W != ims[0].H {
					t.Errorf("heatmap image %d×%d, want one pixel per cell", ims[0].W, ims[0].H)
				}
			}
			if ims[1].W != 1 || ims[1].H < 64 {
				t.Errorf("colour bar image %d×%d, want one column of the map", ims[1].W, ims[1].H)
			}
		})
	}
}

// xTimesY is the figure of x*y on the grid xs×ys.
func xTimesY(t *testing.T, xs, ys []float64) *plots.Figure {
	f := plots.TestField("x*y", []string{"x", "y"}, [][]float64{xs, ys},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} })
	fg, err := plots.New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fg
}

package plots

import (
	"image/color"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// TestEdgesPaint checks the painted edge overlay (Edges.paint) against the
// same overlay filled and stroked through the canvas (freetype's
// rasterizer), on grids with one, two and many cells along an axis, at
// one and two device pixels per point and fractional scales, over a dark
// and a light background, in both themes' colours, with and without a dash
// offset. Beyond rounding, the two differ at the corners only, where a
// dash turns with a square join (see paint). (With a single cell along an
// axis Plot's four pieces cover the middle twice, and freetype counts a
// pixel on their common edge twice: that case is compared where the edges
// fall on whole pixels.)
func TestEdgesPaint(t *testing.T) {
	for _, tc := range []struct {
		nx, ny int
		dpi    int
	}{{21, 15, 72}, {101, 101, 144}, {2, 7, 72}, {1, 9, 72}, {5, 1, 72}, {33, 40, 101}, {47, 53, 150}, {3, 4, 192}, {21, 21, 144}} {
		for _, offs := range []vg.Length{0, 1.3} {
			for _, th := range []Theme{Light, Dark} {
				for _, bg := range []color.Color{color.RGBA{0x20, 0x60, 0x80, 0xff}, color.RGBA{0xf0, 0xe0, 0x40, 0xff}} {
					xe, ye := linspace(-1, 2, tc.nx+1), linspace(0, 1, tc.ny+1)
					draws := func(direct bool) []uint8 {
						w, h := 420*tc.dpi/72, 300*tc.dpi/72
						vc, img := newImageCanvas(w, h, tc.dpi, bg)
						c := draw.New(vc)
						c = draw.Crop(c, 13, -17, 9, -21) // off the pixel grid at fractional scales
						p := plot.New()
						p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xe[0], xe[tc.nx], ye[0], ye[tc.ny]
						e := newEdges(xe, ye, th.resolved())
						e.Line.DashOffs = offs
						if direct {
							e.raster = rasterOf(img, float64(tc.dpi)/72)
						}
						e.Plot(c, p)
						return img.Pix
					}
					want, got := draws(false), draws(true)
					worst, bad := 0, 0
					for i := range want {
						d := int(got[i]) - int(want[i])
						d = max(d, -d)
						worst = max(worst, d)
						if d > 24 {
							bad++
						}
					}
					if bad > 16 {
						t.Errorf("%d×%d cells at %d dpi, dash offset %v: %d channels differ by more than 24 from the stroked overlay, the most by %d", tc.nx, tc.ny, tc.dpi, offs, bad, worst)
					}
				}
			}
		}
	}
}

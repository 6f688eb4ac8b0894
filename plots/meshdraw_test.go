package plots_test

import (
	"image"
	"image/color"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// TestMeshDraw: Mesh.Draw paints a pixel when its centre is inside a
// triangle, once where two triangles share an edge through pixel centres
// (the top-left rule), with the vertices' colours premultiplied and
// interpolated, blended source over, and clipped to the image.
func TestMeshDraw(t *testing.T) {
	v := func(x, y, a float32) plots.Vertex {
		return plots.Vertex{DstX: x, DstY: y, SrcX: 0.5, SrcY: 0.5, R: 1, A: a}
	}
	// A 4×4 square of half-opaque red as two triangles whose diagonal
	// runs through the centres of the pixels (0,0) .. (3,3), and a square
	// reaching out of the image on the left and top.
	square := plots.Mesh{Chunks: []plots.Chunk{{
		Vertices: []plots.Vertex{v(0, 0, 0.5), v(4, 0, 0.5), v(4, 4, 0.5), v(0, 4, 0.5),
			v(-2, -2, 1), v(1, -2, 1), v(1, 1, 1), v(-2, 1, 1)},
		Indices: []uint16{0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 7, 6},
	}}}
	img := image.NewRGBA(image.Rect(0, 0, 6, 6))
	for i := range img.Pix {
		img.Pix[i] = 255 // white, opaque
	}
	square.Draw(img)
	for y := range 6 {
		for x := range 6 {
			want := color.RGBA{255, 255, 255, 255}
			switch {
			case x == 0 && y == 0:
				want = color.RGBA{255, 0, 0, 255} // the opaque square, drawn last
			case x < 4 && y < 4:
				want = color.RGBA{255, 128, 128, 255} // half red over white, once
			}
			if got := img.RGBAAt(x, y); got != want {
				t.Errorf("pixel (%d, %d) = %v, want %v", x, y, got, want)
			}
		}
	}

	// Alpha interpolated across a triangle: 0 at x = 0, 1 at x = 10.
	ramp := plots.Mesh{Chunks: []plots.Chunk{{
		Vertices: []plots.Vertex{v(0, 0, 0), v(10, 0, 1), v(10, 10, 1), v(0, 10, 0)},
		Indices:  []uint16{0, 1, 2, 0, 2, 3},
	}}}
	img = image.NewRGBA(image.Rect(0, 0, 10, 10))
	ramp.Draw(img)
	for x := range 10 {
		want := uint8(float64(x)*25.5 + 25.5/2 + 0.5)
		if got := img.RGBAAt(x, 5); got.A != want || got.R != want || got.G != 0 {
			t.Errorf("ramp at x = %d: %v, want red and alpha %d", x, got, want)
		}
	}
}

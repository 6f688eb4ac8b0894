package plots_test

import (
	"fmt"
	"image"
	"math"
	"testing"

	"golang.org/x/image/vector"

	"github.com/gradplay/gradplay/plots"
)

func TestArrowsMesh(t *testing.T) {
	// 20,000 arrows of 14 vertices (6 without a shaft): five chunks.
	const n = 20000
	a := testArrows(n)
	m := a.Mesh()
	checkChunks(t, m)
	if got, want := m.Triangles(), 17*(n-n/10)+7*(n/10); got != want {
		t.Errorf("%d triangles, want %d (17 per arrow, 7 without a shaft)", got, want)
	}
	if len(m.Chunks) != 5 {
		t.Errorf("%d chunks, want 5", len(m.Chunks))
	}
	// Walk the arrows through the chunks, in order: each vertex has its
	// arrow's colour, at most its alpha (the core: less for a small head)
	// or transparent (the fringe's edge).
	c, v := 0, 0
	for k := range n {
		nv := 14
		if k%10 == 0 {
			nv = 6
		}
		if v+nv > len(m.Chunks[c].Vertices) {
			c, v = c+1, 0
		}
		vs := m.Chunks[c].Vertices[v : v+nv]
		v += nv
		col := a.Colors[4*k : 4*k+4]
		transparent := 0
		for _, x := range vs {
			want := [3]float32{float32(col[0]) / 255, float32(col[1]) / 255, float32(col[2]) / 255}
			if got := [3]float32{x.R, x.G, x.B}; got != want {
				t.Fatalf("arrow %d: vertex colour %v, want %v", k, got, want)
			}
			switch {
			case x.A == 0:
				transparent++
			case x.A > float32(col[3])/255:
				t.Fatalf("arrow %d: vertex alpha %v, more than the arrow's %v", k, x.A, float32(col[3])/255)
			}
			if x.SrcX != 0.5 || x.SrcY != 0.5 {
				t.Fatalf("arrow %d: source point (%v, %v), want (0.5, 0.5)", k, x.SrcX, x.SrcY)
			}
		}
		if transparent != nv/2 {
			t.Fatalf("arrow %d: %d of %d vertices transparent, want half", k, transparent, nv)
		}
	}
	if c != len(m.Chunks)-1 || v != len(m.Chunks[c].Vertices) {
		t.Errorf("vertices left over after the last arrow: chunk %d, vertex %d", c, v)
	}
}

// TestArrowsMeshCoverage draws arrows' meshes as a GPU does without
// antialiasing (each pixel's centre, the vertex alphas interpolated,
// composited source over) and compares the alpha with each pixel's exact
// area coverage by the arrow (x/image/vector): at every pixel the alpha
// is within 0.5 of the coverage (the worst is a sharp head's tip, where
// the fringe reaches a little beyond it), and the arrow's ink is the same
// within 5 % (15 % for a quiver's short arrows, whose heads have no core).
func TestArrowsMeshCoverage(t *testing.T) {
	for _, tc := range []struct {
		name         string
		shaft        [4]float32
		head         [6]float32
		width        float32
		maxDiff, ink float64
	}{
		{"horizontal", [4]float32{4.3, 10.5, 24.2, 10.5}, [6]float32{32.4, 10.5, 24.2, 6.4, 24.2, 14.6}, 2, 0.5, 0.05},
		{"diagonal", [4]float32{5.1, 25.7, 21.3, 9.2}, [6]float32{27.9, 2.6, 18.6, 6.5, 24.2, 12.0}, 1.5, 0.5, 0.05},
		{"steep thin", [4]float32{16.2, 30.1, 17.4, 8.3}, [6]float32{17.8, 1.2, 14.9, 8.1, 19.9, 8.5}, 0.6, 0.5, 0.05},
		{"head only", [4]float32{12, 12, 12, 12}, [6]float32{20.5, 12.2, 12, 8.1, 12, 16.3}, 1, 0.5, 0.05},
		// A quiver's short arrows: heads whose core shrinks to nothing.
		{"short", [4]float32{10.2, 10.7, 12.0, 10.7}, [6]float32{13.5, 10.7, 12.0, 10.0, 12.0, 11.4}, 1, 0.5, 0.15},
		{"tiny", [4]float32{10.2, 10.3, 10.5, 10.4}, [6]float32{10.8, 10.5, 10.5, 10.25, 10.5, 10.6}, 1, 0.5, 0.15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const w, h = 36, 36
			a := &plots.Arrows{Shafts: tc.shaft[:], Heads: tc.head[:], Colors: []uint8{0, 0, 0, 255}, Width: tc.width}
			got := drawMesh(a.Mesh(), w, h)
			want := arrowCoverage(tc.shaft, tc.head, tc.width, w, h)
			var maxDiff, inkGot, inkWant float64
			worst := 0
			for i := range got {
				if d := math.Abs(got[i] - want[i]); d > maxDiff {
					maxDiff, worst = d, i
				}
				inkGot += got[i]
				inkWant += want[i]
			}
			if maxDiff > tc.maxDiff {
				t.Errorf("pixel (%d, %d): alpha %.3f, coverage %.3f, want at most %.2f apart", worst%w, worst/w, got[worst], want[worst], tc.maxDiff)
			}
			// A quarter pixel of slack: sampled at pixel centres, an arrow
			// smaller than a pixel has its ink there or not.
			if d := math.Abs(inkGot - inkWant); d > tc.ink*inkWant+0.25 {
				t.Errorf("ink %.2f pixels, coverage %.2f: %.2f apart, want at most %.0f %% + 0.25", inkGot, inkWant, d, 100*tc.ink)
			}
		})
	}
}

// drawMesh draws m with Mesh.Draw onto a transparent w×h image and
// returns the alpha per pixel.
func drawMesh(m plots.Mesh, w, h int) []float64 {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	m.Draw(img)
	out := make([]float64, w*h)
	for i := range out {
		out[i] = float64(img.Pix[4*i+3]) / 255
	}
	return out
}

// arrowCoverage returns each pixel's area covered by the arrow's shaft
// (a rectangle of the width, at least 1 pixel wide with its alpha scaled
// down, as a thin line's) and head, as exact areas from x/image/vector.
func arrowCoverage(s [4]float32, hd [6]float32, width float32, w, h int) []float64 {
	cover := func(path func(z *vector.Rasterizer)) []float64 {
		z := vector.NewRasterizer(w, h)
		path(z)
		mask := image.NewAlpha(image.Rect(0, 0, w, h))
		z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
		out := make([]float64, w*h)
		for i, a := range mask.Pix {
			out[i] = float64(a) / 255
		}
		return out
	}
	scale := 1.0
	if width < 1 {
		scale, width = float64(width), 1
	}
	shaft := cover(func(z *vector.Rasterizer) {
		dx, dy := s[2]-s[0], s[3]-s[1]
		d := float32(math.Hypot(float64(dx), float64(dy)))
		if d == 0 {
			return
		}
		nx, ny := -dy/d*width/2, dx/d*width/2
		z.MoveTo(s[0]+nx, s[1]+ny)
		z.LineTo(s[2]+nx, s[3]+ny)
		z.LineTo(s[2]-nx, s[3]-ny)
		z.LineTo(s[0]-nx, s[1]-ny)
		z.ClosePath()
	})
	head := cover(func(z *vector.Rasterizer) {
		z.MoveTo(hd[0], hd[1])
		z.LineTo(hd[2], hd[3])
		z.LineTo(hd[4], hd[5])
		z.ClosePath()
	})
	out := make([]float64, w*h)
	for i := range out {
		sa := shaft[i] * scale
		out[i] = head[i] + sa*(1-head[i])
	}
	return out
}

// ExampleArrows_Mesh turns one arrow into triangles: its shaft's core (two
// triangles) and the fringe around it (eight), then its head's core (one)
// and fringe (six), the fringe's outer vertices transparent.
func ExampleArrows_Mesh() {
	a := &plots.Arrows{
		Shafts: []float32{10, 10, 30, 10},
		Heads:  []float32{40, 10, 30, 6, 30, 14},
		Colors: []uint8{255, 0, 0, 255},
		Width:  2,
	}
	m := a.Mesh()
	c := m.Chunks[0]
	fmt.Println(len(c.Vertices), "vertices,", m.Triangles(), "triangles")
	for _, k := range []int{0, 4, 8, 11} {
		v := c.Vertices[k]
		fmt.Printf("vertex %d at (%.2f, %.2f), colour (%g, %g, %g, %g)\n", k, v.DstX, v.DstY, v.R, v.G, v.B, v.A)
	}
	// Output:
	// 14 vertices, 17 triangles
	// vertex 0 at (10.50, 10.50), colour (1, 0, 0, 1)
	// vertex 4 at (9.50, 11.50), colour (1, 0, 0, 0)
	// vertex 8 at (38.65, 10.00), colour (1, 0, 0, 1)
	// vertex 11 at (40.75, 10.00), colour (1, 0, 0, 0)
}

package plots_test

import (
	"math"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// checkChunks checks the chunks' limits: whole triangles, at most
// MaxChunkVertices vertices, every index naming a vertex of its chunk.
func checkChunks(t *testing.T, m plots.Mesh) {
	t.Helper()
	for k, c := range m.Chunks {
		if len(c.Vertices) > plots.MaxChunkVertices {
			t.Errorf("chunk %d has %d vertices, more than %d", k, len(c.Vertices), plots.MaxChunkVertices)
		}
		if len(c.Indices)%3 != 0 {
			t.Errorf("chunk %d has %d indices, not whole triangles", k, len(c.Indices))
		}
		for _, i := range c.Indices {
			if int(i) >= len(c.Vertices) {
				t.Fatalf("chunk %d: index %d of %d vertices", k, i, len(c.Vertices))
			}
		}
	}
}

// testArrows returns n arrows in a row, each of its own colour; every
// tenth has a shaft of zero length (a head only).
func testArrows(n int) *plots.Arrows {
	a := &plots.Arrows{Width: 2}
	for k := range n {
		x := float32(k % 1000)
		y := float32(k / 1000)
		l := float32(k%10) * 0.5
		a.Shafts = append(a.Shafts, x, y, x+l, y)
		a.Heads = append(a.Heads, x+l+1, y, x+l, y-1, x+l, y+1)
		a.Colors = append(a.Colors, uint8(k), uint8(k>>8), uint8(k>>16), uint8(255-k%7))
	}
	return a
}

func TestArrowsMeshEmpty(t *testing.T) {
	if m := (&plots.Arrows{}).Mesh(); len(m.Chunks) != 0 {
		t.Errorf("no arrows: %d chunks", len(m.Chunks))
	}
	// Arrows with a coordinate that is not finite are left out.
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	a := &plots.Arrows{Width: 1,
		Shafts: []float32{1, 1, 5, 1, nan, nan, nan, nan, 1, 9, 5, inf},
		Heads:  []float32{7, 1, 5, 0, 5, 2, nan, nan, nan, nan, nan, nan, 7, 9, 5, 8, 5, 10},
		Colors: []uint8{0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255}}
	for _, m := range []plots.Mesh{a.Mesh(), a.MeshIn(plots.Rect{X0: -20, Y0: -20, X1: 40, Y1: 40})} {
		if m.Triangles() != 17 {
			t.Errorf("one finite arrow of three: %d triangles, want 17", m.Triangles())
		}
		for _, c := range m.Chunks {
			for _, v := range c.Vertices {
				if v.DstX-v.DstX != 0 || v.DstY-v.DstY != 0 {
					t.Fatalf("vertex (%v, %v)", v.DstX, v.DstY)
				}
			}
		}
	}
}

// BenchmarkArrowsMesh measures the triangles of 20,000 arrows.
func BenchmarkArrowsMesh(b *testing.B) {
	a := testArrows(20000)
	b.ReportAllocs()
	for b.Loop() {
		a.Mesh()
	}
}

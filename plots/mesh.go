package plots

import (
	"math"
	"sync"
)

// Vertex is a point of a triangle mesh for a GPU: where it goes in the
// figure's pixels (DstX, DstY), the point of the source image it samples
// (SrcX, SrcY, in texels from the image's top-left corner), and the colour
// the sample is multiplied by (R, G, B, A in [0, 1], not premultiplied).
// The fields have the meaning and order of ebiten.Vertex's first eight
// (DstX, DstY, SrcX, SrcY, ColorR, ColorG, ColorB, ColorA).
type Vertex struct {
	DstX, DstY float32
	SrcX, SrcY float32
	R, G, B, A float32
}

// MaxChunkVertices is the number of vertices one Chunk may hold: its
// indices are uint16.
const MaxChunkVertices = 1 << 16

// Chunk is a batch of triangles for one draw call: every three Indices
// name the Vertices of a triangle, and every index is < len(Vertices) <=
// MaxChunkVertices. Indices may be shared with other chunks (all quads are
// indexed alike): treat them as read-only.
type Chunk struct {
	Vertices []Vertex
	Indices  []uint16
}

// Mesh is a triangle mesh split into chunks addressable by 16-bit indices,
// drawn chunk by chunk, in order.
type Mesh struct {
	Chunks []Chunk
}

// Triangles returns the number of triangles in m.
func (m *Mesh) Triangles() int {
	n := 0
	for _, c := range m.Chunks {
		n += len(c.Indices) / 3
	}
	return n
}

// Vertices returns the number of vertices in m.
func (m *Mesh) Vertices() int {
	n := 0
	for _, c := range m.Chunks {
		n += len(c.Vertices)
	}
	return n
}

// quadsPerChunk is the number of 4-vertex quads one chunk holds.
const quadsPerChunk = MaxChunkVertices / 4

// quadTable indexes quadsPerChunk quads of 4 vertices each (top-left,
// top-right, bottom-left, bottom-right) as two triangles; built on first
// use and shared by every quad chunk.
var quadTable = sync.OnceValue(func() []uint16 {
	is := make([]uint16, 0, 6*quadsPerChunk)
	for q := range quadsPerChunk {
		b := uint16(4 * q)
		is = append(is, b, b+1, b+2, b+1, b+3, b+2)
	}
	return is
})

// quadMesh returns the mesh of the quads whose vertices are vs, four per
// quad as appendQuad writes them, in chunks of at most quadsPerChunk quads.
// The chunks' vertices are sub-slices of vs.
func quadMesh(vs []Vertex) Mesh {
	var m Mesh
	for start := 0; start < len(vs); start += 4 * quadsPerChunk {
		c := vs[start:min(len(vs), start+4*quadsPerChunk)]
		m.Chunks = append(m.Chunks, Chunk{Vertices: c, Indices: quadTable()[:6*(len(c)/4)]})
	}
	return m
}

// appendQuad appends the 4 vertices placing the texels (u0, v0)-(u1, v1)
// of a source image on the pixels (x0, y0)-(x1, y1), in white (the texels'
// own colours).
func appendQuad(vs []Vertex, x0, y0, x1, y1 float64, u0, v0, u1, v1 int) []Vertex {
	v := func(x, y float64, u, w int) Vertex {
		return Vertex{DstX: float32(x), DstY: float32(y), SrcX: float32(u), SrcY: float32(w), R: 1, G: 1, B: 1, A: 1}
	}
	return append(vs, v(x0, y0, u0, v0), v(x1, y0, u1, v0), v(x0, y1, u0, v1), v(x1, y1, u1, v1))
}

// arrowsPerChunk is the number of arrows one chunk holds: each arrow has
// at most 7 vertices (4 for the shaft, 3 for the head).
const arrowsPerChunk = MaxChunkVertices / 7

// Mesh returns the arrows as triangles, two per shaft (none for a shaft of
// zero length) and one per head, in the arrows' order, with each arrow's
// colour on its vertices; the halos (HaloShafts, HaloHeads) come first,
// all of them, so that no halo covers an arrow. The triangles are
// untextured: every vertex samples the point (0.5, 0.5), so draw them from
// an opaque white image of one texel (or more). Like the arrows, the mesh
// is not clipped: draw it clipped to Split.Map.Plot.
func (a *Arrows) Mesh() Mesh {
	m := arrowMesh(a.HaloShafts, a.HaloHeads, a.HaloColors, a.HaloWidth)
	m.Chunks = append(m.Chunks, arrowMesh(a.Shafts, a.Heads, a.Colors, a.Width).Chunks...)
	return m
}

// arrowMesh returns the triangles of arrows given as in Arrows.
func arrowMesh(shafts, heads []float32, colors []uint8, width float32) Mesh {
	n := len(shafts) / 4
	hw := width / 2
	var m Mesh
	for first := 0; first < n; first += arrowsPerChunk {
		k1 := min(n, first+arrowsPerChunk)
		c := Chunk{Vertices: make([]Vertex, 0, 7*(k1-first)), Indices: make([]uint16, 0, 9*(k1-first))}
		for k := first; k < k1; k++ {
			col := colors[4*k : 4*k+4]
			v := func(x, y float32) Vertex {
				return Vertex{DstX: x, DstY: y, SrcX: 0.5, SrcY: 0.5,
					R: float32(col[0]) / 255, G: float32(col[1]) / 255, B: float32(col[2]) / 255, A: float32(col[3]) / 255}
			}
			x0, y0, x1, y1 := shafts[4*k], shafts[4*k+1], shafts[4*k+2], shafts[4*k+3]
			dx, dy := x1-x0, y1-y0
			if d := float32(math.Hypot(float64(dx), float64(dy))); d > 0 {
				nx, ny := -dy/d*hw, dx/d*hw
				b := uint16(len(c.Vertices))
				c.Vertices = append(c.Vertices, v(x0+nx, y0+ny), v(x0-nx, y0-ny), v(x1+nx, y1+ny), v(x1-nx, y1-ny))
				c.Indices = append(c.Indices, b, b+1, b+2, b+1, b+3, b+2)
			}
			h := heads[6*k : 6*k+6]
			b := uint16(len(c.Vertices))
			c.Vertices = append(c.Vertices, v(h[0], h[1]), v(h[2], h[3]), v(h[4], h[5]))
			c.Indices = append(c.Indices, b, b+1, b+2)
		}
		m.Chunks = append(m.Chunks, c)
	}
	return m
}

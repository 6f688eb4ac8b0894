package plots

import "sync"

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

package plots

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
// MaxChunkVertices.
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

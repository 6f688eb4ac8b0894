package plots

// maxClippedVertices bounds the vertices of one arrow clipped to a
// rectangle: each of its 17 triangles becomes a polygon of at most 7
// vertices.
const maxClippedVertices = 17 * 7

// clipper cuts an arrow's triangles to a rectangle, reusing its buffers.
type clipper struct {
	vs   []Vertex // the arrow's vertices
	is   []uint16 // its triangles, as indices into vs
	a, b []Vertex // a polygon being clipped, and the next one
}

// clip clips the arrow whose vertices are c.Vertices[v0:] and whose
// triangles are c.Indices[i0:] (indices into c.Vertices) to r, and returns
// c with the arrow replaced by its clipped triangles: kept when it lies
// inside r, dropped when it lies outside.
func (cl *clipper) clip(c Chunk, v0, i0 int, r Rect) Chunk {
	vs := c.Vertices[v0:]
	if len(vs) == 0 {
		return c
	}
	x0, y0, x1, y1 := vs[0].DstX, vs[0].DstY, vs[0].DstX, vs[0].DstY
	for _, v := range vs[1:] {
		x0, y0, x1, y1 = min(x0, v.DstX), min(y0, v.DstY), max(x1, v.DstX), max(y1, v.DstY)
	}
	rx0, ry0, rx1, ry1 := float32(r.X0), float32(r.Y0), float32(r.X1), float32(r.Y1)
	if x0 >= rx0 && y0 >= ry0 && x1 <= rx1 && y1 <= ry1 {
		return c // inside
	}
	if x1 <= rx0 || y1 <= ry0 || x0 >= rx1 || y0 >= ry1 {
		c.Vertices, c.Indices = c.Vertices[:v0], c.Indices[:i0]
		return c // outside
	}
	cl.vs = append(cl.vs[:0], vs...)
	cl.is = cl.is[:0]
	for _, i := range c.Indices[i0:] {
		cl.is = append(cl.is, i-uint16(v0))
	}
	c.Vertices, c.Indices = c.Vertices[:v0], c.Indices[:i0]
	for t := 0; t+2 < len(cl.is); t += 3 {
		p := append(cl.a[:0], cl.vs[cl.is[t]], cl.vs[cl.is[t+1]], cl.vs[cl.is[t+2]])
		for edge := range 4 {
			p, cl.b = clipEdge(p, cl.b[:0], edge, rx0, ry0, rx1, ry1), p
		}
		cl.a = p
		if len(p) < 3 {
			continue
		}
		b := uint16(len(c.Vertices))
		c.Vertices = append(c.Vertices, p...)
		for j := 1; j+1 < len(p); j++ {
			c.Indices = append(c.Indices, b, b+uint16(j), b+uint16(j+1))
		}
	}
	return c
}

// clipEdge appends to out the convex polygon p cut by one edge of the
// rectangle (0 left, 1 right, 2 top, 3 bottom): Sutherland–Hodgman, the
// position and alpha of a cut vertex interpolated along its side.
func clipEdge(p, out []Vertex, edge int, x0, y0, x1, y1 float32) []Vertex {
	// d is how far inside the edge a vertex lies (negative outside).
	d := func(v Vertex) float32 {
		switch edge {
		case 0:
			return v.DstX - x0
		case 1:
			return x1 - v.DstX
		case 2:
			return v.DstY - y0
		}
		return y1 - v.DstY
	}
	for i := range p {
		u, v := p[i], p[(i+1)%len(p)]
		du, dv := d(u), d(v)
		if du >= 0 {
			out = append(out, u)
		}
		if (du >= 0) != (dv >= 0) {
			t := du / (du - dv)
			w := u
			w.DstX, w.DstY, w.A = u.DstX+t*(v.DstX-u.DstX), u.DstY+t*(v.DstY-u.DstY), u.A+t*(v.A-u.A)
			out = append(out, w)
		}
	}
	return out
}

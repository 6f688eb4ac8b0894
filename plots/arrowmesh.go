package plots

import "math"

// The arrows' mesh is antialiased by its geometry: each edge of a shaft
// and of a head has a fringe one pixel wide whose outer vertices are
// transparent, so the GPU's interpolation of the vertex colours fades the
// edge across the pixel it crosses, as area coverage would. Drawn without
// any antialiasing of the GPU's own (ebiten's draws antialiased triangles
// through an offscreen buffer at twice the resolution: four times the
// plot's pixels cleared, filled and resolved for every frame, tens of
// milliseconds in software WebGL).

// arrowVertices and arrowIndices are the vertices and indices of one arrow:
// a shaft of 8 (its core and the fringe around it, 10 triangles) and a head
// of 6 (its core and its fringe, 7 triangles).
const (
	arrowVertices = 14
	arrowIndices  = 3 * 17
)

// arrowsPerChunk is the number of arrows one chunk holds.
const arrowsPerChunk = MaxChunkVertices / arrowVertices

// fringe is the width of the edges' fade, in pixels.
const fringe float32 = 1

// maxMitre is the farthest a head's fringe reaches beyond its corners,
// in pixels.
const maxMitre float32 = 0.75

// Mesh returns the arrows as triangles, in the arrows' order, with each
// arrow's colour on its vertices: for each arrow its shaft (none for a
// shaft of zero length) and its head, each a core in the arrow's colour
// and a fringe around it that fades to transparent across a pixel, which
// antialiases the edges (see arrowMesh). The halos (HaloShafts,
// HaloHeads) come first, all of them, so that no halo covers an arrow.
// The triangles are untextured: every vertex samples the point (0.5,
// 0.5), so draw them from an opaque white image of one texel (or more),
// without antialiasing, blending source over. Like the arrows, the mesh is
// not clipped: draw it clipped to Split.Map.Plot, or take MeshIn's.
func (a *Arrows) Mesh() Mesh { return a.mesh(nil) }

// MeshIn returns the arrows' Mesh clipped to r: the triangles that cross
// its edges are cut there (their vertex alphas interpolated), those
// outside it dropped, so that the mesh can be drawn without a scissor.
func (a *Arrows) MeshIn(r Rect) Mesh { return a.mesh(&r) }

func (a *Arrows) mesh(clip *Rect) Mesh {
	m := arrowMesh(a.HaloShafts, a.HaloHeads, a.HaloColors, a.HaloWidth, clip)
	m.Chunks = append(m.Chunks, arrowMesh(a.Shafts, a.Heads, a.Colors, a.Width, clip).Chunks...)
	return m
}

// arrowMesh returns the triangles of arrows given as in Arrows.
//
// A shaft from its tail to the head's base is a rectangle: its core is
// fringe/2 narrower on each side and starts fringe/2 after the tail, the
// outer rectangle is fringe/2 wider and starts fringe/2 before it, and
// both end fringe/2 inside the head, under its core (no edge there: the
// head's base fades over the shaft's core, not over nothing), or at the
// head's base when the head is too small to have a core. A shaft
// narrower than the fringe keeps a core of no width and an alpha scaled by
// its width, as a thin line's coverage is. A head's core is the head
// scaled about its incentre so that each edge moves fringe/2 in; its outer
// triangle's corners move out along the bisectors by the mitre that moves
// each edge fringe/2 out, or by maxMitre where that is less (at a sharp
// corner: for a quiver's heads, at all three). A small head's core, which
// shrinks to little or nothing, is fainter, so that the fade lays down no
// more ink than the head's area, and a shaft shorter or narrower than the
// fringe likewise. Arrows with a coordinate that is not finite are left
// out. TestArrowsMeshCoverage compares the result with exact coverage.
func arrowMesh(shafts, heads []float32, colors []uint8, width float32, clip *Rect) Mesh {
	n := len(shafts) / 4
	var m Mesh
	var c Chunk
	room := arrowVertices // the most vertices an arrow may add
	if clip != nil {
		room = maxClippedVertices
	}
	var cl clipper
	for k := range n {
		if len(c.Vertices)+room > MaxChunkVertices || c.Vertices == nil {
			if c.Vertices != nil {
				m.Chunks = append(m.Chunks, c)
			}
			na := min(n-k, arrowsPerChunk)
			c = Chunk{Vertices: make([]Vertex, 0, arrowVertices*na), Indices: make([]uint16, 0, arrowIndices*na)}
		}
		v0, i0 := len(c.Vertices), len(c.Indices)
		col := colors[4*k : 4*k+4]
		cr, cg, cb, al := float32(col[0])/255, float32(col[1])/255, float32(col[2])/255, float32(col[3])/255
		v := func(x, y, a float32) Vertex {
			return Vertex{DstX: x, DstY: y, SrcX: 0.5, SrcY: 0.5, R: cr, G: cg, B: cb, A: a}
		}
		s := shafts[4*k : 4*k+4]
		h := heads[6*k : 6*k+6]
		if !finite32(s) || !finite32(h) {
			continue // no geometry to draw (a degenerate arrow of the quiver)
		}
		ix, iy, rad := incentre(h)
		if d := float32(math.Hypot(float64(s[2]-s[0]), float64(s[3]-s[1]))); d > 0 {
			ux, uy := (s[2]-s[0])/d, (s[3]-s[1])/d // along the shaft
			w, a := width, al
			if w < fringe {
				w, a = fringe, al*max(width, 0)/fringe
			}
			if d < fringe {
				a *= d / fringe // shorter than the fade: as little ink as its length
			}
			in, out := (w-fringe)/2, (w+fringe)/2 // half widths
			const e = fringe / 2
			// Both ends fringe/2 inside the head, under its core; a head too
			// small to have a core fades over the shaft's end instead.
			end := d
			if rad > fringe/2 {
				end += e
			}
			endX, endY := s[0]+ux*end, s[1]+uy*end
			tail0, tail1 := s[0]+ux*min(e, end), s[1]+uy*min(e, end) // the core's tail end, not past its end
			tailX, tailY := s[0]-ux*e, s[1]-uy*e                     // the outer one's
			quad := func(cx, cy, ex, ey, h, a float32) {
				c.Vertices = append(c.Vertices,
					v(cx-uy*h, cy+ux*h, a), v(cx+uy*h, cy-ux*h, a),
					v(ex-uy*h, ey+ux*h, a), v(ex+uy*h, ey-ux*h, a))
			}
			b := uint16(len(c.Vertices))
			quad(tail0, tail1, endX, endY, in, a)  // b+0 left tail, b+1 right tail, b+2 left end, b+3 right end
			quad(tailX, tailY, endX, endY, out, 0) // b+4 .. b+7, likewise
			c.Indices = append(c.Indices, b, b+1, b+2, b+1, b+3, b+2)
			c.Indices = ring(c.Indices, b, [4]uint16{0, 2, 3, 1})
		}
		b := uint16(len(c.Vertices))
		fIn := float32(0)
		if rad > 0 {
			fIn = max(rad-fringe/2, 0) / rad
		}
		o := outer(h, ix, iy, rad)
		// The core's alpha: the head's, unless the fade would lay down
		// more ink than the head's area (a small head, whose core shrinks
		// to little or nothing while the fringe keeps its width).
		a := al
		if area := triArea(h); area > 0 {
			aIn, aOut := area*fIn*fIn, triArea(o)
			if ink := (aIn + aOut + float32(math.Sqrt(float64(aIn*aOut)))) / 3; ink > area {
				a *= area / ink
			}
		}
		for p := range 3 {
			c.Vertices = append(c.Vertices, v(ix+(h[2*p]-ix)*fIn, iy+(h[2*p+1]-iy)*fIn, a))
		}
		for p := range 3 {
			c.Vertices = append(c.Vertices, v(o[2*p], o[2*p+1], 0))
		}
		c.Indices = append(c.Indices, b, b+1, b+2)
		c.Indices = ring(c.Indices, b, [3]uint16{0, 1, 2})
		if clip != nil {
			c = cl.clip(c, v0, i0, *clip)
		}
	}
	if len(c.Indices) > 0 {
		m.Chunks = append(m.Chunks, c)
	}
	return m
}

// outer returns the head h's fringe's outer corners: each moved out along
// its bisector from the incentre (ix, iy) by the mitre that moves each
// edge fringe/2 out (rad is the inradius), but no further than maxMitre:
// a sharp corner's mitre would paint far beyond it.
func outer(h []float32, ix, iy, rad float32) [6]float32 {
	var o [6]float32
	for p := range 3 {
		x, y := h[2*p], h[2*p+1]
		if rad > 0 {
			dx, dy := x-ix, y-iy
			d := float32(math.Hypot(float64(dx), float64(dy)))
			step := min(d*fringe/2/rad, maxMitre)
			x, y = x+dx/d*step, y+dy/d*step
		}
		o[2*p], o[2*p+1] = x, y
	}
	return o
}

// finite32 reports whether every value of v is finite.
func finite32(v []float32) bool {
	for _, x := range v {
		if x-x != 0 { // NaN or ±Inf
			return false
		}
	}
	return true
}

// triArea returns the area of the triangle t (x0, y0, x1, y1, x2, y2).
func triArea[T []float32 | [6]float32](t T) float32 {
	return float32(math.Abs(float64((t[2]-t[0])*(t[5]-t[1])-(t[4]-t[0])*(t[3]-t[1])))) / 2
}

// ring appends the triangles of the band between a core polygon, whose
// vertices are b+order[i], and its outer polygon, whose vertices follow
// the core's (b+len(order)+order[i]): two triangles per edge.
func ring[O [3]uint16 | [4]uint16](is []uint16, b uint16, order O) []uint16 {
	n := uint16(len(order))
	for i := range n {
		p, q := b+order[i], b+order[(i+1)%n]
		is = append(is, p, q, p+n, q, q+n, p+n)
	}
	return is
}

// incentre returns the centre and radius of the circle inscribed in the
// triangle h (x0, y0, x1, y1, x2, y2); for a degenerate triangle, its
// vertices' mean and 0.
func incentre(h []float32) (x, y, r float32) {
	side := func(i, j int) float32 {
		return float32(math.Hypot(float64(h[2*j]-h[2*i]), float64(h[2*j+1]-h[2*i+1])))
	}
	a, b, c := side(1, 2), side(2, 0), side(0, 1) // opposite vertices 0, 1, 2
	p := a + b + c
	area := triArea(h)
	if p == 0 || area == 0 {
		return (h[0] + h[2] + h[4]) / 3, (h[1] + h[3] + h[5]) / 3, 0
	}
	x = (a*h[0] + b*h[2] + c*h[4]) / p
	y = (a*h[1] + b*h[3] + c*h[5]) / p
	return x, y, 2 * area / p
}

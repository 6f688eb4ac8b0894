package plots

import (
	"image"
	"math"
)

// Draw composites the mesh's triangles onto dst, in order, as the page's
// GPU draws them: a pixel belongs to a triangle when its centre is inside
// (on an edge, when the edge is a top or a left one, so that two triangles
// sharing an edge never both paint a pixel of it), the vertices' colours
// are premultiplied by their alphas and interpolated across the triangle,
// and each is blended source over (the mesh's triangles are untextured:
// see Arrows.Mesh). Triangles are clipped to dst's bounds. It is how a
// figure's arrows can be drawn without the GPU, on the same pixels to
// within rounding: the page's first frame, shown while WebGL starts.
func (m *Mesh) Draw(dst *image.RGBA) {
	for _, c := range m.Chunks {
		for t := 0; t+2 < len(c.Indices); t += 3 {
			drawTriangle(dst, &c.Vertices[c.Indices[t]], &c.Vertices[c.Indices[t+1]], &c.Vertices[c.Indices[t+2]])
		}
	}
}

// edgeFn is one edge of a triangle, oriented so that the inside is where
// its value a*x + b*y + c is positive.
type edgeFn struct {
	a, b, c float64
	incl    bool // a pixel centre on the edge is inside (a top or left edge)
}

func newEdge(x0, y0, x1, y1 float64) edgeFn {
	e := edgeFn{a: y0 - y1, b: x1 - x0, c: x0*y1 - x1*y0}
	// The top-left rule, (a, b) pointing inside, y down: a left edge has
	// the inside to its right, a top edge is horizontal with the inside
	// below it.
	e.incl = e.a > 0 || (e.a == 0 && e.b > 0)
	return e
}

func (e *edgeFn) at(x, y float64) float64 { return e.a*x + e.b*y + e.c }

func (e *edgeFn) inside(v float64) bool { return v > 0 || (v == 0 && e.incl) }

// drawTriangle draws the triangle p, q, s onto dst (Mesh.Draw).
func drawTriangle(dst *image.RGBA, p, q, s *Vertex) {
	x0, y0 := float64(p.DstX), float64(p.DstY)
	x1, y1 := float64(q.DstX), float64(q.DstY)
	x2, y2 := float64(s.DstX), float64(s.DstY)
	area := (x1-x0)*(y2-y0) - (x2-x0)*(y1-y0)
	if area == 0 || math.IsNaN(area) || math.IsInf(area, 0) {
		return
	}
	if area < 0 { // make the inside positive
		q, s = s, q
		x1, y1, x2, y2 = x2, y2, x1, y1
		area = -area
	}
	if p.A <= 0 && q.A <= 0 && s.A <= 0 {
		return // all fringe: no ink
	}
	b := dst.Rect
	// The pixels whose centres may be inside: x+0.5 in [min, max].
	ix0 := max(b.Min.X, int(math.Ceil(min(x0, x1, x2)-0.5)))
	ix1 := min(b.Max.X-1, int(math.Floor(max(x0, x1, x2)-0.5)))
	iy0 := max(b.Min.Y, int(math.Ceil(min(y0, y1, y2)-0.5)))
	iy1 := min(b.Max.Y-1, int(math.Floor(max(y0, y1, y2)-0.5)))
	if ix0 > ix1 || iy0 > iy1 {
		return
	}
	// Edge k is opposite vertex k: its value over area is vertex k's
	// barycentric weight.
	e0, e1, e2 := newEdge(x1, y1, x2, y2), newEdge(x2, y2, x0, y0), newEdge(x0, y0, x1, y1)
	var pm [3][4]float64 // premultiplied colours, 0..255
	for k, v := range [3]*Vertex{p, q, s} {
		a := float64(v.A)
		pm[k] = [4]float64{float64(v.R) * a * 255, float64(v.G) * a * 255, float64(v.B) * a * 255, a * 255}
	}
	pix, stride := dst.Pix, dst.Stride
	inv := 1 / area
	for y := iy0; y <= iy1; y++ {
		cy := float64(y) + 0.5
		row := pix[(y-b.Min.Y)*stride:]
		for x := ix0; x <= ix1; x++ {
			cx := float64(x) + 0.5
			w0, w1, w2 := e0.at(cx, cy), e1.at(cx, cy), e2.at(cx, cy)
			if !e0.inside(w0) || !e1.inside(w1) || !e2.inside(w2) {
				continue
			}
			w0, w1, w2 = w0*inv, w1*inv, w2*inv
			sa := w0*pm[0][3] + w1*pm[1][3] + w2*pm[2][3]
			if sa <= 0 {
				continue
			}
			keep := 1 - sa/255
			o := row[4*(x-b.Min.X) : 4*(x-b.Min.X)+4 : 4*(x-b.Min.X)+4]
			for ch := range 3 {
				v := w0*pm[0][ch] + w1*pm[1][ch] + w2*pm[2][ch] + float64(o[ch])*keep
				o[ch] = toByte(v)
			}
			o[3] = toByte(sa + float64(o[3])*keep)
		}
	}
}

// toByte rounds a channel value in 0..255 to a byte, clamped.
func toByte(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}

package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// arrow is one arrow in canvas coordinates: a shaft from Tail to Base and a
// head triangle Tip, Left, Right; Halo, if not nil, is the colour of its
// outline (see halo).
type arrow struct {
	Tail, Base, Tip, Left, Right vg.Point
	Color, Halo                  color.Color
}

// haloWidth is the width of an arrow's halo around its outline, in points.
const haloWidth = vg.Length(0.8)

// halo returns the arrow grown by h on every side: the shaft widened by
// 2h and lengthened by h behind its tail, the head triangle scaled about
// its incentre so that each side moves out by h. Drawn under the arrow it
// is a contrasting outline h wide.
func (a *arrow) halo(h vg.Length) arrow {
	o := *a
	d := a.Base.Sub(a.Tail)
	if l := math.Hypot(float64(d.X), float64(d.Y)); l > 0 {
		o.Tail = a.Tail.Sub(d.Scale(h / vg.Length(l)))
	}
	side := func(p, q vg.Point) float64 { e := q.Sub(p); return math.Hypot(float64(e.X), float64(e.Y)) }
	la, lb, lc := side(a.Left, a.Right), side(a.Right, a.Tip), side(a.Tip, a.Left) // opposite Tip, Left, Right
	per := la + lb + lc
	area := math.Abs(float64((a.Left.X-a.Tip.X)*(a.Right.Y-a.Tip.Y)-(a.Right.X-a.Tip.X)*(a.Left.Y-a.Tip.Y))) / 2
	if per == 0 || area == 0 {
		return o
	}
	in := vg.Point{
		X: vg.Length((la*float64(a.Tip.X) + lb*float64(a.Left.X) + lc*float64(a.Right.X)) / per),
		Y: vg.Length((la*float64(a.Tip.Y) + lb*float64(a.Left.Y) + lc*float64(a.Right.Y)) / per),
	}
	k := vg.Length((2*area/per + float64(h)) / (2 * area / per)) // (r+h)/r, r the inradius
	grow := func(p vg.Point) vg.Point { return in.Add(p.Sub(in).Scale(k)) }
	o.Tip, o.Left, o.Right = grow(a.Tip), grow(a.Left), grow(a.Right)
	return o
}

// head completes an arrow from tail to tip with its head; ok is false for
// arrows too short to see.
func (q *Quiver) head(tail, tip vg.Point) (a arrow, ok bool) {
	d := tip.Sub(tail)
	l := math.Hypot(float64(d.X), float64(d.Y))
	if l < 0.25 {
		return a, false
	}
	hl := math.Min(4.5*float64(q.Width), 0.45*l) // head length
	hw := hl * 0.4                               // half width of the head
	ux, uy := float64(d.X)/l, float64(d.Y)/l
	base := vg.Point{X: tip.X - vg.Length(ux*hl), Y: tip.Y - vg.Length(uy*hl)}
	n := vg.Point{X: vg.Length(-uy * hw), Y: vg.Length(ux * hw)}
	return arrow{Tail: tail, Base: base, Tip: tip, Left: base.Add(n), Right: base.Sub(n)}, true
}

// polygons returns the outline of a as two counter-clockwise polygons:
// the shaft, a rectangle of the given width (as a stroke with butt caps;
// ok is false if it is empty), and the head. Filled together with the
// non-zero rule they cover exactly the stroked shaft and the filled head,
// whatever their overlaps.
func (a *arrow) polygons(width vg.Length) (shaft [4]vg.Point, ok bool, head [3]vg.Point) {
	head = [3]vg.Point{a.Tip, a.Left, a.Right}
	d := a.Base.Sub(a.Tail)
	l := math.Hypot(float64(d.X), float64(d.Y))
	if l == 0 {
		return shaft, false, head
	}
	s := float64(width) / 2 / l
	n := vg.Point{X: vg.Length(-float64(d.Y) * s), Y: vg.Length(float64(d.X) * s)}
	return [4]vg.Point{a.Tail.Sub(n), a.Base.Sub(n), a.Base.Add(n), a.Tail.Add(n)}, true, head
}

// arrowPolys holds the buffers of clipped: the shaft and the head, each
// as it is and as clipped (a clip does not write over its input).
type arrowPolys struct {
	raw, cut [2][]vg.Point
	scratch  clipScratch
}

// clipped returns a's shaft and head (polygons at width), each clipped to
// clip when it is not nil and the polygon is not inside it, and nil when
// fewer than three corners are left (an empty shaft, a polygon outside
// clip). The polygons are in b's buffers, valid until the next call.
func (b *arrowPolys) clipped(a *arrow, width vg.Length, clip *vg.Rectangle) [2][]vg.Point {
	shaft, ok, head := a.polygons(width)
	b.raw[0], b.raw[1] = b.raw[0][:0], append(b.raw[1][:0], head[:]...)
	if ok {
		b.raw[0] = append(b.raw[0], shaft[:]...)
	}
	var out [2][]vg.Point
	for i, p := range b.raw {
		if clip != nil && len(p) > 0 && !inside(p, *clip) {
			b.cut[i] = clipPolygon(b.cut[i][:0], p, *clip, &b.scratch)
			p = b.cut[i]
		}
		if len(p) >= 3 {
			out[i] = p
		}
	}
	return out
}

// drawArrows fills the arrows' halos, then the arrows, as one path per run
// of arrows of one colour, each clipped to clip if it is not nil; or, when
// px has an image, paints them into it.
func drawArrows(c draw.Canvas, as []arrow, width vg.Length, clip *vg.Rectangle, px pixels) {
	var halos []arrow
	for i := range as {
		if as[i].Halo != nil {
			h := as[i].halo(haloWidth)
			h.Color = as[i].Halo
			halos = append(halos, h)
		}
	}
	fill := func(as []arrow, width vg.Length) {
		if px.img != nil {
			px.paintArrows(as, width, clip)
		} else {
			fillArrows(c, as, width, clip)
		}
	}
	if len(halos) > 0 {
		fill(halos, width+2*haloWidth)
	}
	fill(as, width)
}

// fillArrows fills the arrows as one path per run of arrows of one colour,
// each clipped to clip if it is not nil.
func fillArrows(c draw.Canvas, as []arrow, width vg.Length, clip *vg.Rectangle) {
	path := make(vg.Path, 0, 9*len(as)) // 5 components per shaft, 4 per head
	var b arrowPolys
	for len(as) > 0 {
		col := as[0].Color
		n := 1
		for n < len(as) && as[n].Color == col {
			n++
		}
		path = path[:0]
		// The rasterizer keeps the cells of each pixel row in a list sorted
		// by x and searches it from the left for every new cell: adding
		// arrows from right to left (they come column by column from the
		// left) makes that search short.
		for k := n - 1; k >= 0; k-- {
			for _, p := range b.clipped(&as[k], width, clip) {
				if p == nil {
					continue
				}
				path.Move(p[0])
				for _, q := range p[1:] {
					path.Line(q)
				}
				path.Close()
			}
		}
		if len(path) > 0 {
			c.SetColor(col)
			c.Fill(path)
		}
		as = as[n:]
	}
}

package plots

import "gonum.org/v1/plot/vg"

// inside reports whether every vertex of p lies in r.
func inside(p []vg.Point, r vg.Rectangle) bool {
	for _, q := range p {
		if q.X < r.Min.X || q.X > r.Max.X || q.Y < r.Min.Y || q.Y > r.Max.Y {
			return false
		}
	}
	return true
}

// clipScratch holds clipPolygon's two working buffers from one call to
// the next, so that clipping in a loop allocates nothing once they have
// grown.
type clipScratch struct{ a, b []vg.Point }

// clipPolygon appends to dst the convex polygon p clipped to r, by
// Sutherland and Hodgman's algorithm ("Reentrant polygon clipping", Comm.
// ACM 17(1), 1974): one pass per side of r, working in s's buffers (new
// ones if s is nil). The result keeps the orientation of p; it has fewer
// than 3 vertices if p misses r.
func clipPolygon(dst, p []vg.Point, r vg.Rectangle, s *clipScratch) []vg.Point {
	if s == nil {
		s = new(clipScratch)
	}
	// Each pass reads one buffer and writes the other; the last writes dst.
	a, b := append(s.a[:0], p...), s.b
	for side := range 4 {
		b = b[:0]
		for k, cur := range a {
			prev := a[(k+len(a)-1)%len(a)]
			in, pin := keeps(cur, r, side), keeps(prev, r, side)
			if in != pin {
				b = append(b, cross(prev, cur, r, side))
			}
			if in {
				b = append(b, cur)
			}
		}
		a, b = b, a
		if len(a) == 0 {
			break
		}
	}
	s.a, s.b = a, b
	return append(dst, a...)
}

// keeps reports whether q is on the inner side of side (0 left, 1 right,
// 2 bottom, 3 top) of r.
func keeps(q vg.Point, r vg.Rectangle, side int) bool {
	switch side {
	case 0:
		return q.X >= r.Min.X
	case 1:
		return q.X <= r.Max.X
	case 2:
		return q.Y >= r.Min.Y
	}
	return q.Y <= r.Max.Y
}

// cross returns where the segment from p to q crosses the line of side.
func cross(p, q vg.Point, r vg.Rectangle, side int) vg.Point {
	var t vg.Length
	switch side {
	case 0:
		t = (r.Min.X - p.X) / (q.X - p.X)
		return vg.Point{X: r.Min.X, Y: p.Y + t*(q.Y-p.Y)}
	case 1:
		t = (r.Max.X - p.X) / (q.X - p.X)
		return vg.Point{X: r.Max.X, Y: p.Y + t*(q.Y-p.Y)}
	case 2:
		t = (r.Min.Y - p.Y) / (q.Y - p.Y)
		return vg.Point{X: p.X + t*(q.X-p.X), Y: r.Min.Y}
	}
	t = (r.Max.Y - p.Y) / (q.Y - p.Y)
	return vg.Point{X: p.X + t*(q.X-p.X), Y: r.Max.Y}
}

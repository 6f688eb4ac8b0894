package plots

import "math"

// Contour lines are traced by marching squares: every grid cell whose
// corners straddle a level holds one segment (two at a saddle) between
// points on its edges, placed by linear interpolation along the edge, as in
// matplotlib's contour (contourpy's "mpl2014" algorithm) and unlike
// plotter.Contour's CONREC, which also bends lines at the cell centre.
// Segments are joined into polylines by walking from cell to cell across
// the edge they share. A cell with a non-finite corner has no segment, so
// lines end cleanly on the boundary of a hole.

// Cell edges, counter-clockwise from the bottom: edge k joins corners k and
// k+1 (mod 4), with corners (i, j), (i+1, j), (i+1, j+1), (i, j+1).
const (
	bottom = iota
	right
	top
	left
)

// msCell is the state of one cell for one level: partner[e] is the other
// end of the segment that ends on edge e (-1 if e is not crossed), and used
// marks the edges whose segment is already part of a line.
type msCell struct {
	partner [4]int8
	used    uint8
}

// marcher traces the contour lines of z (node (i, j) at z[i*len(y)+j],
// coordinates x[i], y[j]) into c.
type marcher struct {
	x, y, z []float64
	level   float64
	cells   []msCell // cell (i, j) at i*(len(y)-1)+j
	c       *Contours
	back    []float64 // scratch: the backward half of a line
}

// classify sets the segments of every cell for level.
func (m *marcher) classify() {
	ny := len(m.y)
	nc := ny - 1
	for i := range len(m.x) - 1 {
		for j := range nc {
			z := [4]float64{m.z[i*ny+j], m.z[(i+1)*ny+j], m.z[(i+1)*ny+j+1], m.z[i*ny+j+1]}
			m.cells[i*nc+j] = msCell{partner: m.segments(z)}
		}
	}
}

// segments returns the partner table of a cell with corner values z.
func (m *marcher) segments(z [4]float64) [4]int8 {
	p := [4]int8{-1, -1, -1, -1}
	var above [4]bool
	for k, v := range z {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return p
		}
		above[k] = v >= m.level
	}
	var crossed [4]int8
	nx := 0
	for e := range int8(4) {
		if above[e] != above[(e+1)%4] {
			crossed[nx] = e
			nx++
		}
	}
	switch nx {
	case 2:
		p[crossed[0]], p[crossed[1]] = crossed[1], crossed[0]
	case 4:
		// A saddle: the mean of the corners decides whether the two
		// corners above are joined (cut off the corners below) or not.
		centreAbove := (z[0]+z[1]+z[2]+z[3])/4 >= m.level
		cut := 0 // cut off corners 0 and 2: segments left–bottom, right–top
		if centreAbove == above[0] {
			cut = 1 // cut off corners 1 and 3: bottom–right, top–left
		}
		for k := cut; k < 4; k += 2 {
			a, b := int8((k+3)%4), int8(k) // the edges around corner k
			p[a], p[b] = b, a
		}
	}
	return p
}

// neighbour returns the cell across edge e of cell (i, j) and the edge's
// name in it; ok is false at the grid boundary.
func (m *marcher) neighbour(i, j int, e int8) (ni, nj int, ne int8, ok bool) {
	switch e {
	case bottom:
		nj--
	case right:
		ni++
	case top:
		nj++
	case left:
		ni--
	}
	ni, nj = ni+i, nj+j
	ok = ni >= 0 && nj >= 0 && ni < len(m.x)-1 && nj < len(m.y)-1
	return ni, nj, (e + 2) % 4, ok
}

// point returns where the level crosses edge e of cell (i, j). It is
// computed from the edge's end nodes in a fixed order, so both cells that
// share the edge get the same point.
func (m *marcher) point(i, j int, e int8) (px, py float64) {
	switch e {
	case right:
		i++
	case top:
		j++
	}
	ny := len(m.y)
	a := m.z[i*ny+j]
	if e == bottom || e == top { // from (i, j) to (i+1, j)
		t := (m.level - a) / (m.z[(i+1)*ny+j] - a)
		return m.x[i] + t*(m.x[i+1]-m.x[i]), m.y[j]
	}
	t := (m.level - a) / (m.z[i*ny+j+1] - a) // from (i, j) to (i, j+1)
	return m.x[i], m.y[j] + t*(m.y[j+1]-m.y[j])
}

// walk follows the line from cell (i, j) out through edge e, appending the
// crossing points to dst, until the line leaves the grid or a hole, or
// comes back to a used edge (closed is then true).
func (m *marcher) walk(dst []float64, i, j int, e int8) (out []float64, closed bool) {
	nc := len(m.y) - 1
	for {
		px, py := m.point(i, j, e)
		dst = append(dst, px, py)
		ni, nj, ne, ok := m.neighbour(i, j, e)
		if !ok {
			return dst, false
		}
		c := &m.cells[ni*nc+nj]
		if c.partner[ne] < 0 {
			return dst, false
		}
		if c.used&(1<<ne) != 0 {
			return dst, true
		}
		e = c.partner[ne]
		c.used |= 1<<ne | 1<<e
		i, j = ni, nj
	}
}

// trace adds every line of the current level to m.c.
func (m *marcher) trace() {
	nc := len(m.y) - 1
	for i := range len(m.x) - 1 {
		for j := range nc {
			c := &m.cells[i*nc+j]
			for e := range int8(4) {
				f := c.partner[e]
				if f < 0 || c.used&(1<<e) != 0 {
					continue
				}
				c.used |= 1<<e | 1<<f
				start := len(m.c.XY) / 2
				// Forward from edge f, then backward from edge e.
				xy, closed := m.walk(m.c.XY, i, j, f)
				if !closed {
					m.back, _ = m.walk(m.back[:0], i, j, e)
					xy = appendReversed(xy, start, m.back)
				}
				m.c.XY = xy
				m.c.Lines = append(m.c.Lines, ContourLine{Level: m.level, Start: start, End: len(xy) / 2, Closed: closed})
			}
		}
	}
}

// appendReversed inserts the points of back, in reverse order, before the
// points of xy from point start on.
func appendReversed(xy []float64, start int, back []float64) []float64 {
	n := len(back)
	xy = append(xy, back...)
	fwd := xy[2*start : len(xy)-n]
	copy(xy[2*start+n:], fwd) // copy handles the overlap
	for k := 0; k < n; k += 2 {
		xy[2*start+k], xy[2*start+k+1] = back[n-2-k], back[n-1-k]
	}
	return xy
}

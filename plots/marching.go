package plots

import (
	"math"
	"sync"
)

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

// Cell codes: bit k is set if corner k is at or above the level; a saddle
// (codes 5 and 10) becomes cutEven or cutOdd, after the corners that its
// two segments cut off: the mean of the corners decides whether the two
// corners above are joined (cutting off the corners below) or not.
const (
	cutEven = 16 + iota // segments around corners 0 and 2: left–bottom, right–top
	cutOdd              // segments around corners 1 and 3: bottom–right, top–left
	nCodes
)

// partners[code][e] is the other end of the segment of a cell that ends on
// edge e, or -1 if the level does not cross e.
var partners = func() (t [nCodes][4]int8) {
	for code := range t {
		p := &t[code]
		*p = [4]int8{-1, -1, -1, -1}
		switch code {
		case cutEven, cutOdd:
			for k := code - cutEven; k < 4; k += 2 {
				a, b := int8((k+3)%4), int8(k) // the edges around corner k
				p[a], p[b] = b, a
			}
		case 5, 10, 0, 15:
		default:
			var crossed []int8
			for e := range 4 {
				if code>>e&1 != code>>((e+1)%4)&1 {
					crossed = append(crossed, int8(e))
				}
			}
			p[crossed[0]], p[crossed[1]] = crossed[1], crossed[0]
		}
	}
	return t
}()

// msCell is the state of one cell for one level: its code, and the edges
// whose segment is already part of a line.
type msCell struct {
	code, used uint8
}

// marcher traces the contour lines of z (node (i, j) at z[i*len(y)+j],
// coordinates x[i], y[j]) into c.
type marcher struct {
	x, y, z []float64
	level   float64
	lo, hi  []float64 // corner range per cell; lo is +Inf if a corner is not finite
	cells   []msCell  // cell (i, j) at i*(len(y)-1)+j
	active  []int     // the cells crossed by the level, in increasing order
	c       *Contours
	back    []float64 // scratch: the backward half of a line
}

// marchers keeps marchers' scratch between figures (170 kB for a 101×101
// field: garbage that WebAssembly collects on the page's one thread).
var marchers = sync.Pool{New: func() any { return new(marcher) }}

// newMarcher returns a marcher over z that adds lines to c; release it
// when done.
func newMarcher(x, y, z []float64, c *Contours) *marcher {
	ny, nc := len(y), len(y)-1
	n := (len(x) - 1) * nc
	m := marchers.Get().(*marcher)
	m.x, m.y, m.z, m.c = x, y, z, c
	// The cells are all zero: release clears the ones it set.
	m.cells, m.lo, m.hi = resized(m.cells, n), resized(m.lo, n), resized(m.hi, n)
	m.active = m.active[:0]
	for i := range len(x) - 1 {
		for j := range nc {
			k := i*ny + j
			a, b, c, d := z[k], z[k+ny], z[k+ny+1], z[k+1]
			lo, hi := math.Inf(1), math.Inf(-1)
			// x-x is 0 unless x is NaN or ±Inf.
			if a-a == 0 && b-b == 0 && c-c == 0 && d-d == 0 {
				lo, hi = minf(minf(a, b), minf(c, d)), maxf(maxf(a, b), maxf(c, d))
			}
			m.lo[i*nc+j], m.hi[i*nc+j] = lo, hi
		}
	}
	return m
}

// release clears the cells m set and its references, and returns it to
// marchers.
func (m *marcher) release() {
	for _, c := range m.active {
		m.cells[c] = msCell{}
	}
	m.active = m.active[:0]
	m.x, m.y, m.z, m.c = nil, nil, nil, nil
	marchers.Put(m)
}

// resized returns s with length n: s resliced, or a new zeroed slice when
// s is too small.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// classify sets the code of every cell for level and lists the cells it
// crosses.
func (m *marcher) classify() {
	for _, c := range m.active {
		m.cells[c] = msCell{}
	}
	m.active = m.active[:0]
	ny, nc := len(m.y), len(m.y)-1
	for c, lo := range m.lo {
		if !(lo < m.level && m.level <= m.hi[c]) {
			continue
		}
		k := c/nc*ny + c%nc
		var code uint8
		for b, v := range [4]float64{m.z[k], m.z[k+ny], m.z[k+ny+1], m.z[k+1]} {
			if v >= m.level {
				code |= 1 << b
			}
		}
		if code == 5 || code == 10 {
			centreAbove := (m.z[k]+m.z[k+ny]+m.z[k+ny+1]+m.z[k+1])/4 >= m.level
			evenAbove := code == 5
			code = cutEven
			if centreAbove == evenAbove {
				code = cutOdd
			}
		}
		m.cells[c] = msCell{code: code}
		m.active = append(m.active, c)
	}
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
		if partners[c.code][ne] < 0 {
			return dst, false
		}
		if c.used&(1<<ne) != 0 {
			return dst, true
		}
		e = partners[c.code][ne]
		c.used |= 1<<ne | 1<<e
		i, j = ni, nj
	}
}

// trace adds every line of the current level to m.c.
func (m *marcher) trace() {
	nc := len(m.y) - 1
	for _, k := range m.active {
		i, j := k/nc, k%nc
		c := &m.cells[k]
		for e := range int8(4) {
			f := partners[c.code][e]
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

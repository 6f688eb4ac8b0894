package field

import (
	"math"
	"sort"
)

// corner is one grid node that a multilinear interpolation reads: its index
// along each axis, its flat row-major offset and its weight.
type corner struct {
	index []int
	flat  int
	w     float64
}

// cell returns where x lies along the coordinates c (increasing or
// decreasing, as numpy's linspace may give them): the index j and the
// weight t in [0, 1] with x = c[j] + t*(c[j+1]-c[j]). A node gives t = 0
// (or t = 1 for the last one), so that it is read alone. Outside the
// coordinates x is clamped to the nearer end and inside is false.
func cell(c []float64, x float64) (j int, t float64, inside bool) {
	n := len(c)
	if n == 1 {
		return 0, 0, x == c[0]
	}
	up := c[n-1] >= c[0]
	before := func(a, b float64) bool { // a comes before b along the axis
		if up {
			return a < b
		}
		return a > b
	}
	switch {
	case math.IsNaN(x):
		return 0, 0, false
	case !before(c[0], x):
		return 0, 0, x == c[0]
	case !before(x, c[n-1]):
		return n - 2, 1, x == c[n-1]
	}
	// The first node at or after x: 1 <= k <= n-1.
	k := sort.Search(n, func(i int) bool { return !before(c[i], x) })
	if c[k] == x {
		if k == n-1 {
			return n - 2, 1, true
		}
		return k, 0, true
	}
	return k - 1, (x - c[k-1]) / (c[k] - c[k-1]), true
}

// corners returns the nodes of the grid cell around x and their multilinear
// weights, leaving out nodes of weight 0 (so that at a node the node alone
// is read, and its value is returned bit for bit). inside is false when x
// lies outside the grid: it is then clamped to the grid's box. x must have
// one value per variable.
func (f *Field) corners(x []float64) (cs []corner, inside bool) {
	n := len(f.Shape)
	js, ts := make([]int, n), make([]float64, n)
	inside = true
	for d := range n {
		var in bool
		js[d], ts[d], in = cell(f.Coords[d], x[d])
		inside = inside && in
	}
	for mask := range 1 << n {
		w := 1.0
		idx := make([]int, n)
		for d := range n {
			if mask&(1<<d) != 0 {
				w *= ts[d]
				idx[d] = js[d] + 1
			} else {
				w *= 1 - ts[d]
				idx[d] = js[d]
			}
		}
		if w == 0 {
			continue
		}
		flat := 0
		for d, i := range idx {
			flat = flat*f.Shape[d] + i
		}
		cs = append(cs, corner{index: idx, flat: flat, w: w})
	}
	return cs, inside
}

// interp returns into dst (allocated when nil) the multilinear
// interpolation at the corners cs of each array of arrs, all on f's grid.
// With one corner of weight 1 (a node) the node's values are returned
// unchanged.
func interp(dst []float64, arrs [][]float64, cs []corner) []float64 {
	if dst == nil {
		dst = make([]float64, len(arrs))
	}
	for i, a := range arrs {
		s := 0.0
		for k, c := range cs {
			if k == 0 {
				s = c.w * a[c.flat]
			} else {
				s += c.w * a[c.flat]
			}
		}
		dst[i] = s
	}
	return dst
}

// outside returns the error for a point x outside f's grid: the first
// variable whose coordinates do not reach x.
func (f *Field) outside(x []float64) error {
	for d, c := range f.Coords {
		if _, _, in := cell(c, x[d]); !in {
			return &Error{Code: OutsideGrid, Var: f.Vars[d], Value: x[d], Lo: c[0], Hi: c[len(c)-1]}
		}
	}
	return nil
}

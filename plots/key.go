package plots

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Key states the scale of a quiver: an arrow for a round value of |grad f|,
// drawn with the same transforms as the arrows so that its length stays
// true at any size. If the axes have unequal scales, a vertical arrow for the
// same value is drawn beside the horizontal one.
//
// In Log mode the key shows several lengths, each arrow followed by its
// value, so that the logarithmic scale can be read: v and up to two more
// decades of it (see logDecades); Lengths, if positive, allows fewer.
// Only v's arrow has the vertical twin of unequal axes.
//
// If Var is set the quiver has out-of-plane markers (see Markers) and the
// key ends with their legend, "⊙ ∂f/∂Var > 0, ⊗ < 0", the symbols drawn
// as shapes; Compact shortens it to "⊙⊗ ∂f/∂Var".
type Key struct {
	Quiver  *Quiver
	Var     string
	Compact bool
	// Lengths is the most arrows a Log key shows (0 means 3).
	Lengths int
	// Theme colours the key's text and symbols (the arrows are the
	// quiver's colour).
	Theme Theme
}

// maxKeyLength and maxKeyHeight bound the key arrows, in points: the
// vertical one must fit in the band above the plot.
const (
	maxKeyLength = 60
	maxKeyHeight = 16
)

// keySz is the size of the key's text, legendD the diameter of its symbols.
const (
	keySz   = vg.Length(9.5)
	legendD = vg.Length(8)
)

// Value returns the value of |grad f| the key shows, and its arrow's lengths in
// points along x and y for the axes transforms trX, trY.
func (k *Key) Value(trX, trY func(float64) vg.Length) (v float64, lx, ly vg.Length) {
	q := k.Quiver
	v = niceBelow(q.maxMag)
	x0, y0 := q.X[0], q.Y[0]
	for range 30 {
		if v == 0 {
			return 0, 0, 0
		}
		l := q.DataLength(v)
		lx, ly = trX(x0+l)-trX(x0), trY(y0+l)-trY(y0)
		if lx <= maxKeyLength && (ly <= maxKeyHeight || math.Abs(float64(lx-ly)) <= 0.01*float64(max(lx, ly))) {
			break
		}
		v = niceBelow(v * 0.99)
	}
	return v, lx, ly
}

// minLogKey is the shortest arrow a Log key shows, in points: its head
// (4.5 points) and a little shaft.
const minLogKey = vg.Length(5.5)

// keyItem is a piece of the key: a text, a legend symbol (sym 1 for ⊙, -1
// for ⊗) or scale arrows (lx, ly long; ly 0 for none), with the gap before
// the next piece.
type keyItem struct {
	txt      string
	sym      int
	arrows   bool
	lx, ly   vg.Length
	w, after vg.Length
}

// arrowItem returns the key's arrows of lengths lx and ly (the vertical one
// only if the axes' scales differ).
func arrowItem(lx, ly vg.Length, after vg.Length) keyItem {
	it := keyItem{arrows: true, lx: lx, w: lx, after: after}
	if unequal(lx, ly) {
		it.ly = ly
		it.w += 6
	}
	return it
}

// logDecades returns the values and horizontal lengths of the Log key's
// arrows, smallest first: v and up to n-1 of 10v, v/10 and 100v, in that
// order of preference, those between minLogKey and maxKeyLength long. On
// the log scale each decade adds the same length, so the arrows read as a
// ruler; values above the largest |grad f| drawn are still true to the
// scale.
func (k *Key) logDecades(v float64, lx vg.Length, n int, trX func(float64) vg.Length) (vals []float64, lxs []vg.Length) {
	q := k.Quiver
	x0 := q.X[0]
	type dec struct {
		v float64
		l vg.Length
	}
	all := []dec{{v, lx}}
	for _, m := range []float64{10, 0.1, 100} {
		if len(all) >= n {
			break
		}
		d := v * m
		if l := trX(x0+q.DataLength(d)) - trX(x0); l >= minLogKey && l <= maxKeyLength {
			all = append(all, dec{d, l})
		}
	}
	slices.SortFunc(all, func(a, b dec) int { return cmp.Compare(a.v, b.v) })
	for _, d := range all {
		vals, lxs = append(vals, d.v), append(lxs, d.l)
	}
	return vals, lxs
}

// items returns the key's pieces left to right and the key arrows'
// lengths; nil if there is no key.
func (k *Key) items(trX, trY func(float64) vg.Length) (its []keyItem, lx, ly vg.Length) {
	q := k.Quiver
	sty := textStyle(keySz, draw.XLeft, draw.YBottom)
	text := func(s string, after vg.Length) keyItem { return keyItem{txt: s, w: sty.Width(s), after: after} }
	if q.Mode == Normalized {
		its = append(its, text("arrows: direction of grad f; colour: |grad f|", 8))
	} else {
		var v float64
		if v, lx, ly = k.Value(trX, trY); v == 0 {
			return nil, 0, 0
		}
		if q.Mode == Log {
			n := k.Lengths
			if n <= 0 {
				n = 3
			}
			vals, lxs := k.logDecades(v, lx, n, trX)
			for i, x := range vals {
				if x == v {
					its = append(its, arrowItem(lx, ly, 2))
				} else {
					its = append(its, keyItem{arrows: true, lx: lxs[i], w: lxs[i], after: 2})
				}
				if i < len(vals)-1 {
					its = append(its, text(fmtNum(x), 7))
				} else {
					its = append(its, text(fmtNum(x)+" = |grad f| (log)", 8))
				}
			}
		} else {
			its = append(its, arrowItem(lx, ly, 4), text(fmtNum(v)+" = |grad f|", 8))
		}
	}
	if k.Var != "" {
		sym := func(s int) keyItem { return keyItem{sym: s, w: legendD, after: 2.5} }
		if k.Compact {
			its = append(its, sym(1), sym(-1), text("∂f/∂"+k.Var, 0))
		} else {
			its = append(its, sym(1), text("∂f/∂"+k.Var+" > 0,", 4), sym(-1), text("< 0", 0))
		}
	}
	its[len(its)-1].after = 0
	return its, lx, ly
}

// unequal reports whether the key arrows differ: the axes' scales differ.
func unequal(lx, ly vg.Length) bool {
	return math.Abs(float64(lx-ly)) > 0.01*float64(max(lx, ly))
}

// Width returns the width of the key in points, 0 if there is none.
func (k *Key) Width(trX, trY func(float64) vg.Length) vg.Length {
	its, _, _ := k.items(trX, trY)
	w := vg.Length(0)
	for _, it := range its {
		w += it.w + it.after
	}
	return w
}

// Box returns the rectangle the key covers when drawn with its right end
// at the baseline point at, and false if there is no key.
func (k *Key) Box(at vg.Point, trX, trY func(float64) vg.Length) (vg.Rectangle, bool) {
	its, _, ly := k.items(trX, trY)
	if its == nil {
		return vg.Rectangle{}, false
	}
	sty := textStyle(keySz, draw.XLeft, draw.YBottom)
	r := textBox(sty, at, "|")
	mid := k.mid(at)
	r.Min.Y = min(r.Min.Y, mid-max(ly, legendD)/2)
	r.Max.Y = max(r.Max.Y, mid+max(ly, legendD)/2)
	r.Min.X = at.X - k.Width(trX, trY)
	r.Max.X = at.X
	return r, true
}

// mid is the height of the key's arrows and symbols: the middle of its text.
func (k *Key) mid(at vg.Point) vg.Length {
	sty := textStyle(keySz, draw.XLeft, draw.YBottom)
	return at.Y + sty.Height("0")/2 - 1
}

// Draw draws the key with its right end at the baseline point at.
func (k *Key) Draw(c draw.Canvas, at vg.Point, trX, trY func(float64) vg.Length) {
	q := k.Quiver
	its, _, _ := k.items(trX, trY)
	sty := textStyle(keySz, draw.XLeft, draw.YBottom)
	th := k.Theme.resolved()
	sty.Color = th.Foreground
	y := k.mid(at)
	x := at.X - k.Width(trX, trY)
	var syms []marker
	for _, it := range its {
		switch {
		case it.arrows:
			var as []arrow
			xr := x + it.w
			if a, ok := q.head(vg.Point{X: xr - it.lx, Y: y}, vg.Point{X: xr, Y: y}); ok {
				as = append(as, a)
			}
			if it.ly != 0 {
				if a, ok := q.head(vg.Point{X: x, Y: y - it.ly/2}, vg.Point{X: x, Y: y + it.ly/2}); ok {
					as = append(as, a)
				}
			}
			for i := range as {
				as[i].Color = q.color()
				if q.Halo {
					as[i].Halo = haloOf(as[i].Color)
				}
			}
			drawArrows(c, as, q.Width, nil, pixels{})
		case it.sym != 0:
			syms = append(syms, marker{vg.Point{X: x + legendD/2, Y: y}, legendD, it.sym > 0})
		default:
			c.FillText(sty, vg.Point{X: x, Y: at.Y}, it.txt)
		}
		x += it.w + it.after
	}
	m := newMarkers(q, th)
	m.Halo = nil
	m.draw(c, syms)
}

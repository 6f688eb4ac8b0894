package plots

import (
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Key states the scale of a quiver: an arrow for a round value of |grad f|,
// drawn with the same transforms as the arrows so that its length stays
// true at any size. If the axes have unequal scales, a vertical arrow for the
// same value is drawn beside the horizontal one.
type Key struct {
	Quiver *Quiver
}

// maxKeyLength and maxKeyHeight bound the key arrows, in points: the
// vertical one must fit in the band above the plot.
const (
	maxKeyLength = 60
	maxKeyHeight = 16
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

// Draw draws the key with its right end at the baseline point at.
func (k *Key) Draw(c draw.Canvas, at vg.Point, trX, trY func(float64) vg.Length) {
	q := k.Quiver
	sty := textStyle(9.5, draw.XRight, draw.YBottom)
	if q.Mode == Normalized {
		c.FillText(sty, at, "arrows: direction of grad f; colour: |grad f|")
		return
	}
	v, lx, ly := k.Value(trX, trY)
	if v == 0 {
		return
	}
	txt := fmtNum(v) + " = |grad f|"
	if q.Mode == Log {
		txt += " (log length)"
	}
	c.FillText(sty, at, txt)
	x := at.X - sty.Width(txt) - 4
	y := at.Y + sty.Height(txt)/2 - 1
	var as []arrow
	if a, ok := q.head(vg.Point{X: x - lx, Y: y}, vg.Point{X: x, Y: y}); ok {
		as = append(as, a)
	}
	if math.Abs(float64(lx-ly)) > 0.01*float64(max(lx, ly)) {
		xv := x - lx - 6
		if a, ok := q.head(vg.Point{X: xv, Y: y - ly/2}, vg.Point{X: xv, Y: y + ly/2}); ok {
			as = append(as, a)
		}
	}
	for i := range as {
		as[i].Color = q.Color
	}
	drawArrows(c, as, q.Width, nil)
}

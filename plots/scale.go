package plots

// ArrowScale is how a figure turns the gradient into arrows, for code that
// draws the same arrows elsewhere (the matplotlib code of web/explain):
// which nodes carry an arrow, and how long it is.
//
// In Fit and Raw mode the arrow of a gradient (u, v) has data components
// Factor·(u, v): matplotlib's quiver(..., angles="xy", scale_units="xy",
// scale=1/Factor) draws the same arrows. In Log mode they are
// Factor·log10(1 + m/G0)·(u, v)/m with m = |(u, v)|. In Normalized mode
// every arrow has the same on-screen length and Factor is 0.
type ArrowScale struct {
	Mode   ArrowMode
	Pivot  Pivot
	Factor float64 // data length per unit of |grad f| (of log10(1 + |grad f|/G0) in Log mode)
	G0     float64 // Log mode's reference magnitude: a hundredth of the largest drawn

	// Arrows are drawn at the nodes FirstX, FirstX+EveryX, ... along the
	// horizontal axis, and likewise along the vertical one.
	FirstX, EveryX int
	FirstY, EveryY int
}

// ArrowScale returns the arrow scale of the figure; ok is false when it has
// no arrows to draw (a function of one variable, or no gradient). It does
// not look at Layers: hidden arrows have a scale too.
func (fg *Figure) ArrowScale() (a ArrowScale, ok bool) {
	q := fg.quiver
	if q == nil {
		return ArrowScale{}, false
	}
	a = ArrowScale{Mode: q.Mode, Pivot: q.Pivot, G0: q.g0,
		FirstX: first(len(q.X), q.EveryX), EveryX: q.EveryX,
		FirstY: first(len(q.Y), q.EveryY), EveryY: q.EveryY}
	if q.Mode != Normalized {
		a.Factor = q.s
	}
	return a, true
}

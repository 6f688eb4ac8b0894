package plots

import (
	"math"

	"gonum.org/v1/plot"
)

// safeTicks is gonum/plot's default ticker for any finite range: a range
// whose span overflows float64 (from -1e308 to 1e308) makes the default
// search for nice steps loop for ever, so it gets its two ends and the
// middle instead.
type safeTicks struct{}

// Ticks returns the ticks of [lo, hi].
func (safeTicks) Ticks(lo, hi float64) []plot.Tick {
	if span := hi - lo; !math.IsInf(span, 0) && !math.IsNaN(span) && !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
		return plot.DefaultTicks{}.Ticks(lo, hi)
	}
	mid := lo/2 + hi/2
	var ts []plot.Tick
	for _, v := range []float64{lo, mid, hi} {
		if !math.IsInf(v, 0) && !math.IsNaN(v) {
			ts = append(ts, plot.Tick{Value: v, Label: fmtVal(v)})
		}
	}
	return ts
}

// position returns where v lies in [lo, hi], 0 to 1, without overflowing
// when the span does not fit in a float64 (halves are subtracted then).
func position(v, lo, hi float64) float64 {
	p := (v - lo) / (hi - lo)
	if math.IsInf(hi-lo, 0) || math.IsInf(v-lo, 0) {
		p = (v/2 - lo/2) / (hi/2 - lo/2)
	}
	return p
}

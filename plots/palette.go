package plots

import (
	"image/color"
	"math"
	"sync"

	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
)

// lutSize is the number of colours in a colour lookup table.
const lutSize = 256

// colorMap maps values in [Min, Max] to colours through a lookup table.
// NaN, ±Inf and values outside the range have their own colours.
type colorMap struct {
	lut      []color.RGBA
	min, max float64
	nan      color.RGBA // colour of NaN and holes
	log      bool       // values are log10 of the data
	// constant is set when all finite values are equal (to value): the
	// range is then value ± max(1, |value|/1000), the value in the middle
	// of the palette, and the colour bar names the value alone.
	constant bool
	value    float64
	// neutral is set when nan is the palette's neutral grey, which a
	// theme replaces (Theme.NaN).
	neutral bool
}

// in returns m with the hole colour of theme th (resolved), if its
// palette's hole colour is the neutral one; m itself otherwise.
func (m *colorMap) in(th Theme) *colorMap {
	if !m.neutral {
		return m
	}
	r, g, b, a := th.NaN.RGBA()
	nan := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
	if nan == m.nan {
		return m
	}
	c := *m
	c.nan = nan
	return &c
}

// colorsInto writes the colour of vals[k], as at gives it, as red, green,
// blue and alpha bytes at pix[o+k*step:]. The values inside the range are
// looked up in loops without a branch but their own, a chunk at a time:
// one computes the palette indices (clamps and the out-of-range test are
// conditional moves), the next writes their colours, and at colours the
// rest after them. In WebAssembly every branch taken goes through the
// function's dispatch loop, and a call of at per value was a sixth of a
// heatmap's frame.
func (m *colorMap) colorsInto(pix []uint8, o, step int, vals []float64) {
	lo, hi := m.min, m.max
	span, top, last := hi-lo, float64(len(m.lut)-1), len(m.lut)-1
	if !(span > 0) || math.IsInf(span, 0) { // not position's plain case
		for _, v := range vals {
			o = putRGBA(pix, o, m.at(v)) + step
		}
		return
	}
	var idx [256]int32
	for len(vals) > 0 {
		chunk := vals[:min(len(vals), len(idx))]
		vals = vals[len(chunk):]
		out := 0 // values outside (lo, hi), NaN among them
		for k, v := range chunk {
			i := max(0, min(last, int((v-lo)/span*top)))
			idx[k] = int32(i)
			below, above := 0, 0
			if !(v > lo) {
				below = 1
			}
			if !(v < hi) {
				above = 1
			}
			out |= below | above
		}
		start := o
		for k := range chunk {
			o = putRGBA(pix, o, m.lut[idx[k]]) + step
		}
		if out != 0 {
			for k, v := range chunk {
				if !(v > lo && v < hi) {
					putRGBA(pix, start+k*step, m.at(v))
				}
			}
		}
	}
}

// putRGBA writes c's bytes at pix[o:] and returns o.
func putRGBA(pix []uint8, o int, c color.RGBA) int {
	px := pix[o : o+4 : o+4]
	px[0], px[1], px[2], px[3] = c.R, c.G, c.B, c.A
	return o
}

// at returns the colour of v.
func (m *colorMap) at(v float64) color.RGBA {
	switch {
	case math.IsNaN(v):
		return m.nan
	case v <= m.min:
		if math.IsInf(v, -1) && !m.log {
			return m.nan
		}
		return m.lut[0]
	case v >= m.max:
		if math.IsInf(v, 1) {
			return m.nan
		}
		return m.lut[len(m.lut)-1]
	}
	p := position(v, m.min, m.max)
	if math.IsNaN(p) {
		return m.nan
	}
	i := max(0, min(len(m.lut)-1, int(p*float64(len(m.lut)-1))))
	return m.lut[i]
}

// viridisStops are matplotlib's viridis at 10 evenly spaced points
// (matplotlib/_cm_listed.py); intermediate colours are interpolated linearly.
var viridisStops = []color.RGBA{
	{0x44, 0x01, 0x54, 0xff}, {0x48, 0x28, 0x78, 0xff}, {0x3e, 0x49, 0x89, 0xff},
	{0x31, 0x68, 0x8e, 0xff}, {0x26, 0x82, 0x8e, 0xff}, {0x1f, 0x9e, 0x89, 0xff},
	{0x35, 0xb7, 0x79, 0xff}, {0x6e, 0xce, 0x58, 0xff}, {0xb5, 0xde, 0x2b, 0xff},
	{0xfd, 0xe7, 0x25, 0xff},
}

// lutFromStops interpolates linearly between evenly spaced colour stops.
func lutFromStops(stops []color.RGBA) []color.RGBA {
	lut := make([]color.RGBA, lutSize)
	for i := range lut {
		t := float64(i) / (lutSize - 1) * float64(len(stops)-1)
		k := min(int(t), len(stops)-2)
		u := t - float64(k)
		a, b := stops[k], stops[k+1]
		mix := func(p, q uint8) uint8 { return uint8(math.Round(float64(p)*(1-u) + float64(q)*u)) }
		lut[i] = color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 0xff}
	}
	return lut
}

// lutFromColorMap samples a gonum colour map.
func lutFromColorMap(cm palette.ColorMap) []color.RGBA {
	cm.SetMin(0)
	cm.SetMax(1)
	lut := make([]color.RGBA, lutSize)
	for i := range lut {
		c, err := cm.At(float64(i) / (lutSize - 1))
		if err != nil {
			panic("plots: " + err.Error())
		}
		r, g, b, _ := c.RGBA()
		lut[i] = color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
	}
	return lut
}

var (
	lutMu sync.Mutex
	luts  = map[PaletteName][]color.RGBA{}
)

// lutOf returns the lookup table and hole colour of a palette.
func lutOf(p PaletteName) ([]color.RGBA, color.RGBA) {
	lutMu.Lock()
	defer lutMu.Unlock()
	lut := luts[p]
	if lut == nil {
		switch p {
		case Diverging:
			lut = lutFromColorMap(moreland.SmoothBlueRed())
		case Kindlmann:
			lut = lutFromColorMap(moreland.Kindlmann())
		case Gray:
			lut = lutFromStops([]color.RGBA{{0, 0, 0, 0xff}, {0xff, 0xff, 0xff, 0xff}})
		case blackBody:
			lut = lutFromColorMap(moreland.BlackBody())
		default:
			lut = lutFromStops(viridisStops)
		}
		luts[p] = lut
	}
	switch p {
	case Diverging:
		return lut, color.RGBA{0x40, 0x40, 0x40, 0xff}
	case Kindlmann, Gray:
		return lut, color.RGBA{0xff, 0x00, 0xff, 0xff}
	}
	return lut, neutralNaN
}

// neutralNaN is the hole colour of viridis (and of the arrows' black-body
// map): Light's NaN.
var neutralNaN = color.RGBA{0xe0, 0xe0, 0xe0, 0xff}

// blackBody is a palette used for arrow magnitudes, not offered for the heatmap.
const blackBody PaletteName = -1

// newColorMap returns a colour map of palette p over the finite values of v.
// Diverging palettes get a range symmetric about zero. If the finite values
// are all equal to c (f on a slice where it is constant, a component that
// vanishes there) the range is c ± max(1, |c|/1000) (for a diverging
// palette and c ≠ 0, ±|c| widened by 0.1%, so that c keeps its sign's
// colour) and the map is marked constant: a range of rounding noise, such
// as ±1e-12, would say nothing.
func newColorMap(p PaletteName, v []float64) *colorMap {
	return colorMapOf(p, summarize(v))
}

// colorMapOf returns newColorMap's colour map of palette p for values
// summarized by s.
func colorMapOf(p PaletteName, s summary) *colorMap {
	lut, nan := lutOf(p)
	lo, hi, ok := s.lo, s.hi, s.ok
	if !ok {
		lo, hi = 0, 1
	}
	m := &colorMap{lut: lut, nan: nan, neutral: nan == neutralNaN}
	constant := lo == hi
	if constant {
		m.constant, m.value = true, lo
	}
	switch {
	case p == Diverging && !(constant && lo == 0):
		a := math.Max(math.Abs(lo), math.Abs(hi))
		if constant { // keep the sign's colour, just inside the range
			a *= 1 + 1e-3
		}
		lo, hi = -a, a
	case constant:
		d := math.Max(1, math.Abs(lo)*1e-3)
		lo, hi = lo-d, hi+d
	}
	m.min, m.max = lo, hi
	return m
}

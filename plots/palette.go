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
	i := int((v - m.min) / (m.max - m.min) * float64(len(m.lut)-1))
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
	return lut, color.RGBA{0xe0, 0xe0, 0xe0, 0xff}
}

// blackBody is a palette used for arrow magnitudes, not offered for the heatmap.
const blackBody PaletteName = -1

// newColorMap returns a colour map of palette p over the finite values of v.
// Diverging palettes get a range symmetric about zero.
func newColorMap(p PaletteName, v []float64) *colorMap {
	lut, nan := lutOf(p)
	lo, hi, ok := finiteRange(v)
	if !ok {
		lo, hi = 0, 1
	}
	if p == Diverging {
		a := math.Max(math.Abs(lo), math.Abs(hi))
		lo, hi = -a, a
	}
	if lo == hi {
		d := math.Max(math.Abs(lo)*1e-3, 1e-12)
		lo, hi = lo-d, hi+d
	}
	return &colorMap{lut: lut, min: lo, max: hi, nan: nan}
}

package plots

import (
	"image/color"
	"math"
)

// Theme is the figure's colours outside the data: the background, the
// text and axes, the arrows and markers, the veil over one-sided edge
// cells and the colour of holes (NaN). The data palettes (heatmap, arrow
// magnitudes, out-of-plane colours) are the same in every theme, so a
// figure reads the same on a light and on a dark page.
//
// A nil colour takes Light's. The zero Theme is Light.
type Theme struct {
	// Background fills the canvas (PNG, SVG and the page's layers).
	Background color.Color
	// Foreground is the colour of the text: title, axis and tick labels,
	// the key's and the colour bars' labels.
	Foreground color.Color
	// Frame is the colour of the axes, ticks, the frame of the plot area
	// and of the colour bars.
	Frame color.Color
	// Arrow is the colour of uncoloured arrows (Options.ArrowColor, when
	// set, wins) and of the key's arrows.
	Arrow color.Color
	// ArrowHalo gives every arrow a halo (see Options.Halo): light arrows
	// vanish on the light end of a palette without one.
	ArrowHalo bool
	// Marker and MarkerHalo are the out-of-plane symbols and the halo
	// drawn under them on the plot (see Markers).
	Marker, MarkerHalo color.Color
	// Veil fills the one-sided edge cells; VeilLine is their dashed
	// inner boundary.
	Veil, VeilLine color.Color
	// NaN is the colour of holes (NaN, ±Inf) in a palette whose own hole
	// colour is a neutral grey (viridis); kindlmann and gray show holes
	// in magenta, diverging in dark grey, in every theme.
	NaN color.Color
}

// Light is the default theme: dark text on white, near-black arrows.
var Light = Theme{
	Background: color.White,
	Foreground: color.RGBA{0x20, 0x20, 0x20, 0xff},
	Frame:      color.RGBA{0x30, 0x30, 0x30, 0xff},
	Arrow:      color.RGBA{0x10, 0x10, 0x10, 0xff},
	Marker:     color.RGBA{0x10, 0x10, 0x10, 0xff},
	MarkerHalo: color.NRGBA{0xff, 0xff, 0xff, 0xb0},
	Veil:       color.NRGBA{0xff, 0xff, 0xff, 0x50},
	VeilLine:   color.NRGBA{0xff, 0xff, 0xff, 0xd0},
	NaN:        color.RGBA{0xe0, 0xe0, 0xe0, 0xff},
}

// Dark is the theme of a dark page: light text on the page's dark grey
// (#15181e, web/static's --bg), light arrows and markers with a dark
// halo, a dark veil and dark-grey holes.
var Dark = Theme{
	Background: color.RGBA{0x15, 0x18, 0x1e, 0xff},
	Foreground: color.RGBA{0xe6, 0xe9, 0xee, 0xff},
	Frame:      color.RGBA{0xb8, 0xbe, 0xc8, 0xff},
	Arrow:      color.RGBA{0xf2, 0xf2, 0xf2, 0xff},
	ArrowHalo:  true,
	Marker:     color.RGBA{0xf2, 0xf2, 0xf2, 0xff},
	MarkerHalo: color.NRGBA{0x00, 0x00, 0x00, 0xb0},
	Veil:       color.NRGBA{0x00, 0x00, 0x00, 0x60},
	VeilLine:   color.NRGBA{0xff, 0xff, 0xff, 0xb0},
	NaN:        color.RGBA{0x50, 0x50, 0x50, 0xff},
}

// themeNames are the names ParseTheme accepts.
var themeNames = []string{"light", "dark"}

// ParseTheme returns the theme named "light" or "dark" ("" means light).
func ParseTheme(s string) (Theme, error) {
	i, err := parseEnum(themeNames, s, "theme")
	if err != nil {
		return Light, err
	}
	return [...]Theme{Light, Dark}[i], nil
}

// resolved returns t with every nil colour taken from Light.
func (t Theme) resolved() Theme {
	or := func(c, d color.Color) color.Color {
		if c == nil {
			return d
		}
		return c
	}
	return Theme{
		Background: or(t.Background, Light.Background),
		Foreground: or(t.Foreground, Light.Foreground),
		Frame:      or(t.Frame, Light.Frame),
		Arrow:      or(t.Arrow, Light.Arrow),
		ArrowHalo:  t.ArrowHalo,
		Marker:     or(t.Marker, Light.Marker),
		MarkerHalo: or(t.MarkerHalo, Light.MarkerHalo),
		Veil:       or(t.Veil, Light.Veil),
		VeilLine:   or(t.VeilLine, Light.VeilLine),
		NaN:        or(t.NaN, Light.NaN),
	}
}

// theme returns the figure's theme with its defaults filled in.
func (fg *Figure) theme() Theme { return fg.opt.Theme.resolved() }

// WithTheme returns a figure that draws fg's data in theme t: it shares
// everything else with fg (slice, contour lines, alt text), so it is
// cheap, and fg is unchanged.
func (fg *Figure) WithTheme(t Theme) *Figure {
	c := *fg
	c.opt.Theme = t
	return &c
}

// Luminance returns the relative luminance of c (sRGB, WCAG 2), in [0, 1]:
// what the themes' contrast rules (halos, the line plot's colours) compare.
func Luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// haloOf returns the halo drawn under an arrow of colour c: near-black
// under a light arrow, near-white under a dark one, so that the arrow
// stands out from any cell behind it (see Quiver.Halo).
func haloOf(c color.Color) color.RGBA {
	if Luminance(c) > 0.18 {
		return color.RGBA{0x10, 0x10, 0x10, 0xff}
	}
	return color.RGBA{0xf8, 0xf8, 0xf8, 0xff}
}

// mix returns a·k + b·(1−k), opaque.
func mix(a, b color.Color, k float64) color.RGBA {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	m := func(x, y uint32) uint8 { return uint8((float64(x)*k + float64(y)*(1-k)) / 257) }
	return color.RGBA{m(ar, br), m(ag, bg), m(ab, bb), 0xff}
}

package plots

import (
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
)

// paint draws e straight into px's image, as Plot draws it through a
// canvas, where stroking the dashed line through freetype's rasterizer
// took a sixth of the page's render: the veil over the exact area of each
// pixel inside the ring between the outer rectangle o and the inner one
// in (empty when the ring is the whole rectangle), then the dashed line
// around in as dashes of exact area, with the canvas's dash pattern and
// offset and its butt ends. Two things differ from the canvas: a dash that
// turns a corner takes the corner's whole square (gg's round join drops a
// join shorter than a sixty-fourth of a pixel), and the veil of a grid one
// cell wide is covered once (Plot's four pieces then cover the middle
// twice, and freetype counts the pixels on their common edge twice). Both
// rectangles are in canvas points; a nil colour is black, as on a canvas.
func (e *Edges) paint(px pixels, o, in vg.Rectangle) {
	toPx := func(r vg.Rectangle) pxRect {
		x0, y1 := px.at(r.Min)
		x1, y0 := px.at(r.Max)
		return pxRect{x0, y0, x1, y1}
	}
	po, pin := toPx(o), pxRect{}
	empty := in.Max.X <= in.Min.X || in.Max.Y <= in.Min.Y
	if !empty {
		pin = toPx(in)
	}
	if src, ok := premultiplied(orBlack(e.Veil)); ok {
		px.paintRect(po, pin, src)
	}
	src, ok := premultiplied(orBlack(e.Line.Color))
	if empty || !ok || e.Line.Width <= 0 {
		return
	}
	hw := float64(e.Line.Width) * px.ppp / 2
	// The sides in the order of vg.Rectangle.Path: from Min, anticlockwise
	// on the canvas (clockwise in the image, whose y runs down).
	c := [5][2]float64{{pin.x0, pin.y1}, {pin.x1, pin.y1}, {pin.x1, pin.y0}, {pin.x0, pin.y0}, {pin.x0, pin.y1}}
	var start, length [4]float64 // of each side along the path
	per := 0.0
	for i := range 4 {
		start[i], length[i] = per, math.Abs(c[i+1][0]-c[i][0])+math.Abs(c[i+1][1]-c[i][1])
		per += length[i]
	}
	// dash paints the dash from s to t along the path, side by side.
	dash := func(s, t float64) {
		for i := range 4 {
			t0, t1 := math.Max(s, start[i])-start[i], math.Min(t, start[i]+length[i])-start[i]
			if t1 <= t0 {
				continue
			}
			if s < start[i] { // continued from the side before, which took the corner
				t0 = math.Min(t1, hw)
			}
			if t > start[i]+length[i] { // goes on: take the corner's square
				t1 += hw
			}
			px.paintRect(bandOf(c[i], c[i+1], length[i], t0, t1, hw), pxRect{}, src)
		}
	}
	// The dash pattern in pixels, as gg walks it: a single length is on and
	// off alike, the even entries are on, the offset starts the pattern
	// part of the way through.
	var pattern []float64
	total := 0.0
	for _, d := range e.Line.Dashes {
		l := math.Max(0, float64(d)*px.ppp)
		pattern, total = append(pattern, l), total+l
	}
	if len(pattern) == 1 {
		pattern, total = append(pattern, pattern[0]), 2*total
	}
	if !(total > 0) || math.IsInf(total, 0) || math.IsInf(per, 0) {
		dash(0, per) // solid
		return
	}
	k, used := 0, 0.0
	if off := math.Mod(float64(e.Line.DashOffs)*px.ppp, total); off != 0 && !math.IsNaN(off) {
		if off < 0 {
			off += total
		}
		for i, l := range pattern {
			if off -= l; off < 0 {
				k, used = i, l+off
				break
			}
		}
	}
	// Each pass of the pattern advances by total > 0: the loop ends.
	for s := 0.0; s < per; k = (k + 1) % len(pattern) {
		t := math.Min(per, s+pattern[k]-used)
		used = 0
		if k%2 == 0 && t > s {
			dash(s, t)
		}
		s = t
	}
}

// orBlack returns c, or black for nil (as a canvas's SetColor does).
func orBlack(c color.Color) color.Color {
	if c == nil {
		return color.Black
	}
	return c
}

// pxRect is a rectangle in device pixels, y down, x0 ≤ x1 and y0 ≤ y1.
type pxRect struct{ x0, y0, x1, y1 float64 }

// bandOf returns the part from t0 to t1 of the band of half width hw
// along the axis-aligned side from a to b, of length l.
func bandOf(a, b [2]float64, l, t0, t1, hw float64) pxRect {
	dx, dy := (b[0]-a[0])/l, (b[1]-a[1])/l
	xa, ya, xb, yb := a[0]+dx*t0, a[1]+dy*t0, a[0]+dx*t1, a[1]+dy*t1
	r := pxRect{math.Min(xa, xb), math.Min(ya, yb), math.Max(xa, xb), math.Max(ya, yb)}
	if dy == 0 { // horizontal
		r.y0, r.y1 = r.y0-hw, r.y1+hw
	} else {
		r.x0, r.x1 = r.x0-hw, r.x1+hw
	}
	return r
}

// paintRect paints the premultiplied colour src over each pixel of px's
// image at the fraction of its area inside o and outside in (in within o,
// or empty), as composite blends.
func (px pixels) paintRect(o, in pxRect, src [4]float64) {
	img := px.img
	b := img.Bounds()
	box := image.Rect(int(math.Floor(o.x0)), int(math.Floor(o.y0)), int(math.Ceil(o.x1)), int(math.Ceil(o.y1))).Intersect(b)
	// The blend of a whole pixel, looked up: a veil covers thousands.
	var full *[4][256]uint8
	if box.Dx()*box.Dy() > 1024 {
		full = new([4][256]uint8)
		for c := range 4 {
			for v := range 256 {
				full[c][v] = uint8(src[c]*255 + float64(v)*(1-src[3]) + 0.5)
			}
		}
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		oy, iy := overlap(y, o.y0, o.y1), overlap(y, in.y0, in.y1)
		// Within the inner rectangle's columns a row whose pixels are as
		// much inside in as inside o has nothing to paint.
		skip0, skip1 := box.Max.X, box.Max.X
		if iy == oy {
			skip0, skip1 = int(math.Ceil(in.x0)), int(math.Floor(in.x1))
		}
		row := img.Pix[(y-b.Min.Y)*img.Stride:]
		for x := box.Min.X; x < box.Max.X; x++ {
			if x == skip0 && skip1 > skip0 {
				x = skip1 - 1
				continue
			}
			cov := overlap(x, o.x0, o.x1)*oy - overlap(x, in.x0, in.x1)*iy
			if cov <= 0 {
				continue
			}
			i := 4 * (x - b.Min.X)
			p := row[i : i+4 : i+4]
			if cov == 1 && full != nil {
				p[0], p[1], p[2], p[3] = full[0][p[0]], full[1][p[1]], full[2][p[2]], full[3][p[3]]
				continue
			}
			f := 1 - src[3]*cov
			p[0] = uint8(src[0]*cov*255 + float64(p[0])*f + 0.5)
			p[1] = uint8(src[1]*cov*255 + float64(p[1])*f + 0.5)
			p[2] = uint8(src[2]*cov*255 + float64(p[2])*f + 0.5)
			p[3] = uint8(src[3]*cov*255 + float64(p[3])*f + 0.5)
		}
	}
}

// overlap returns the length of [i, i+1] within [lo, hi] (minf and maxf:
// math.Min and math.Max are calls in WebAssembly, and this runs per pixel).
func overlap(i int, lo, hi float64) float64 {
	return maxf(0, minf(float64(i+1), hi)-maxf(float64(i), lo))
}

package plots

import (
	"image"
	"image/color"

	"gonum.org/v1/plot/vg"
)

// pixels is the raster under a canvas, for the layers that paint into it
// rather than through the canvas: the image and its device pixels per
// point, and its height in pixels (y grows down from the image's top
// edge, as in cellPixels).
type pixels struct {
	img *image.RGBA
	ppp float64
	hp  float64
}

// rasterOf returns the pixels of img at ppp device pixels per point.
func rasterOf(img *image.RGBA, ppp float64) pixels {
	return pixels{img, ppp, float64(img.Rect.Dy())}
}

// at returns p, in canvas points, in device pixels.
func (px pixels) at(p vg.Point) (x, y float64) {
	return float64(p.X) * px.ppp, px.hp - float64(p.Y)*px.ppp
}

// premultiplied returns col as premultiplied red, green, blue and alpha in
// [0, 1], for the layers' blending; ok is false when it is fully
// transparent (or nil). (The blending itself, the premultiplied source
// over each pixel at its coverage, is written out in paintOne,
// composite and paintRect: as a function it is not inlined, and it runs
// per pixel.)
func premultiplied(col color.Color) (src [4]float64, ok bool) {
	if col == nil {
		return src, false
	}
	r, g, b, a := col.RGBA()
	return [4]float64{float64(r) / 0xffff, float64(g) / 0xffff, float64(b) / 0xffff, float64(a) / 0xffff}, a != 0
}

// clamp01 returns v clamped to [0, 1].
func clamp01(v float64) float64 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// abs returns |v| (without math.Abs's call in WebAssembly).
func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// minf and maxf are min and max of two numbers, neither NaN (a -0 and a +0
// may come out either way): in WebAssembly the builtins are calls on floats.
func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/vector"
)

// sprites are the marks' rings (and the pin's dot), rasterized with exact
// area coverage on the CPU once per look and quarter-pixel offset, and
// kept as small images that a frame draws as quads. Drawn as antialiased
// triangles, ebiten (v2.8.8) renders them through an offscreen buffer at
// twice the screen's resolution whose region only ever grows: after the
// pointer had crossed the plot, every hover frame cleared, filled and
// resolved a buffer of four times the plot's pixels, which software WebGL
// (SwiftShader) composes in tens of milliseconds.
type sprites struct {
	imgs map[spriteKey]*ebiten.Image
	op   ebiten.DrawImageOptions
}

// spriteKey is one ring's look and its centre's offset within its pixel,
// in quarters.
type spriteKey struct {
	radius, width, dot float64
	c                  color.RGBA
	fx, fy             int
}

// maxSprites bounds the cache: a new device pixel ratio makes new looks.
const maxSprites = 256

// ring draws a ring of radius r and stroke width w centred on (x, y) in
// pixels (geoM maps them to dst's), with a filled dot of radius dot inside it when dot > 0.
func (s *sprites) ring(dst ebiten.FinalScreen, geoM ebiten.GeoM, x, y, r, w, dot float64, c color.RGBA) {
	// The centre to the nearest quarter pixel, split into the whole pixel
	// and the quarters.
	qx, qy := math.Round(x*4), math.Round(y*4)
	if math.IsNaN(qx) || math.IsNaN(qy) || math.Abs(qx) > 1<<24 || math.Abs(qy) > 1<<24 {
		return
	}
	ix, iy := math.Floor(qx/4), math.Floor(qy/4)
	k := spriteKey{r, w, dot, c, int(qx - 4*ix), int(qy - 4*iy)}
	img := s.imgs[k]
	if img == nil {
		if len(s.imgs) >= maxSprites {
			s.dispose()
		}
		if s.imgs == nil {
			s.imgs = map[spriteKey]*ebiten.Image{}
		}
		img = ebiten.NewImageFromImage(ringImage(k))
		s.imgs[k] = img
	}
	h := spriteHalf(r, w, dot)
	s.op.GeoM.Reset()
	s.op.GeoM.Translate(ix-float64(h), iy-float64(h))
	s.op.GeoM.Concat(geoM)
	dst.DrawImage(img, &s.op)
}

// dispose frees the sprites' images.
func (s *sprites) dispose() {
	for _, img := range s.imgs {
		img.Deallocate()
	}
	clear(s.imgs)
}

// spriteHalf is the whole pixels from a sprite's edge to the pixel holding
// its centre.
func spriteHalf(r, w, dot float64) int {
	return int(math.Ceil(max(r+w/2, dot))) + 1
}

// ringImage rasterizes k's ring: the annulus between the radii r ∓ w/2
// (the outer circle one way round, the inner one the other, which cancels
// its inside) and the dot, each covered pixel in k's colour scaled by its
// coverage (premultiplied, as color.RGBA is).
func ringImage(k spriteKey) *image.RGBA {
	h := spriteHalf(k.radius, k.width, k.dot)
	n := 2*h + 1
	cx, cy := float32(h)+float32(k.fx)/4, float32(h)+float32(k.fy)/4
	z := vector.NewRasterizer(n, n)
	circle(z, cx, cy, float32(k.radius+k.width/2), false)
	if in := k.radius - k.width/2; in > 0 {
		circle(z, cx, cy, float32(in), true)
	}
	if k.dot > 0 {
		circle(z, cx, cy, float32(k.dot), false)
	}
	mask := image.NewAlpha(image.Rect(0, 0, n, n))
	z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	img := image.NewRGBA(mask.Rect)
	for i, a := range mask.Pix {
		if a == 0 {
			continue
		}
		scale := func(v uint8) uint8 { return uint8((uint32(v)*uint32(a) + 127) / 255) }
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = scale(k.c.R), scale(k.c.G), scale(k.c.B), scale(k.c.A)
	}
	return img
}

// circle adds a circle of radius r about (cx, cy) to z as four cubic
// Béziers, clockwise on screen, or anticlockwise when reverse.
func circle(z *vector.Rasterizer, cx, cy, r float32, reverse bool) {
	const kappa = 0.5522847498 // control distance of a quarter circle's cubic, per unit radius
	k := kappa * r
	s := float32(1)
	if reverse {
		s = -1
	}
	z.MoveTo(cx+r, cy)
	z.CubeTo(cx+r, cy+s*k, cx+k, cy+s*r, cx, cy+s*r)
	z.CubeTo(cx-k, cy+s*r, cx-r, cy+s*k, cx-r, cy)
	z.CubeTo(cx-r, cy-s*k, cx-k, cy-s*r, cx, cy-s*r)
	z.CubeTo(cx+k, cy-s*r, cx+r, cy-s*k, cx+r, cy)
	z.ClosePath()
}

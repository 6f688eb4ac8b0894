package plots

import (
	"image"
	"image/draw"
	"sync"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
)

// The raster canvas draws text through font faces kept between renders,
// each with the glyph masks it rasterized: a figure's labels are the same
// glyphs at the same sub-pixel positions render after render, and
// gonum/plot's FontFace makes a new face (with no cache) for every string.
// A glyph's mask depends only on the fractional part of the dot (opentype
// works in 26.6 fixed point relative to the mask's corner), so a cached
// mask shifted by the dot's integer part is the same pixels.

// faceKey names a face: the font, its size in points, and the resolution.
type faceKey struct {
	font      *sfnt.Font
	size, dpi float64
}

// faceCache holds the faces in use; it forgets them all past maxFaces.
var faceCache = struct {
	sync.Mutex
	m map[faceKey]*cachedFace
}{m: map[faceKey]*cachedFace{}}

const (
	maxFaces  = 64
	maxGlyphs = 4096 // per face
)

// rasterFace returns the kept face of f at dpi.
func rasterFace(f font.Face, dpi float64) xfont.Face {
	k := faceKey{f.Face, f.Font.Size.Points(), dpi}
	faceCache.Lock()
	defer faceCache.Unlock()
	if cf, ok := faceCache.m[k]; ok {
		return cf
	}
	if len(faceCache.m) >= maxFaces {
		clear(faceCache.m)
	}
	cf := &cachedFace{face: f.FontFace(dpi), glyphs: map[glyphKey]glyphMask{}}
	faceCache.m[k] = cf
	return cf
}

// cachedFace is a font face whose glyph masks are kept, safe for
// concurrent use (opentype's faces share one buffer between their methods).
type cachedFace struct {
	mu     sync.Mutex
	face   xfont.Face
	glyphs map[glyphKey]glyphMask
}

// glyphKey is a rune at the fractional part of a dot.
type glyphKey struct {
	r      rune
	fx, fy fixed.Int26_6
}

// glyphMask is what the face's Glyph returned for a glyphKey, with the dot
// at its fractional part: dr relative to the dot's integer part, and a copy
// of the mask (at the origin).
type glyphMask struct {
	dr   image.Rectangle
	mask *image.Alpha
	adv  fixed.Int26_6
	ok   bool
}

// Glyph implements font.Face.
func (c *cachedFace) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	ix, iy := dot.X.Floor(), dot.Y.Floor()
	k := glyphKey{r, dot.X - fixed.Int26_6(ix<<6), dot.Y - fixed.Int26_6(iy<<6)}
	c.mu.Lock()
	defer c.mu.Unlock()
	g, ok := c.glyphs[k]
	if !ok {
		dr, mask, maskp, adv, gok := c.face.Glyph(fixed.Point26_6{X: k.fx, Y: k.fy}, r)
		g = glyphMask{dr: dr, adv: adv, ok: gok}
		if gok {
			g.mask = image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
			if mask != nil {
				draw.Draw(g.mask, g.mask.Rect, mask, maskp, draw.Src)
			}
		}
		if len(c.glyphs) >= maxGlyphs {
			clear(c.glyphs)
		}
		c.glyphs[k] = g
	}
	if !g.ok {
		return image.Rectangle{}, nil, image.Point{}, 0, false
	}
	return g.dr.Add(image.Pt(ix, iy)), g.mask, image.Point{}, g.adv, true
}

// Close implements font.Face: a kept face stays open.
func (c *cachedFace) Close() error { return nil }

// GlyphBounds implements font.Face.
func (c *cachedFace) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.face.GlyphBounds(r)
}

// GlyphAdvance implements font.Face.
func (c *cachedFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.face.GlyphAdvance(r)
}

// Kern implements font.Face.
func (c *cachedFace) Kern(r0, r1 rune) fixed.Int26_6 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.face.Kern(r0, r1)
}

// Metrics implements font.Face.
func (c *cachedFace) Metrics() xfont.Metrics {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.face.Metrics()
}

//go:build js && wasm

package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/session"
)

// layers are a frame's images and geometry on the GPU: the static layer
// (or a line plot's whole figure), the heatmap and its quads, and the
// arrows as triangles (the geometry is web/session's Frame).
type layers struct {
	static *ebiten.Image
	heat   *ebiten.Image
	heatM  []triChunk // the heatmap's quads
	arrows []triChunk // the arrows' triangles, untextured
	clip   image.Rectangle
	bg     color.RGBA // the theme's background, under the heatmap

	// composite is all of the above drawn once at the screen's size: a
	// frame that only moves the hover or pin marks draws it alone.
	composite *ebiten.Image
}

// triChunk is a batch of triangles for one DrawTriangles call.
type triChunk struct {
	v []ebiten.Vertex
	i []uint16
}

// white is the source of untextured triangles: an opaque white texel at
// (0, 0), where the arrows' mesh samples it, with white texels around it.
var white = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
}()

// newLayers uploads a frame.
func newLayers(fr *session.Frame) *layers {
	l := &layers{static: ebiten.NewImageFromImage(fr.Image), clip: fr.Clip, bg: fr.Background}
	if l.bg.A == 0 {
		l.bg = color.RGBA{0xff, 0xff, 0xff, 0xff}
	}
	if fr.Heat != nil {
		l.heat = ebiten.NewImageFromImage(fr.Heat)
		l.heatM = toEbiten(fr.HeatMesh)
	}
	l.arrows = toEbiten(fr.Arrows)
	return l
}

// toEbiten converts a mesh to ebiten's vertices, chunk for chunk (the
// indices are shared, not copied).
func toEbiten(m session.Mesh) []triChunk {
	cs := make([]triChunk, len(m.Chunks))
	for k, c := range m.Chunks {
		vs := make([]ebiten.Vertex, len(c.Vertices))
		for i, v := range c.Vertices {
			vs[i] = ebiten.Vertex{DstX: v.DstX, DstY: v.DstY, SrcX: v.SrcX, SrcY: v.SrcY,
				ColorR: v.R, ColorG: v.G, ColorB: v.B, ColorA: v.A}
		}
		cs[k] = triChunk{v: vs, i: c.Indices}
	}
	return cs
}

// dispose frees the GPU images.
func (l *layers) dispose() {
	for _, img := range []*ebiten.Image{l.static, l.heat, l.composite} {
		if img != nil {
			img.Deallocate()
		}
	}
}

// draw draws the layers onto dst, through geoM, composed once per size
// of dst (compose).
func (l *layers) draw(dst ebiten.FinalScreen, geoM ebiten.GeoM) {
	b := dst.Bounds()
	if l.composite == nil || l.composite.Bounds() != b {
		if l.composite != nil {
			l.composite.Deallocate()
		}
		l.composite = ebiten.NewImageWithOptions(b, nil)
		l.composite.Fill(l.bg)
		l.compose(l.composite)
	}
	op := &ebiten.DrawImageOptions{GeoM: geoM, Blend: ebiten.BlendCopy}
	dst.DrawImage(l.composite, op) // opaque: covers the whole screen
}

// compose draws the layers onto dst: heatmap, static layer, arrows.
func (l *layers) compose(dst *ebiten.Image) {
	if l.heat != nil {
		op := &ebiten.DrawTrianglesOptions{Filter: ebiten.FilterNearest}
		for _, c := range l.heatM {
			dst.DrawTriangles(c.v, c.i, l.heat, op)
		}
	}
	dst.DrawImage(l.static, nil)
	if len(l.arrows) > 0 {
		// Arrows are clipped to the plot area, as plots draws them
		// (a sub-image keeps its parent's coordinates and clips to its bounds).
		clip := dst.SubImage(l.clip).(*ebiten.Image)
		// The mesh antialiases its own edges (plots.Arrows.Mesh): ebiten's
		// AntiAlias would draw through an offscreen buffer of four times
		// the plot's pixels (slider to frame 170 → 110 ms in software WebGL).
		op := &ebiten.DrawTrianglesOptions{}
		for _, c := range l.arrows {
			clip.DrawTriangles(c.v, c.i, white, op)
		}
	}
}

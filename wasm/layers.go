//go:build js && wasm

package main

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/session"
)

// layers are a frame's image and arrows on the GPU (web/session's Frame):
// every frame draws the image, opaque, and the arrows over it, two layers
// in all (software WebGL spends tens of milliseconds per full-screen
// layer, so there is no composite image to draw a third).
type layers struct {
	static *ebiten.Image
	arrows []triChunk // the arrows' triangles, untextured, clipped to the plot area
	bg     color.RGBA // the theme's background, where the image does not reach

	// moved is arrows mapped through geoM, for a geoM other than the
	// identity (a fractional device pixel ratio): made once, not per frame.
	moved []triChunk
	geoM  ebiten.GeoM

	imageOp ebiten.DrawImageOptions // kept: drawing makes no garbage per frame
	arrowOp ebiten.DrawTrianglesOptions
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
	return &layers{static: ebiten.NewImageFromImage(fr.Image), arrows: toEbiten(fr.Arrows), bg: fr.Background}
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

// dispose frees the GPU image.
func (l *layers) dispose() { l.static.Deallocate() }

// draw draws the layers onto dst through geoM: the image (and the
// background where it does not reach: the old frame on a screen grown
// until the new size is rendered), then the arrows (the mesh antialiases
// its own edges, plots.Arrows.Mesh: ebiten's AntiAlias would draw through
// an offscreen buffer of four times the plot's pixels, ~50 ms a frame in
// software WebGL).
func (l *layers) draw(dst ebiten.FinalScreen, geoM ebiten.GeoM) {
	b := l.static.Bounds()
	x0, y0 := geoM.Apply(float64(b.Min.X), float64(b.Min.Y))
	x1, y1 := geoM.Apply(float64(b.Max.X), float64(b.Max.Y))
	if s := dst.Bounds(); x0 > float64(s.Min.X) || y0 > float64(s.Min.Y) || x1 < float64(s.Max.X) || y1 < float64(s.Max.Y) {
		dst.Fill(l.bg)
	}
	l.imageOp.GeoM, l.imageOp.Blend = geoM, ebiten.BlendCopy // opaque
	dst.DrawImage(l.static, &l.imageOp)
	arrows := l.arrows
	if geoM != (ebiten.GeoM{}) { // the zero GeoM is the identity
		if l.moved == nil || l.geoM != geoM {
			l.moved, l.geoM = transformed(l.arrows, geoM), geoM
		}
		arrows = l.moved
	}
	for _, c := range arrows {
		dst.DrawTriangles(c.v, c.i, white, &l.arrowOp)
	}
}

// transformed returns cs with their vertices' positions mapped through
// geoM (a copy).
func transformed(cs []triChunk, geoM ebiten.GeoM) []triChunk {
	out := make([]triChunk, len(cs))
	for k, c := range cs {
		v := make([]ebiten.Vertex, len(c.v))
		for i, x := range c.v {
			dx, dy := geoM.Apply(float64(x.DstX), float64(x.DstY))
			x.DstX, x.DstY = float32(dx), float32(dy)
			v[i] = x
		}
		out[k] = triChunk{v: v, i: c.i}
	}
	return out
}

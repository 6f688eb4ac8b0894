//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/plots"
)

// layers are a figure's images and geometry on the GPU: the static layer,
// the heatmap and its quads, and the arrows as triangles (the geometry is
// plots', see plots.Split.HeatMesh and plots.Arrows.Mesh).
type layers struct {
	split  *plots.Split
	static *ebiten.Image // the whole figure for a line plot
	heat   *ebiten.Image
	heatM  []triChunk // the heatmap's quads
	arrows []triChunk // the arrows' triangles, untextured

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
// (0, 0), where plots.Arrows.Mesh samples it, with white texels around it.
var white = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image)
}()

// Limits of the GPU heatmap: texture side, and cells drawn as quads.
const (
	maxTexture   = 2048
	maxCellQuads = 1 << 16
)

// newLayers uploads split (or, when it is nil, the full image full).
func newLayers(split *plots.Split, full *image.RGBA) *layers {
	l := &layers{split: split}
	if split == nil {
		l.static = ebiten.NewImageFromImage(full)
		return l
	}
	l.static = ebiten.NewImageFromImage(split.Static)
	if img, m := split.HeatMesh(maxTexture, maxCellQuads); img != nil {
		l.heat = ebiten.NewImageFromImage(img)
		l.heatM = toEbiten(m)
	}
	l.arrows = toEbiten(split.Arrows.Mesh())
	return l
}

// toEbiten converts plots' mesh to ebiten's vertices, chunk for chunk
// (the indices are shared, not copied).
func toEbiten(m plots.Mesh) []triChunk {
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

// draw draws the layers onto dst, composed once per size of dst (compose).
func (l *layers) draw(dst *ebiten.Image) {
	b := dst.Bounds()
	if l.composite == nil || l.composite.Bounds() != b {
		if l.composite != nil {
			l.composite.Deallocate()
		}
		l.composite = ebiten.NewImageWithOptions(b, nil)
		l.composite.Fill(color.White)
		l.compose(l.composite)
	}
	dst.DrawImage(l.composite, nil)
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
		p := l.split.Map.Plot
		r := image.Rect(int(math.Floor(p.X0)), int(math.Floor(p.Y0)), int(math.Ceil(p.X1)), int(math.Ceil(p.Y1)))
		clip := dst.SubImage(r).(*ebiten.Image)
		op := &ebiten.DrawTrianglesOptions{AntiAlias: true}
		for _, c := range l.arrows {
			clip.DrawTriangles(c.v, c.i, white, op)
		}
	}
}

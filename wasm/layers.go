//go:build js && wasm

package main

import (
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/plots"
)

// layers are a figure's images and geometry on the GPU: the static layer,
// the heatmap with one texel per grid node, and the arrows as triangles.
type layers struct {
	split  *plots.Split
	static *ebiten.Image // the whole figure for a line plot
	heat   *ebiten.Image
	heatV  []ebiten.Vertex
	arrows []triChunk // the arrows' triangles, in chunks of 16-bit indices

	// composite is all of the above drawn once at the screen's size: a
	// frame that only moves the hover or pin marks draws it alone.
	composite *ebiten.Image
}

// triChunk is a batch of triangles for one DrawTriangles call.
type triChunk struct {
	v []ebiten.Vertex
	i []uint16
}

// white is the source of untextured triangles: one opaque white texel.
var white = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

// newLayers uploads split (or, when it is nil, the full image full).
func newLayers(split *plots.Split, full *image.RGBA) *layers {
	l := &layers{split: split}
	if split == nil {
		l.static = ebiten.NewImageFromImage(full)
		return l
	}
	l.static = ebiten.NewImageFromImage(split.Static)
	if split.Heat != nil {
		nx, ny := len(split.CellX)-1, len(split.CellY)-1
		switch {
		case split.Uniform && nx <= maxTexture && ny <= maxTexture,
			!split.Uniform && nx*ny <= maxCellQuads:
			l.heat = ebiten.NewImageFromImage(split.Heat)
			l.heatV = heatQuads(split)
		default:
			// Too many cells for a texture or for quads: sample them at
			// the plot area's pixels instead (the cost is bounded by the screen).
			img, r := resampleHeat(split)
			l.heat = ebiten.NewImageFromImage(img)
			b := img.Bounds()
			l.heatV = quad(nil, float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y), 0, 0, b.Dx(), b.Dy())
		}
	}
	l.arrows = chunkTriangles(arrowTriangles(&split.Arrows))
	return l
}

// dispose frees the GPU images.
func (l *layers) dispose() {
	for _, img := range []*ebiten.Image{l.static, l.heat, l.composite} {
		if img != nil {
			img.Deallocate()
		}
	}
}

// Limits of the GPU heatmap: texture side, and cells drawn as quads.
const (
	maxTexture   = 2048
	maxCellQuads = 1 << 16
)

// quad appends the 4 vertices placing texels (u0, v0)-(u1, v1) on the
// rectangle (x0, y0)-(x1, y1).
func quad(vs []ebiten.Vertex, x0, y0, x1, y1 float64, u0, v0, u1, v1 int) []ebiten.Vertex {
	for _, c := range [4][4]float64{{x0, y0, float64(u0), float64(v0)}, {x1, y0, float64(u1), float64(v0)},
		{x0, y1, float64(u0), float64(v1)}, {x1, y1, float64(u1), float64(v1)}} {
		vs = append(vs, ebiten.Vertex{DstX: float32(c[0]), DstY: float32(c[1]), SrcX: float32(c[2]), SrcY: float32(c[3]),
			ColorR: 1, ColorG: 1, ColorB: 1, ColorA: 1})
	}
	return vs
}

// resampleHeat samples the heatmap's cells at every pixel of the cells'
// extent, returning the image and where it goes.
func resampleHeat(s *plots.Split) (*image.RGBA, image.Rectangle) {
	nx, ny := len(s.CellX)-1, len(s.CellY)-1
	x0, x1 := int(math.Round(s.CellX[0])), int(math.Round(s.CellX[nx]))
	y0, y1 := int(math.Round(s.CellY[0])), int(math.Round(s.CellY[ny]))
	r := image.Rect(min(x0, x1), min(y0, y1), max(x0, x1, min(x0, x1)+1), max(y0, y1, min(y0, y1)+1))
	img := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	col := make([]int, r.Dx())
	for px := range col {
		col[px] = cellAt(s.CellX, float64(r.Min.X+px)+0.5)
	}
	for py := range r.Dy() {
		j := cellAt(s.CellY, float64(r.Min.Y+py)+0.5)
		src := s.Heat.Pix[j*s.Heat.Stride:]
		dst := img.Pix[py*img.Stride:]
		for px, i := range col {
			copy(dst[4*px:4*px+4], src[4*i:4*i+4])
		}
	}
	return img, r
}

// cellAt returns the cell of boundaries b (monotonic) holding pixel p.
func cellAt(b []float64, p float64) int {
	n := len(b) - 1
	inc := b[n] >= b[0]
	i := sort.Search(n, func(k int) bool {
		if inc {
			return b[k+1] > p
		}
		return b[k+1] < p
	})
	return min(i, n-1)
}

// heatQuads returns the quads placing the heatmap's texels on its cells:
// one quad for a uniform grid, one per cell otherwise.
func heatQuads(s *plots.Split) []ebiten.Vertex {
	nx, ny := len(s.CellX)-1, len(s.CellY)-1
	if s.Uniform {
		return quad(nil, s.CellX[0], s.CellY[0], s.CellX[nx], s.CellY[ny], 0, 0, nx, ny)
	}
	vs := make([]ebiten.Vertex, 0, 4*nx*ny)
	for i := range nx {
		for j := range ny {
			vs = quad(vs, s.CellX[i], s.CellY[j], s.CellX[i+1], s.CellY[j+1], i, j, i+1, j+1)
		}
	}
	return vs
}

// arrowTriangles turns the quiver into triangles: two per shaft, one per head.
func arrowTriangles(a *plots.Arrows) ([]ebiten.Vertex, []uint32) {
	n := len(a.Shafts) / 4
	vs := make([]ebiten.Vertex, 0, 7*n)
	is := make([]uint32, 0, 9*n)
	hw := a.Width / 2
	for k := range n {
		r, g, b, al := float32(a.Colors[4*k])/255, float32(a.Colors[4*k+1])/255, float32(a.Colors[4*k+2])/255, float32(a.Colors[4*k+3])/255
		v := func(x, y float32) ebiten.Vertex {
			return ebiten.Vertex{DstX: x, DstY: y, SrcX: 1, SrcY: 1, ColorR: r, ColorG: g, ColorB: b, ColorA: al}
		}
		x0, y0, x1, y1 := a.Shafts[4*k], a.Shafts[4*k+1], a.Shafts[4*k+2], a.Shafts[4*k+3]
		dx, dy := x1-x0, y1-y0
		if d := float32(math.Hypot(float64(dx), float64(dy))); d > 0 {
			nx, ny := -dy/d*hw, dx/d*hw
			base := uint32(len(vs))
			vs = append(vs, v(x0+nx, y0+ny), v(x0-nx, y0-ny), v(x1+nx, y1+ny), v(x1-nx, y1-ny))
			is = append(is, base, base+1, base+2, base+1, base+3, base+2)
		}
		h := a.Heads[6*k : 6*k+6]
		base := uint32(len(vs))
		vs = append(vs, v(h[0], h[1]), v(h[2], h[3]), v(h[4], h[5]))
		is = append(is, base, base+1, base+2)
	}
	return vs, is
}

// quadIndices returns the indices of n <= maxQuads quads of 4 vertices
// each: a slice of one table built at start-up.
func quadIndices(n int) []uint16 { return quadTable[:6*n] }

var quadTable = func() []uint16 {
	is := make([]uint16, 0, 6*maxQuads)
	for q := range maxQuads {
		b := uint16(4 * q)
		is = append(is, b, b+1, b+2, b+1, b+3, b+2)
	}
	return is
}()

// maxIndexed is the number of vertices one DrawTriangles call can address:
// its indices are uint16. (ebiten.MaxVertexCount is far larger and is no
// bound here.)
const maxIndexed = 1 << 16

// maxQuads is the number of quads drawn per call.
const maxQuads = maxIndexed / 4

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
		for start := 0; start < len(l.heatV); start += 4 * maxQuads {
			chunk := l.heatV[start:min(len(l.heatV), start+4*maxQuads)]
			dst.DrawTriangles(chunk, quadIndices(len(chunk)/4), l.heat, op)
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

// chunkTriangles splits triangles whose vertices may exceed 16-bit indices
// into chunks of whole triangles that DrawTriangles takes; done once per
// render, not per frame.
func chunkTriangles(vs []ebiten.Vertex, is []uint32) []triChunk {
	var chunks []triChunk
	var c triChunk
	remap := map[uint32]uint16{}
	for t := 0; t+2 < len(is); t += 3 {
		if len(c.v)+3 > maxIndexed {
			chunks = append(chunks, c)
			c = triChunk{}
			clear(remap)
		}
		for _, i := range is[t : t+3] {
			j, ok := remap[i]
			if !ok {
				j = uint16(len(c.v))
				remap[i] = j
				c.v = append(c.v, vs[i])
			}
			c.i = append(c.i, j)
		}
	}
	if len(c.i) > 0 {
		chunks = append(chunks, c)
	}
	return chunks
}

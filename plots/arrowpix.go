package plots

import (
	"image"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
	"gonum.org/v1/plot/vg"
)

// paintArrows fills the arrows' polygons (as fillArrows: the shaft and the
// head, each clipped to clip, or to the image if it is nil) straight into
// the raster, one arrow at a time over its own few pixels through
// x/image/vector's rasterizer (exact area coverage, non-zero). Filled as paths through
// freetype's rasterizer, the arrows of a 101×101 field were a fifth of a
// render in WebAssembly.
func (px pixels) paintArrows(as []arrow, width vg.Length, clip *vg.Rectangle) {
	var (
		z      vector.Rasterizer
		src    image.Uniform
		b      arrowPolys
		bounds = px.img.Bounds()
	)
	z.DrawOp = draw.Over
	if clip == nil {
		// The rasterizer takes coordinates near its box: clip to the image.
		all := vg.Rectangle{Max: vg.Point{X: vg.Length(float64(bounds.Dx()) / px.ppp), Y: vg.Length(float64(bounds.Dy()) / px.ppp)}}
		clip = &all
	}
	for k := range as {
		if as[k].Color == nil {
			continue
		}
		polys := b.clipped(&as[k], width, clip)
		lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
		n := 0
		for _, p := range polys {
			if p == nil {
				continue
			}
			n++
			for _, q := range p {
				x, y := px.at(q)
				lo = [2]float64{minf(lo[0], x), minf(lo[1], y)}
				hi = [2]float64{maxf(hi[0], x), maxf(hi[1], y)}
			}
		}
		if n == 0 {
			continue
		}
		r := image.Rect(int(math.Floor(lo[0])), int(math.Floor(lo[1])), int(math.Ceil(hi[0])), int(math.Ceil(hi[1]))).Intersect(bounds)
		if r.Empty() {
			continue
		}
		z.Reset(r.Dx(), r.Dy())
		for _, p := range polys {
			for i, q := range p {
				x, y := px.at(q)
				x, y = x-float64(r.Min.X), y-float64(r.Min.Y)
				if i == 0 {
					z.MoveTo(float32(x), float32(y))
				} else {
					z.LineTo(float32(x), float32(y))
				}
			}
			if len(p) > 0 {
				z.ClosePath()
			}
		}
		src.C = as[k].Color
		z.Draw(px.img, r, &src, image.Point{})
	}
}

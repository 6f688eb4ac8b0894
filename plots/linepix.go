package plots

import (
	"image"
	"math"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// rasterContours draws Contours straight into the image under the canvas,
// at ppp device pixels per point (y grows down from the image's top edge,
// as in cellPixels). Each pixel's coverage is its distance to the nearest
// segment of any line (one pixel of antialiasing, round joins), kept in a
// mask so that lines crossing or meeting at a vertex are painted once.
// Stroked as one path through freetype's rasterizer, the 10 levels of a
// 101×101 field took 31 % of a native render and allocated 2 MB.
type rasterContours struct {
	*Contours
	pixels
}

// Plot implements plot.Plotter.
func (rc rasterContours) Plot(cv draw.Canvas, plt *plot.Plot) {
	c := rc.Contours
	if len(c.Lines) == 0 || c.LineStyle.Width <= 0 {
		return
	}
	src, ok := premultiplied(c.LineStyle.Color)
	if !ok {
		return
	}
	trX, trY := transforms(plt, &cv)
	px := linePixelsPool.Get().(*linePixels)
	defer linePixelsPool.Put(px)
	px.xy = px.xy[:0]
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for k := range len(c.XY) / 2 {
		x, y := rc.at(vg.Point{X: trX(c.XY[2*k]), Y: trY(c.XY[2*k+1])})
		px.xy = append(px.xy, x, y)
		lo, hi = [2]float64{minf(lo[0], x), minf(lo[1], y)}, [2]float64{maxf(hi[0], x), maxf(hi[1], y)}
	}
	hw := float64(c.LineStyle.Width) * rc.ppp / 2
	reach := hw + 1
	bounds := rc.img.Bounds()
	box := image.Rect(int(math.Floor(lo[0]-reach)), int(math.Floor(lo[1]-reach)),
		int(math.Ceil(hi[0]+reach)), int(math.Ceil(hi[1]+reach))).Intersect(bounds)
	if box.Empty() {
		return
	}
	px.reset(box)
	for _, l := range c.Lines {
		for k := l.Start; k+1 < l.End; k++ {
			px.segment(k, k+1, hw)
		}
		if l.Closed && l.End-l.Start > 2 {
			px.segment(l.End-1, l.Start, hw)
		}
	}
	px.composite(rc.img, src)
}

// linePixels is the scratch of rasterContours: the vertices in device
// pixels and the coverage mask over box, reused between renders.
type linePixels struct {
	xy   []float64
	box  image.Rectangle
	mask []uint8
	on   []int32 // the mask's indices that are not 0, in the order set
}

var linePixelsPool = sync.Pool{New: func() any { return new(linePixels) }}

// reset clears the mask for box. The whole of the mask's array is 0 but at
// the indices in on (segment sets no other), so only those are cleared:
// the mask spans the lines' box, most of the plot, and the lines cover a
// few per cent of it.
func (px *linePixels) reset(box image.Rectangle) {
	for _, k := range px.on {
		px.mask[k] = 0
	}
	px.on = px.on[:0]
	px.box = box
	n := box.Dx() * box.Dy()
	if cap(px.mask) < n {
		px.mask = make([]uint8, n)
	}
	px.mask = px.mask[:n]
}

// segment adds the segment between vertices i and j, of half width hw, to
// the mask: each pixel keeps the largest coverage of any segment.
func (px *linePixels) segment(i, j int, hw float64) {
	ax, ay, bx, by := px.xy[2*i], px.xy[2*i+1], px.xy[2*j], px.xy[2*j+1]
	reach := hw + 1
	x0, x1 := max(px.box.Min.X, int(math.Floor(minf(ax, bx)-reach))), min(px.box.Max.X, int(math.Ceil(maxf(ax, bx)+reach)))
	y0, y1 := max(px.box.Min.Y, int(math.Floor(minf(ay, by)-reach))), min(px.box.Max.Y, int(math.Ceil(maxf(ay, by)+reach)))
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	inv := 0.0
	if l2 > 0 {
		inv = 1 / l2
	}
	out := hw + 0.5
	out2 := out * out // beyond this squared distance, no coverage
	// In a row, the pixels within out of the line lie within band of
	// where it crosses the row (the caps too): a long diagonal segment's
	// box is mostly empty.
	band, slope := math.Inf(1), 0.0
	if ady := abs(dy); ady > 1e-9 {
		band, slope = out*math.Sqrt(l2)/ady+0.5, dx/dy
	}
	w := px.box.Dx()
	for y := y0; y < y1; y++ {
		cy := float64(y) + 0.5 - ay
		row := px.mask[(y-px.box.Min.Y)*w : (y-px.box.Min.Y+1)*w]
		xa, xb := x0, x1
		if band < math.MaxFloat64 {
			xc := ax + slope*cy - 0.5 // the pixel whose centre the line crosses
			if lo := int(math.Floor(xc - band)); lo > xa {
				xa = lo
			}
			if hi := int(math.Ceil(xc+band)) + 1; hi < xb {
				xb = hi
			}
		}
		for x := xa; x < xb; x++ {
			cx := float64(x) + 0.5 - ax
			// (Comparisons, not min and max: in WebAssembly those are
			// calls on floats.)
			t := (cx*dx + cy*dy) * inv
			if t < 0 {
				t = 0
			} else if t > 1 {
				t = 1
			}
			ex, ey := cx-t*dx, cy-t*dy
			d2 := ex*ex + ey*ey
			if d2 >= out2 {
				continue
			}
			m := uint8(clamp01(hw-math.Sqrt(d2)+0.5)*255 + 0.5)
			if k := x - px.box.Min.X; m > row[k] {
				if row[k] == 0 {
					px.on = append(px.on, int32((y-px.box.Min.Y)*w+k))
				}
				row[k] = m
			}
		}
	}
}

// composite paints the premultiplied colour src over img through the mask,
// at the pixels segments touched.
func (px *linePixels) composite(img *image.RGBA, src [4]float64) {
	b := img.Bounds()
	w := px.box.Dx()
	for _, k := range px.on {
		x, y := px.box.Min.X+int(k)%w, px.box.Min.Y+int(k)/w
		cov := float64(px.mask[k]) / 255
		i := (y-b.Min.Y)*img.Stride + 4*(x-b.Min.X)
		p := img.Pix[i : i+4 : i+4]
		f := 1 - src[3]*cov
		p[0] = uint8(src[0]*cov*255 + float64(p[0])*f + 0.5)
		p[1] = uint8(src[1]*cov*255 + float64(p[1])*f + 0.5)
		p[2] = uint8(src[2]*cov*255 + float64(p[2])*f + 0.5)
		p[3] = uint8(src[3]*cov*255 + float64(p[3])*f + 0.5)
	}
}

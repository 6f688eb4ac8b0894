package plots

import (
	"image"
	"image/color"
	"math"

	"git.sr.ht/~sbinet/gg"
	xdraw "golang.org/x/image/draw"
	"gonum.org/v1/plot/vg/draw"
)

// part selects layers to draw.
type part int

const (
	staticPart part = 1 << iota // axes, labels, colour bars, contours, edges, markers, key
	heatPart                    // the heatmap
	arrowPart                   // the arrows
	fastPart   = heatPart | arrowPart
	allParts   = staticPart | fastPart
)

// draw2D draws the selected parts of a 2-D figure laid out as l; ppp is the
// device resolution in pixels per point (0 for vector output). If img is
// not nil it is the image under c, and the heatmap, the edge overlay, the
// contour lines, the markers, the arrows and the colour bars are painted
// straight into it.
func (fg *Figure) draw2D(c draw.Canvas, l *layout, parts part, ppp float64, img *image.RGBA) {
	p := l.plot
	th := l.th
	var raster pixels // the layers that paint into img, when there is one
	if img != nil {
		raster = rasterOf(img, ppp)
	}
	if parts&heatPart != 0 && fg.heatShown() {
		h := &Heatmap{XEdges: fg.xe, YEdges: fg.ye, Values: fg.heat, Map: fg.hmap.in(th)}
		switch {
		case img != nil:
			cx, cy := fg.cellPixels(l, raster.ppp, raster.hp)
			h.paint(img, cx, cy)
		case !isUniform(fg.xe) || !isUniform(fg.ye):
			h.PixelsPerPoint = ppp
			p.Add(h)
		default:
			p.Add(h)
		}
	}
	if parts&staticPart != 0 {
		if fg.edgesShown() {
			e := newEdges(fg.xe, fg.ye, th)
			e.raster = raster
			p.Add(e)
		}
		if ct := fg.contours(); ct != nil {
			if img != nil {
				p.Add(rasterContours{ct, raster})
			} else {
				p.Add(ct)
			}
		}
		if fg.markersShown() {
			mk := newMarkers(fg.quiver, th)
			mk.raster = raster
			p.Add(mk)
		}
	}
	if parts&arrowPart != 0 && fg.keyShown() {
		q := fg.quiver.in(th, &fg.opt)
		q.raster = raster
		p.Add(q)
	}
	p.X.Min, p.X.Max = fg.xe[0], fg.xe[len(fg.xe)-1]
	p.Y.Min, p.Y.Max = fg.ye[0], fg.ye[len(fg.ye)-1]
	p.Draw(l.main)
	c.SetLineStyle(draw.LineStyle{Color: th.Frame, Width: 0.8})
	c.Stroke(l.data.Path())
	fg.drawDecor(c, l, raster)
}

// drawDecor draws the title, subtitle, colour bars and arrow key; the
// bars' colours are painted into raster's image when it has one.
func (fg *Figure) drawDecor(c draw.Canvas, l *layout, raster pixels) {
	th := l.th
	if !fg.opt.Layers.NoTitle {
		ts := textStyle(titleSz, draw.XCenter, draw.YBottom)
		ts.Color = th.Foreground
		c.FillText(ts, l.title, l.titleText)
		if l.subText != "" {
			ss := textStyle(subSz, draw.XLeft, draw.YBottom)
			ss.Color = th.Foreground
			c.FillText(ss, l.sub, l.subText)
		}
	}
	k := 0
	if fg.heatShown() {
		(&ColorBar{Map: fg.hmap.in(th), Label: fg.hlabel, Holes: fg.holes, Theme: th, raster: raster}).Draw(c, l.bars[k])
		k++
	}
	if fg.keyShown() {
		if fg.amap != nil {
			(&ColorBar{Map: fg.amap, Label: fg.alabel, Theme: th, raster: raster}).Draw(c, l.bars[k])
		}
		dc := draw.Canvas{Canvas: c.Canvas, Rectangle: l.data}
		trX, trY := transforms(l.plot, &dc)
		l.keyOf.Draw(c, l.key, trX, trY)
	}
}

// drawAll draws the whole figure (2-D or line plot) on c; img is the image
// under c, or nil.
func (fg *Figure) drawAll(c draw.Canvas, parts part, ppp float64, img *image.RGBA) {
	if fg.line != nil {
		fg.drawLine(c)
		return
	}
	fg.draw2D(c, fg.layout(c), parts, ppp, img)
}

// device returns the pixel size and dots per inch for w×h CSS pixels at a
// device pixel ratio scale (0 means 1).
func device(w, h int, scale float64) (wp, hp, dpi int) {
	if !(scale > 0) {
		scale = 1
	}
	return max(1, int(math.Round(float64(w)*scale))), max(1, int(math.Round(float64(h)*scale))),
		max(1, int(math.Round(96*scale)))
}

// newImageCanvas returns a canvas drawing into a new wp×hp image at dpi,
// filled with bg (nil means white), that scales images with nearest-neighbour sampling.
func newImageCanvas(wp, hp, dpi int, bg color.Color) (*imageCanvas, *image.RGBA) {
	img := image.NewRGBA(image.Rect(0, 0, wp, hp))
	ctx := gg.NewContextForRGBA(img)
	ctx.SetLineCapButt()
	ctx.InvertY()
	ctx.SetInterpolator(xdraw.NearestNeighbor)
	vc := newCanvas(img, ctx, dpi)
	if bg != nil && bg != color.White { // NewWith filled it with white
		xdraw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, xdraw.Src)
	}
	return vc, img
}

// RGBA renders the figure at w×h CSS pixels and device pixel ratio scale
// (0 means 1): the image has round(w*scale)×round(h*scale) pixels.
func (fg *Figure) RGBA(w, h int, scale float64) *image.RGBA {
	wp, hp, dpi := device(w, h, scale)
	vc, img := newImageCanvas(wp, hp, dpi, fg.theme().Background)
	fg.drawAll(draw.New(vc), allParts, float64(dpi)/72, img)
	return img
}

// PNG renders the figure as RGBA does and encodes it as PNG.
func (fg *Figure) PNG(w, h int, scale float64) ([]byte, error) { return fg.PNGPaths(w, h, scale, nil) }

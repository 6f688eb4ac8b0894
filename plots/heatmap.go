package plots

import (
	"image"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Heatmap draws node-centred cells coloured by value, on a rectilinear grid
// whose coordinates may be non-uniform: cell boundaries lie half way between
// nodes. Unlike plotter.HeatMap it rasterizes at the device resolution, so
// non-uniform cells stay sharp and the cost does not grow with the grid.
type Heatmap struct {
	// XEdges and YEdges are the nx+1 and ny+1 cell boundaries.
	XEdges, YEdges []float64
	// Values holds the value of node (i, j) at index i*ny + j.
	Values []float64
	// Map colours the values.
	Map *colorMap
	// PixelsPerPoint is the device resolution. If zero and the grid is
	// uniform, one image pixel is drawn per cell and scaled by the backend.
	PixelsPerPoint float64
}

// Plot implements plot.Plotter.
func (h *Heatmap) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := transforms(plt, &c)
	nx, ny := len(h.XEdges)-1, len(h.YEdges)-1
	rect := vg.Rectangle{
		Min: vg.Point{X: trX(h.XEdges[0]), Y: trY(h.YEdges[0])},
		Max: vg.Point{X: trX(h.XEdges[nx]), Y: trY(h.YEdges[ny])},
	}
	var img *image.RGBA
	if h.PixelsPerPoint == 0 && isUniform(h.XEdges) && isUniform(h.YEdges) {
		img = h.cellImage()
	} else {
		ppp := h.PixelsPerPoint
		if ppp == 0 {
			ppp = 2
		}
		w := int(math.Ceil(float64(rect.Max.X-rect.Min.X) * ppp))
		hh := int(math.Ceil(float64(rect.Max.Y-rect.Min.Y) * ppp))
		img = h.resample(max(w, 1), max(hh, 1))
	}
	c.DrawImage(rect, img)
}

// DataRange implements plot.DataRanger.
func (h *Heatmap) DataRange() (xmin, xmax, ymin, ymax float64) {
	return h.XEdges[0], h.XEdges[len(h.XEdges)-1], h.YEdges[0], h.YEdges[len(h.YEdges)-1]
}

// cellImage returns an nx×ny image with one pixel per node; image row 0 is
// the largest y.
func (h *Heatmap) cellImage() *image.RGBA {
	nx, ny := len(h.XEdges)-1, len(h.YEdges)-1
	img := image.NewRGBA(image.Rect(0, 0, nx, ny))
	for i := range nx { // column i, from its bottom pixel (j = 0) up
		h.Map.colorsInto(img.Pix, img.PixOffset(i, ny-1), -img.Stride, h.Values[i*ny:(i+1)*ny])
	}
	return img
}

// paint draws the cells straight into img (see paintCells), as drawing
// cellImage stretched with nearest-neighbour sampling would, without an
// affine resampling pass. cellX and cellY are the cell boundaries in img's
// pixels, as Split.CellX and Split.CellY.
func (h *Heatmap) paint(img *image.RGBA, cellX, cellY []float64) {
	paintCells(img, h.cellImage(), cellX, cellY)
}

// resample returns a w×h image of the grid, each pixel taking the colour of
// the cell containing its centre.
func (h *Heatmap) resample(w, hh int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, hh))
	paintCells(img, h.cellImage(), scaleEdges(h.XEdges, w, false), scaleEdges(h.YEdges, hh, true))
	return img
}

// scaleEdges maps edges linearly onto the pixels 0..n, edges[0] to 0. If
// flip, the result is reversed so that it runs from the last edge at pixel 0
// (image rows run downwards, y upwards).
func scaleEdges(edges []float64, n int, flip bool) []float64 {
	lo, hi := edges[0], edges[len(edges)-1]
	px := make([]float64, len(edges))
	for k := range px {
		if flip {
			px[k] = (hi - edges[len(edges)-1-k]) / (hi - lo) * float64(n)
		} else {
			px[k] = (edges[k] - lo) / (hi - lo) * float64(n)
		}
	}
	return px
}

// paintCells is the heat painter: it draws cells, an image of one pixel per
// cell, into dst stretched over the cell boundaries cellX (nx+1, left to
// right) and cellY (ny+1, top to bottom), given in dst's pixels. Each pixel
// takes the colour of the cell that contains its centre (see pixelSpans);
// pixels outside the cells are left as they are.
func paintCells(dst, cells *image.RGBA, cellX, cellY []float64) {
	b := dst.Bounds()
	xs := pixelSpans(cellX, b.Min.X, b.Max.X)
	ys := pixelSpans(cellY, b.Min.Y, b.Max.Y)
	x0, x1 := xs[0], xs[len(xs)-1]
	if x0 >= x1 {
		return
	}
	line := make([]uint8, 4*(x1-x0))
	for r := range len(ys) - 1 {
		y0, y1 := ys[r], ys[r+1]
		if y0 >= y1 {
			continue
		}
		src := cells.Pix[cells.PixOffset(cells.Rect.Min.X, cells.Rect.Min.Y+r):]
		for i := range len(xs) - 1 {
			// Byte by byte: a copy of 4 bytes per pixel is a call of
			// memmove in WebAssembly.
			c := src[4*i : 4*i+4 : 4*i+4]
			for x := xs[i]; x < xs[i+1]; x++ {
				p := line[4*(x-x0) : 4*(x-x0)+4 : 4*(x-x0)+4]
				p[0], p[1], p[2], p[3] = c[0], c[1], c[2], c[3]
			}
		}
		for y := y0; y < y1; y++ {
			o := dst.PixOffset(x0, y)
			copy(dst.Pix[o:o+len(line)], line)
		}
	}
}

// pixelSpans maps cell boundaries b (increasing, in pixels) to pixels, the
// one rule of the heatmap from cells to pixels: pixel p lies in cell k when
// its centre does, b[k] <= p+0.5 < b[k+1], so cell k covers the pixels
// s[k] <= p < s[k+1] of the result s. Pixels are clamped to [lo, hi]
// (hi excluded); a cell narrower than a pixel may cover none.
func pixelSpans(b []float64, lo, hi int) []int {
	s := make([]int, len(b))
	for k, v := range b {
		s[k] = min(max(firstPixel(v), lo), hi)
	}
	return s
}

// firstPixel returns the first pixel whose centre is at or after v.
func firstPixel(v float64) int { return int(math.Ceil(v - 0.5)) }

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
	trX, trY := plt.Transforms(&c)
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
	for i := range nx {
		for j := range ny {
			col := h.Map.at(h.Values[i*ny+j])
			o := img.PixOffset(i, ny-1-j)
			img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = col.R, col.G, col.B, col.A
		}
	}
	return img
}

// paint draws the cells straight into img, each pixel taking the colour of
// the cell that contains its centre, as drawing cellImage stretched with
// nearest-neighbour sampling would, without an affine resampling pass.
// Column i of cells spans pixels cellX[i]..cellX[i+1] (left to right); row
// r spans cellY[r]..cellY[r+1] (top to bottom) and holds node row ny-1-r.
func (h *Heatmap) paint(img *image.RGBA, cellX, cellY []float64) {
	b := img.Bounds()
	nx, ny := len(cellX)-1, len(cellY)-1
	// px returns the first pixel whose centre is at or after v, in [lo, hi].
	px := func(v float64, lo, hi int) int {
		return min(max(int(math.Ceil(v-0.5)), lo), hi)
	}
	x0, x1 := px(cellX[0], b.Min.X, b.Max.X), px(cellX[nx], b.Min.X, b.Max.X)
	if x0 >= x1 {
		return
	}
	line := make([]uint8, 4*(x1-x0))
	for r := range ny {
		y0, y1 := px(cellY[r], b.Min.Y, b.Max.Y), px(cellY[r+1], b.Min.Y, b.Max.Y)
		if y0 >= y1 {
			continue
		}
		j := ny - 1 - r
		for i := range nx {
			c0, c1 := px(cellX[i], x0, x1), px(cellX[i+1], x0, x1)
			col := h.Map.at(h.Values[i*ny+j])
			for x := c0; x < c1; x++ {
				o := 4 * (x - x0)
				line[o], line[o+1], line[o+2], line[o+3] = col.R, col.G, col.B, col.A
			}
		}
		for y := y0; y < y1; y++ {
			o := img.PixOffset(x0, y)
			copy(img.Pix[o:o+len(line)], line)
		}
	}
}

// resample returns a w×h image of the grid, each pixel taking the colour of
// the cell containing its centre.
func (h *Heatmap) resample(w, hh int) *image.RGBA {
	ny := len(h.YEdges) - 1
	cols := cellIndex(h.XEdges, w, false)
	rows := cellIndex(h.YEdges, hh, true)
	img := image.NewRGBA(image.Rect(0, 0, w, hh))
	line := make([]uint8, 4*w)
	prev := -1
	for py := range hh {
		j := rows[py]
		if j != prev {
			for px := range w {
				col := h.Map.at(h.Values[cols[px]*ny+j])
				line[4*px], line[4*px+1], line[4*px+2], line[4*px+3] = col.R, col.G, col.B, col.A
			}
			prev = j
		}
		copy(img.Pix[py*img.Stride:], line)
	}
	return img
}

// cellIndex returns, for each of n pixels spanning edges[0]..edges[last],
// the index of the cell containing the pixel centre. If flip, pixel 0 is at
// the last edge (image rows run downwards).
func cellIndex(edges []float64, n int, flip bool) []int {
	idx := make([]int, n)
	lo, hi := edges[0], edges[len(edges)-1]
	k := 0
	for p := range n {
		v := lo + (float64(p)+0.5)/float64(n)*(hi-lo)
		for k < len(edges)-2 && v >= edges[k+1] {
			k++
		}
		idx[p] = k
	}
	if flip {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			idx[a], idx[b] = idx[b], idx[a]
		}
	}
	return idx
}

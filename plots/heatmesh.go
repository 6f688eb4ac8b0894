package plots

import "image"

// HeatMesh returns the heatmap as an image to upload to a GPU and the mesh
// placing it on the figure, to draw with nearest-neighbour sampling under
// Static. It returns nil and an empty mesh when the heatmap is switched off.
//
// The image and mesh depend on the grid and on the GPU's limits: the side
// of a texture, maxTexture, and the number of cells drawn as quads,
// maxQuads.
//
//   - A uniform grid of at most maxTexture cells along x and along y is
//     Heat itself, stretched by one quad over the cells.
//   - A non-uniform grid of at most maxQuads cells is Heat with one quad
//     per cell.
//   - Any other grid is too large for a texture or for quads: its cells are
//     painted at the pixels of the plot area they cover (the cost is bounded
//     by the figure's size), by the painter of the CPU renders (pixel p
//     takes the colour of the cell containing its centre), and the image is
//     placed by one quad, texel for pixel.
//
// The image returned may be Heat: do not modify it.
func (s *Split) HeatMesh(maxTexture, maxQuads int) (*image.RGBA, Mesh) {
	if s.Heat == nil {
		return nil, Mesh{}
	}
	nx, ny := len(s.CellX)-1, len(s.CellY)-1
	cx, cy := s.CellX, s.CellY
	switch {
	case s.Uniform && nx <= maxTexture && ny <= maxTexture:
		return s.Heat, quadMesh(appendQuad(nil, cx[0], cy[0], cx[nx], cy[ny], 0, 0, nx, ny))
	case !s.Uniform && nx*ny <= maxQuads:
		vs := make([]Vertex, 0, 4*nx*ny)
		for i := range nx {
			for j := range ny {
				vs = appendQuad(vs, cx[i], cy[j], cx[i+1], cy[j+1], i, j, i+1, j+1)
			}
		}
		return s.Heat, quadMesh(vs)
	}
	img, r := s.resampleHeat()
	return img, quadMesh(appendQuad(nil, float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y),
		0, 0, r.Dx(), r.Dy()))
}

// resampleHeat paints Heat's cells at the pixels they cover (see
// pixelSpans), returning the image, whose top-left texel is (0, 0), and the
// pixels r it covers: at least one.
func (s *Split) resampleHeat() (img *image.RGBA, r image.Rectangle) {
	x0, x1 := firstPixel(s.CellX[0]), firstPixel(s.CellX[len(s.CellX)-1])
	y0, y1 := firstPixel(s.CellY[0]), firstPixel(s.CellY[len(s.CellY)-1])
	r = image.Rect(x0, y0, max(x1, x0+1), max(y1, y0+1))
	img = image.NewRGBA(r)
	paintCells(img, s.Heat, s.CellX, s.CellY)
	// Rebase the image on (0, 0): the pixels stay where they are in Pix.
	img.Rect = img.Rect.Sub(r.Min)
	return img, r
}

package plots

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"git.sr.ht/~sbinet/gg"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Path is a polyline in the data coordinates of a 2-D figure's plane (X
// along the horizontal variable, Y along the vertical one), drawn over the
// heatmap: a gradient ascent or descent path. Points that are NaN or ±Inf
// break the line.
type Path struct {
	X, Y []float64
	// Line is the path's line; its halo, a wider white line under it,
	// keeps it visible on any palette. The zero value means GridPathStyle.
	Line draw.LineStyle
	// End is the radius of the dot at the last point (0: none).
	End vg.Length
	// NoHalo leaves the halo out: for a path drawn on top of another it
	// would hide (the exact path's dashes over numpy's path).
	NoHalo bool
}

// The styles of the two paths of a gradient path: on numpy's gradient
// (solid) and on the exact gradient (dashed).
var (
	GridPathStyle  = draw.LineStyle{Color: color.RGBA{0xd8, 0x1b, 0x60, 0xff}, Width: 3}
	ExactPathStyle = draw.LineStyle{Color: color.RGBA{0x11, 0x11, 0x11, 0xff}, Width: 1.5, Dashes: []vg.Length{5, 3}}
	// DirectionStyle draws a direction u (the directional derivative's)
	// as an arrow from the pinned node.
	DirectionStyle = draw.LineStyle{Color: color.RGBA{0xff, 0x8c, 0x00, 0xff}, Width: 2}
	pathHalo       = color.NRGBA{0xff, 0xff, 0xff, 0xd8}
)

// DrawPaths draws paths onto img, an image of the figure rendered at
// scale device pixels per CSS pixel (by RGBA, or SplitArrows' Static layer of
// the same size). A line plot (one variable) gets no paths.
func (fg *Figure) DrawPaths(img *image.RGBA, scale float64, paths []Path) {
	if fg.sl == nil || len(paths) == 0 {
		return
	}
	if !(scale > 0) {
		scale = 1
	}
	ctx := gg.NewContextForRGBA(img)
	ctx.InvertY()
	dpi := max(1, int(math.Round(96*scale)))
	// newCanvas (as vgimg) paints white over the image it is given: keep the
	// figure's pixels and put them back.
	keep := append([]uint8(nil), img.Pix...)
	vc := newCanvas(img, ctx, dpi)
	copy(img.Pix, keep)
	fg.strokePaths(draw.New(vc), paths)
}

// PNGPaths is PNG with paths drawn over the figure.
func (fg *Figure) PNGPaths(w, h int, scale float64, paths []Path) ([]byte, error) {
	img := fg.RGBA(w, h, scale)
	fg.DrawPaths(img, scale, paths)
	var buf bytes.Buffer
	err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
	return buf.Bytes(), err
}

// SVGPaths is SVG with paths drawn over the figure.
func (fg *Figure) SVGPaths(w, h int, paths []Path) ([]byte, error) {
	return fg.svgPaths(w, h, paths, false)
}

// PrintSVG is SVGPaths with the fonts embedded (about 0.6 MB more): the
// figure for print, whose text has the same widths on every machine,
// whatever fonts it has.
func (fg *Figure) PrintSVG(w, h int, paths []Path) ([]byte, error) {
	return fg.svgPaths(w, h, paths, true)
}

// svgPaths is SVGPaths, with the fonts embedded if embed.
func (fg *Figure) svgPaths(w, h int, paths []Path, embed bool) ([]byte, error) {
	return writeSVG(w, h, fg.theme().Background, embed, func(c draw.Canvas) {
		fg.drawAll(c, allParts, 0, nil)
		if fg.sl != nil && len(paths) > 0 {
			fg.strokePaths(c, paths)
		}
	})
}

// strokePaths draws paths in the plot area of the figure laid out on c.
func (fg *Figure) strokePaths(c draw.Canvas, paths []Path) {
	d := fg.layout(c).data
	x0, x1 := fg.xe[0], fg.xe[len(fg.xe)-1]
	y0, y1 := fg.ye[0], fg.ye[len(fg.ye)-1]
	at := func(x, y float64) vg.Point {
		return vg.Point{X: d.Min.X + vg.Length((x-x0)/(x1-x0))*(d.Max.X-d.Min.X),
			Y: d.Min.Y + vg.Length((y-y0)/(y1-y0))*(d.Max.Y-d.Min.Y)}
	}
	area := draw.Canvas{Canvas: c.Canvas, Rectangle: d}
	for _, p := range paths {
		sty := p.Line
		if sty.Color == nil {
			sty = GridPathStyle
		}
		var lines [][]vg.Point
		var cur []vg.Point
		for k := range min(len(p.X), len(p.Y)) {
			x, y := p.X[k], p.Y[k]
			if math.IsNaN(x+y) || math.IsInf(x+y, 0) {
				if len(cur) > 0 {
					lines, cur = append(lines, cur), nil
				}
				continue
			}
			cur = append(cur, at(x, y))
		}
		if len(cur) > 0 {
			lines = append(lines, cur)
		}
		halo := draw.LineStyle{Color: pathHalo, Width: sty.Width + 2}
		for _, l := range lines {
			if len(l) > 1 && !p.NoHalo {
				area.StrokeLines(halo, area.ClipLinesXY(l)...)
			}
			if len(l) > 1 {
				area.StrokeLines(sty, area.ClipLinesXY(l)...)
			}
		}
		if p.End > 0 && len(lines) > 0 {
			last := lines[len(lines)-1]
			e := last[len(last)-1]
			if area.Contains(e) {
				if !p.NoHalo {
					area.SetColor(pathHalo)
					area.Fill(endDot(e, p.End+1))
				}
				area.SetColor(sty.Color)
				area.Fill(endDot(e, p.End))
			}
		}
	}
}

// endDot returns the path of a disc of radius r around p.
func endDot(p vg.Point, r vg.Length) vg.Path {
	var q vg.Path
	q.Move(vg.Point{X: p.X + r, Y: p.Y})
	q.Arc(p, r, 0, 2*math.Pi)
	q.Close()
	return q
}

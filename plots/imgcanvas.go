// Portions copyright ©2015 The Gonum Authors (gonum.org/v1/plot/vg/vgimg,
// v0.17.0). Use of this source code is governed by a BSD-style license that
// can be found in gonum/plot's LICENSE file.

package plots

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"

	"git.sr.ht/~sbinet/gg"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// imageCanvas is vgimg.Canvas as vgimg.NewWith(UseImageWithContext(img,
// ctx), UseDPI(dpi)) returns it, with the same methods and the same pixels,
// without importing vgimg: that package's init registers its JPEG and TIFF
// writers with vg/draw, which links image/jpeg's encoder and
// golang.org/x/image/tiff (with its lzw and ccitt decoders) into the .wasm,
// and plots writes PNG and SVG only.
type imageCanvas struct {
	ctx   *gg.Context
	img   draw.Image
	w, h  vg.Length
	color []color.Color

	// dpi is the number of dots per inch for this canvas.
	dpi int

	// width is the current line width.
	width vg.Length
}

var _ vg.Canvas = (*imageCanvas)(nil)

// newCanvas returns a canvas drawing into img through ctx at dpi dots per
// inch. Like vgimg's, it first fills img with white.
func newCanvas(img draw.Image, ctx *gg.Context, dpi int) *imageCanvas {
	if dpi <= 0 {
		panic("plots: DPI must be > 0")
	}
	c := &imageCanvas{ctx: ctx, img: img, dpi: dpi}
	w := float64(img.Bounds().Max.X - img.Bounds().Min.X)
	h := float64(img.Bounds().Max.Y - img.Bounds().Min.Y)
	c.w = vg.Length(w/float64(c.dpi)) * vg.Inch
	c.h = vg.Length(h/float64(c.dpi)) * vg.Inch
	draw.Draw(c.img, c.img.Bounds(), &image.Uniform{color.White}, image.Point{}, draw.Src)
	c.color = []color.Color{color.Black}
	vg.Initialize(c)
	return c
}

// Image returns the image the canvas is drawing to.
func (c *imageCanvas) Image() draw.Image {
	return c.img
}

func (c *imageCanvas) Size() (w, h vg.Length) {
	return c.w, c.h
}

func (c *imageCanvas) SetLineWidth(w vg.Length) {
	c.width = w
	c.ctx.SetLineWidth(w.Dots(c.DPI()))
}

func (c *imageCanvas) SetLineDash(ds []vg.Length, offs vg.Length) {
	dashes := make([]float64, len(ds))
	for i, d := range ds {
		dashes[i] = d.Dots(c.DPI())
	}
	c.ctx.SetDashOffset(offs.Dots(c.DPI()))
	c.ctx.SetDash(dashes...)
}

func (c *imageCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	c.ctx.SetColor(clr)
	c.color[len(c.color)-1] = clr
}

func (c *imageCanvas) Rotate(t float64) {
	c.ctx.Rotate(t)
}

func (c *imageCanvas) Translate(pt vg.Point) {
	c.ctx.Translate(pt.X.Dots(c.DPI()), pt.Y.Dots(c.DPI()))
}

func (c *imageCanvas) Scale(x, y float64) {
	c.ctx.Scale(x, y)
}

func (c *imageCanvas) Push() {
	c.color = append(c.color, c.color[len(c.color)-1])
	c.ctx.Push()
}

func (c *imageCanvas) Pop() {
	c.color = c.color[:len(c.color)-1]
	c.ctx.Pop()
}

func (c *imageCanvas) Stroke(p vg.Path) {
	if c.width <= 0 {
		return
	}
	c.outline(p)
	c.ctx.Stroke()
}

func (c *imageCanvas) Fill(p vg.Path) {
	c.outline(p)
	c.ctx.Fill()
}

func (c *imageCanvas) outline(p vg.Path) {
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			c.ctx.MoveTo(comp.Pos.X.Dots(c.DPI()), comp.Pos.Y.Dots(c.DPI()))

		case vg.LineComp:
			c.ctx.LineTo(comp.Pos.X.Dots(c.DPI()), comp.Pos.Y.Dots(c.DPI()))

		case vg.ArcComp:
			c.ctx.DrawArc(comp.Pos.X.Dots(c.DPI()), comp.Pos.Y.Dots(c.DPI()),
				comp.Radius.Dots(c.DPI()),
				comp.Start, comp.Start+comp.Angle,
			)

		case vg.CurveComp:
			switch len(comp.Control) {
			case 1:
				c.ctx.QuadraticTo(
					comp.Control[0].X.Dots(c.DPI()), comp.Control[0].Y.Dots(c.DPI()),
					comp.Pos.X.Dots(c.DPI()), comp.Pos.Y.Dots(c.DPI()),
				)
			case 2:
				c.ctx.CubicTo(
					comp.Control[0].X.Dots(c.DPI()), comp.Control[0].Y.Dots(c.DPI()),
					comp.Control[1].X.Dots(c.DPI()), comp.Control[1].Y.Dots(c.DPI()),
					comp.Pos.X.Dots(c.DPI()), comp.Pos.Y.Dots(c.DPI()),
				)
			default:
				panic("plots: invalid number of control points")
			}

		case vg.CloseComp:
			c.ctx.ClosePath()

		default:
			panic(fmt.Sprintf("plots: unknown path component: %d", comp.Type))
		}
	}
}

// DPI returns the resolution of the receiver in pixels per inch.
func (c *imageCanvas) DPI() float64 {
	return float64(c.dpi)
}

func (c *imageCanvas) FillString(font font.Face, pt vg.Point, str string) {
	if font.Font.Size == 0 {
		return
	}

	c.ctx.Push()
	defer c.ctx.Pop()

	c.ctx.SetFontFace(rasterFace(font, c.DPI()))

	x := pt.X.Dots(c.DPI())
	y := pt.Y.Dots(c.DPI())
	h := c.h.Dots(c.DPI())

	c.ctx.InvertY()
	c.ctx.DrawString(str, x, h-y)
}

// DrawImage implements the vg.Canvas.DrawImage method.
func (c *imageCanvas) DrawImage(rect vg.Rectangle, img image.Image) {
	var (
		dpi    = c.DPI()
		min    = rect.Min
		xmin   = min.X.Dots(dpi)
		ymin   = min.Y.Dots(dpi)
		rsz    = rect.Size()
		width  = rsz.X.Dots(dpi)
		height = rsz.Y.Dots(dpi)
		dx     = float64(img.Bounds().Dx())
		dy     = float64(img.Bounds().Dy())
	)
	c.ctx.Push()
	c.ctx.Scale(1, -1)
	c.ctx.Translate(xmin, -ymin-height)
	c.ctx.Scale(width/dx, height/dy)
	c.ctx.DrawImage(img, 0, 0)
	c.ctx.Pop()
}

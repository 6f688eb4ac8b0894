package plots

import (
	"bytes"
	"encoding/base64"
	"image/color"
	"sync"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// writeSVG returns the SVG document of w×h CSS pixels (0.75 points each)
// that drawOn draws over a background of bg, its <image> elements fixed
// (fixSVGImages) and, if embed, with the font in it (withFont): every SVG
// that plots writes.
func writeSVG(w, h int, bg color.Color, embed bool, drawOn func(c draw.Canvas)) ([]byte, error) {
	vc := vgsvg.NewWith(vgsvg.UseWH(vg.Length(w)*0.75, vg.Length(h)*0.75))
	c := draw.New(vc)
	c.SetColor(bg)
	c.Fill(c.Rectangle.Path())
	drawOn(c)
	var buf bytes.Buffer
	if _, err := vc.WriteTo(&buf); err != nil {
		return nil, err
	}
	svg := fixSVGImages(buf.Bytes())
	if embed {
		svg = withFont(svg)
	}
	return svg, nil
}

// fontFace is the figures' one font (Liberation Sans regular: nothing is
// drawn bold) as an SVG style sheet, made once. vgsvg's own embedding
// re-encodes the font for every file: 8 MB allocated per print figure
// against 3 MB without, which the print twin made after every still
// figure.
var fontFace = sync.OnceValue(func() []byte {
	return []byte(`<defs><style>@font-face{font-family:"Liberation Sans";font-weight:normal;font-style:normal;` +
		`src:url(data:font/ttf;base64,` + base64.StdEncoding.EncodeToString(liberationsansregular.TTF) + `) format("truetype")}</style></defs>`)
})

// withFont returns the SVG document svg with fontFace after its <svg> tag.
func withFont(svg []byte) []byte {
	i := bytes.Index(svg, []byte("<svg"))
	if i < 0 {
		return svg
	}
	j := bytes.IndexByte(svg[i:], '>')
	if j < 0 {
		return svg
	}
	at := i + j + 1
	ff := fontFace()
	out := make([]byte, 0, len(svg)+len(ff))
	out = append(append(append(out, svg[:at]...), ff...), svg[at:]...)
	return out
}

// SVG renders the figure as SVG of w×h CSS pixels, with text as text (the
// fonts are not embedded). The heatmap (one pixel per cell on uniform
// grids) and the colour bars are embedded PNG images stretched over their
// rectangles and shown pixelated (see fixSVGImages).
func (fg *Figure) SVG(w, h int) ([]byte, error) { return fg.SVGPaths(w, h, nil) }

// The <image> elements as vgsvg (gonum/plot v0.17) writes them: PNG bytes
// labelled image/jpg, and no preserveAspectRatio, so that a browser keeps
// the image's aspect ratio inside the rectangle (xMidYMid meet): a colour
// bar of 1×256 pixels becomes a one-pixel line, a heatmap of 21×21 cells
// on a wider plot area is letterboxed.
var (
	svgImageTag  = []byte("<image ")
	svgWrongMIME = []byte(`xlink:href="data:image/jpg;base64,`)
	svgPNGMIME   = []byte(`xlink:href="data:image/png;base64,`)
)

// svgImageAttrs are added to every <image>: fill the rectangle exactly, and
// scale with nearest-neighbour sampling (pixelated per CSS Images 3, with
// SVG 1.1's optimizeSpeed first for renderers that know only that; a CSS
// parser keeps the last declaration it understands).
const svgImageAttrs = `preserveAspectRatio="none" style="image-rendering:optimizeSpeed;image-rendering:pixelated" `

// fixSVGImages rewrites the <image> elements of an SVG document written by
// vgsvg: each gets svgImageAttrs, and its data URL is labelled image/png
// (vgsvg always encodes PNG). Nothing else changes; an <image> that
// already has a preserveAspectRatio or a style is left as it is.
func fixSVGImages(svg []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(svg) + 256)
	for {
		i := bytes.Index(svg, svgImageTag)
		if i < 0 {
			out.Write(svg)
			return out.Bytes()
		}
		j := bytes.IndexByte(svg[i:], '>')
		if j < 0 { // not a tag: leave the rest alone
			out.Write(svg)
			return out.Bytes()
		}
		tag := svg[i : i+j+1]
		out.Write(svg[:i+len(svgImageTag)])
		if !bytes.Contains(tag, []byte("preserveAspectRatio=")) && !bytes.Contains(tag, []byte("style=")) {
			out.WriteString(svgImageAttrs)
		}
		out.Write(bytes.Replace(tag[len(svgImageTag):], svgWrongMIME, svgPNGMIME, 1))
		svg = svg[i+j+1:]
	}
}

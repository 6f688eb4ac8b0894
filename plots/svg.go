package plots

import (
	"bytes"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// newSVGCanvas returns an SVG canvas of w×h CSS pixels (0.75 points
// each), with the fonts embedded if embed.
func newSVGCanvas(w, h int, embed bool) *vgsvg.Canvas {
	return vgsvg.NewWith(vgsvg.UseWH(vg.Length(w)*0.75, vg.Length(h)*0.75), vgsvg.EmbedFonts(embed))
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

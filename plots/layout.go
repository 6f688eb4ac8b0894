package plots

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

var (
	textColor    = Light.Foreground // of the accuracy plots, always light
	contourColor = color.RGBA{0xf4, 0xf4, 0xf4, 0xff}
)

const (
	pad      = vg.Length(6)
	titleSz  = vg.Length(12)
	subSz    = vg.Length(9.5)
	barWidth = vg.Length(11)
	barCol   = vg.Length(64) // width of a colour-bar column
	// rowGap is the space between the subtitle's row and the key's.
	rowGap = vg.Length(5)
	// keyGap is the least space between the subtitle and the key.
	keyGap = vg.Length(12)
	// twoRowsMin is the least canvas height, in points, for which the
	// subtitle may take a row of its own above the key's rather than be
	// shortened to fit beside it: 320 CSS pixels.
	twoRowsMin = vg.Length(240)
)

// layout is the arrangement of a 2-D figure on a canvas, in points.
type layout struct {
	all       vg.Rectangle   // the whole canvas
	title     vg.Point       // centre baseline of the title
	titleText string         // the title as it fits, maybe cut short with "…"
	sub       vg.Point       // left end of the subtitle's baseline
	subText   string         // the subtitle as it fits, maybe shortened; "" for none
	key       vg.Point       // right end of the arrow key's baseline
	keyOf     *Key           // the key, nil if none
	main      draw.Canvas    // canvas of the axes
	data      vg.Rectangle   // the plot area
	bars      []vg.Rectangle // colour bars: heat first, then arrows
	plot      *plot.Plot     // axes with ranges and labels, no plotters
	th        Theme          // the colours, resolved
}

// layout arranges the figure on c.
//
// Above the plot area, the title is centred on the first row; the
// subtitle starts on the second at the plot area's left edge, and the key
// ends on it at the plot area's right edge (or, if it is wider than the
// room left of that, at the canvas's). When the full subtitle does not
// fit beside the key, a canvas at least twoRowsMin tall gives it a row of
// its own above the key's; otherwise, or if it still does not fit, it is
// shortened (see Figure.subCands), or dropped, by measured text widths;
// before it is dropped beside the key, the key's legend is made compact.
func (fg *Figure) layout(c draw.Canvas) *layout { return fg.layoutWith(c, fg.theme()) }

// layoutWith is layout in the colours of th (resolved).
func (fg *Figure) layoutWith(c draw.Canvas, th Theme) *layout {
	l := &layout{all: c.Rectangle, plot: fg.newPlot(th), th: th}
	r := c.Rectangle
	r.Min.X += pad
	r.Min.Y += pad
	r.Max.X -= pad
	r.Max.Y -= pad
	top := r.Max.Y
	titled := !fg.opt.Layers.NoTitle
	band := vg.Length(0)
	if titled {
		band = titleSz + 4
		if fg.sub() != "" {
			band += subSz + 4
		}
	}
	if fg.keyShown() && band < 2*titleSz {
		band = 2 * titleSz
	}
	l.place(fg, c, r, band)
	cands := fg.subCands
	if !titled {
		cands = nil
	}
	keyW := l.keyWidth(fg)
	keyRight := l.data.Max.X
	if keyW > keyRight-r.Min.X {
		keyRight = r.Max.X
	}
	beside := keyRight - keyW - keyGap - l.data.Min.X
	if keyW == 0 {
		beside = r.Max.X - l.data.Min.X
	}
	subSty := textStyle(subSz, draw.XLeft, draw.YBottom)
	twoRows := len(cands) > 0 && keyW > 0 && subSty.Width(cands[0]) > beside && c.Max.Y-c.Min.Y >= twoRowsMin
	if twoRows {
		l.place(fg, c, r, band+subSz+rowGap)
		keyW = l.keyWidth(fg) // the y scale moved a little
		if keyRight != r.Max.X && keyW > keyRight-r.Min.X {
			keyRight = r.Max.X
		}
	}
	l.key = vg.Point{X: keyRight, Y: l.data.Max.Y + 4}
	cx := (l.data.Min.X + l.data.Max.X) / 2
	l.titleText = fitText(textStyle(titleSz, draw.XCenter, draw.YBottom), fg.title, r.Max.X-r.Min.X)
	if tw := textStyle(titleSz, draw.XCenter, draw.YBottom).Width(l.titleText); cx-tw/2 < r.Min.X || cx+tw/2 > r.Max.X {
		cx = (r.Min.X + r.Max.X) / 2 // centred on the canvas when wider than the plot
	}
	l.title = vg.Point{X: cx, Y: top - titleSz}
	l.sub = vg.Point{X: l.data.Min.X, Y: top - titleSz - 4 - subSz}
	pick := func() {
		room := keyRight - keyW - keyGap - l.data.Min.X
		if twoRows || keyW == 0 {
			room = r.Max.X - l.data.Min.X
		}
		l.subText = ""
		for _, s := range cands {
			if subSty.Width(s) <= room {
				l.subText = s
				break
			}
		}
	}
	pick()
	if l.subText == "" && len(cands) > 0 && !twoRows && l.keyOf != nil && l.keyOf.Var != "" && !l.keyOf.Compact {
		// Rather a compact legend than no subtitle.
		l.keyOf.Compact = true
		keyW = l.keyOf.Width(l.transforms())
		pick()
	}
	for l.subText == "" && len(cands) > 0 && !twoRows && l.keyOf != nil && fg.quiver.Mode == Log && l.keyOf.Lengths != 2 && l.keyOf.Lengths != 1 {
		// Rather two lengths in a Log key than no subtitle (but not one:
		// a log scale needs two to be read).
		if l.keyOf.Lengths == 0 {
			l.keyOf.Lengths = 3
		}
		l.keyOf.Lengths--
		keyW = l.keyOf.Width(l.transforms())
		pick()
	}
	return l
}

// place lays the axes and colour bars out in r of c below a band of the
// given height.
func (l *layout) place(fg *Figure, c draw.Canvas, r vg.Rectangle, band vg.Length) {
	r.Max.Y -= band
	nbars := 0
	if fg.heatShown() {
		nbars++
	}
	if fg.amap != nil && !fg.opt.Layers.NoArrows {
		nbars++
	}
	main := draw.Canvas{Canvas: c.Canvas, Rectangle: r}
	main.Max.X -= vg.Length(nbars) * barCol
	l.main = main
	l.data = l.plot.DataCanvas(main).Rectangle
	l.bars = l.bars[:0]
	for k := range nbars {
		x0 := main.Max.X + vg.Length(k)*barCol + pad
		l.bars = append(l.bars, vg.Rectangle{
			Min: vg.Point{X: x0, Y: l.data.Min.Y},
			Max: vg.Point{X: x0 + barWidth, Y: l.data.Max.Y},
		})
	}
	l.keyOf = nil
	if fg.keyShown() {
		l.keyOf = &Key{Quiver: fg.quiver.in(l.th, &fg.opt), Var: fg.markerVar(), Theme: l.th}
	}
}

// transforms returns the data → canvas transforms of the plot area.
func (l *layout) transforms() (trX, trY func(float64) vg.Length) {
	dc := draw.Canvas{Rectangle: l.data}
	return transforms(l.plot, &dc)
}

// keyWidth returns the key's width, made compact if the full key is wider
// than the canvas row; 0 if there is no key.
func (l *layout) keyWidth(fg *Figure) vg.Length {
	if l.keyOf == nil {
		return 0
	}
	trX, trY := l.transforms()
	w := l.keyOf.Width(trX, trY)
	row := l.all.Max.X - l.all.Min.X - 2*pad
	if w > row && l.keyOf.Var != "" {
		l.keyOf.Compact = true
		w = l.keyOf.Width(trX, trY)
	}
	for n := 2; w > row && n >= 1 && fg.quiver.Mode == Log; n-- {
		l.keyOf.Lengths = n // fewer lengths in a Log key
		w = l.keyOf.Width(trX, trY)
	}
	return w
}

func (fg *Figure) heatShown() bool { return !fg.opt.Layers.NoHeatmap }

func (fg *Figure) edgesShown() bool {
	return !fg.opt.Layers.NoEdges && fg.sl != nil && fg.sl.gx != nil
}

func (fg *Figure) keyShown() bool { return fg.quiver != nil && !fg.opt.Layers.NoArrows }

// markersShown reports whether the figure draws out-of-plane markers.
func (fg *Figure) markersShown() bool { return fg.keyShown() && fg.quiver.W != nil }

// markerVar returns the variable of the markers, "" if none are shown.
func (fg *Figure) markerVar() string {
	if !fg.markersShown() {
		return ""
	}
	return fg.sl.zName
}

// sub returns the full subtitle, "" if there is none.
func (fg *Figure) sub() string {
	if len(fg.subCands) == 0 {
		return ""
	}
	return fg.subCands[0]
}

// fitText returns txt, or as much of it as fits in width followed by "…".
func fitText(sty draw.TextStyle, txt string, width vg.Length) string {
	if sty.Width(txt) <= width {
		return txt
	}
	rs := []rune(txt)
	for n := len(rs) - 1; n > 0; n-- {
		if s := string(rs[:n]) + "…"; sty.Width(s) <= width {
			return s
		}
	}
	return ""
}

// textBox returns the rectangle text txt covers when drawn at pt with sty
// (not rotated): its width by the advance of the glyphs, its height from
// the font's descent below the baseline to its ascent above.
func textBox(sty draw.TextStyle, pt vg.Point, txt string) vg.Rectangle {
	e := sty.FontExtents()
	w, h := sty.Width(txt), sty.Height(txt)
	// As text.Plain.Draw places the baseline.
	base := pt.Y + h*vg.Length(sty.YAlign) - e.Ascent + sty.Font.Size
	x := pt.X + vg.Length(sty.XAlign)*w
	return vg.Rectangle{Min: vg.Point{X: x, Y: base - e.Descent}, Max: vg.Point{X: x + w, Y: base + e.Ascent}}
}

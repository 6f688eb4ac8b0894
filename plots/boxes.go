package plots

import (
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Box is a rectangle in CSS pixels relative to the canvas's top-left
// corner, y growing downwards.
type Box struct {
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// Intersects reports whether b and o overlap (touching edges do not count).
func (b Box) Intersects(o Box) bool {
	return b.X < o.X+o.Width && o.X < b.X+b.Width && b.Y < o.Y+o.Height && o.Y < b.Y+b.Height
}

// Size is the size of a canvas in CSS pixels.
type Size struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// ColorBarBoxes are the parts of a colour bar: the bar itself, the boxes
// of its tick labels bottom to top (and of "NaN" under the bar, last, when
// the figure has holes), and of its rotated name.
type ColorBarBoxes struct {
	Bar    Box   `json:"bar"`
	Labels []Box `json:"labels"`
	Name   Box   `json:"name"`
}

// LayoutBoxes are where a figure's texts and keys go when it is rendered at
// a size: in CSS pixels relative to the canvas (see Box). Nil boxes are
// parts the figure does not draw: the subtitle when it has none or it
// does not fit, the key without arrows, the colour bar without a heatmap.
// A line plot has a canvas and a title only.
type LayoutBoxes struct {
	Canvas   Size           `json:"canvas"`
	Title    *Box           `json:"title"`
	Subtitle *Box           `json:"subtitle"`
	Key      *Box           `json:"key"`
	ColorBar *ColorBarBoxes `json:"colorbar"`
	// ArrowBar is the arrows' colour bar (Normalized mode, or
	// ColorByOutOfPlane), nil if they have none.
	ArrowBar *ColorBarBoxes `json:"arrowbar,omitempty"`
	// Plot is the plot area.
	Plot Box `json:"plot"`
}

// Layout returns the boxes of the figure rendered at w×h CSS pixels and
// device pixel ratio scale (0 means 1) by RGBA, PNG or SplitArrows, as measured
// by the layout that draws them: the same text widths, the same shortened
// subtitle.
func (fg *Figure) Layout(w, h int, scale float64) LayoutBoxes {
	wp, hp, dpi := device(w, h, scale)
	ppp := float64(dpi) / 72
	cw, ch := vg.Length(float64(wp)/ppp), vg.Length(float64(hp)/ppp)
	c := draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: cw, Y: ch}}}
	// CSS pixels are 0.75 points; y is flipped.
	box := func(r vg.Rectangle) *Box {
		return &Box{X: float64(r.Min.X) / 0.75, Y: float64(ch-r.Max.Y) / 0.75,
			Width: float64(r.Max.X-r.Min.X) / 0.75, Height: float64(r.Max.Y-r.Min.Y) / 0.75}
	}
	lb := LayoutBoxes{Canvas: Size{Width: float64(cw) / 0.75, Height: float64(ch) / 0.75}}
	if fg.line != nil {
		if !fg.opt.Layers.NoTitle {
			at, _, _, _, _ := fg.linePanels(c)
			lb.Title = box(textBox(textStyle(titleSz, draw.XCenter, draw.YTop), at, fg.title))
		}
		return lb
	}
	l := fg.layout(c)
	lb.Plot = *box(l.data)
	if !fg.opt.Layers.NoTitle {
		lb.Title = box(textBox(textStyle(titleSz, draw.XCenter, draw.YBottom), l.title, l.titleText))
		if l.subText != "" {
			lb.Subtitle = box(textBox(textStyle(subSz, draw.XLeft, draw.YBottom), l.sub, l.subText))
		}
	}
	k := 0
	bar := func(b *ColorBar) *ColorBarBoxes {
		rect := l.bars[k]
		k++
		cb := &ColorBarBoxes{Bar: *box(rect)}
		ts, _ := b.texts(rect)
		for i, t := range ts {
			if i == len(ts)-1 {
				cb.Name = *box(rotatedBox(t))
				break
			}
			cb.Labels = append(cb.Labels, *box(textBox(t.sty, t.at, t.txt)))
		}
		return cb
	}
	if fg.heatShown() {
		lb.ColorBar = bar(&ColorBar{Map: fg.hmap, Label: fg.hlabel, Holes: fg.holes, Theme: l.th})
	}
	if fg.keyShown() {
		if fg.amap != nil {
			lb.ArrowBar = bar(&ColorBar{Map: fg.amap, Label: fg.alabel})
		}
		trX, trY := l.transforms()
		if r, ok := l.keyOf.Box(l.key, trX, trY); ok {
			lb.Key = box(r)
		}
	}
	return lb
}

// rotatedBox returns the box of a colour bar's name, drawn rotated a
// quarter turn anticlockwise about its anchor, centred along the bar.
func rotatedBox(t barText) vg.Rectangle {
	sty := t.sty
	sty.Rotation = 0
	r := textBox(sty, vg.Point{}, t.txt) // in the text's own frame
	sin, cos := math.Sincos(t.sty.Rotation)
	out := vg.Rectangle{Min: vg.Point{X: vg.Length(math.Inf(1)), Y: vg.Length(math.Inf(1))},
		Max: vg.Point{X: vg.Length(math.Inf(-1)), Y: vg.Length(math.Inf(-1))}}
	for _, p := range []vg.Point{r.Min, r.Max, {X: r.Min.X, Y: r.Max.Y}, {X: r.Max.X, Y: r.Min.Y}} {
		x := t.at.X + vg.Length(cos)*p.X - vg.Length(sin)*p.Y
		y := t.at.Y + vg.Length(sin)*p.X + vg.Length(cos)*p.Y
		out.Min.X, out.Min.Y = min(out.Min.X, x), min(out.Min.Y, y)
		out.Max.X, out.Max.Y = max(out.Max.X, x), max(out.Max.Y, y)
	}
	return out
}

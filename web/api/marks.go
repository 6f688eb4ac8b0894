package api

import (
	"math"

	"github.com/gradplay/gradplay/web/session"
)

// MarkView is one mark drawn over the figure, in CSS pixels of the view,
// as the page draws it: kind "hover", "pin" or "neighbours" (the nodes the
// explained stencil reads); bars, the crosshair's lines as boxes (x, y,
// width, height) on whole device pixels, so that they are crisp; and
// rings about centres, of radius Radius (to the middle of the stroke) and
// stroke Width, with a dot of radius Dot (the pin's) inside each, each
// ring in its box (x, y, size, size), a square of whole device pixels
// that holds it and its antialiasing.
type MarkView struct {
	Kind   string       `json:"kind"`
	Bars   [][4]float64 `json:"bars"`
	Rings  [][2]float64 `json:"rings"`
	Boxes  [][4]float64 `json:"boxes"`
	Radius float64      `json:"radius"`
	Width  float64      `json:"width"`
	Dot    float64      `json:"dot"`
}

// Marks returns the session's marks (session.Marks, device pixels of a
// frame rendered at scale) as the page draws them.
func Marks(marks []session.Mark, scale float64) []MarkView {
	out := make([]MarkView, 0, len(marks))
	for _, m := range marks {
		v := MarkView{Kind: "hover", Bars: make([][4]float64, 0, len(m.Lines)),
			Rings: make([][2]float64, len(m.Rings)), Boxes: make([][4]float64, len(m.Rings)),
			Radius: m.Radius / scale, Width: m.Width / scale, Dot: m.Dot / scale}
		switch {
		case m.Pinned:
			v.Kind = "pin"
		case m.Neighbours:
			v.Kind = "neighbours"
		}
		for _, l := range m.Lines {
			x0, w := span(l[0], l[2], m.Line)
			y0, h := span(l[1], l[3], m.Line)
			v.Bars = append(v.Bars, [4]float64{x0 / scale, y0 / scale, w / scale, h / scale})
		}
		// The box reaches a pixel beyond the ring's outer edge (or the dot's).
		half := math.Ceil(max(m.Radius+m.Width/2, m.Dot)) + 1
		for i, r := range m.Rings {
			v.Rings[i] = [2]float64{r[0] / scale, r[1] / scale}
			x0, y0 := math.Floor(r[0])-half, math.Floor(r[1])-half
			v.Boxes[i] = [4]float64{x0 / scale, y0 / scale, (2*half + 1) / scale, (2*half + 1) / scale}
		}
		out = append(out, v)
	}
	return out
}

// span returns where a line from a to b, width wide across it, starts and
// how long it is along one axis, on whole pixels: a line along the axis
// covers the pixels from a to b, one across it the width (at least a
// pixel) about its position.
func span(a, b, width float64) (start, length float64) {
	if a != b {
		lo, hi := math.Round(min(a, b)), math.Round(max(a, b))
		return lo, hi - lo
	}
	n := max(1, math.Round(width))
	return math.Round(a - n/2), n
}

// marks is gradplay.marks() -> [{kind, bars, rings, radius, width, dot}]:
// what is drawn over the figure for the hovered and pinned nodes and the
// stencil's neighbours, for tests and for pages that draw their own marks.
func (a *API) marks([]any) (any, error) {
	return Value(Marks(a.s.Marks(), a.s.Scale())), nil
}

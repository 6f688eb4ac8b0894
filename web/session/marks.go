package session

import (
	"math"

	"github.com/gradplay/gradplay/plots"
)

// Mark is what is drawn over the frame for the hovered or the pinned node,
// in device pixels: crosshair lines (the hover only), rings around the
// node's points, and for the pin a dot in each ring.
type Mark struct {
	Pinned bool
	// Neighbours marks the grid nodes numpy.gradient's stencils read for
	// the explained node (see Marks): Rings holds them, no lines.
	Neighbours bool
	Lines      [][4]float64 // x0, y0, x1, y1
	Rings      [][2]float64 // centres
	Radius     float64      // of the rings
	Width      float64      // of the rings' stroke
	Line       float64      // width of the lines
	Dot        float64      // radius of the pin's dot (0 for the hover)
}

// Marks returns the marks of the hovered and the pinned node on the frame
// last rendered (hover first), then the stencil's neighbours of the
// explained node (the hovered one, else the pinned one). On a 2-D figure a node is one point with a
// crosshair through the plot area; on a line plot it is a vertical line
// through each panel with rings on f and on the grid derivative (values
// that are NaN or ±Inf get no ring).
func (s *Session) Marks() []Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil || s.scene == nil {
		return nil
	}
	var out []Mark
	for k, n := range []Node{s.hover, s.pin} {
		if mk, ok := s.mark(n, k == 1); ok {
			out = append(out, mk)
		}
	}
	if mk, ok := s.neighbours(); ok {
		out = append(out, mk)
	}
	return out
}

// neighbours returns the mark of the nodes that numpy.gradient's stencils
// read along the plot's axes for the explained node: the hovered one, else
// the pinned one. (The stencils along the other variables read nodes off
// the plotted slice.)
func (s *Session) neighbours() (Mark, bool) {
	r := s.hoverRead
	if r == nil {
		r = s.pinRead
	}
	sc := s.scene
	if r == nil || r.Stencil == nil || r.Stencil.Vars == nil || sc.YVar < 0 {
		return Mark{}, false
	}
	xv, yv := sc.Vars[sc.XVar], sc.Vars[sc.YVar]
	mk := Mark{Neighbours: true, Radius: 3.5 * s.scale, Width: 1.5 * s.scale}
	for _, p := range r.Stencil.Partials {
		if p.Var != xv && p.Var != yv {
			continue
		}
		for j := range p.Indices {
			x, y := r.Point[xv], r.Point[yv]
			if p.Var == xv {
				x = p.Coords[j]
			} else {
				y = p.Coords[j]
			}
			if x == r.Point[xv] && y == r.Point[yv] {
				continue // the node itself (a one-sided stencil): already marked
			}
			px, py := s.m.ToPixel(x, y)
			mk.Rings = append(mk.Rings, [2]float64{px, py})
		}
	}
	return mk, len(mk.Rings) > 0
}

// mark returns the mark of node n.
func (s *Session) mark(n Node, pinned bool) (Mark, bool) {
	if !n.OK {
		return Mark{}, false
	}
	sc := s.scene
	// The read-out publish made for the node, if current (it is, after
	// every hover, pin and scene change): no maps built at every Draw.
	r := s.hoverRead
	if pinned {
		r = s.pinRead
	}
	if r == nil || r.Index[sc.Vars[sc.XVar]] != n.I || (sc.YVar >= 0 && r.Index[sc.Vars[sc.YVar]] != n.J) ||
		(pinned && s.pinScene != sc) || (!pinned && s.hoverScene != sc) {
		fresh, ok := sc.Readout(n.I, n.J)
		if !ok {
			return Mark{}, false
		}
		r = &fresh
	}
	mk := Mark{Pinned: pinned, Radius: 6 * s.scale, Width: 2 * s.scale, Line: s.scale}
	if pinned {
		mk.Dot = 2.5 * s.scale
	}
	x := r.Point[sc.Vars[sc.XVar]]
	if sc.YVar >= 0 {
		m := s.m
		px, py := m.ToPixel(x, r.Point[sc.Vars[sc.YVar]])
		if !pinned {
			p := m.Plot
			mk.Lines = [][4]float64{{p.X0, py, p.X1, py}, {px, p.Y0, px, p.Y1}}
		}
		mk.Rings = [][2]float64{{px, py}}
		return mk, true
	}
	panel := func(m *plots.Mapping, y float64) {
		if !pinned {
			px, _ := m.ToPixel(x, 0)
			mk.Lines = append(mk.Lines, [4]float64{px, m.Plot.Y0, px, m.Plot.Y1})
		}
		if math.IsNaN(y) || math.IsInf(y, 0) {
			return
		}
		px, py := m.ToPixel(x, y)
		mk.Rings = append(mk.Rings, [2]float64{px, py})
	}
	panel(s.m, r.F)
	if s.m.Deriv != nil {
		panel(s.m.Deriv, r.Grad[sc.Vars[sc.XVar]])
	}
	return mk, true
}

// Scale returns the device pixels per CSS pixel of the frame last
// rendered (1 before one).
func (s *Session) Scale() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil || s.scale == 0 {
		return 1
	}
	return s.scale
}

// Area is the plot area of the frame last rendered, in CSS pixels, and
// the data range it spans; for a line plot the upper panel's (y is f),
// with the derivative panel's as Deriv.
type Area struct {
	X0   float64 `json:"x0"`
	Y0   float64 `json:"y0"`
	X1   float64 `json:"x1"`
	Y1   float64 `json:"y1"`
	XMin float64 `json:"xmin"`
	XMax float64 `json:"xmax"`
	YMin float64 `json:"ymin"`
	YMax float64 `json:"ymax"`
	// Deriv is a line plot's derivative panel.
	Deriv *Area `json:"deriv,omitempty"`
}

// Area returns the plot area of the frame last rendered, or nil before
// one (and in the fallback, which renders no mapping).
func (s *Session) Area() *Area {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		return nil
	}
	return area(s.m, s.scale)
}

func area(m *plots.Mapping, scale float64) *Area {
	a := &Area{X0: m.Plot.X0 / scale, Y0: m.Plot.Y0 / scale, X1: m.Plot.X1 / scale, Y1: m.Plot.Y1 / scale,
		XMin: m.XMin, XMax: m.XMax, YMin: m.YMin, YMax: m.YMax}
	if m.Deriv != nil {
		a.Deriv = area(m.Deriv, scale)
	}
	return a
}

package state

import (
	"math"
	"strconv"
	"strings"
)

// StripPart is one piece of the view's read-out strip. Class is "" (plain
// text), "k" (a key such as "f = "), "pin" (the pinned marker) or "num" (a
// number). A number shows Text, its compact form (Label: 0.04 for
// 0.04000000000000001), and carries Full, its exact value as Python's repr
// writes it, for the title and for screen readers; Full is "" when Text
// already is the exact value.
type StripPart struct {
	Class string `json:"class"`
	Text  string `json:"text"`
	Full  string `json:"full,omitempty"`
}

// The read-out strip's text while no node is read: StripHint where the
// pointer and the keys read nodes, StripStatic in the 2-D fallback, which
// maps no pointer. (view.html starts with StripHint, before Go runs: its
// copy is checked by TestStripHintInPage.)
const (
	StripHint   = "Hover over the plot to read f and ∇f at a grid node; click (or use the arrow keys) to pin one."
	StripStatic = "Static rendering: the read-out needs WebGL2."
)

// StripLines returns the read-out strip of r in two lines: where and f,
// then ∇f by numpy.gradient (with "(edge)" after a one-sided difference)
// and exactly. A nil r gives no lines.
//
//	pinned: x = 0.5, y = -1   f = -0.5
//	∇f grid: ∂f/∂x = -1, ∂f/∂y = 0.5 (edge)   exact: -1, 0.5
func StripLines(r *Readout) [][]StripPart {
	if r == nil {
		return nil
	}
	var first, second []StripPart
	text := func(line *[]StripPart, class, s string) { *line = append(*line, StripPart{Class: class, Text: s}) }
	if r.Pinned {
		text(&first, "pin", "pinned: ")
	}
	for i, v := range r.Vars {
		if i > 0 {
			text(&first, "", ", ")
		}
		text(&first, "", v+" = ")
		first = append(first, StripNumber(r.Point[v]))
	}
	text(&first, "", "   ")
	text(&first, "k", "f = ")
	first = append(first, StripNumber(r.F))

	text(&second, "k", "∇f grid: ")
	for i, v := range r.Vars {
		if i > 0 {
			text(&second, "", ", ")
		}
		text(&second, "", "∂f/∂"+v+" = ")
		second = append(second, StripNumber(r.Grad[v]))
		if r.Edge[v] {
			text(&second, "k", " (edge)")
		}
	}
	text(&second, "k", "   exact: ")
	for i, v := range r.Vars {
		if i > 0 {
			text(&second, "", ", ")
		}
		second = append(second, StripNumber(r.Exact[v]))
	}
	return [][]StripPart{first, second}
}

// StripNumber is x as a "num" part: its Label, with Repr as Full when the
// two differ in value (1 and 1.0 do not).
func StripNumber(x float64) StripPart {
	full := Repr(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return StripPart{Class: "num", Text: full}
	}
	p := StripPart{Class: "num", Text: Label(x), Full: full}
	if v, err := strconv.ParseFloat(p.Text, 64); err == nil && v == x {
		p.Full = ""
	}
	return p
}

// Repr writes x as Python's repr(float) does: the shortest decimal that
// reads back as x, in fixed notation for exponents -4 to 15 with at least
// one decimal (1.0, 0.0001, 123456789012345.0) and in exponent notation
// otherwise (1e-05, 1e+16, 1.5e+300); nan, inf, -inf, -0.0.
func Repr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0.0"
		}
		return "0.0"
	}
	e := strconv.FormatFloat(x, 'e', -1, 64)
	if _, exp := digits(strings.TrimPrefix(e, "-")); exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

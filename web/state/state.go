package state

import (
	"slices"
	"unicode"
)

// Limits on what a State may hold; URLs beyond them are refused with a message.
const (
	MaxExprLen = 1000 // characters of the function (CheckExpr)
	MaxSpecLen = 2000 // bytes of one grid spec
	MaxVars    = 8    // variables with a grid
	MaxURLLen  = 16000
	MaxDensity = 80 // arrows along each axis
)

// DefaultSpec is the grid of a variable that has none yet.
const DefaultSpec = "-2:2:21j"

// State is everything the page shows: the function, the grids, which
// variables are the plot axes, where the others are held, and the display
// options. It round-trips through the URL (Encode, Decode) and through
// JSON (the JS API's setState and getState) with the field names below.
type State struct {
	// Expr is the function, in Python syntax (q*chi*delta).
	Expr string `json:"expr"`
	// Grid maps a variable to its grid spec ("-2:2:21j", "linspace(-2, 2, 21)",
	// "[0, 0.5, 2]"). Variables of Expr without one get DefaultSpec.
	Grid map[string]string `json:"grid"`
	// X and Y name the variables on the horizontal and vertical axes; empty
	// means the first two variables.
	X string `json:"x"`
	Y string `json:"y"`
	// At holds the grid index of each other variable (the sliders); a
	// missing or out-of-range entry means the middle index.
	At map[string]int `json:"at"`
	// EdgeOrder is numpy.gradient's edge_order: 1 or 2.
	EdgeOrder int `json:"edgeOrder"`
	// Hide lists the layers switched off: "heatmap", "contours", "arrows", "edges".
	Hide []string `json:"hide"`
	// Mode is the arrow mode: "fit", "raw", "normalized" or "log".
	Mode string `json:"mode"`
	// Density is the number of arrows along each axis (0: the default, 21).
	Density int `json:"density"`
	// Palette is the colour map of the heatmap ("viridis", ...).
	Palette string `json:"palette"`
	// Error selects an error map for the heatmap: "", "norm", "x" or "y".
	Error string `json:"error"`
	// Pivot is the part of each arrow on its node: "tail" (default),
	// "middle" or "tip".
	Pivot string `json:"pivot"`
	// Scale is, in the raw arrow mode, the arrow's length in data units per
	// unit of |∇f|; 0 chooses one (the fit mode's).
	Scale float64 `json:"scale"`
	// Panels is what the figure shows: "" (or "field") the field, "partials"
	// one heatmap per partial derivative (ParsePanels).
	Panels string `json:"panels"`
	// Pin is the pinned grid node: its indices along X and Y, or nil.
	Pin []int `json:"pin"`
}

// Layers are the values Hide may hold.
var Layers = []string{"heatmap", "contours", "arrows", "edges"}

// Default returns the state of a fresh page: the question that started it
// all, q*chi*delta, on a grid of 21 points per variable, shown at delta = 1
// (the middle, delta = 0, would show f = 0 everywhere).
func Default() State {
	return State{
		Expr:      "q*chi*delta",
		Grid:      map[string]string{"q": DefaultSpec, "chi": DefaultSpec, "delta": DefaultSpec},
		At:        map[string]int{"delta": 15},
		EdgeOrder: 1,
	}
}

// Problem is something wrong with a state, in words for a person, with the
// field concerned ("expr", "grid.q", "mode", ...).
type Problem struct {
	Field string `json:"field"`
	Msg   string `json:"message"`
}

func (p Problem) String() string { return p.Field + ": " + p.Msg }

// Check repairs s in place so that it can be shown: values out of their
// domain are reset to defaults, and each repair is reported, setting by
// setting in State's order (the table settings). It does not parse the
// expression or the grids (their errors are shown at their fields by the
// page).
func (s *State) Check() []Problem {
	var ps problems
	for i := range settings {
		settings[i].check(s, &ps)
	}
	return ps
}

// Hidden reports whether layer is switched off.
func (s *State) Hidden(layer string) bool { return slices.Contains(s.Hide, layer) }

// IsName reports whether v can be a variable name: a letter or underscore,
// then letters, digits and underscores, at most 32 bytes.
func IsName(v string) bool {
	if v == "" || len(v) > 32 {
		return false
	}
	for i, r := range v {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// Clone returns a deep copy of s.
func (s State) Clone() State {
	c := s
	if s.Grid != nil {
		c.Grid = make(map[string]string, len(s.Grid))
		for k, v := range s.Grid {
			c.Grid[k] = v
		}
	}
	if s.At != nil {
		c.At = make(map[string]int, len(s.At))
		for k, v := range s.At {
			c.At[k] = v
		}
	}
	c.Hide = slices.Clone(s.Hide)
	c.Pin = slices.Clone(s.Pin)
	return c
}

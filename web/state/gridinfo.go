package state

import "github.com/gradplay/gradplay/core/grid"

// MaxListedCoords bounds the coordinates GridInfo lists (for the sliders).
const MaxListedCoords = 100000

// GridInfo summarises a grid spec for the page: its number of points, the
// first and last coordinates, and (for up to MaxListedCoords points) all
// of them.
type GridInfo struct {
	N      int       `json:"n"`
	First  float64   `json:"first"`
	Last   float64   `json:"last"`
	Coords []float64 `json:"coords,omitempty"`
	Spec   string    `json:"spec"` // the spec in canonical form
	// Kind is the notation: "linspace" (linspace(a, b, n) or a:b:nj),
	// "range" (a:b:step, numpy.arange) or "list" ([x0, x1, ...]); Start,
	// Stop and Step are its numbers (Step for "range" only).
	Kind  string  `json:"kind"`
	Start float64 `json:"start"`
	Stop  float64 `json:"stop"`
	Step  float64 `json:"step"`
}

// ParseGrid parses one variable's grid spec. Errors are *grid.SyntaxError
// (with the position; CodeGridSyntax), or an *ArgError for a spec over
// MaxSpecLen bytes (CodeTooLong) or a grid without points (CodeEmptyGrid).
func ParseGrid(spec string) (GridInfo, error) {
	if len(spec) > MaxSpecLen {
		return GridInfo{}, &ArgError{Code: CodeTooLong, Msg: "the grid spec is too long"}
	}
	s, err := grid.Parse(spec)
	if err != nil {
		return GridInfo{}, err
	}
	gi := GridInfo{N: s.Len(), Spec: s.String(), Kind: [...]string{"linspace", "range", "list"}[s.Kind],
		Start: s.Start, Stop: s.Stop, Step: s.Step}
	if gi.N == 0 {
		return gi, &ArgError{Code: CodeEmptyGrid, Msg: "the grid has no points"}
	}
	if gi.N <= MaxListedCoords {
		gi.Coords = s.Coords()
		gi.First, gi.Last = gi.Coords[0], gi.Coords[gi.N-1]
	} else {
		gi.First, gi.Last = s.At(0), s.At(gi.N-1)
	}
	return gi, nil
}

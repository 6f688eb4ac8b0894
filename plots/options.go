package plots

import (
	"fmt"
	"image/color"
	"strings"
)

// ArrowMode says how the length of a quiver arrow relates to |grad f|.
type ArrowMode int

const (
	// Fit, the default, scales all arrows by one automatic factor so that the
	// longest arrow spans about one arrow cell. Lengths are proportional to
	// |grad f| and stated by the key.
	Fit ArrowMode = iota
	// Raw draws an arrow of |grad f|×Options.Scale data units.
	Raw
	// Normalized draws every arrow with the same on-screen length; the
	// colour encodes |grad f| and has its own colour bar.
	Normalized
	// Log draws arrows whose length is proportional to log10(1 + |grad f|/g0),
	// with g0 one hundredth of the largest |grad f| shown.
	Log
)

var arrowModeNames = []string{"fit", "raw", "normalized", "log"}

// String returns the name of m as used in URLs: "fit", "raw", "normalized", "log".
func (m ArrowMode) String() string { return enumString(arrowModeNames, int(m), "ArrowMode") }

// ParseArrowMode parses the String form of an ArrowMode; "" means Fit.
func ParseArrowMode(s string) (ArrowMode, error) {
	i, err := parseEnum(arrowModeNames, s, "arrow mode")
	return ArrowMode(i), err
}

// Pivot says which part of an arrow sits on its grid node.
type Pivot int

const (
	// Tail, the default, puts the tail of the arrow on the node.
	Tail Pivot = iota
	// Middle centres the arrow on the node.
	Middle
	// Tip puts the tip of the arrow on the node.
	Tip
)

var pivotNames = []string{"tail", "middle", "tip"}

// String returns "tail", "middle" or "tip".
func (p Pivot) String() string { return enumString(pivotNames, int(p), "Pivot") }

// ParsePivot parses the String form of a Pivot; "" means Tail.
func ParsePivot(s string) (Pivot, error) {
	i, err := parseEnum(pivotNames, s, "pivot")
	return Pivot(i), err
}

// PaletteName names a colour map for the heatmap.
type PaletteName int

const (
	// Viridis, the default, is a perceptually uniform sequential palette.
	Viridis PaletteName = iota
	// Diverging is Moreland's smooth blue–red diverging palette, centred
	// on zero, for signed data.
	Diverging
	// Kindlmann is Kindlmann's perceptually uniform rainbow-like palette.
	Kindlmann
	// Gray is a linear grey ramp from black to white.
	Gray
)

var paletteNames = []string{"viridis", "diverging", "kindlmann", "gray"}

// String returns "viridis", "diverging", "kindlmann" or "gray".
func (p PaletteName) String() string { return enumString(paletteNames, int(p), "PaletteName") }

// ParsePalette parses the String form of a PaletteName; "" means Viridis.
func ParsePalette(s string) (PaletteName, error) {
	i, err := parseEnum(paletteNames, s, "palette")
	return PaletteName(i), err
}

// ErrorMap selects what the heatmap shows.
type ErrorMap int

const (
	// NoError, the default, shows f itself.
	NoError ErrorMap = iota
	// ErrorNorm shows log10 of the Euclidean norm of ∇f numeric − ∇f exact
	// over all components.
	ErrorNorm
	// ErrorX shows log10 |∂f/∂x numeric − exact| for the horizontal variable.
	ErrorX
	// ErrorY shows log10 |∂f/∂y numeric − exact| for the vertical variable.
	ErrorY
)

var errorMapNames = []string{"none", "norm", "x", "y"}

// String returns "none", "norm", "x" or "y".
func (e ErrorMap) String() string { return enumString(errorMapNames, int(e), "ErrorMap") }

// ParseErrorMap parses the String form of an ErrorMap; "" means NoError.
func ParseErrorMap(s string) (ErrorMap, error) {
	i, err := parseEnum(errorMapNames, s, "error map")
	return ErrorMap(i), err
}

// Layers switches parts of the figure off. The zero value draws everything
// that the data allows.
type Layers struct {
	NoHeatmap  bool // hide the heatmap and its colour bar
	NoContours bool // hide the contour lines of f
	NoArrows   bool // hide the quiver and its key
	NoEdges    bool // hide the overlay marking one-sided (edge) differences
	NoTitle    bool // hide the title and subtitle
}

// Options configures a Figure. The zero value gives the default figure: the
// first two variables on the axes, other variables at their middle index,
// viridis heatmap with colour bar, 10 contour levels, about 21×21 arrows in
// Fit mode with tail pivot, and the edge overlay.
type Options struct {
	// XVar and YVar are the indices of the variables on the horizontal and
	// vertical axes. If they are equal (as in the zero value) the first two
	// variables are used.
	XVar, YVar int
	// Fixed holds, for every variable, the grid index at which the others are
	// held; entries for XVar and YVar are ignored. A nil Fixed, or an entry
	// out of range, means the middle index (n-1)/2.
	Fixed []int

	// Palette is the heatmap's colour map (default Viridis).
	Palette PaletteName
	// Contours is the number of contour levels, spread evenly over the range
	// of f (default 10; negative means none). Levels, if not nil, overrides it.
	Contours int
	// Levels are explicit contour levels.
	Levels []float64

	// Mode is the arrow scaling mode (default Fit).
	Mode ArrowMode
	// Scale is, in Raw mode, the data length of an arrow per unit of |grad f|
	// (default 1); in Fit and Log modes a multiplier on the automatic
	// scale (default 1). Ignored in Normalized mode.
	Scale float64
	// Pivot is the part of the arrow placed on its node (default Tail).
	Pivot Pivot
	// Every draws an arrow at every Every-th node along each axis. If zero,
	// Arrows sets the density.
	Every int
	// Arrows is the target number of arrows along each axis (default 21).
	Arrows int
	// ColorByOutOfPlane colours the arrows by the first out-of-plane
	// gradient component (fields of three or more variables), with its own
	// diverging colour bar, instead of drawing it as ⊙/⊗ Markers (the
	// default).
	ColorByOutOfPlane bool
	// ArrowColor is the colour of uncoloured arrows (default: the
	// theme's Arrow, near-black in Light).
	ArrowColor color.Color
	// Halo draws a thin outline under every arrow in a colour that
	// contrasts with the arrow's own (dark under light arrows, light under
	// dark ones), so that arrows stay visible on any cell of any palette.
	// Arrows coloured by magnitude (Normalized mode) or by the
	// out-of-plane component always have one.
	Halo bool

	// Error selects an error map instead of f for the heatmap. It needs the
	// exact gradient.
	Error ErrorMap

	// Layers switches parts of the figure off.
	Layers Layers

	// Theme is the figure's colours outside the data (default Light; see
	// Theme and Figure.WithTheme).
	Theme Theme
}

func enumString(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", typ, i)
}

func parseEnum(names []string, s, what string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, nil
	}
	for i, n := range names {
		if n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("plots: unknown %s %q (want one of %s)", what, s, strings.Join(names, ", "))
}

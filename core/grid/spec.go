package grid

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is the notation a Spec was written in.
type Kind int

// The notations of a Spec.
const (
	LinspaceKind Kind = iota // linspace(a, b, n) or a:b:nj
	RangeKind                // a:b:s, numpy.arange
	ListKind                 // [x0, x1, ...]
)

// MaxAxisPoints bounds the points of one axis that Parse accepts; the grid's
// total is bounded separately by CheckSize.
const MaxAxisPoints = 1 << 40

// A Spec is a parsed grid specification for one variable. It holds no
// coordinates until Coords is called, so a grid's size can be checked before
// anything is allocated.
type Spec struct {
	Kind        Kind
	Start, Stop float64   // LinspaceKind and RangeKind
	Step        float64   // RangeKind
	N           int       // the number of points
	Values      []float64 // ListKind: the coordinates as written
}

// Linspaced returns the Spec of numpy.linspace(start, stop, n).
func Linspaced(start, stop float64, n int) Spec {
	return Spec{Kind: LinspaceKind, Start: start, Stop: stop, N: n}
}

// Len returns the number of points.
func (s Spec) Len() int { return s.N }

// At returns the i-th coordinate (0 <= i < Len), the value Coords would
// hold there, without computing the others.
func (s Spec) At(i int) float64 {
	if i < 0 || i >= s.N {
		panic("grid: coordinate index out of range")
	}
	switch s.Kind {
	case LinspaceKind:
		if i == s.N-1 && s.N > 1 {
			return s.Stop
		}
		return linspaceAt(i, s.N, s.Start, s.Stop)
	case RangeKind:
		return arangeAt(i, s.Start, s.Step)
	}
	return s.Values[i]
}

// Coords returns the coordinates, newly allocated, with numpy's values.
func (s Spec) Coords() []float64 {
	return s.CoordsInto(make([]float64, s.N))
}

// CoordsInto writes the coordinates into dst, which must have length s.N,
// and returns it.
func (s Spec) CoordsInto(dst []float64) []float64 {
	if len(dst) != s.N {
		panic("grid: coordinate length mismatch")
	}
	if s.N == 0 {
		return dst
	}
	switch s.Kind {
	case LinspaceKind:
		linspaceInto(dst, s.Start, s.Stop)
	case RangeKind:
		arangeInto(dst, s.Start, s.Step)
	default:
		copy(dst, s.Values)
	}
	return dst
}

// String returns the Spec in a form Parse reads back to the same Spec.
func (s Spec) String() string {
	g := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	switch s.Kind {
	case LinspaceKind:
		return fmt.Sprintf("linspace(%s, %s, %d)", g(s.Start), g(s.Stop), s.N)
	case RangeKind:
		return fmt.Sprintf("%s:%s:%s", g(s.Start), g(s.Stop), g(s.Step))
	}
	parts := make([]string, len(s.Values))
	for i, v := range s.Values {
		parts[i] = g(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

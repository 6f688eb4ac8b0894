package state

import (
	"fmt"
	"math"
	"strings"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
)

// DataNotes says in words where f and its gradient are not finite: for
// each of f, numpy's ∂f/∂v and the exact ∂f/∂v, how many nodes are NaN,
// +Inf and -Inf, and where the first one is (in row-major order, the
// coordinates as the read-out gives them). NaN and ±Inf are data: the
// figure draws them (grey cells, no arrow), and these notes name them.
//
// They are found once per field, as Build computes it (a scene sharing its
// field with the previous one shares its notes).
func (sc *Scene) DataNotes() []string { return sc.notes }

// findNotes computes DataNotes, scanning in pieces of fd.PieceLen values
// between calls of progress (when not nil: the values scanned and the
// total; false abandons the scan with field.ErrCanceled).
func (sc *Scene) findNotes(progress func(done, total int) bool) ([]string, error) {
	f := sc.Field
	type array struct {
		what string
		x    []float64
	}
	arrays := []array{{"f", f.F}}
	for a, v := range f.Vars {
		if a < len(f.Grad) && f.Grad[a] != nil {
			arrays = append(arrays, array{"numpy.gradient's ∂f/∂" + v, f.Grad[a]})
		}
	}
	for a, v := range f.Vars {
		if a < len(f.Exact) && f.Exact[a] != nil {
			arrays = append(arrays, array{"the exact ∂f/∂" + v, f.Exact[a]})
		}
	}
	total, done := 0, 0
	for _, ar := range arrays {
		total += len(ar.x)
	}
	var notes []string
	for _, ar := range arrays {
		var c nonFinite
		for k0 := 0; k0 < len(ar.x); k0 += fd.PieceLen {
			k1 := min(k0+fd.PieceLen, len(ar.x))
			c.scan(ar.x[k0:k1], k0)
			done += k1 - k0
			if progress != nil && !progress(done, total) {
				return nil, field.ErrCanceled
			}
		}
		if n := c.describe(sc, ar.what, len(ar.x)); n != "" {
			notes = append(notes, n)
		}
	}
	return notes, nil
}

// nonFinite counts the NaN, +Inf and -Inf values of an array and keeps
// the index of the first of each.
type nonFinite struct {
	count, first [3]int // NaN, +Inf, -Inf; first is valid where count > 0
}

// scan counts the values of x, the part of the array from index base.
// Finite values are told apart by their exponent bits alone, the fast path.
func (c *nonFinite) scan(x []float64, base int) {
	const exp = 0x7ff0000000000000
	for k, v := range x {
		if math.Float64bits(v)&exp != exp {
			continue
		}
		kind := 0
		switch {
		case math.IsInf(v, 1):
			kind = 1
		case math.IsInf(v, -1):
			kind = 2
		}
		if c.count[kind] == 0 {
			c.first[kind] = base + k
		}
		c.count[kind]++
	}
}

// describe says what was counted in an array of n values, or "".
func (c *nonFinite) describe(sc *Scene, what string, n int) string {
	var parts []string
	for kind, name := range []string{"NaN", "+Inf", "-Inf"} {
		if c.count[kind] > 0 {
			parts = append(parts, fmt.Sprintf("%s at %d of %d nodes (the first at %s)", name, c.count[kind], n, sc.nodeText(c.first[kind])))
		}
	}
	if parts == nil {
		return ""
	}
	return what + " is " + strings.Join(parts, "; ")
}

// nodeText names the node of row-major index k by its coordinates:
// "q = -2, chi = 0.5".
func (sc *Scene) nodeText(k int) string {
	f := sc.Field
	parts := make([]string, len(f.Shape))
	for a := len(f.Shape) - 1; a >= 0; a-- {
		i := k % f.Shape[a]
		k /= f.Shape[a]
		parts[a] = f.Vars[a] + " = " + Label(f.Coords[a][i])
	}
	return strings.Join(parts, ", ")
}

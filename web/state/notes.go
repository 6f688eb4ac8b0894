package state

import (
	"fmt"
	"math"
	"strings"
)

// DataNotes says in words where f and its gradient are not finite: for
// each of f, numpy's ∂f/∂v and the exact ∂f/∂v, how many nodes are NaN,
// +Inf and -Inf, and where the first one is (in row-major order, the
// coordinates as the read-out gives them). NaN and ±Inf are data: the
// figure draws them (grey cells, no arrow), and these notes name them.
func (sc *Scene) DataNotes() []string {
	f := sc.Field
	var notes []string
	add := func(what string, x []float64) {
		if x == nil {
			return
		}
		if n := sc.notFinite(what, x); n != "" {
			notes = append(notes, n)
		}
	}
	add("f", f.F)
	for a, v := range f.Vars {
		if a < len(f.Grad) {
			add("numpy.gradient's ∂f/∂"+v, f.Grad[a])
		}
	}
	for a, v := range f.Vars {
		if a < len(f.Exact) {
			add("the exact ∂f/∂"+v, f.Exact[a])
		}
	}
	return notes
}

// notFinite describes the NaN and ±Inf values of x, or returns "".
func (sc *Scene) notFinite(what string, x []float64) string {
	kinds := []struct {
		name  string
		is    func(float64) bool
		count int
		first int
	}{
		{"NaN", math.IsNaN, 0, -1},
		{"+Inf", func(v float64) bool { return math.IsInf(v, 1) }, 0, -1},
		{"-Inf", func(v float64) bool { return math.IsInf(v, -1) }, 0, -1},
	}
	for k, v := range x {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			continue
		}
		for i := range kinds {
			if kinds[i].is(v) {
				if kinds[i].first < 0 {
					kinds[i].first = k
				}
				kinds[i].count++
			}
		}
	}
	var parts []string
	for _, kd := range kinds {
		if kd.count > 0 {
			parts = append(parts, fmt.Sprintf("%s at %d of %d nodes (the first at %s)", kd.name, kd.count, len(x), sc.nodeText(kd.first)))
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

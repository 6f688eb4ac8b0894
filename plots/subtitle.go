package plots

import (
	"fmt"
	"math"
	"strings"
)

// flatTol is how small the in-plane gradient must be, relative to the
// out-of-plane components (or absolutely, if they vanish too), for the
// slice to count as flat in the plane: rounding noise of differences of
// values that cancel.
const flatTol = 1e-9

// setSub writes the subtitle's forms, longest first, as fg.subCands. It
// has up to three parts, joined by " · ":
//
//   - the fixed variables, "delta = 0";
//   - where the in-plane gradient vanishes on the slice (relative to the
//     out-of-plane components: q*chi*delta at delta = 0), a sentence that
//     says so, "in-plane gradient 0 on this slice; ∂f/∂delta ranges from
//     -10000 to 10000";
//   - with the edge overlay, the edge formula and its order,
//     "veiled cells: one-sided differences, O(h)" (O(h²) for edge_order 2).
//
// The layout takes the first form that fits. Shortening goes: the edge
// cue to "veiled: one-sided, O(h)", the flat sentence to "in-plane
// gradient 0; ∂f/∂delta from -10000 to 10000" and then "in-plane gradient
// 0", then the edge cue is dropped, then the fixed variables, then all.
func (fg *Figure) setSub() {
	sl := fg.sl
	fixed := []string{strings.Join(sl.fixed, ", "), ""}
	var flat []string
	if s := fg.flatSentences(); s != nil {
		flat = append(s, "")
	}
	var edges []string
	if fg.edgesShown() {
		o := "O(h)"
		if fg.edgeOrder == 2 {
			o = "O(h²)"
		}
		edges = []string{"veiled cells: one-sided differences, " + o, "veiled: one-sided, " + o, ""}
	}
	parts := [][]string{fixed, flat, edges}
	form := make([]int, len(parts))
	join := func() string {
		var ss []string
		for k, p := range parts {
			if len(p) > 0 && p[form[k]] != "" {
				ss = append(ss, p[form[k]])
			}
		}
		return strings.Join(ss, " · ")
	}
	add := func() {
		s := join()
		if n := len(fg.subCands); n == 0 || fg.subCands[n-1] != s {
			fg.subCands = append(fg.subCands, s)
		}
	}
	add()
	for _, k := range []int{2, 1, 1, 2, 0, 1} { // the parts to shorten, in turn
		if form[k] < len(parts[k])-1 {
			form[k]++
			add()
		}
	}
	if fg.subCands[0] == "" {
		fg.subCands = nil
	} else if fg.subCands[len(fg.subCands)-1] != "" {
		fg.subCands = append(fg.subCands, "")
	}
}

// flatSentences returns the long, medium and short statement that the
// in-plane gradient vanishes on the slice, and sets fg.flat; nil if it
// does not vanish (or is unknown).
func (fg *Figure) flatSentences() []string {
	sl := fg.sl
	if sl.gx == nil || sl.gy == nil {
		return nil
	}
	lo, hi, ok := finiteRange(sl.gz)
	out := 0.0
	if ok {
		out = math.Max(math.Abs(lo), math.Abs(hi))
	}
	if sl.gz == nil || !ok || out == 0 {
		if inPlaneAbove(sl.gx, sl.gy, 0) {
			return nil
		}
		fg.flat = true
		if sl.gz == nil {
			return []string{"gradient 0 on this slice", "gradient 0"}
		}
		z := "∂f/∂" + sl.zName
		return []string{"gradient 0 on this slice, " + z + " too", "gradient 0, " + z + " too", "gradient 0"}
	}
	if inPlaneAbove(sl.gx, sl.gy, flatTol*out) {
		return nil
	}
	fg.flat = true
	z := "∂f/∂" + sl.zName
	return []string{
		fmt.Sprintf("in-plane gradient 0 on this slice; %s ranges from %s to %s", z, fmtVal(lo), fmtVal(hi)),
		fmt.Sprintf("in-plane gradient 0; %s from %s to %s", z, fmtVal(lo), fmtVal(hi)),
		"in-plane gradient 0",
	}
}

// inPlaneAbove reports whether some node's in-plane gradient |(gx, gy)|
// is finite and above t. It stops at the first: most fields are not flat.
func inPlaneAbove(gx, gy []float64, t float64) bool {
	for k := range gx {
		if m := math.Hypot(gx[k], gy[k]); m > t && !math.IsInf(m, 0) {
			return true
		}
	}
	return false
}

package explain

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/field"
)

// edgeOrder compares numpy.gradient's errors at the edge nodes with
// edge_order 1 (f1, which has the exact derivatives) and 2 (f2). It reports
// nothing when both are exact to rounding (f linear along every axis).
func edgeOrder(f1, f2 *field.Field, nm *names) (Pitfall, bool) {
	p := Pitfall{Code: EdgeOrder, EdgeError: map[string]EdgeError{}}
	worst, scale := -1, 0.0
	stride := len(f1.F)
	for a, v := range f1.Vars {
		n := f1.Shape[a]
		stride /= n
		var e EdgeError
		g1, g2, exact := f1.Grad[a], f2.Grad[a], f1.Exact[a]
		// Runs of stride values share their index i along the axis: the
		// edge nodes' runs are i = 0 and n-1.
		for k0 := 0; k0 < len(f1.F); k0 += stride {
			i := k0 / stride % n
			edge := i == 0 || i == n-1
			for k := k0; k < k0+stride; k++ {
				d1, d2 := math.Abs(g1[k]-exact[k]), math.Abs(g2[k]-exact[k])
				if math.IsNaN(d1) || math.IsInf(d1, 0) || math.IsNaN(d2) || math.IsInf(d2, 0) {
					continue // no exact value, or no finite difference
				}
				// (Comparisons: d1 and d2 are finite, and math.Max's cases
				// for NaN and -0 were most of the time here.)
				if edge {
					e.Order1, e.Order2 = max(e.Order1, d1), max(e.Order2, d2)
				} else {
					e.Interior = max(e.Interior, d1)
				}
			}
		}
		p.EdgeError[v] = e
		p.Vars = append(p.Vars, v)
		scale = math.Max(scale, maxAbs(exact))
		if worst < 0 || e.Order1 > p.EdgeError[f1.Vars[worst]].Order1 {
			worst = a
		}
	}
	w := p.EdgeError[f1.Vars[worst]]
	if w.Order1 <= 1e-9*scale {
		return Pitfall{}, false
	}
	d := "∂f/∂" + f1.Vars[worst]
	call := gradientCall(nm, ", edge_order=2")
	if w.Order2 < w.Order1 {
		p.Message = fmt.Sprintf("With edge_order=1, numpy's default, the edge nodes use first-order one-sided differences: "+
			"their largest error here is %.3g (%s), against %.3g with edge_order=2 (%.3g at the interior nodes).",
			w.Order1, d, w.Order2, w.Interior)
		p.Fix = "pass edge_order=2: " + call
	} else {
		p.Message = fmt.Sprintf("edge_order=2 does not help this f: the largest error at the edge nodes is %.3g (%s) with edge_order=1 "+
			"and %.3g with edge_order=2 (%.3g at the interior nodes).", w.Order1, d, w.Order2, w.Interior)
		p.Fix = "keep edge_order=1, or use more points near the edges"
	}
	return p, true
}

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
		exact := f1.Exact[a]
		for k := range f1.F {
			d1, d2 := math.Abs(f1.Grad[a][k]-exact[k]), math.Abs(f2.Grad[a][k]-exact[k])
			if math.IsNaN(d1) || math.IsInf(d1, 0) || math.IsNaN(d2) || math.IsInf(d2, 0) {
				continue // no exact value, or no finite difference
			}
			if i := k / stride % n; i == 0 || i == n-1 {
				e.Order1, e.Order2 = math.Max(e.Order1, d1), math.Max(e.Order2, d2)
			} else {
				e.Interior = math.Max(e.Interior, d1)
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

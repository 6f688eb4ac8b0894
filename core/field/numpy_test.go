package field_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/internal/cases"
)

// close reports whether got is within rel*|want| + abs of want; NaN must
// match NaN and an infinity the same infinity.
func close(got, want, rel, abs float64) bool {
	switch {
	case math.IsNaN(want):
		return math.IsNaN(got)
	case math.IsInf(want, 0):
		return got == want
	}
	return math.Abs(got-want) <= rel*math.Abs(want)+abs
}

// ulps returns the distance of a and b in units in the last place.
func ulps(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / (math.Nextafter(math.Abs(b), math.Inf(1)) - math.Abs(b))
}

// compare checks got against want elementwise and describes the first miss.
func compare(got []float64, want []cases.Num, rel, abs float64) error {
	if len(got) != len(want) {
		return fmt.Errorf("%d values, want %d", len(got), len(want))
	}
	for i, w := range want {
		if !close(got[i], float64(w), rel, abs) {
			return fmt.Errorf("[%d] = %v, want %v (difference %.3g)", i, got[i], float64(w), got[i]-float64(w))
		}
	}
	return nil
}

// TestExprCases runs every expr_cases entry of the numpy reference file
// through Compute: f within a few ulp of numpy's (libm differs), numpy's
// gradient of our f within 1e-12 of numpy's, the exact partials within
// 1e-12 of sympy's.
func TestExprCases(t *testing.T) {
	file, path, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(file.ExprCases) == 0 {
		t.Fatalf("%s: no expr cases", path)
	}
	passed := 0
	for i := range file.ExprCases {
		if err := runExpr(&file.ExprCases[i]); err != nil {
			t.Errorf("%s (%s): %v", file.ExprCases[i].Name, file.ExprCases[i].Expr, err)
			continue
		}
		passed++
	}
	if passed != len(file.ExprCases) {
		t.Fatalf("expr cases: %d of %d passed (%s)", passed, len(file.ExprCases), path)
	}
	t.Logf("expr cases: %d passed", passed)
}

func runExpr(c *cases.Expr) error {
	specs := map[string]string{}
	for v, r := range c.Grid {
		specs[v] = fmt.Sprintf("linspace(%v, %v, %d)", r.Start, r.Stop, r.Num)
	}
	f, err := field.Compute(c.Expr, specs, &field.Options{Vars: c.Vars, EdgeOrder: c.EdgeOrder})
	if err != nil {
		return err
	}
	if !slices.Equal(f.Vars, c.Vars) {
		return fmt.Errorf("variables %v, want %v", f.Vars, c.Vars)
	}
	if !slices.Equal(f.Shape, c.Shape) {
		return fmt.Errorf("shape %v, want %v", f.Shape, c.Shape)
	}
	for i, v := range c.Vars {
		for j, x := range c.Coords[v] {
			if !cases.Same(f.Coords[i][j], float64(x)) {
				return fmt.Errorf("coordinate %s[%d] = %v, want %v", v, j, f.Coords[i][j], float64(x))
			}
		}
	}
	if err := compare(f.F, c.F, 1e-14, 1e-15); err != nil {
		return fmt.Errorf("f: %v", err)
	}
	for i, v := range c.Vars {
		if err := compare(f.Grad[i], c.Grad[v], 1e-12, 1e-12); err != nil {
			return fmt.Errorf("numpy.gradient along %s: %v", v, err)
		}
		if err := compare(f.Exact[i], c.Exact[v], 1e-12, 1e-13); err != nil {
			return fmt.Errorf("∂f/∂%s = %s: %v", v, f.ExactExpr[i], err)
		}
	}
	return nil
}

// TestPointCases runs every point_cases entry: the exact and dual partials
// against sympy's, Richardson's within 1e-12 relative, and the forward
// differences against scipy.optimize.approx_fprime (1e-6 relative).
func TestPointCases(t *testing.T) {
	file, path, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(file.PointCases) == 0 {
		t.Fatalf("%s: no point cases", path)
	}
	passed := 0
	for i := range file.PointCases {
		if err := runPoint(&file.PointCases[i]); err != nil {
			t.Errorf("%s (%s): %v", file.PointCases[i].Name, file.PointCases[i].Expr, err)
			continue
		}
		passed++
	}
	if passed != len(file.PointCases) {
		t.Fatalf("point cases: %d of %d passed (%s)", passed, len(file.PointCases), path)
	}
	t.Logf("point cases: %d passed", passed)
}

func runPoint(c *cases.Point) error {
	at := map[string]float64{}
	for v, x := range c.Point {
		at[v] = float64(x)
	}
	p, err := field.AtPoint(c.Expr, at, &field.PointOptions{Vars: c.Vars})
	if err != nil {
		return err
	}
	if !close(p.Value, float64(c.F), 1e-14, 1e-15) {
		return fmt.Errorf("f = %v, want %v", p.Value, float64(c.F))
	}
	check := func(r *expr.Partials, want map[string]cases.Num, what string, ok func(got, want float64) bool) error {
		for i, v := range c.Vars {
			if g, w := r.Grad[i], float64(want[v]); !ok(g, w) {
				return fmt.Errorf("%s ∂f/∂%s = %v, want %v (%.3g ulp)", what, v, g, w, ulps(g, w))
			}
		}
		return nil
	}
	rel := func(tol float64) func(g, w float64) bool {
		return func(g, w float64) bool { return close(g, w, tol, 0) }
	}
	for _, r := range p.Partials {
		var err error
		switch r.Method {
		case expr.Exact:
			err = check(r, c.Exact, "exact", rel(1e-12))
		case expr.Dual:
			err = check(r, c.Exact, "dual", func(g, w float64) bool { return ulps(g, w) <= 4 })
		case expr.Richardson:
			err = check(r, c.Exact, "richardson", rel(1e-12))
		}
		if err != nil {
			return err
		}
	}
	for _, eps := range []float64{c.Epsilon, 0} {
		want := c.ApproxFprime
		if eps == 0 {
			want = c.ApproxFprimeDefault
		}
		r, err := p.Expr.Partials(p.At, expr.Forward, &expr.PointOptions{Epsilon: eps})
		if err != nil {
			return err
		}
		if err := check(r, want, fmt.Sprintf("forward (epsilon %g)", eps), rel(1e-6)); err != nil {
			return err
		}
	}
	return nil
}

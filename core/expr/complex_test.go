package expr_test

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
)

// TestComplexStepCases compares the complex step with the exact partials of
// the generated smooth cases (testdata/richardson_cases.json): as accurate
// as forward-mode AD, 1e-13 relative but for derivatives that cancel.
func TestComplexStepCases(t *testing.T) {
	b, err := os.ReadFile("testdata/richardson_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs richardsonCases
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	var n, within, dualWithin int
	for _, c := range cs.Cases {
		e, err := expr.ParseVars(c.Expr, c.Vars)
		if err != nil {
			t.Fatal(err)
		}
		x := make([]float64, len(c.Vars))
		for i, v := range c.Vars {
			x[i] = c.Point[v]
		}
		p, err := e.Partials(x, expr.Complex, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, dual := e.Dual(x)
		for i, v := range c.Vars {
			n++
			exact := c.Exact[v]
			if !p.Trusted[i] {
				t.Errorf("%s: %s not trusted: %s", c.Name, c.Expr, p.Warning[i])
			}
			if math.Abs(p.Grad[i]-exact) <= 1e-13*math.Abs(exact) {
				within++
			}
			if math.Abs(dual[i]-exact) <= 1e-13*math.Abs(exact) {
				dualWithin++
			}
		}
	}
	t.Logf("%d partials within 1e-13 relative: complex step %d, dual %d", n, within, dualWithin)
	if within < dualWithin-2 {
		t.Errorf("complex step within 1e-13 in %d of %d partials, dual in %d", within, n, dualWithin)
	}
}

// TestComplexStepTiny shows why h = 1e-20 works: the complex step
// subtracts nothing, so its result is the same to a few ulps (those of the
// exact derivative's own evaluation) for any h from 1e-12 down to 1e-300,
// while the forward difference with such a step is 0/0 (x + h == x) and the
// central difference 0.
func TestComplexStepTiny(t *testing.T) {
	e, err := expr.Parse("exp(x)*sin(x)/(1 + x**2)")
	if err != nil {
		t.Fatal(err)
	}
	d, err := e.Derivative("x")
	if err != nil {
		t.Fatal(err)
	}
	x := []float64{1.3}
	exact := d.Eval(x)
	for _, h := range []float64{1e-12, 1e-20, 1e-100, 1e-300} {
		got, bad := e.ComplexStepAt(x, 0, h)
		if bad != "" || math.Abs(got-exact) > 1e-15*math.Abs(exact) {
			t.Errorf("h = %g: %v, exact %v", h, got, exact)
		}
	}
	p, err := e.Partials(x, expr.Central, &expr.PointOptions{Step: expr.ComplexStep})
	if err != nil {
		t.Fatal(err)
	}
	if p.Grad[0] != 0 {
		t.Errorf("the central difference with step 1e-20: %v, want 0", p.Grad[0])
	}
}

// TestComplexNotAnalytic: abs on the path of the step makes that partial
// NaN with a warning, and leaves the partials whose step does not reach it.
func TestComplexNotAnalytic(t *testing.T) {
	e, err := expr.Parse("abs(x - 1)*y + floor(2.5)*y")
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.Partials([]float64{3, 2}, expr.Complex, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(p.Grad[0]) || p.Trusted[0] || !strings.Contains(p.Warning[0], "abs is not analytic") {
		t.Errorf("∂/∂x: %v, trusted %v, %q", p.Grad[0], p.Trusted[0], p.Warning[0])
	}
	if p.Grad[1] != 4 || !p.Trusted[1] || p.Warning[1] != "" {
		t.Errorf("∂/∂y: %v, trusted %v, %q; want 4", p.Grad[1], p.Trusted[1], p.Warning[1])
	}
}

// TestComplexFunctions checks every analytic builtin's complex step against
// dual numbers at points inside its domain, to a few ulps.
func TestComplexFunctions(t *testing.T) {
	for _, c := range []struct {
		src string
		x   float64
	}{
		{"sin(x)", 0.7}, {"cos(x)", 0.7}, {"tan(x)", 1.2}, {"arcsin(x)", 0.3}, {"arccos(x)", -0.6},
		{"arctan(x)", 2}, {"sinh(x)", -1.5}, {"cosh(x)", 1.5}, {"tanh(x)", 0.4}, {"arcsinh(x)", 3},
		{"arccosh(x)", 1.7}, {"arctanh(x)", 0.5}, {"exp(x)", 2}, {"log(x)", 0.3}, {"log10(x)", 7},
		{"log2(x)", 9}, {"sqrt(x)", 2}, {"arctan2(x, 2)", -1}, {"arctan2(1.5, x)", -1}, {"hypot(x, 3)", 4},
		{"x**3", -2}, {"x**-2", -1.5}, {"x**1.5", 2}, {"x**x", 1.2}, {"2**x", 0.5}, {"x**0.5", 3},
	} {
		e, err := expr.Parse(c.src)
		if err != nil {
			t.Fatal(err)
		}
		got, bad := e.ComplexStepAt([]float64{c.x}, 0, expr.ComplexStep)
		_, want := e.Dual([]float64{c.x})
		if bad != "" || math.Abs(got-want[0]) > 8e-16*math.Abs(want[0]) {
			t.Errorf("%s at %v: complex step %v, dual %v", c.src, c.x, got, want[0])
		}
	}
}

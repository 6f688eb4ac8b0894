package field_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
)

func TestComputeErrors(t *testing.T) {
	ok := map[string]string{"x": "linspace(-1, 1, 5)", "y": "-1:1:4j"}
	for _, c := range []struct {
		src   string
		specs map[string]string
		opts  *field.Options
		code  string
		text  string
	}{
		{"x*", ok, nil, "syntax", "1:3: expected operand, found the end"},
		{"x*y*z", ok, nil, field.MissingGrid, "z has no grid"},
		{"x*y", map[string]string{"x": "linspace(0, 1)", "y": "0:1:3j"}, nil, field.GridSyntax, "the grid of x: 1:14: expected"},
		{"x*y", map[string]string{"x": "0:1:5000j", "y": "0:1:5000j"}, nil, "too_large", "25,000,000 points"},
		{"x*y", map[string]string{"x": "0:1:50j", "y": "0:1:50j"}, &field.Options{MaxPoints: 100}, "too_large", "limit of 100"},
		{"x*y", map[string]string{"x": "[0, 1]", "y": "0:1:3j"}, &field.Options{EdgeOrder: 2}, "too_few_points", "x (axis 0)"},
		{"x*y", ok, &field.Options{EdgeOrder: 3}, "edge_order_unsupported", ""},
		{"x*yy", ok, &field.Options{Vars: []string{"x", "y"}}, "unknown_variable", `unknown variable "yy" (did you mean y*y?)`},
	} {
		_, err := field.Compute(c.src, c.specs, c.opts)
		if err == nil {
			t.Errorf("%s %v: no error", c.src, c.specs)
			continue
		}
		if got := field.Code(err); got != c.code || !strings.Contains(err.Error(), c.text) {
			t.Errorf("%s %v: got %s: %v; want %s containing %q", c.src, c.specs, got, err, c.code, c.text)
		}
	}
	// A grid error carries the variable and the grid's *SyntaxError.
	_, err := field.Compute("x", map[string]string{"x": "linspace(0, 1, 2.5)"}, nil)
	var fe *field.Error
	var se *grid.SyntaxError
	if !errors.As(err, &fe) || fe.Var != "x" || !errors.As(err, &se) || se.Offset != 15 {
		t.Errorf("grid error %#v", err)
	}
	if field.Code(errors.New("other")) != "internal" {
		t.Error("Code of a foreign error")
	}
	// A grid parsed alone has the code of a variable's grid.
	if _, err := grid.Parse("0:1:0j"); field.Code(err) != "grid_syntax" {
		t.Errorf("Code of a bare *grid.SyntaxError %v: %s", err, field.Code(err))
	}
}

func TestComputeShapes(t *testing.T) {
	// A constant: no variables, one value, no gradient.
	f, err := field.Compute("2*pi", nil, nil)
	if err != nil || len(f.F) != 1 || f.F[0] != 2*3.141592653589793 || len(f.Grad) != 0 {
		t.Errorf("constant: %+v, %v", f, err)
	}
	// A caller's variable that the expression lacks is an axis all the same.
	f, err = field.Compute("x**2", map[string]string{"x": "0:2:3j", "y": "[0, 1]"},
		&field.Options{Vars: []string{"x", "y"}, NoGradient: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.F) != 6 || f.F[4] != 4 || f.Grad != nil || f.Exact[1][5] != 0 || f.ExactExpr[0].String() != "2*x" {
		t.Errorf("x**2 over (x, y): F %v Exact %v", f.F, f.Exact)
	}
}

func TestAtPointErrors(t *testing.T) {
	_, err := field.AtPoint("x*y", map[string]float64{"x": 1}, nil)
	if field.Code(err) != field.MissingValue || err.Error() != "y has no value" {
		t.Errorf("missing value: %v", err)
	}
	_, err = field.AtPoint("x", map[string]float64{"x": 1}, &field.PointOptions{Methods: []expr.Method{"secant"}})
	if err == nil {
		t.Error("unknown method: no error")
	}
	// A derivative too large to write out is an error, not a hang.
	_, err = field.AtPoint(strings.Repeat("x*", 4999)+"x", map[string]float64{"x": 1}, nil)
	if field.Code(err) != "too_many_nodes" {
		t.Errorf("huge derivative: %v", err)
	}
}

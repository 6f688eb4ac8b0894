package expr_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
)

// TestNumpySemantics checks numpy's arithmetic: the fast paths of powers,
// NaN and Inf as values, precedence.
func TestNumpySemantics(t *testing.T) {
	x := 1.2345678901234567
	for _, c := range []struct {
		src  string
		want float64
	}{
		{"x**2", x * x},
		{"x^2", x * x},
		{"x**0.5", math.Sqrt(x)},
		{"x**-1", 1 / x},
		{"x**(-1)", 1 / x},
		{"x**1", x},
		{"x**0", 1},
		{"x**3", math.Pow(x, 3)},
		{"x**(1+1)", x * x},
		{"-x**2", -(x * x)},
		{"2x**2", 2 * (x * x)},
		{"2**3**2", 512},
		{"-2**2", -4},
		{"(-2)**2", 4},
		{"3(x+1)", 3 * (x + 1)},
		{"2pi", 2 * math.Pi},
		{"2e", 2 * math.E},
		{"1e-3x", 1e-3 * x},
		{"log(-1)", math.NaN()},
		{"1/0", math.Inf(1)},
		{"-1/0", math.Inf(-1)},
		{"0/0", math.NaN()},
		{"sqrt(-x)", math.NaN()},
		{"sign(0) + sign(-x) + sign(nan)", math.NaN()},
		{"sign(0) + sign(-x)", -1},
		{"min(x, nan)", math.NaN()},
		{"max(x, 2)", 2},
		{"hypot(3, 4)", 5},
		{"arctan2(1, -1)", 3 * math.Pi / 4},
		{"log2(8) + log10(1000)", 6},
		{"floor(-x) + ceil(x)", 0},
		{"abs(-x)", x},
	} {
		e, err := expr.Parse(c.src)
		if err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		pt := make([]float64, len(e.Vars))
		for i := range pt {
			pt[i] = x
		}
		got := e.Eval(pt)
		if !same(got, c.want) {
			t.Errorf("%s = %v, want %v", c.src, got, c.want)
		}
		if at := expr.Compile(e).At(pt); !same(at, got) {
			t.Errorf("%s: At = %v, Eval = %v", c.src, at, got)
		}
	}
}

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// randomExpr returns a random expression in x, y and z of about depth d.
func randomExpr(r *rand.Rand, d int) string {
	if d == 0 || r.IntN(4) == 0 {
		switch r.IntN(6) {
		case 0:
			return fmt.Sprint(r.IntN(5))
		case 1:
			return fmt.Sprint(r.Float64()*4 - 2)
		case 2:
			return "pi"
		}
		return []string{"x", "y", "z"}[r.IntN(3)]
	}
	a, b := randomExpr(r, d-1), randomExpr(r, d-1)
	switch r.IntN(10) {
	case 0:
		return "(" + a + ") + (" + b + ")"
	case 1:
		return "(" + a + ") - (" + b + ")"
	case 2:
		return "(" + a + ")*(" + b + ")"
	case 3:
		return "(" + a + ")/(" + b + ")"
	case 4:
		return "(" + a + ")**" + []string{"2", "0.5", "-1", "3", "(" + b + ")", "1", "0"}[r.IntN(7)]
	case 5:
		return "-(" + a + ")"
	case 6:
		return []string{"arctan2", "hypot", "min", "max"}[r.IntN(4)] + "(" + a + ", " + b + ")"
	}
	fns := []string{"sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh",
		"arccosh", "arctanh", "exp", "log", "log10", "log2", "sqrt", "abs", "sign", "floor", "ceil"}
	return fns[r.IntN(len(fns))] + "(" + a + ")"
}

// TestGrid checks that Grid computes At's bits at every point, for random
// expressions, on grids with short and long rows, one or several rows,
// with and without caches of the subexpressions that depend on the last
// variable alone or not at all, and the parallel split.
func TestGrid(t *testing.T) {
	t.Run("cached", testGrid)
	t.Run("uncached", func(t *testing.T) {
		defer expr.SetMaxCached(0)()
		testGrid(t)
	})
}

func testGrid(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	shapes := [][]int{{1, 1, 1}, {3, 4, 5}, {2, 3, 2500}, {40, 30, 41}, {1, 1, 3000}, {7, 1, 2}}
	for k := 0; k < 150; k++ {
		src := randomExpr(r, 4)
		e, err := expr.ParseVars(src, []string{"x", "y", "z"})
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		p := expr.Compile(e)
		shape := shapes[k%len(shapes)]
		coords := make([][]float64, 3)
		for i, n := range shape {
			coords[i] = make([]float64, n)
			for j := range coords[i] {
				coords[i][j] = r.Float64()*6 - 3
			}
		}
		f := p.Grid(nil, coords)
		for idx := 0; idx < len(f); idx += 1 + idx%97 {
			i, j, l := idx/(shape[1]*shape[2]), idx/shape[2]%shape[1], idx%shape[2]
			want := e.Eval([]float64{coords[0][i], coords[1][j], coords[2][l]})
			if !same(f[idx], want) {
				t.Fatalf("%s on %v: [%d %d %d] = %v, want %v", src, shape, i, j, l, f[idx], want)
			}
		}
	}
}

func TestGridEdges(t *testing.T) {
	e, _ := expr.Parse("2 + 3")
	if got := expr.Compile(e).Grid(nil, nil); len(got) != 1 || got[0] != 5 {
		t.Errorf("no variables: %v", got)
	}
	e, _ = expr.Parse("x*y")
	if got := expr.Compile(e).Grid(nil, [][]float64{{1, 2}, {}}); len(got) != 0 {
		t.Errorf("empty axis: %v", got)
	}
	// Only the first variable: constant along each row.
	e, _ = expr.ParseVars("sin(x)", []string{"x", "y"})
	got := expr.Compile(e).Grid(nil, [][]float64{{1, 2}, {0, 0, 0}})
	if got[0] != math.Sin(1) || got[2] != math.Sin(1) || got[3] != math.Sin(2) {
		t.Errorf("sin(x) over (x, y): %v", got)
	}
}

// TestDualExact checks that dual numbers agree with the symbolic
// derivatives at random points of random expressions.
func TestDualExact(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 200; k++ {
		src := randomExpr(r, 3)
		e, err := expr.ParseVars(src, []string{"x", "y", "z"})
		if err != nil {
			t.Fatal(err)
		}
		pt := []float64{r.Float64()*2 - 1, r.Float64()*2 - 1, r.Float64()*2 - 1}
		v, grad := e.Dual(pt)
		if !same(v, e.Eval(pt)) {
			t.Errorf("%s: dual value %v, Eval %v", src, v, e.Eval(pt))
		}
		for i, name := range e.Vars {
			d, err := e.Derivative(name)
			if err != nil {
				t.Fatal(err)
			}
			want := d.Eval(pt)
			if math.IsNaN(want) || math.IsInf(want, 0) || math.Abs(want) > 1e8 {
				continue // near a singularity the two may differ in kind
			}
			if math.Abs(grad[i]-want) > 1e-9*math.Max(1, math.Abs(want)) {
				t.Errorf("%s: d/d%s at %v: dual %v, exact %v = %s", src, name, pt, grad[i], want, d)
			}
		}
	}
}

func TestPartialsMethods(t *testing.T) {
	e, _ := expr.Parse("sin(x)*exp(y)")
	pt := []float64{1, 0.5}
	want := []float64{math.Cos(1) * math.Exp(0.5), math.Sin(1) * math.Exp(0.5)}
	for _, c := range []struct {
		m   expr.Method
		tol float64
	}{{expr.Exact, 1e-15}, {expr.Dual, 1e-15}, {expr.Richardson, 1e-12}, {expr.Central, 1e-9}, {expr.Forward, 1e-7}} {
		r, err := e.Partials(pt, c.m, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if math.Abs(r.Grad[i]-want[i]) > c.tol {
				t.Errorf("%s: ∂f/∂%s = %v, want %v", c.m, e.Vars[i], r.Grad[i], want[i])
			}
		}
		if (r.Err != nil) != (c.m == expr.Richardson) {
			t.Errorf("%s: error estimate %v", c.m, r.Err)
		}
		if c.m == expr.Richardson && (r.Err[0] > 1e-10 || r.Err[0] < 0) {
			t.Errorf("richardson error estimate %v", r.Err)
		}
	}
	if _, err := e.Partials(pt, "backward", nil); err == nil {
		t.Error("unknown method: no error")
	}
	// Richardson near the edge of the domain: log(x) at 0.05 starts with a step
	// reaching x < 0, and shrinks it.
	e, _ = expr.Parse("log(x)")
	r, _ := e.Partials([]float64{0.05}, expr.Richardson, nil)
	if math.Abs(r.Grad[0]-20) > 1e-9 {
		t.Errorf("richardson d/dx log(x) at 0.05 = %v, want 20", r.Grad[0])
	}
}

package expr_test

import (
	"testing"

	"github.com/gradplay/gradplay/core/expr"
)

// printCases: input, then its Python, Pretty and NumPy forms.
var printCases = []struct{ in, python, pretty, numpy string }{
	{"q*chi*delta", "q*chi*delta", "q·chi·delta", "q*chi*delta"},
	{"2*x**2 + 3*y**2 - 4*z", "2*x**2 + 3*y**2 - 4*z", "2x² + 3y² − 4z", "2*x**2 + 3*y**2 - 4*z"},
	{"np.sin(x)*np.exp(-y**2)", "sin(x)*exp(-y**2)", "sin(x)·exp(−y²)", "np.sin(x)*np.exp(-y**2)"},
	{"2x^2 - 3(x+1)", "2*x**2 - 3*(x + 1)", "2x² − 3·(x + 1)", "2*x**2 - 3*(x + 1)"},
	{"(-x)**2", "(-x)**2", "(−x)²", "(-x)**2"},
	{"-x**2", "-x**2", "−x²", "-x**2"},
	{"x**-1", "x**-1", "x⁻¹", "x**-1"},
	{"2**3**2", "2**3**2", "2^3²", "2**3**2"},
	{"(2**3)**2", "(2**3)**2", "(2³)²", "(2**3)**2"},
	{"a - (b - c)", "a - (b - c)", "a − (b − c)", "a - (b - c)"},
	{"a + (b + c)", "a + (b + c)", "a + (b + c)", "a + (b + c)"},
	{"(a + b) + c", "a + b + c", "a + b + c", "a + b + c"},
	{"a/(b*c)", "a/(b*c)", "a/(b·c)", "a/(b*c)"},
	{"a/b/c", "a/b/c", "a/b/c", "a/b/c"},
	{"--x", "-(-x)", "−(−x)", "-(-x)"},
	{"+x", "x", "x", "x"},
	{"x**0.5 + .5 + 1e-3 + 2.50", "x**0.5 + 0.5 + 0.001 + 2.5", "x^0.5 + 0.5 + 0.001 + 2.5", "x**0.5 + 0.5 + 0.001 + 2.5"},
	{"1e22 + 1e-7 + 123456789012.5", "1e+22 + 1e-07 + 123456789012.5", "1e+22 + 1e-07 + 123456789012.5", "1e+22 + 1e-07 + 123456789012.5"},
	{"2pi*e", "2*pi*e", "2·π·e", "2*np.pi*np.e"},
	{"π/2", "pi/2", "π/2", "np.pi/2"},
	{"asin(x) + atan2(y, x) + min(x, y)", "arcsin(x) + arctan2(y, x) + min(x, y)", "arcsin(x) + arctan2(y, x) + min(x, y)",
		"np.arcsin(x) + np.arctan2(y, x) + np.minimum(x, y)"},
	{"χ·δ − 2×χ÷δ", "χ*δ - 2*χ/δ", "χ·δ − 2χ/δ", "χ*δ - 2*χ/δ"},
	{"np.inf - inf", "inf - inf", "∞ − ∞", "np.inf - np.inf"},
}

func TestPrint(t *testing.T) {
	for _, c := range printCases {
		e, err := expr.Parse(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		for _, f := range []struct {
			style expr.Style
			want  string
		}{{expr.Python, c.python}, {expr.Pretty, c.pretty}, {expr.NumPy, c.numpy}} {
			if got := expr.Format(e.Root, f.style); got != f.want {
				t.Errorf("%q in style %d: got %q, want %q", c.in, f.style, got, f.want)
			}
		}
		// Round trips: the Python and NumPy forms parse back to the same tree.
		for _, s := range []string{c.python, c.numpy} {
			e2, err := expr.Parse(s)
			if err != nil {
				t.Errorf("%q: reparse %q: %v", c.in, s, err)
				continue
			}
			if got := e2.String(); got != c.python {
				t.Errorf("%q: %q reprints as %q", c.in, s, got)
			}
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 2: "2", -3: "-3", 0.5: "0.5", 1e-3: "0.001", 1e-5: "1e-05", 1e15: "1000000000000000",
		1e16: "1e+16", 0.30000000000000004: "0.30000000000000004", 123456.75: "123456.75", 1.5e300: "1.5e+300",
	} {
		if got := expr.FormatNumber(v); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestVarsAndNotes(t *testing.T) {
	e, err := expr.Parse("y*x + z*xy + sin(x)")
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Vars; len(got) != 4 || got[0] != "y" || got[1] != "x" || got[2] != "z" || got[3] != "xy" {
		t.Errorf("Vars = %v, want [y x z xy]", got)
	}
	if len(e.Notes) != 1 || e.Notes[0].Code != expr.JoinedNames {
		t.Fatalf("Notes = %v", e.Notes)
	}
	want := "y*x + z*xy + sin(x)\n        ^^ xy is one variable; did you mean x*y?"
	if got := e.Notes[0].Snippet(); got != want {
		t.Errorf("note:\n%s\nwant\n%s", got, want)
	}
	// A caller's variable shadows a constant.
	e, err = expr.ParseVars("e*x", []string{"x", "e"})
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Eval([]float64{2, 3}); got != 6 {
		t.Errorf("e*x with e a variable = %v, want 6", got)
	}
}

// derivativeCases: expression, variable, derivative in Python syntax.
var derivativeCases = []struct{ in, v, want string }{
	{"q*chi*delta", "chi", "q*delta"},
	{"2*x**2 + 3*y**2 - 4*z", "x", "4*x"},
	{"2*x**2 + 3*y**2 - 4*z", "z", "-4"},
	{"sin(x)*exp(-y**2)", "y", "-2*sin(x)*(y*exp(-y**2))"},
	{"exp(-(x**2 + y**2))", "x", "-2*x*exp(-(x**2 + y**2))"},
	{"sqrt(x**2 + y**2)", "x", "x/sqrt(x**2 + y**2)"},
	{"log(x)", "x", "1/x"},
	{"log10(x)", "x", "1/(x*log(10))"},
	{"x**y", "y", "x**y*log(x)"},
	{"x**y", "x", "y*x**(y - 1)"},
	{"abs(x)", "x", "sign(x)"},
	{"floor(x) + sign(x)", "x", "0"},
	{"max(x, y)", "x", "(1 + sign(x - y))/2"},
	{"-x**2 + sin(pi*y)", "y", "pi*cos(pi*y)"},
	{"tan(x)", "x", "1 + tan(x)**2"},
	{"arctan2(y, x)", "x", "-y/(x**2 + y**2)"},
	{"1/x", "x", "-1/x**2"},
	{"x/y", "y", "-x/y**2"},
	{"x + x", "x", "2"},
	{"x*x", "x", "2*x"},
	{"5", "x", "0"},
	{"y", "x", "0"},
}

func TestDerivative(t *testing.T) {
	for _, c := range derivativeCases {
		e, err := expr.Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		d, err := e.Derivative(c.v)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.String(); got != c.want {
			t.Errorf("d/d%s %s = %s, want %s", c.v, c.in, got, c.want)
		}
		if _, err := expr.ParseVars(d.String(), e.Vars); err != nil {
			t.Errorf("d/d%s %s = %s does not parse: %v", c.v, c.in, d, err)
		}
	}
}

func TestBuiltinsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range expr.Builtins() {
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			if seen[n] {
				t.Errorf("%s listed twice", n)
			}
			seen[n] = true
			if expr.Lookup("np."+n) != b {
				t.Errorf("Lookup(np.%s) is not %s", n, b.Name)
			}
		}
		if b.Doc == "" || b.NumPy == "" {
			t.Errorf("%s: no doc or numpy name", b.Name)
		}
		if b.Arity() > 0 && len(b.Derivatives()) != b.Arity() {
			t.Errorf("%s: %d derivatives for %d parameters", b.Name, len(b.Derivatives()), b.Arity())
		}
	}
	for _, n := range []string{"sin", "cos", "tan", "arcsin", "asin", "arccos", "acos", "arctan", "atan", "arctan2", "atan2",
		"sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "exp", "log", "log10", "log2", "sqrt", "abs", "sign",
		"floor", "ceil", "min", "max", "hypot", "pi", "e"} {
		if !seen[n] {
			t.Errorf("no builtin %s", n)
		}
	}
	if got := expr.Lookup("arctan2").Derivatives(); got[0] != "x/(x**2 + y**2)" || got[1] != "-y/(x**2 + y**2)" {
		t.Errorf("arctan2 derivatives %q", got)
	}
}

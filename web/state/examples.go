package state

// Example is one entry of the playground's examples menu: a title and the
// whole state it opens.
type Example struct {
	Title string `json:"title"`
	State State  `json:"state"`
}

// seed is the grid of the question that started it all:
// numpy.mgrid[-100:101:25], 9 points from -100 to 100 per variable.
const seed = "-100:101:25"

// Examples returns the examples menu. The classic question opens on the
// slice delta = 50 (index 6 of 9), where f is not identically zero: all
// three partials are seen (the out-of-plane one as ⊙/⊗ markers).
func Examples() []Example {
	g := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	return []Example{
		{"q*chi*delta on -100:101:25 (the classic question)", State{Expr: "q*chi*delta",
			Grid: g("q", seed, "chi", seed, "delta", seed), At: map[string]int{"delta": 6}, EdgeOrder: 1}},
		{"q*chi*delta on -2:2:21j", State{Expr: "q*chi*delta",
			Grid: g("q", DefaultSpec, "chi", DefaultSpec, "delta", DefaultSpec), At: map[string]int{"delta": 15}, EdgeOrder: 1}},
		{"2*x**2 + 3*y**2 - 4*z on -100:101:25", State{Expr: "2*x**2 + 3*y**2 - 4*z",
			Grid: g("x", seed, "y", seed, "z", seed), EdgeOrder: 1}},
		{"sin(x)*exp(-y**2)", State{Expr: "sin(x)*exp(-y**2)", Grid: g("x", "-3:3:41j", "y", "-2:2:31j"), EdgeOrder: 1}},
		{"x**2 (one variable, non-uniform)", State{Expr: "x**2", Grid: g("x", "[0, 1, 1.5, 3.5, 4, 6]"), EdgeOrder: 1}},
		{"Gaussian bump exp(-(x**2 + y**2))", State{Expr: "exp(-(x**2 + y**2))", Grid: g("x", "-2:2:25j", "y", "-2:2:25j"), EdgeOrder: 1}},
		{"Saddle x*y (diverging colours)", State{Expr: "x*y", Grid: g("x", "-1:1:21j", "y", "-1:1:21j"), Palette: "diverging", EdgeOrder: 1}},
		{"Non-uniform grid: x**3 - 3*x*y**2", State{Expr: "x**3 - 3*x*y**2",
			Grid: g("x", "[-1, -0.7, -0.45, -0.25, -0.1, 0, 0.1, 0.25, 0.45, 0.7, 1]", "y", "linspace(-1, 1, 15)"), EdgeOrder: 1}},
		{"arctan2(y, x): a branch cut", State{Expr: "arctan2(y, x)", Grid: g("x", "-1:1:20j", "y", "-1:1:20j"), EdgeOrder: 1}},
	}
}

package expr

import "math"

// builtins is the table of functions and constants. The partial derivatives
// of the functions that are not differentiable everywhere follow the
// conventions documented in Derivative: abs' = sign (0 at 0), sign, floor
// and ceil have derivative 0, and min and max give each argument half at a
// tie.
var builtins = []*Builtin{
	fn1("sin", nil, "sine (radians)", math.Sin,
		func(x Node) Node { return call("cos", x) },
		func(x, _ float64) float64 { return math.Cos(x) }),
	fn1("cos", nil, "cosine (radians)", math.Cos,
		func(x Node) Node { return neg(call("sin", x)) },
		func(x, _ float64) float64 { return -math.Sin(x) }),
	fn1("tan", nil, "tangent (radians)", math.Tan,
		func(x Node) Node { return add(num(1), pow(call("tan", x), num(2))) },
		func(_, f float64) float64 { return 1 + f*f }),
	fn1("arcsin", []string{"asin"}, "inverse sine, in [-pi/2, pi/2]", math.Asin,
		func(x Node) Node { return div(num(1), call("sqrt", sub(num(1), pow(x, num(2))))) },
		func(x, _ float64) float64 { return 1 / math.Sqrt((1-x)*(1+x)) }),
	fn1("arccos", []string{"acos"}, "inverse cosine, in [0, pi]", math.Acos,
		func(x Node) Node { return neg(div(num(1), call("sqrt", sub(num(1), pow(x, num(2)))))) },
		func(x, _ float64) float64 { return -1 / math.Sqrt((1-x)*(1+x)) }),
	fn1("arctan", []string{"atan"}, "inverse tangent, in [-pi/2, pi/2]", math.Atan,
		func(x Node) Node { return div(num(1), add(num(1), pow(x, num(2)))) },
		func(x, _ float64) float64 { return 1 / (1 + x*x) }),
	{Name: "arctan2", Aliases: []string{"atan2"}, Params: []string{"y", "x"}, NumPy: "np.arctan2",
		Doc: "the angle of the point (x, y), in [-pi, pi]", F2: math.Atan2,
		partials: func(a []Node) []Node {
			r := add(pow(a[1], num(2)), pow(a[0], num(2)))
			return []Node{div(a[1], r), neg(div(a[0], r))}
		},
		dual: func(y, x, _ float64) (float64, float64) {
			r := x*x + y*y
			return x / r, -y / r
		}},
	fn1("sinh", nil, "hyperbolic sine", math.Sinh,
		func(x Node) Node { return call("cosh", x) },
		func(x, _ float64) float64 { return math.Cosh(x) }),
	fn1("cosh", nil, "hyperbolic cosine", math.Cosh,
		func(x Node) Node { return call("sinh", x) },
		func(x, _ float64) float64 { return math.Sinh(x) }),
	fn1("tanh", nil, "hyperbolic tangent", math.Tanh,
		func(x Node) Node { return div(num(1), pow(call("cosh", x), num(2))) },
		func(x, _ float64) float64 { c := math.Cosh(x); return 1 / (c * c) }),
	fn1("arcsinh", []string{"asinh"}, "inverse hyperbolic sine", math.Asinh,
		func(x Node) Node { return div(num(1), call("sqrt", add(pow(x, num(2)), num(1)))) },
		func(x, _ float64) float64 { return 1 / math.Sqrt(x*x+1) }),
	fn1("arccosh", []string{"acosh"}, "inverse hyperbolic cosine (x >= 1)", math.Acosh,
		func(x Node) Node { return div(num(1), call("sqrt", sub(pow(x, num(2)), num(1)))) },
		func(x, _ float64) float64 { return 1 / math.Sqrt((x-1)*(x+1)) }),
	fn1("arctanh", []string{"atanh"}, "inverse hyperbolic tangent (-1 < x < 1)", math.Atanh,
		func(x Node) Node { return div(num(1), sub(num(1), pow(x, num(2)))) },
		func(x, _ float64) float64 { return 1 / ((1 - x) * (1 + x)) }),
	fn1("exp", nil, "e to the power x", math.Exp,
		func(x Node) Node { return call("exp", x) },
		func(_, f float64) float64 { return f }),
	fn1("log", []string{"ln"}, "natural logarithm (NaN for x < 0)", math.Log,
		func(x Node) Node { return div(num(1), x) },
		func(x, _ float64) float64 { return 1 / x }),
	fn1("log10", nil, "base-10 logarithm", math.Log10,
		func(x Node) Node { return div(num(1), mul(x, call("log", num(10)))) },
		func(x, _ float64) float64 { return 1 / (x * math.Ln10) }),
	fn1("log2", nil, "base-2 logarithm", math.Log2,
		func(x Node) Node { return div(num(1), mul(x, call("log", num(2)))) },
		func(x, _ float64) float64 { return 1 / (x * math.Ln2) }),
	fn1("sqrt", nil, "square root (NaN for x < 0)", math.Sqrt,
		func(x Node) Node { return div(num(1), mul(num(2), call("sqrt", x))) },
		func(_, f float64) float64 { return 1 / (2 * f) }),
	fn1("abs", []string{"absolute", "fabs"}, "absolute value; its derivative is sign(x), 0 at 0", math.Abs,
		func(x Node) Node { return call("sign", x) },
		func(x, _ float64) float64 { return signOf(x) }),
	fn1("sign", nil, "-1, 0 or 1; derivative 0", signOf, zero, zeroDual),
	fn1("floor", nil, "the largest integer <= x; derivative 0", math.Floor, zero, zeroDual),
	fn1("ceil", nil, "the smallest integer >= x; derivative 0", math.Ceil, zero, zeroDual),
	{Name: "min", Aliases: []string{"minimum", "fmin"}, Params: xy, NumPy: "np.minimum",
		Doc: "the smaller of x and y; at a tie each argument gets half the derivative", F2: minimum,
		partials: func(a []Node) []Node {
			s := call("sign", sub(a[0], a[1]))
			return []Node{div(sub(num(1), s), num(2)), div(add(num(1), s), num(2))}
		},
		dual: func(x, y, _ float64) (float64, float64) {
			s := signOf(x - y)
			return (1 - s) / 2, (1 + s) / 2
		}},
	{Name: "max", Aliases: []string{"maximum", "fmax"}, Params: xy, NumPy: "np.maximum",
		Doc: "the larger of x and y; at a tie each argument gets half the derivative", F2: maximum,
		partials: func(a []Node) []Node {
			s := call("sign", sub(a[0], a[1]))
			return []Node{div(add(num(1), s), num(2)), div(sub(num(1), s), num(2))}
		},
		dual: func(x, y, _ float64) (float64, float64) {
			s := signOf(x - y)
			return (1 + s) / 2, (1 - s) / 2
		}},
	{Name: "hypot", Params: xy, NumPy: "np.hypot",
		Doc: "sqrt(x**2 + y**2) without overflow", F2: math.Hypot,
		partials: func(a []Node) []Node {
			h := call("hypot", a[0], a[1])
			return []Node{div(a[0], h), div(a[1], h)}
		},
		dual: func(x, y, f float64) (float64, float64) { return x / f, y / f }},
	constant("pi", []string{"π"}, "π = 3.14159…", math.Pi),
	constant("e", nil, "Euler's number 2.71828…", math.E),
	constant("inf", nil, "positive infinity", math.Inf(1)),
	constant("nan", nil, "not a number", math.NaN()),
}

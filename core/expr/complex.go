package expr

import (
	"math"
	"math/cmplx"
)

// ComplexStep is the step h of the complex-step derivative (Complex).
//
// The complex step takes f′(x) = Im f(x + ih) / h: for an f analytic at x,
// f(x + ih) = f(x) + ih f′(x) - h² f″(x)/2 - ih³ f‴(x)/6 + ..., so the
// imaginary part is h f′(x) with a relative error of O(h²), and nothing is
// subtracted: no digits cancel, however small h is (W. Squire and G.
// Trapp, "Using complex variables to estimate derivatives of real
// functions", SIAM Review 40 (1998); J. R. R. A. Martins, P. Sturdza and
// J. J. Alonso, "The complex-step derivative approximation", ACM TOMS 29
// (2003)). With h = 1e-20 the O(h²) term is 1e-40 relative, far below
// float64's 1.1e-16, and rounding is that of evaluating f: the result is as
// accurate as forward-mode automatic differentiation (Dual). A forward
// difference with that step gives 0 (x + 1e-20 == x for |x| > 1e-4).
const ComplexStep = 1e-20

// complexEval evaluates a tree in complex arithmetic, with the imaginary
// part of variable k displaced by h.
type complexEval struct {
	x []float64
	k int
	h float64
	// bad names the first builtin that is not analytic and received an
	// argument with an imaginary part ("abs"), "" if none.
	bad string
}

// ComplexStepAt returns the complex-step derivative of e with respect to
// variable k at x, Im e(x + ih e_k) / h (see ComplexStep), and, when a
// function that is not analytic (abs, sign, floor, ceil, min, max) lies on
// the path of the step, its name: the derivative is then NaN. It panics if
// x is shorter than Vars.
func (e *Expr) ComplexStepAt(x []float64, k int, h float64) (deriv float64, notAnalytic string) {
	if len(x) < len(e.Vars) {
		panic("expr: ComplexStepAt needs a value for every variable")
	}
	c := complexEval{x: x, k: k, h: h}
	v := c.node(e.Root)
	if c.bad != "" {
		return math.NaN(), c.bad
	}
	return imag(v) / h, ""
}

func (c *complexEval) node(n Node) complex128 {
	switch n := n.(type) {
	case *Num:
		return complex(n.Value, 0)
	case *Const:
		return complex(n.B.Value, 0)
	case *Var:
		if n.Index == c.k {
			return complex(c.x[n.Index], c.h)
		}
		return complex(c.x[n.Index], 0)
	case *Unary:
		return -c.node(n.X)
	case *Binary:
		a, b := c.node(n.X), c.node(n.Y)
		switch n.Op {
		case Add:
			return a + b
		case Sub:
			return a - b
		case Mul:
			return a * b
		case Div:
			return a / b
		}
		return complexPow(a, b)
	case *Call:
		cf := complexBuiltins[n.B.Name]
		a := c.node(n.Args[0])
		var b complex128
		if len(n.Args) > 1 {
			b = c.node(n.Args[1])
		}
		if cf.fn == nil { // not analytic: only where the step does not reach it
			if (imag(a) != 0 || imag(b) != 0) && c.bad == "" {
				c.bad = n.B.Name
			}
			if n.B.F1 != nil {
				return complex(n.B.F1(real(a)), 0)
			}
			return complex(n.B.F2(real(a), real(b)), 0)
		}
		return cf.fn(a, b)
	}
	panic("expr: unknown node")
}

// complexPow is a**b: integer exponents by repeated multiplication (exact
// in its imaginary part, where exp(b log a) of a negative a would carry
// sin(3π)'s rounding, 1e-16, into it), a square root by cmplx.Sqrt, and
// otherwise exp(b log a) for a positive base, NaN for a negative one (as
// numpy's real power).
func complexPow(a, b complex128) complex128 {
	if imag(b) == 0 {
		e := real(b)
		switch {
		case e == math.Trunc(e) && math.Abs(e) <= 64:
			p := complex(1, 0)
			for q, s := a, int(math.Abs(e)); s > 0; s >>= 1 {
				if s&1 == 1 {
					p *= q
				}
				q *= q
			}
			if e < 0 {
				return 1 / p
			}
			return p
		case e == 0.5:
			return complexSqrt(a)
		}
	}
	if real(a) < 0 {
		return complex(math.NaN(), 0)
	}
	if real(a) == 0 && imag(a) == 0 {
		return complex(math.Pow(0, real(b)), 0)
	}
	return cmplx.Exp(b * cmplx.Log(a))
}

// complexSqrt is sqrt with numpy's NaN for a negative argument.
func complexSqrt(a complex128) complex128 {
	if real(a) < 0 {
		return complex(math.NaN(), 0)
	}
	return cmplx.Sqrt(a)
}

// complexFn is a builtin's complex form; fn nil means the builtin is not
// analytic.
type complexFn struct {
	fn func(a, b complex128) complex128
}

func c1(f func(complex128) complex128) complexFn {
	return complexFn{func(a, _ complex128) complex128 { return f(a) }}
}

// firstOrder returns the analytic continuation of a real function f with
// derivative df to first order in the imaginary part, f(a) + i Im(a)
// f'(a): exact in float64 for the complex step's imaginary parts (the next
// term is Im(a)² smaller). It serves the inverse trigonometric and
// hyperbolic functions, whose math/cmplx forms compute log(1 + O(h)) and
// lose an imaginary part of 1e-20 entirely.
func firstOrder(f, df func(float64) float64) complexFn {
	return c1(func(a complex128) complex128 {
		v := f(real(a))
		if imag(a) == 0 {
			return complex(v, 0)
		}
		return complex(v, imag(a)*df(real(a)))
	})
}

// complexBuiltins holds the complex form of every function of the table
// (TestComplexBuiltins checks that none is missing).
var complexBuiltins = map[string]complexFn{
	"sin":  c1(cmplx.Sin),
	"cos":  c1(cmplx.Cos),
	"tan":  c1(cmplx.Tan),
	"sinh": c1(cmplx.Sinh),
	"cosh": c1(cmplx.Cosh),
	"tanh": c1(cmplx.Tanh),
	"exp":  c1(cmplx.Exp),
	"log": c1(func(a complex128) complex128 {
		if real(a) < 0 {
			return complex(math.NaN(), 0)
		}
		return cmplx.Log(a)
	}),
	"log10": c1(func(a complex128) complex128 {
		if real(a) < 0 {
			return complex(math.NaN(), 0)
		}
		return cmplx.Log10(a)
	}),
	"log2": c1(func(a complex128) complex128 {
		if real(a) < 0 {
			return complex(math.NaN(), 0)
		}
		return cmplx.Log(a) / math.Ln2
	}),
	"sqrt":    c1(complexSqrt),
	"arcsin":  firstOrder(math.Asin, func(x float64) float64 { return 1 / math.Sqrt((1-x)*(1+x)) }),
	"arccos":  firstOrder(math.Acos, func(x float64) float64 { return -1 / math.Sqrt((1-x)*(1+x)) }),
	"arctan":  firstOrder(math.Atan, func(x float64) float64 { return 1 / (1 + x*x) }),
	"arcsinh": firstOrder(math.Asinh, func(x float64) float64 { return 1 / math.Sqrt(x*x+1) }),
	"arccosh": firstOrder(math.Acosh, func(x float64) float64 { return 1 / math.Sqrt((x-1)*(x+1)) }),
	"arctanh": firstOrder(math.Atanh, func(x float64) float64 { return 1 / ((1 - x) * (1 + x)) }),
	// arctan2(y, x) is analytic away from the origin and the cut y = 0,
	// x < 0: its real part from math.Atan2, its imaginary part to first
	// order, (x Im y - y Im x) / (x² + y²).
	"arctan2": {func(y, x complex128) complex128 {
		yr, xr := real(y), real(x)
		return complex(math.Atan2(yr, xr), (xr*imag(y)-yr*imag(x))/(xr*xr+yr*yr))
	}},
	"hypot": {func(x, y complex128) complex128 {
		if imag(x) == 0 && imag(y) == 0 {
			return complex(math.Hypot(real(x), real(y)), 0)
		}
		return cmplx.Sqrt(x*x + y*y)
	}},
	// Not analytic: a kink (abs, min, max) or a jump (sign, floor, ceil).
	"abs": {}, "sign": {}, "floor": {}, "ceil": {}, "min": {}, "max": {},
}

package expr

import (
	"fmt"
	"math"
)

// Method is a way of computing partial derivatives at a point.
type Method string

// The methods of Partials.
const (
	// Forward is scipy.optimize.approx_fprime's forward difference,
	//
	//	∂f/∂x_i ≈ (f(x + h e_i) - f(x)) / ((x_i + h) - x_i),   h = Epsilon
	//
	// first-order accurate: error O(h) plus rounding O(ε f / h).
	Forward Method = "forward"
	// Central is the central difference (f(x + h e_i) - f(x - h e_i)) / 2h
	// (gonum's diff/fd Central formula, bit for bit), second-order accurate.
	Central Method = "central"
	// Richardson extrapolates central differences with shrinking steps
	// (Ridders' method) and reports an error estimate.
	Richardson Method = "richardson"
	// Dual is forward-mode automatic differentiation (Expr.Dual): exact up
	// to rounding.
	Dual Method = "dual"
	// Exact evaluates the symbolic derivatives (Expr.Derivative).
	Exact Method = "exact"
)

// Methods lists the methods, for a page's menu.
var Methods = []Method{Exact, Dual, Richardson, Central, Forward}

// DefaultEpsilon is Forward's default step, scipy's: 2**-26 = sqrt(2**-52),
// about 1.49e-8.
const DefaultEpsilon = 1.0 / (1 << 26)

// PointOptions are the optional settings of Partials. The zero value means
// the defaults.
type PointOptions struct {
	// Epsilon is Forward's step; 0 means DefaultEpsilon. As in scipy, a step
	// that vanishes next to a large x_i ((x_i + h) - x_i == 0) is replaced by
	// 2**-26 * max(1, |x_i|) with the sign of x_i.
	Epsilon float64
	// Step is Central's step, and Richardson's first (largest) step; 0 means
	// cbrt(2**-52) * max(1, |x_i|) (about 6e-6) for Central and
	// 0.1 * max(1, |x_i|) for Richardson (which also tries 1/8, 1/64 and
	// 1/512 of it and keeps the estimate with the smallest error).
	Step float64
}

// Partials is the result of a point method.
type Partials struct {
	Method Method
	Value  float64   // f at the point
	Grad   []float64 // the partial derivative with respect to each variable
	Err    []float64 // Richardson's error estimate per partial; nil for the other methods
}

// Partials returns the value of e at the point x (x[i] is the value of
// e.Vars[i]) and its partial derivatives computed by the given method. It
// returns an error for an unknown method or when the exact derivatives are
// too large (see Derivative), and panics if x is shorter than Vars.
func (e *Expr) Partials(x []float64, m Method, opts *PointOptions) (*Partials, error) {
	if len(x) < len(e.Vars) {
		panic("expr: Partials needs a value for every variable")
	}
	if opts == nil {
		opts = &PointOptions{}
	}
	x = x[:len(e.Vars)]
	p := Compile(e)
	r := &Partials{Method: m, Value: p.At(x), Grad: make([]float64, len(x))}
	switch m {
	case Forward:
		forward(p, x, r.Value, opts.Epsilon, r.Grad)
	case Central:
		for i := range x {
			h := opts.Step
			if h == 0 {
				h = math.Cbrt(0x1p-52) * math.Max(1, math.Abs(x[i]))
			}
			r.Grad[i] = centralDiff(along(p, x, i), x[i], h)
		}
	case Richardson:
		r.Err = make([]float64, len(x))
		for i := range x {
			h := opts.Step
			if h == 0 {
				h = 0.1 * math.Max(1, math.Abs(x[i]))
			}
			r.Grad[i], r.Err[i] = richardson(along(p, x, i), x[i], h)
		}
	case Dual:
		r.Value, r.Grad = e.Dual(x)
	case Exact:
		grad, err := e.Gradient()
		if err != nil {
			return nil, err
		}
		for i, d := range grad {
			r.Grad[i] = d.Eval(x)
		}
	default:
		return nil, fmt.Errorf("expr: unknown method %q", m)
	}
	return r, nil
}

// along returns f as a function of variable i alone, the others held at x.
func along(p *Program, x []float64, i int) func(float64) float64 {
	y := append([]float64(nil), x...)
	return func(t float64) float64 {
		y[i] = t
		return p.At(y)
	}
}

// forward is scipy.optimize.approx_fprime (scipy's approx_derivative with
// method '2-point' and abs_step epsilon).
func forward(p *Program, x []float64, f0, eps float64, grad []float64) {
	if eps == 0 {
		eps = DefaultEpsilon
	}
	y := append([]float64(nil), x...)
	for i, xi := range x {
		h := eps
		if (xi+h)-xi == 0 {
			sign := 1.0
			if xi < 0 {
				sign = -1
			}
			h = DefaultEpsilon * sign * math.Max(1, math.Abs(xi))
		}
		y[i] = xi + h
		dx := y[i] - xi
		grad[i] = (p.At(y) - f0) / dx
		y[i] = xi
	}
}

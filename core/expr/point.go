package expr

import (
	"fmt"

	"github.com/gradplay/gradplay/core/fd"
)

// Method is a way of computing partial derivatives at a point.
type Method string

// The methods of Partials.
const (
	// Forward is scipy.optimize.approx_fprime's forward difference
	// (fd.Forward), first-order accurate:
	//
	//	∂f/∂x_i ≈ (f(x + h e_i) - f(x)) / ((x_i + h) - x_i)
	Forward Method = "forward"
	// Central is the central difference (fd.Central: gonum's diff/fd Central
	// formula, bit for bit), second-order accurate:
	//
	//	∂f/∂x_i ≈ (-0.5 f(x - h e_i) + 0.5 f(x + h e_i)) / h
	Central Method = "central"
	// Richardson extrapolates central differences with shrinking steps
	// (fd.Richardson: Ridders' method) and reports an error estimate.
	Richardson Method = "richardson"
	// Dual is forward-mode automatic differentiation (Expr.Dual): exact up
	// to rounding.
	Dual Method = "dual"
	// Exact evaluates the symbolic derivatives (Expr.Derivative).
	Exact Method = "exact"
	// Complex is the complex-step derivative (Expr.ComplexStepAt, step
	// ComplexStep = 1e-20): Im f(x + ih e_i) / h, with no subtraction, so
	// exact up to the rounding of f. It needs f analytic along the step:
	// through abs, sign, floor, ceil, min or max of an argument the step
	// reaches the partial is NaN, not trusted, and Warning says why.
	Complex Method = "complex"
)

// Methods lists the methods, for a page's menu.
var Methods = []Method{Exact, Dual, Complex, Richardson, Central, Forward}

// PointOptions are the optional settings of Partials. The zero value means
// the defaults.
type PointOptions struct {
	// Epsilon is Forward's step; 0 means fd.ForwardStep, scipy's 2**-26. As
	// in scipy, a step that vanishes next to a large x_i
	// ((x_i + h) - x_i == 0) is replaced by 2**-26 * max(1, |x_i|) with the
	// sign of x_i (see fd.Forward).
	Epsilon float64
	// Step is Central's step, and Richardson's first (largest) step; 0 means
	// fd.CentralStep * max(1, |x_i|) (cbrt(2**-52), about 6e-6) for Central
	// and fd.RichardsonStep * max(1, |x_i|) (0.1) for Richardson (which also
	// tries 1/8, 1/64 and 1/512 of it and keeps the estimate with the
	// smallest error).
	Step float64
}

// Partials is the result of a point method.
type Partials struct {
	Method Method
	Value  float64   // f at the point
	Grad   []float64 // the partial derivative with respect to each variable
	Err    []float64 // Richardson's error estimate per partial; nil for the other methods
	// Step is the step of each partial: the divisor of the forward
	// difference ((x_i + h) - x_i), the central difference's h, the first
	// step of Richardson's chosen run; nil for exact and dual.
	Step []float64
	// Trusted says per partial whether Richardson's error estimate can be
	// trusted, and Warning why not (or what happened on the way: a first
	// step that shrank); see fd.Extrapolation. For Complex, Trusted is false
	// where the expression is not analytic along the step. Nil for the
	// other methods.
	Trusted []bool
	Warning []string
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
	case Forward, Central, Richardson:
		y, i := append([]float64(nil), x...), 0
		f := func(t float64) float64 { // e along variable i, the others held at x
			y[i] = t
			return p.At(y)
		}
		r.Step = make([]float64, len(x))
		switch m {
		case Forward:
			for i = range x {
				r.Grad[i] = fd.ForwardFrom(f, x[i], r.Value, opts.Epsilon)
				r.Step[i] = fd.ForwardStepOf(x[i], opts.Epsilon)
				y[i] = x[i]
			}
		case Central:
			for i = range x {
				r.Grad[i] = fd.Central(f, x[i], opts.Step)
				r.Step[i] = fd.CentralStepOf(x[i], opts.Step)
				y[i] = x[i]
			}
		default:
			r.Err = make([]float64, len(x))
			r.Trusted, r.Warning = make([]bool, len(x)), make([]string, len(x))
			for i = range x {
				q := fd.Extrapolate(f, x[i], opts.Step)
				r.Grad[i], r.Err[i], r.Step[i], r.Trusted[i], r.Warning[i] = q.Deriv, q.Err, q.Step, q.Trusted, q.Warning
				y[i] = x[i]
			}
		}
	case Complex:
		r.Step = make([]float64, len(x))
		r.Trusted, r.Warning = make([]bool, len(x)), make([]string, len(x))
		for i := range x {
			var bad string
			r.Grad[i], bad = e.ComplexStepAt(x, i, ComplexStep)
			r.Step[i], r.Trusted[i] = ComplexStep, bad == ""
			if bad != "" {
				r.Warning[i] = bad + " is not analytic (it has a kink or a jump), so the complex step " +
					"cannot go through it: use dual or exact"
			}
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

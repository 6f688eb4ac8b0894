package field

import (
	"math"
	"slices"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
)

// The steps of StepSweep: SweepPerDecade log-spaced samples per decade
// from 10**SweepMinExp to 10**SweepMaxExp.
const (
	SweepMinExp    = -16
	SweepMaxExp    = 0
	SweepPerDecade = 6
)

// Sweep is the error of the finite differences of one partial derivative
// at one point as a function of the step h: StepSweep's result.
type Sweep struct {
	Var   string    // the variable
	Exact float64   // the exact partial derivative
	H     []float64 // the steps, ascending, log-spaced
	// The absolute errors against Exact at each step of H: the forward
	// difference (f(x+h) - f(x)) / ((x+h) - x) (NaN where x + h == x:
	// scipy would replace such a step), the central difference with step
	// h, and Richardson's extrapolation from the first step h.
	Forward, Central, Richardson []float64
	// Complex is the error of the complex-step derivative Im f(x + ih) / h
	// (expr.ComplexStepAt): flat at the rounding of f down to the smallest
	// steps, since it subtracts nothing; NaN at every step when f is not
	// analytic along the step.
	Complex []float64
	// Best holds the step of the smallest error of each curve after a
	// median of 3 neighbouring samples in log space: a lucky cancellation
	// at one step is not the optimum.
	Best struct{ Forward, Central, Richardson float64 }
}

// StepSweep parses src and computes the errors of the forward and central
// differences and of Richardson extrapolation of the partial derivative
// with respect to the variable v at the point at, for the steps from 1e-16
// to 1 (SweepPerDecade per decade). It shows the trade-off of finite
// differences: truncation error falls with h (h for forward, h² for
// central), rounding error grows as ε |f| / h, and the best step lies
// between, near sqrt(ε) for forward and cbrt(ε) for central.
func StepSweep(src string, at map[string]float64, v string, opts *PointOptions) (*Sweep, error) {
	if opts == nil {
		opts = &PointOptions{}
	}
	e, err := parse(src, opts.Vars)
	if err != nil {
		return nil, err
	}
	i := slices.Index(e.Vars, v)
	if i < 0 {
		return nil, &Error{Code: MissingValue, Var: v}
	}
	x := make([]float64, len(e.Vars))
	for k, name := range e.Vars {
		var ok bool
		if x[k], ok = at[name]; !ok {
			return nil, &Error{Code: MissingValue, Var: name}
		}
	}
	d, err := e.Derivative(v)
	if err != nil {
		return nil, err
	}
	p := expr.Compile(e)
	y := slices.Clone(x)
	f := func(t float64) float64 {
		y[i] = t
		return p.At(y)
	}
	s := &Sweep{Var: v, Exact: d.Eval(x)}
	fx := p.At(x)
	n := (SweepMaxExp-SweepMinExp)*SweepPerDecade + 1
	for k := range n {
		h := math.Pow(10, SweepMinExp+float64(k)/SweepPerDecade)
		s.H = append(s.H, h)
		fwd := math.NaN()
		if (x[i]+h)-x[i] != 0 {
			fwd = fd.ForwardFrom(f, x[i], fx, h)
		}
		s.Forward = append(s.Forward, math.Abs(fwd-s.Exact))
		s.Central = append(s.Central, math.Abs(fd.Central(f, x[i], h)-s.Exact))
		r, _ := fd.Richardson(f, x[i], h)
		s.Richardson = append(s.Richardson, math.Abs(r-s.Exact))
		c, _ := e.ComplexStepAt(x, i, h)
		s.Complex = append(s.Complex, math.Abs(c-s.Exact))
	}
	s.Best.Forward = s.H[bestStep(s.Forward)]
	s.Best.Central = s.H[bestStep(s.Central)]
	s.Best.Richardson = s.H[bestStep(s.Richardson)]
	return s, nil
}

// bestStep returns the index of the smallest error after a median of 3
// neighbouring samples (two at the ends), NaN samples skipped; ties go to
// the larger step (fewer digits lost to rounding). It returns the last
// index when every sample is NaN.
func bestStep(errs []float64) int {
	best, bestV := len(errs)-1, math.Inf(1)
	for k := range errs {
		var w []float64
		for j := max(0, k-1); j <= min(len(errs)-1, k+1); j++ {
			if !math.IsNaN(errs[j]) {
				w = append(w, errs[j])
			}
		}
		if math.IsNaN(errs[k]) || len(w) == 0 {
			continue
		}
		slices.Sort(w)
		m := w[len(w)/2]
		if len(w) == 2 {
			m = math.Max(w[0], w[1]) // of two, the worse: a lone lucky sample does not win
		}
		if m <= bestV {
			best, bestV = k, m
		}
	}
	return best
}

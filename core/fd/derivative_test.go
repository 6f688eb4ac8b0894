package fd_test

import (
	"math"
	"math/rand/v2"
	"testing"

	gfd "gonum.org/v1/gonum/diff/fd"

	"github.com/gradplay/gradplay/core/fd"
)

// The test functions use no libm function, and round every product before
// it is added, so that the reference numbers hold on every platform.
var (
	square = func(x float64) float64 { return x * x }
	cube   = func(x float64) float64 { return x * x * x }
	runge  = func(x float64) float64 { return 1 / (1 + float64(25*float64(x*x))) }
	recip  = func(x float64) float64 { return 1 / x }
)

// TestForwardScipy checks Forward against the forward differences of
// core/testdata/numpy_gradient_cases.json's point_cases (approx_fprime[v]
// with epsilon 1e-6, approx_fprime_default[v] with 2**-26): scipy's formula
// computed in float64 by numpy 1.24.2 (gen_expr_cases.py). f is written as
// numpy evaluates the case's expression, operation for operation.
func TestForwardScipy(t *testing.T) {
	for _, c := range []struct {
		name    string
		f       func(float64) float64
		x, h    float64
		want    float64
		wantDef float64 // with the default step
	}{
		{"square_at_2", square, 2, 1e-6, 4.000001000088901, 4.0},
		{"square_at_1e6", square, 1e6, 1e-6, 1999984.77112922, 1998848.0},
		// q*chi*delta at (2, 3, 5), along q, chi and delta.
		{"q_chi_delta/q", func(q float64) float64 { return q * 3 * 5 }, 2, 1e-6, 14.999999999111822, 15.0},
		{"q_chi_delta/chi", func(chi float64) float64 { return 2 * chi * 5 }, 3, 1e-6, 10.000000001776357, 10.0},
		{"q_chi_delta/delta", func(delta float64) float64 { return 2 * 3 * delta }, 5, 1e-6, 5.999999998223643, 6.0},
		// 2*x**2 + 3*y**2 - 4*z at (25, -50, 75), along y and z.
		{"seed_potential/y", func(y float64) float64 { return float64(2*(25*25)+float64(3*(y*y))) - 4*75 }, -50, 1e-6, -299.99999681676854, -300.0},
		{"seed_potential/z", func(z float64) float64 { return float64(2*(25*25)+3*(50*50)) - float64(4*z) }, 75, 1e-6, -3.999999545252648, -4.0},
	} {
		if got := fd.Forward(c.f, c.x, c.h); got != c.want {
			t.Errorf("%s: Forward(f, %v, %v) = %v, want %v", c.name, c.x, c.h, got, c.want)
		}
		if got := fd.Forward(c.f, c.x, 0); got != c.wantDef {
			t.Errorf("%s: Forward(f, %v, 0) = %v, want %v", c.name, c.x, got, c.wantDef)
		}
		if got := fd.ForwardFrom(c.f, c.x, c.f(c.x), c.h); got != c.want {
			t.Errorf("%s: ForwardFrom(f, %v, f(x), %v) = %v, want %v", c.name, c.x, c.h, got, c.want)
		}
	}
}

// TestForwardVanishingStep checks scipy's rule for a step lost next to a
// large x: h becomes 2**-26 * sign(x) * max(1, |x|). The expected values are
// exact, worked out by hand: at x = ±2**60 the step is ±2**34, and
// (2**60 + 2**34)**2 = 2**120 + 2**95 + 2**68 fits in 53 bits, so
// ((x+h)**2 - x**2) / h = ±(2**61 + 2**34).
func TestForwardVanishingStep(t *testing.T) {
	for _, c := range []struct {
		f       func(float64) float64
		x, want float64
	}{
		{func(x float64) float64 { return 3 * x }, 0x1p60, 3},
		{func(x float64) float64 { return 3 * x }, -0x1p60, 3},
		{square, 0x1p60, 0x1p61 + 0x1p34},
		{square, -0x1p60, -0x1p61 - 0x1p34}, // the step goes away from 0, as in scipy
	} {
		if got := fd.Forward(c.f, c.x, 1e-6); got != c.want {
			t.Errorf("Forward(f, %v, 1e-6) = %v, want %v", c.x, got, c.want)
		}
	}
}

// TestCentralMatchesGonum: Central is gonum's diff/fd Derivative with the
// fd.Central formula, bit for bit, and its default step is CentralStep
// scaled by max(1, |x|).
func TestCentralMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	fs := []func(float64) float64{math.Sin, math.Exp, math.Atan, cube, math.Sqrt}
	for i := 0; i < 2000; i++ {
		f := fs[i%len(fs)]
		x, h := r.Float64()*4, math.Pow(10, -1-7*r.Float64())
		if i%10 == 0 {
			h = 0
		}
		got := fd.Central(f, x, h)
		step := h
		if h == 0 {
			step = fd.CentralStep * math.Max(1, x)
		}
		want := gfd.Derivative(f, x, &gfd.Settings{Formula: gfd.Central, Step: step})
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("f #%d at %v, h %v: got %v, want gonum's %v", i%len(fs), x, h, got, want)
		}
	}
	if c := math.Cbrt(0x1p-52); fd.CentralStep != c {
		t.Errorf("CentralStep = %v, want math.Cbrt(2**-52) = %v", fd.CentralStep, c)
	}
}

// TestRichardson checks Richardson against the exact derivatives (worked out
// by hand: 3x² = 12; -50x/(1+25x²)² = -25/52.5625; 1/(2 sqrt(x)) = 5;
// -1/x² = -1/9) to 1e-13 relative, and pins its bits: the want
// values are what Richardson returned once its estimate had a rounding
// floor (branch h-accuracy; before, core/expr's richardson at commit
// 99471d8), natively and under WebAssembly. The estimates are now at least
// the true errors.
func TestRichardson(t *testing.T) {
	for _, c := range []struct {
		name             string
		f                func(float64) float64
		x, h             float64
		exact            float64
		want, wantErrEst float64
	}{
		{"cube", cube, 2, 0.2, 12, 12.000000000000037, 1.9540000248471988e-13},
		{"runge", runge, 0.5, 0, -25 / 52.5625, -0.47562425683709153, 4.17522484652805e-14},
		// The first step, 0.1, reaches x < 0, where sqrt is NaN: it shrinks.
		{"sqrt", math.Sqrt, 0.01, 0, 5, 4.99999999999996, 8.037432949030603e-13},
		{"recip", recip, -3, 0.3, -1.0 / 9, -0.11111111111111145, 1.3586354263850353e-14},
	} {
		d, e := fd.Richardson(c.f, c.x, c.h)
		if d != c.want || e != c.wantErrEst {
			t.Errorf("%s: Richardson(f, %v, %v) = %v, %v; want %v, %v", c.name, c.x, c.h, d, e, c.want, c.wantErrEst)
		}
		if math.Abs(d-c.exact) > 1e-13*math.Abs(c.exact) {
			t.Errorf("%s: error %v, want at most 1e-13 relative", c.name, d-c.exact)
		}
	}
}

// TestRichardsonNotFinite: with no finite central difference anywhere, the
// result is NaN and the error estimate +Inf.
func TestRichardsonNotFinite(t *testing.T) {
	d, e := fd.Richardson(func(float64) float64 { return math.NaN() }, 1, 0)
	if !math.IsNaN(d) || !math.IsInf(e, 1) {
		t.Errorf("Richardson(NaN) = %v, %v; want NaN, +Inf", d, e)
	}
}

// BenchmarkDerivative measures the derivatives of a callable at a point, on
// a cheap function: mostly the methods' own arithmetic and calls of f.
func BenchmarkDerivative(b *testing.B) {
	var sink float64
	b.Run("forward", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink += fd.Forward(runge, 0.5, 0)
		}
	})
	b.Run("central", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sink += fd.Central(runge, 0.5, 0)
		}
	})
	b.Run("richardson", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d, _ := fd.Richardson(runge, 0.5, 0)
			sink += d
		}
	})
	_ = sink
}

// Package fd computes numerical gradients of sampled N-D fields exactly as
// numpy.gradient (numpy 1.24) does: second-order central differences in the
// interior and first- or second-order one-sided differences at the edges, with
// uniform steps or arbitrary (non-uniform) sample coordinates per axis.
//
// "Exactly" means bit for bit: every formula is evaluated with numpy's
// operation order, with explicit float64 conversions so that the Go compiler
// cannot fuse a product and a sum into one fused multiply-add on targets that
// have one. The same inputs give the same bits natively and under WebAssembly.
//
// Data is a flat, row-major (C order) []float64 with its shape. Gradient
// returns one array per differentiated axis, each with the shape of the input.
//
// The interior formulas, for samples f and spacing h (uniform) or local steps
// d1 = x[i]-x[i-1], d2 = x[i+1]-x[i] (non-uniform), are
//
//	uniform:     out[i] = (f[i+1] - f[i-1]) / (2h)
//	non-uniform: out[i] = a f[i-1] + b f[i] + c f[i+1],
//	             a = -d2/(d1(d1+d2)), b = (d2-d1)/(d1 d2), c = d1/(d2(d1+d2))
//
// (Fornberg, "Generation of finite difference formulas on arbitrarily spaced
// grids", Math. Comp. 51 (1988); numpy/lib/function_base.py, gradient).
//
// StencilAt explains one point: which formula numpy used there, the
// neighbouring samples, their weights and the result. Its weights come from
// the same functions as Gradient's, and its result is evaluated by the same
// per-point functions, so it is bit for bit Gradient's value.
//
// # Derivatives of a callable at a point
//
// Forward (and ForwardFrom, given f(x)), Central and Richardson
// differentiate a func(float64) float64 at one point, in the shape of
// gonum's diff/fd: a step of 0 means a documented default, scaled to x.
//
//	Forward     (f(x+h) - f(x)) / ((x+h) - x)     scipy.optimize.approx_fprime, O(h)
//	Central     (-0.5 f(x-h) + 0.5 f(x+h)) / h    gonum's diff/fd Central, bit for bit, O(h²)
//	Richardson  Ridders' extrapolation of Central, with an error estimate
//
// They know nothing of expressions: core/expr's Partials calls them along
// each variable.
package fd

package fd

import "math"

// ForwardStepOf returns the step that Forward and ForwardFrom take at x
// when asked for the step h: (x + h') - x, where h' is h, ForwardStep for
// h = 0, or scipy's replacement of a step that vanishes next to a large x
// (see ForwardFrom). It is the divisor of the forward difference.
func ForwardStepOf(x, h float64) float64 {
	if h == 0 {
		h = ForwardStep
	}
	if (x+h)-x == 0 {
		sign := 1.0
		if x < 0 {
			sign = -1
		}
		h = float64(ForwardStep * sign * math.Max(1, math.Abs(x)))
	}
	return (x + h) - x
}

// CentralStepOf returns the step that Central takes at x when asked for the
// step h: h, or CentralStep * max(1, |x|) for h = 0.
func CentralStepOf(x, h float64) float64 {
	if h == 0 {
		h = float64(CentralStep * math.Max(1, math.Abs(x)))
	}
	return h
}

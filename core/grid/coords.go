package grid

import "math"

// Linspace returns num evenly spaced values from start to stop, both included,
// exactly as numpy.linspace(start, stop, num) computes them:
//
//	step = (stop-start)/(num-1)
//	x[i] = i*step + start   (two roundings)
//	x[num-1] = stop
//
// With num == 1 it returns [start]; with num <= 0, nil.
func Linspace(start, stop float64, num int) []float64 {
	if num <= 0 {
		return nil
	}
	x := make([]float64, num)
	linspaceInto(x, start, stop)
	return x
}

func linspaceInto(x []float64, start, stop float64) {
	for i := range x {
		x[i] = linspaceAt(i, len(x), start, stop)
	}
	if len(x) > 1 {
		x[len(x)-1] = stop
	}
}

// linspaceAt is numpy.linspace(start, stop, num)[i], but for the last value
// (numpy sets it to stop). A step of 0 (denormal bounds) takes numpy's
// special case (gh-5437): i/div*delta.
func linspaceAt(i, num int, start, stop float64) float64 {
	delta := stop - start
	div := num - 1
	if div <= 0 {
		return float64(0*delta) + start
	}
	step := delta / float64(div)
	if step == 0 {
		return float64(float64(float64(i)/float64(div))*delta) + start
	}
	return float64(float64(i)*step) + start
}

// Arange returns the values start, start+step, ... below stop (above it for a
// negative step), exactly as numpy.arange(start, stop, step) (with float
// arguments) and numpy.mgrid[start:stop:step] with one real step compute
// them:
//
//	n = ceil((stop-start)/step)
//	delta = (start+step) - start
//	x[i] = start + i*delta
//
// An mgrid of several slices computes i*step + start instead, which may
// differ in the last place: numpy.mgrid[0.1:1:0.3, 0:2][0] holds 0.7 where
// numpy.arange(0.1, 1, 0.3) holds 0.7000000000000001.
//
// It returns nil when there are no such values or step is 0 or not finite.
func Arange(start, stop, step float64) []float64 {
	n, ok := arangeLen(start, stop, step)
	if !ok || n <= 0 || n > MaxAxisPoints {
		return nil
	}
	x := make([]float64, int(n))
	arangeInto(x, start, step)
	return x
}

func arangeInto(x []float64, start, step float64) {
	for i := range x {
		x[i] = arangeAt(i, start, step)
	}
}

// arangeAt is numpy.arange(start, stop, step)[i]: numpy computes the first
// two values, then fills start + i*delta with delta = (start+step) - start.
func arangeAt(i int, start, step float64) float64 {
	if i == 0 {
		return start
	}
	return start + float64(float64(i)*((start+step)-start))
}

// arangeLen is numpy.arange's length, ceil((stop-start)/step) clamped at 0,
// or ok == false when that is not a finite count.
func arangeLen(start, stop, step float64) (n float64, ok bool) {
	if step == 0 {
		return 0, false
	}
	q := math.Ceil((stop - start) / step)
	if math.IsNaN(q) || math.IsInf(q, 0) {
		return 0, false
	}
	return math.Max(q, 0), true
}

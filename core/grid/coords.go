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
	num := len(x)
	delta := stop - start
	div := num - 1
	if div <= 0 {
		x[0] = float64(0*delta) + start
		return
	}
	step := delta / float64(div)
	if step == 0 {
		// numpy's special case for denormal steps (gh-5437): i/div*delta.
		for i := range x {
			x[i] = float64(float64(float64(i)/float64(div))*delta) + start
		}
	} else {
		for i := range x {
			x[i] = float64(float64(i)*step) + start
		}
	}
	x[num-1] = stop
}

// Arange returns the values start, start+step, ... below stop (above it for a
// negative step), exactly as numpy.arange(start, stop, step) and
// numpy.mgrid[start:stop:step] with a real step compute them:
//
//	n = ceil((stop-start)/step)
//	delta = (start+step) - start
//	x[i] = start + i*delta
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
	x[0] = start
	if len(x) == 1 {
		return
	}
	delta := (start + step) - start
	for i := 1; i < len(x); i++ {
		x[i] = start + float64(float64(i)*delta)
	}
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

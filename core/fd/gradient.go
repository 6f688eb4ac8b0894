package fd

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// Spacing is the sample spacing along one axis: either a uniform step H, or the
// coordinates X of the samples (one per sample, in order). X == nil means the
// step H.
type Spacing struct {
	H float64
	X []float64
}

// Step returns the uniform spacing h.
func Step(h float64) Spacing { return Spacing{H: h} }

// Coords returns the spacing given by sample coordinates x. Like numpy, an axis
// whose coordinate differences are all exactly equal is treated as uniform.
func Coords(x []float64) Spacing { return Spacing{X: x} }

// Options are the optional arguments of numpy.gradient. The zero value (or a
// nil *Options) differentiates every axis with unit spacing and first-order
// edges, as numpy.gradient(f) does.
type Options struct {
	// Spacing is numpy.gradient's *varargs: empty means unit spacing on every
	// axis; a single step (X == nil) is used for every axis; otherwise there
	// must be exactly one entry per differentiated axis, in the order of Axes.
	Spacing []Spacing

	// Axes lists the axes to differentiate, in the order the results are
	// returned; negative axes count from the end. Nil means every axis in
	// order; a non-nil empty slice means none.
	Axes []int

	// EdgeOrder is the accuracy order of the one-sided differences at the
	// edges: 1 or 2. Zero means 1, numpy's default.
	EdgeOrder int

	// Names optionally names the variable of each axis of f, for messages.
	Names []string

	// Progress, when set, is called after each piece of about PieceLen
	// values of the results (in one goroutine) with the values done and
	// the total, so that a caller can report progress and let its event
	// loop run; returning false abandons Gradient, which then returns
	// ErrCanceled. The results are the same, bit for bit, either way.
	Progress func(done, total int) bool
}

// PieceLen is about the number of values Gradient computes between two
// calls of Options.Progress.
const PieceLen = 1 << 17

// ErrCanceled is Gradient's error when Options.Progress returned false
// (what dst holds then is unspecified).
var ErrCanceled = errors.New("fd: canceled")

// axisPlan is the validated work for one differentiated axis.
type axisPlan struct {
	axis    int
	uniform bool
	scalar  bool      // the step came from a scalar argument, not from coordinates
	h       float64   // the step, when uniform
	dx      []float64 // coordinate differences, when non-uniform
}

// Gradient returns the gradient of the N-D array f (row-major, with the given
// shape) along each axis selected by opts, exactly as numpy.gradient does,
// bit for bit: one array per differentiated axis, in axis order, each of
// len(f). A nil opts means numpy's defaults.
//
// If dst is nil, the results are newly allocated; otherwise dst must hold one
// slice of len(f) per differentiated axis, and is filled and returned. Gradient
// panics if the product of shape is not len(f), a dimension is negative, or dst
// has the wrong lengths (programmer errors). Requests that numpy rejects are
// returned as an *Error, checked in numpy's order; nothing is written then.
//
// NaN and ±Inf are data: they spread through the stencils exactly as in numpy.
// A zero step gives ±Inf or NaN, except a scalar step of 0 with EdgeOrder 2,
// which numpy rejects (ZeroDivision).
//
// Large arrays are split between the available CPUs; results do not depend on
// the split.
func Gradient(dst [][]float64, f []float64, shape []int, opts *Options) ([][]float64, error) {
	if opts == nil {
		opts = &Options{}
	}
	checkShape(f, shape)
	plans, err := plan(shape, opts)
	if err != nil {
		return nil, err
	}
	if dst == nil {
		dst = make([][]float64, len(plans))
		for i := range dst {
			dst[i] = make([]float64, len(f))
		}
	} else {
		if len(dst) != len(plans) {
			panic("fd: destination count mismatch")
		}
		for _, d := range dst {
			if len(d) != len(f) {
				panic("fd: destination length mismatch")
			}
		}
	}
	if opts.Progress == nil {
		for i, p := range plans {
			compute(dst[i], f, shape, p, opts.edgeOrder())
		}
		return dst, nil
	}
	done, total := 0, len(plans)*len(f)
	step := func(n int) bool {
		done += n
		return opts.Progress(done, total)
	}
	for i, p := range plans {
		if !computePieces(dst[i], f, shape, p, opts.edgeOrder(), step) {
			return nil, ErrCanceled
		}
	}
	return dst, nil
}

// checkShape panics unless shape is a valid shape for f.
func checkShape(f []float64, shape []int) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			panic("fd: negative dimension")
		}
		n *= d
	}
	if n != len(f) {
		panic("fd: shape does not match data length")
	}
}

func (o *Options) edgeOrder() int {
	if o.EdgeOrder == 0 {
		return 1
	}
	return o.EdgeOrder
}

// Axes returns the normalised axes that opts selects for an array of ndim
// dimensions, or the error numpy would raise.
func Axes(ndim int, opts *Options) ([]int, error) {
	if opts == nil || opts.Axes == nil {
		axes := make([]int, ndim)
		for i := range axes {
			axes[i] = i
		}
		return axes, nil
	}
	var names []string
	if opts != nil {
		names = opts.Names
	}
	axes := make([]int, len(opts.Axes))
	for i, a := range opts.Axes {
		if a < -ndim || a >= ndim {
			return nil, &Error{Code: AxisOutOfRange, Axis: -1,
				Msg: fmt.Sprintf("axis %d is out of bounds for an array of dimension %d", a, ndim)}
		}
		if a < 0 {
			a += ndim
		}
		axes[i] = a
	}
	for i, a := range axes {
		for _, b := range axes[:i] {
			if a == b {
				label, name := axisLabel(names, a)
				return nil, &Error{Code: AxisRepeated, Axis: a, Name: name,
					Msg: fmt.Sprintf("%s is listed more than once", label)}
			}
		}
	}
	return axes, nil
}

// plan validates opts against shape in numpy's order and returns one plan per
// differentiated axis.
func plan(shape []int, opts *Options) ([]axisPlan, error) {
	axes, err := Axes(len(shape), opts)
	if err != nil {
		return nil, err
	}
	plans := make([]axisPlan, len(axes))
	sp := opts.Spacing
	switch {
	case len(sp) == 0:
		for i, a := range axes {
			plans[i] = axisPlan{axis: a, uniform: true, scalar: true, h: 1}
		}
	case len(sp) == 1 && sp[0].X == nil:
		for i, a := range axes {
			plans[i] = axisPlan{axis: a, uniform: true, scalar: true, h: sp[0].H}
		}
	case len(sp) == len(axes):
		for i, a := range axes {
			if sp[i].X == nil {
				plans[i] = axisPlan{axis: a, uniform: true, scalar: true, h: sp[i].H}
				continue
			}
			x := sp[i].X
			if len(x) != shape[a] {
				label, name := axisLabel(opts.Names, a)
				return nil, &Error{Code: SpacingLengthMismatch, Axis: a, Name: name,
					Msg: fmt.Sprintf("%d coordinates were given for %s, which has %d points: give one coordinate per point", len(x), label, shape[a])}
			}
			plans[i] = coordPlan(a, x)
		}
	default:
		return nil, &Error{Code: SpacingCountMismatch, Axis: -1,
			Msg: fmt.Sprintf("%d spacing entries were given for %d differentiated axes: give none, one scalar step for all, or one entry per axis", len(sp), len(axes))}
	}
	eo := opts.edgeOrder()
	if eo < 1 || eo > 2 {
		return nil, &Error{Code: EdgeOrderUnsupported, Axis: -1,
			Msg: fmt.Sprintf("edge_order %d is not supported: use 1 or 2", opts.EdgeOrder)}
	}
	for _, p := range plans {
		if shape[p.axis] < eo+1 {
			label, name := axisLabel(opts.Names, p.axis)
			return nil, &Error{Code: TooFewPoints, Axis: p.axis, Name: name,
				Msg: fmt.Sprintf("%s has %d point(s): a gradient with edge_order %d needs at least %d", label, shape[p.axis], eo, eo+1)}
		}
		if eo == 2 && p.scalar && p.h == 0 {
			label, name := axisLabel(opts.Names, p.axis)
			return nil, &Error{Code: ZeroDivision, Axis: p.axis, Name: name,
				Msg: fmt.Sprintf("the step along %s is 0: with edge_order 2 the spacing must not be zero", label)}
		}
	}
	return plans, nil
}

// coordPlan reduces coordinates to numpy's spacing for axis a: the scalar
// step when every difference equals the first exactly, else the differences.
func coordPlan(a int, x []float64) axisPlan {
	if len(x) < 2 {
		// numpy raises IndexError here; the length check reports it.
		return axisPlan{axis: a, uniform: true, h: 1}
	}
	// numpy: (diffx == diffx[0]).all(), so a NaN difference, even the only
	// one, makes the axis non-uniform.
	h := x[1] - x[0]
	uniform := true
	for j := 0; j+1 < len(x); j++ {
		if x[j+1]-x[j] != h {
			uniform = false
			break
		}
	}
	if uniform {
		return axisPlan{axis: a, uniform: true, h: h}
	}
	dx := make([]float64, len(x)-1)
	for j := range dx {
		dx[j] = x[j+1] - x[j]
	}
	return axisPlan{axis: a, dx: dx}
}

// parallelMin is the array size from which the work is split between CPUs.
const parallelMin = 1 << 16

// compute fills out with the derivative of f along p.axis.
func compute(out, f []float64, shape []int, p axisPlan, edgeOrder int) {
	L, inner, outer := dims(shape, p.axis)
	if len(f) == 0 {
		return
	}
	k := newKernel(p, L, edgeOrder)
	workers := runtime.GOMAXPROCS(0)
	if len(f) < parallelMin || workers < 2 || (outer < workers && inner < 64*workers) {
		k.block(out, f, inner, 0, outer, 0, inner)
		return
	}
	var wg sync.WaitGroup
	if outer >= workers {
		for w := 0; w < workers; w++ {
			o0, o1 := outer*w/workers, outer*(w+1)/workers
			wg.Add(1)
			go func() {
				defer wg.Done()
				k.block(out, f, inner, o0, o1, 0, inner)
			}()
		}
	} else {
		for w := 0; w < workers; w++ {
			r0, r1 := inner*w/workers, inner*(w+1)/workers
			wg.Add(1)
			go func() {
				defer wg.Done()
				k.block(out, f, inner, 0, outer, r0, r1)
			}()
		}
	}
	wg.Wait()
}

// dims returns the length of axis and the products of the dimensions
// after it (its stride) and before it.
func dims(shape []int, axis int) (L, inner, outer int) {
	inner, outer = 1, 1
	for _, d := range shape[axis+1:] {
		inner *= d
	}
	for _, d := range shape[:axis] {
		outer *= d
	}
	return shape[axis], inner, outer
}

// computePieces is compute in one goroutine, in pieces of about PieceLen
// values (whole outer blocks, or parts of one along the inner offsets),
// calling step with the values of each piece; it stops when step returns
// false and then reports false. Each value is computed as by compute.
func computePieces(out, f []float64, shape []int, p axisPlan, edgeOrder int, step func(n int) bool) bool {
	L, inner, outer := dims(shape, p.axis)
	if len(f) == 0 {
		return step(0)
	}
	k := newKernel(p, L, edgeOrder)
	if block := L * inner; block < PieceLen {
		n := max(1, PieceLen/block)
		for o0 := 0; o0 < outer; o0 += n {
			o1 := min(o0+n, outer)
			k.block(out, f, inner, o0, o1, 0, inner)
			if !step((o1 - o0) * block) {
				return false
			}
		}
		return true
	}
	n := max(1, PieceLen/L)
	for o := range outer {
		for r0 := 0; r0 < inner; r0 += n {
			r1 := min(r0+n, inner)
			k.block(out, f, inner, o, o+1, r0, r1)
			if !step(L * (r1 - r0)) {
				return false
			}
		}
	}
	return true
}

package field

import (
	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
)

// work is Compute's evaluations and gradient, done in pieces between calls
// of Options.Progress when it is set, and in one piece each otherwise.
type work struct {
	progress    func(done, total int) bool
	done, total int
}

// step records n more points done and asks Progress whether to go on.
func (w *work) step(n int) error {
	w.done += n
	if w.progress != nil && !w.progress(w.done, w.total) {
		return ErrCanceled
	}
	return nil
}

// eval evaluates p at every node of the grid of coords. With Progress set,
// it goes a slab of the first axis at a time (the nodes are row-major, the
// first variable slowest, so a slab is a contiguous part of the result);
// every node's value is computed alike either way.
func (w *work) eval(p *expr.Program, coords [][]float64) ([]float64, error) {
	n := points(lens(coords))
	if w.progress == nil || len(coords) == 0 || n <= SlabPoints {
		out := p.Grid(nil, coords)
		return out, w.step(n)
	}
	out := make([]float64, n)
	rest := n / len(coords[0])
	rows := max(1, SlabPoints/max(rest, 1))
	slab := append([][]float64(nil), coords...)
	for a := 0; a < len(coords[0]); a += rows {
		b := min(a+rows, len(coords[0]))
		slab[0] = coords[0][a:b]
		p.Grid(out[a*rest:b*rest], slab)
		if err := w.step((b - a) * rest); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// gradient is numpy.gradient(F, *Coords, edge_order=EdgeOrder), in
// pieces between calls of Progress when it is set (fd.Options.Progress).
func (w *work) gradient(f *Field) ([][]float64, error) {
	opts := f.gradientOptions()
	done := w.done
	if w.progress != nil {
		opts.Progress = func(d, _ int) bool {
			w.done = done + d
			return w.progress(w.done, w.total)
		}
	}
	var dst [][]float64
	if w.progress != nil && len(f.F) > SlabPoints {
		// The arrays one at a time, each followed by a call of Progress
		// (no work done): the three of a 256³ grid, made and zeroed at
		// once, held the page for 50 ms in WebAssembly.
		dst = make([][]float64, len(f.Shape))
		for i := range dst {
			dst[i] = make([]float64, len(f.F))
			if !w.progress(w.done, w.total) {
				return nil, ErrCanceled
			}
		}
	}
	g, err := fd.Gradient(dst, f.F, f.Shape, opts)
	if err != nil {
		return nil, err
	}
	if w.progress == nil {
		w.done += len(f.Vars) * points(f.Shape)
	}
	return g, nil
}

// lens returns the number of coordinates of each variable.
func lens(coords [][]float64) []int {
	out := make([]int, len(coords))
	for i, c := range coords {
		out[i] = len(c)
	}
	return out
}

// points returns the number of nodes of a grid of the given shape (1 for
// no variables, as numpy's size of a 0-d array).
func points(shape []int) int {
	n := 1
	for _, k := range shape {
		n *= k
	}
	return n
}

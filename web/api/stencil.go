package api

import (
	"math"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// stencil is gradplay.stencil(expr, grid, {edgeOrder}, index): grid as for
// evaluate, index maps each variable to its node's index (a whole number,
// 0 ≤ index < the variable's number of points; other names are ignored, as
// in grid).
func stencil(args []any) (any, error) {
	src, specs, opts, err := fieldArgs(args, "stencil")
	if err != nil {
		return nil, err
	}
	opts.NoGradient = true // Node computes numpy's gradient at the node only
	f, err := field.Compute(src, specs, opts)
	if err != nil {
		return nil, err
	}
	index, err := nodeIndex(arg(args, 3), f)
	if err != nil {
		return nil, err
	}
	r, err := state.StencilOf(f, index)
	if err != nil {
		return nil, err
	}
	return Value(r), nil
}

// nodeIndex reads index, an object mapping each of f's variables to a
// node index, into the index in axis order.
func nodeIndex(v any, f *field.Field) ([]int, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, argErr("stencil: index must be an object mapping each variable to its node index, not %s", state.Describe(v))
	}
	index := make([]int, len(f.Vars))
	for d, name := range f.Vars {
		x, ok := m[name]
		if !ok {
			return nil, argErr("stencil: index has no entry for %s: give the node index of every variable", name)
		}
		i, ok := x.(float64)
		if !ok || i != math.Trunc(i) || math.IsInf(i, 0) {
			return nil, argErr("stencil: the index of %s must be a whole number, not %s", name, state.Describe(x))
		}
		if i < 0 || i >= float64(f.Shape[d]) {
			return nil, argErr("stencil: the index of %s is %v, outside 0…%d (%s has %d points)", name, i, f.Shape[d]-1, name, f.Shape[d])
		}
		index[d] = int(i)
	}
	return index, nil
}

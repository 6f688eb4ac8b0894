package field

import (
	"math"

	"github.com/gradplay/gradplay/core/fd"
)

// Node is numpy.gradient's work at one node of a Field's grid: the
// expression there and, per variable, the stencil numpy used along that
// variable's axis next to the exact partial derivative.
type Node struct {
	Index    []int     // the node's index along each variable's axis, in Vars order
	At       []float64 // the node's coordinates, in Vars order
	F        float64   // the expression at the node
	Partials []Partial // one per variable, in Vars order
}

// Partial is one partial derivative at a node. The embedded fd.Stencil
// holds numpy's formula there: its Indices along Var's axis, the samples
// of f (Values), the Weights and the Result, bit for bit numpy.gradient's
// (Field.Grad's) value at the node.
type Partial struct {
	Var string
	fd.Stencil
	Coords []float64 // the coordinates of Var at Indices, in their order
	Exact  float64   // the exact partial derivative at the node; NaN without Field.Exact
	Error  float64   // Result - Exact, signed
}

// Node returns numpy.gradient's stencils at the node index (one index per
// variable, in Vars order) of f's grid, with the spacing and edge order of
// f.Grad, and the exact partial derivatives from f.Exact. It needs F and the
// coordinates only: a Field computed with NoGradient will do.
//
// The error is the *fd.Error that numpy.gradient raises for the grid (too
// few points for the edge order), as Compute returns it. Node panics if
// index does not name a node of the grid: callers check user input first.
func (f *Field) Node(index []int) (*Node, error) {
	if len(index) != len(f.Shape) {
		panic("field: index length does not match the variables")
	}
	flat := 0
	for d, i := range index {
		if i < 0 || i >= f.Shape[d] {
			panic("field: index out of range")
		}
		flat = flat*f.Shape[d] + i
	}
	n := &Node{Index: append([]int(nil), index...), At: make([]float64, len(index)), F: f.F[flat]}
	for d, i := range index {
		n.At[d] = f.Coords[d][i]
	}
	opts := f.gradientOptions()
	for d, v := range f.Vars {
		s, err := fd.StencilAt(f.F, f.Shape, opts, index, d)
		if err != nil {
			return nil, err
		}
		p := Partial{Var: v, Stencil: s, Coords: make([]float64, len(s.Indices)), Exact: math.NaN()}
		for j, k := range s.Indices {
			p.Coords[j] = f.Coords[d][k]
		}
		if d < len(f.Exact) {
			p.Exact = f.Exact[d][flat]
		}
		p.Error = s.Result - p.Exact
		n.Partials = append(n.Partials, p)
	}
	return n, nil
}

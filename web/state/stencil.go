package state

import (
	"fmt"
	"math"
	"strings"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
)

// Stencil is numpy.gradient's work at one node of the grid, per variable,
// for a person: what gradplay.stencil returns, and what a read-out
// explains (Readout.Stencil).
type Stencil struct {
	Vars  []string `json:"vars"`  // the variables, in axis order
	Shape []int    `json:"shape"` // the grid's shape, F.shape
	// ShapeText is the shape as numpy prints it, with the axis of each
	// variable: "F.shape == (n_q, n_chi, n_delta) == (9, 9, 9)"; AxesText
	// says which axis is which variable: "axis 0: q, axis 1: chi, axis 2:
	// delta".
	ShapeText string             `json:"shapeText"`
	AxesText  string             `json:"axesText"`
	Index     map[string]int     `json:"index"` // the node's index per variable
	Point     map[string]float64 `json:"point"` // its coordinates
	F         float64            `json:"f"`     // f there
	Partials  []StencilPartial   `json:"partials"`
}

// StencilPartial is one partial derivative at the node: the formula numpy
// used along the variable's axis, its neighbours (indices along that axis,
// their coordinates and f values) with their weights, numpy's result (bit
// for bit evaluate's grad at the node), the exact partial derivative and
// the error, result − exact.
type StencilPartial struct {
	Var   string `json:"var"`
	Axis  int    `json:"axis"`
	Kind  string `json:"kind"`  // interior_uniform, interior_nonuniform, edge_order1, edge_order2
	Order int    `json:"order"` // the order of accuracy
	// Uniform: numpy treats the axis as uniform; Steps are the spacings
	// the weights come from ([h], [h0], or [d1, d2]; see fd.Stencil).
	Uniform bool      `json:"uniform"`
	Steps   []float64 `json:"steps"`
	Formula string    `json:"formula"` // the formula with the numbers, e.g. (f[5] − f[3]) / (2·25) = …
	// Why says in words which formula numpy used there and why.
	Why     string    `json:"why"`
	Indices []int     `json:"indices"`
	Coords  []float64 `json:"coords"`
	Values  []float64 `json:"values"`
	Weights []float64 `json:"weights"`
	Result  float64   `json:"result"`
	Exact   float64   `json:"exact"`
	Error   float64   `json:"error"`
}

// Explain sets r.Stencil: how numpy.gradient computed each partial
// derivative at r's node (StencilOf).
func (sc *Scene) Explain(r *Readout) {
	index := make([]int, len(sc.Vars))
	for a, v := range sc.Vars {
		index[a] = r.Index[v]
	}
	// The scene's grid satisfies numpy (Build computed its gradient), so
	// StencilOf cannot fail here.
	if st, err := StencilOf(sc.core, index); err == nil {
		r.Stencil = &st
	}
}

// StencilOf returns the stencils of f's node index (one index per
// variable, in f.Vars order), from core/fd's own code path (field.Node):
// each Result is bit for bit numpy.gradient's value there.
func StencilOf(f *field.Field, index []int) (Stencil, error) {
	n, err := f.Node(index)
	if err != nil {
		return Stencil{}, err
	}
	r := Stencil{Vars: f.Vars, Shape: f.Shape, ShapeText: shapeText(f.Vars, f.Shape), AxesText: axesText(f.Vars),
		Index: map[string]int{}, Point: map[string]float64{}, F: n.F, Partials: []StencilPartial{}}
	for d, v := range f.Vars {
		r.Index[v], r.Point[v] = n.Index[d], n.At[d]
	}
	for _, p := range n.Partials {
		r.Partials = append(r.Partials, StencilPartial{Var: p.Var, Axis: p.Axis, Kind: string(p.Kind), Order: p.Order,
			Uniform: p.Uniform, Steps: p.Steps, Formula: formula(p.Stencil), Why: why(p.Var, n.Index[p.Axis], f.Shape[p.Axis], p.Stencil),
			Indices: p.Indices,
			Coords:  p.Coords, Values: p.Values, Weights: p.Weights, Result: p.Result, Exact: p.Exact, Error: p.Error})
	}
	return r, nil
}

// shapeText is "F.shape == (n_q, n_chi) == (9, 5)"; numpy writes a
// one-element tuple (6,).
func shapeText(vars []string, shape []int) string {
	names, sizes := make([]string, len(vars)), make([]string, len(shape))
	for i, v := range vars {
		names[i], sizes[i] = "n_"+v, fmt.Sprint(shape[i])
	}
	tuple := func(s []string) string {
		if len(s) == 1 {
			return "(" + s[0] + ",)"
		}
		return "(" + strings.Join(s, ", ") + ")"
	}
	return "F.shape == " + tuple(names) + " == " + tuple(sizes)
}

// axesText is "axis 0: q, axis 1: chi".
func axesText(vars []string) string {
	s := make([]string, len(vars))
	for i, v := range vars {
		s[i] = fmt.Sprintf("axis %d: %s", i, v)
	}
	return strings.Join(s, ", ")
}

// formula writes numpy's formula at a node with its numbers, then the
// result, in the order numpy computes:
//
//	interior_uniform   (f[5] − f[3]) / (2·25) = (1250 − (−1250)) / 50 = 50
//	edge_order1        (f[1] − f[0]) / 25 = (−1250 − (−2500)) / 25 = 50
//	three points       −0.06·f[0] + 0.08·f[1] − 0.02·f[2] = −0.06·(−2500) + 0.08·(−1250) − 0.02·0 = 50
//
// Indices are along the variable's axis.
func formula(s fd.Stencil) string {
	f := func(j int) string { return fmt.Sprintf("f[%d]", s.Indices[j]) }
	v := func(j int) string { return operand(s.Values[j]) }
	r := num(s.Result)
	switch s.Kind {
	case fd.InteriorUniform:
		h := s.Steps[0]
		return fmt.Sprintf("(%s − %s) / (2·%s) = (%s − %s) / %s = %s",
			f(1), f(0), operand(h), v(1), v(0), operand(2*h), r)
	case fd.EdgeOrder1:
		h := operand(s.Steps[0])
		return fmt.Sprintf("(%s − %s) / %s = (%s − %s) / %s = %s", f(1), f(0), h, v(1), v(0), h, r)
	}
	var sym, nums strings.Builder
	for j, w := range s.Weights {
		sign, a := "", num(w)
		if j > 0 {
			sign, a = " + ", num(math.Abs(w))
			if math.Signbit(w) && !math.IsNaN(w) {
				sign = " − "
			}
		}
		sym.WriteString(sign + a + "·" + f(j))
		nums.WriteString(sign + a + "·" + v(j))
	}
	return sym.String() + " = " + nums.String() + " = " + r
}

// num writes x as Python does, but with a true minus sign: 2, 0.5, −1e-06,
// nan, inf, −inf.
func num(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "−inf"
	}
	s := expr.FormatNumber(x)
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		return "−" + rest
	}
	return s
}

// operand is num in parentheses when it starts with a minus sign.
func operand(x float64) string {
	s := num(x)
	if strings.HasPrefix(s, "−") {
		return "(" + s + ")"
	}
	return s
}

// why says which formula numpy used at index i of the n points of v, and
// why, in words.
func why(v string, i, n int, s fd.Stencil) string {
	where := fmt.Sprintf("%s is inside its grid (index %d of 0…%d)", v, i, n-1)
	if i == 0 || i == n-1 {
		where = fmt.Sprintf("%s is at the %s of its grid (index %d of 0…%d)", v, map[bool]string{true: "start", false: "end"}[i == 0], i, n-1)
	}
	switch s.Kind {
	case fd.InteriorUniform:
		return where + " and its spacing is uniform: numpy takes the central difference (f[i+1] − f[i−1]) / 2h, second-order accurate, O(h²); f[i] itself is not used."
	case fd.InteriorNonuniform:
		return where + " and its spacing is not uniform: numpy weighs the two neighbours and the node by the spacings on each side (" +
			"h₁ before, h₂ after), a second-order accurate formula, O(h²)."
	case fd.EdgeOrder1:
		return where + ": there is no node beyond it, so numpy takes a one-sided difference of two nodes (edge_order=1), first-order accurate, O(h)."
	}
	return where + ": there is no node beyond it, so numpy takes a one-sided difference of three nodes (edge_order=2), second-order accurate, O(h²)."
}

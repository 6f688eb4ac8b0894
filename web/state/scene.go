package state

import (
	"errors"
	"math"

	"github.com/gradplay/gradplay/plots"
)

// Scene is a State made concrete: the sampled field, its numeric and exact
// gradient, and the figure to draw. A Scene is immutable.
type Scene struct {
	State  State         // the state, with the variables' grids filled in
	Vars   []string      // the variables, in axis order
	Field  *plots.Field  // what plots draws
	Figure *plots.Figure // the figure (a line plot for one variable)
	XVar   int           // the variable on the horizontal axis
	YVar   int           // the variable on the vertical axis (-1 for one variable)
	Fixed  []int         // grid index of every variable (X and Y: the middle)
}

// Build evaluates st into a Scene.
func Build(st State) (*Scene, error) {
	return nil, errors.New("the expression engine is not available yet")
}

// Readout is what the page shows for one grid node: where it is, f there,
// and the gradient from finite differences (as numpy.gradient gives it) next
// to the exact one.
type Readout struct {
	Index  map[string]int     `json:"index"`  // grid index per variable
	Point  map[string]float64 `json:"point"`  // coordinate per variable
	F      float64            `json:"f"`      // f at the node
	Grad   map[string]float64 `json:"grad"`   // numpy.gradient per variable
	Exact  map[string]float64 `json:"exact"`  // exact partial derivative per variable (NaN if unknown)
	Edge   map[string]bool    `json:"edge"`   // the variable's difference there is one-sided
	Pinned bool               `json:"pinned"` // a pinned point rather than the hover
}

// Readout returns the readout at node (i, j) of the plotted slice (i along
// XVar, j along YVar; j is ignored for one variable).
func (sc *Scene) Readout(i, j int) (Readout, bool) {
	f := sc.Field
	idx := append([]int(nil), sc.Fixed...)
	idx[sc.XVar] = i
	if sc.YVar >= 0 {
		idx[sc.YVar] = j
	}
	k := 0
	for a, n := range f.Shape {
		if idx[a] < 0 || idx[a] >= n {
			return Readout{}, false
		}
		k = k*n + idx[a]
	}
	r := Readout{Index: map[string]int{}, Point: map[string]float64{}, Grad: map[string]float64{},
		Exact: map[string]float64{}, Edge: map[string]bool{}, F: f.F[k]}
	for a, v := range sc.Vars {
		r.Index[v] = idx[a]
		r.Point[v] = f.Coords[a][idx[a]]
		r.Grad[v], r.Exact[v] = math.NaN(), math.NaN()
		if a < len(f.Grad) && f.Grad[a] != nil {
			r.Grad[v] = f.Grad[a][k]
		}
		if a < len(f.Exact) && f.Exact[a] != nil {
			r.Exact[v] = f.Exact[a][k]
		}
		r.Edge[v] = idx[a] == 0 || idx[a] == f.Shape[a]-1
	}
	return r, true
}

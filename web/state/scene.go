package state

import (
	"maps"
	"math"
	"slices"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
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

	expr  *expr.Expr   // the parsed function, for the point methods
	core  *field.Field // the field as core/field computed it, for the stencils
	notes []string     // DataNotes, found once per field
}

// ComputedFor returns the field as core/field computed it (f, numpy's
// gradient and the exact partials, on the whole grid) when it is the field
// of expr on the grids specs with edgeOrder, else nil; nil for a nil sc.
// It is what BuildFrom reuses. It is shared: read it, never change it.
func (sc *Scene) ComputedFor(expr string, specs map[string]string, edgeOrder int) *field.Field {
	if sc == nil || sc.State.Expr != expr || sc.State.EdgeOrder != edgeOrder || !maps.Equal(sc.State.Grid, specs) {
		return nil
	}
	return sc.core
}

// ErrNoVariables is returned by Build for a constant function.
var ErrNoVariables = &ArgError{Code: "no_variables", Msg: "f has no variables: write a function of q, x, …"}

// Build evaluates st into a Scene: the expression on its grids (variables
// without a grid get DefaultSpec), numpy's gradient with st.EdgeOrder, the
// exact gradient, and the figure with st's display options. Errors are
// those of core/field (see ErrorInfo) or ErrNoVariables.
func Build(st State) (*Scene, error) { return BuildFrom(nil, st) }

// BuildFrom is Build reusing the field of prev (which may be nil) when the
// function, the grids and edge_order are unchanged: a change of axes,
// sliders or display options then only makes a new figure.
func BuildFrom(prev *Scene, st State) (*Scene, error) { return BuildProgress(prev, st, nil) }

// The stages of a build that BuildProgress reports.
const (
	StageCompute = "compute" // f, numpy's gradient and the exact partials on the grid
	StageScan    = "scan"    // the search for NaN and ±Inf (DataNotes)
)

// BuildProgress is BuildFrom calling progress, when not nil, as a new
// field is computed and scanned: the stage (StageCompute, StageScan), the
// work done in it and its total (values computed or scanned); returning
// false abandons the build with field.ErrCanceled.
func BuildProgress(prev *Scene, st State, progress func(stage string, done, total int) bool) (*Scene, error) {
	st = st.Clone()
	st.Check()
	e, err := parseExpr(st.Expr)
	if err != nil {
		return nil, err
	}
	if len(e.Vars) == 0 {
		return nil, ErrNoVariables
	}
	specs := make(map[string]string, len(e.Vars))
	for _, v := range e.Vars {
		s, ok := st.Grid[v]
		if !ok {
			s = DefaultSpec
		}
		specs[v] = s
	}
	st.Grid = specs
	sc := &Scene{State: st, YVar: -1, expr: e}
	if prev.ComputedFor(st.Expr, specs, st.EdgeOrder) != nil {
		sc.Vars, sc.Field, sc.core, sc.notes = prev.Vars, prev.Field, prev.core, prev.notes
	} else {
		var stage func(done, total int) bool
		if progress != nil {
			stage = func(done, total int) bool { return progress(StageCompute, done, total) }
		}
		f, err := field.Compute(st.Expr, specs, &field.Options{Vars: e.Vars, EdgeOrder: st.EdgeOrder, Progress: stage})
		if err != nil {
			return nil, err
		}
		sc.Vars, sc.core = f.Vars, f
		sc.Field = &plots.Field{Expr: st.Expr, Vars: f.Vars, Coords: f.Coords, Shape: f.Shape,
			F: f.F, Grad: f.Grad, Exact: f.Exact, EdgeOrder: st.EdgeOrder}
		if progress != nil {
			stage = func(done, total int) bool { return progress(StageScan, done, total) }
		}
		if sc.notes, err = sc.findNotes(stage); err != nil {
			return nil, err
		}
	}
	f := sc.Field
	sc.XVar, sc.YVar = plotAxes(f.Vars, st.X, st.Y)
	sc.Fixed = make([]int, len(f.Vars))
	for a, v := range f.Vars {
		sc.Fixed[a] = sliderAt(st.At, v, f.Shape[a])
	}
	if sc.Figure, err = plots.New(sc.Field, sc.plotOptions()); err != nil {
		return nil, err
	}
	if p := st.Pin; len(p) == 2 {
		if _, ok := sc.Readout(p[0], p[1]); !ok {
			sc.State.Pin = nil
		}
	}
	return sc, nil
}

// plotOptions returns the figure options of the scene's state (which
// Check has repaired: the settings' values are valid).
func (sc *Scene) plotOptions() *plots.Options {
	st := &sc.State
	return &plots.Options{XVar: sc.XVar, YVar: max(sc.YVar, 0), Fixed: sc.Fixed, Arrows: st.Density,
		Mode: modeSetting.of(st), Palette: paletteSetting.of(st), Error: errorSetting.of(st),
		Pivot: pivotSetting.of(st), Scale: st.Scale,
		Layers: plots.Layers{NoHeatmap: st.Hidden("heatmap"), NoContours: st.Hidden("contours"),
			NoArrows: st.Hidden("arrows"), NoEdges: st.Hidden("edges")}}
}

// Partials reports whether the scene shows small multiples (one heatmap
// per partial derivative) instead of the field.
func (sc *Scene) Partials() bool {
	return panelsSetting.of(&sc.State) == PartialPanels && len(sc.Vars) > 1
}

// plotAxes returns the indices in vars of the variables on the horizontal
// and vertical axes: x and y when they name two different variables, else
// the first two (the second and the first when x names the second); yi is
// -1 for fewer than two variables. Build and Resolve share it.
func plotAxes(vars []string, x, y string) (xi, yi int) {
	if len(vars) < 2 {
		return 0, -1
	}
	xi, yi = 0, 1
	if i := slices.Index(vars, x); i >= 0 {
		xi = i
	}
	if i := slices.Index(vars, y); i >= 0 && i != xi {
		yi = i
	} else if yi == xi {
		yi = 0
	}
	return xi, yi
}

// sliderAt returns the grid index at which variable v, of n points, is
// held: at[v] if it is in range, else the middle index (n-1)/2. Build and
// Resolve share it.
func sliderAt(at map[string]int, v string, n int) int {
	if i, ok := at[v]; ok && i >= 0 && i < n {
		return i
	}
	return (n - 1) / 2
}

// Readout is what the page shows for one grid node: where it is, f there,
// and the gradient from finite differences (as numpy.gradient gives it) next
// to the exact one.
type Readout struct {
	Vars   []string           `json:"vars"`   // the variables, in axis order
	Index  map[string]int     `json:"index"`  // grid index per variable
	Point  map[string]float64 `json:"point"`  // coordinate per variable
	F      float64            `json:"f"`      // f at the node
	Grad   map[string]float64 `json:"grad"`   // numpy.gradient per variable
	Exact  map[string]float64 `json:"exact"`  // exact partial derivative per variable (NaN if unknown)
	Edge   map[string]bool    `json:"edge"`   // the variable's difference there is one-sided
	Pinned bool               `json:"pinned"` // a pinned point rather than the hover

	// Methods holds ∇f at the point by the point methods (PointMethods),
	// when the caller asked for them with Scene.Methods.
	Methods []PointResult `json:"methods,omitempty"`

	// Stencil says how numpy.gradient computed each partial at the node,
	// when the caller asked for it with Scene.Explain.
	Stencil *Stencil `json:"stencil,omitempty"`
}

// PointMethods are the point methods a read-out compares with numpy's
// gradient and the exact one, in the order shown: forward-mode automatic
// differentiation, scipy.optimize.approx_fprime's forward difference (step
// 2**-26), a central difference and Richardson extrapolation (see
// core/expr's Method).
var PointMethods = []expr.Method{expr.Dual, expr.Complex, expr.Forward, expr.Central, expr.Richardson}

// Methods sets r.Methods: ∇f at r's point by each of PointMethods, with
// their default steps. The point methods see f only at r's point and
// nearby, not the grid's other nodes.
func (sc *Scene) Methods(r *Readout) {
	x := make([]float64, len(sc.Vars))
	for i, v := range sc.Vars {
		x[i] = r.Point[v]
	}
	exact := make([]float64, len(sc.Vars))
	for i, v := range sc.Vars {
		exact[i] = r.Exact[v]
	}
	r.Methods = nil
	for _, m := range PointMethods {
		// Only Exact can fail (a derivative too large), and it is not
		// one of PointMethods.
		if p, err := sc.expr.Partials(x, m, nil); err == nil {
			r.Methods = append(r.Methods, pointResult(sc.Vars, p, exact))
		}
	}
}

// Readout returns the readout at node (i, j) of the plotted slice (i along
// XVar, j along YVar; j is ignored for one variable); ok is false outside
// the grid.
func (sc *Scene) Readout(i, j int) (r Readout, ok bool) {
	f := sc.Field
	idx := slices.Clone(sc.Fixed)
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
	r = Readout{Vars: sc.Vars, Index: map[string]int{}, Point: map[string]float64{}, Grad: map[string]float64{},
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

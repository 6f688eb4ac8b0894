package field

import (
	"math"

	"github.com/gradplay/gradplay/core/expr"
)

// Why a Path stopped.
const (
	StopEdge      = "edge"      // the next step left the grid: the last point is on its boundary
	StopCritical  = "critical"  // |∇f| fell below PathOptions.Tol times the largest |∇f| on the grid
	StopMaxSteps  = "max_steps" // PathOptions.MaxSteps steps were taken
	StopUndefined = "undefined" // ∇f is NaN or ±Inf at the point reached
)

// The number of steps of a Path: DefaultPathSteps when PathOptions.MaxSteps
// is 0, at most MaxPathSteps.
const (
	DefaultPathSteps = 500
	MaxPathSteps     = 5000
)

// DefaultPathTol is the default relative tolerance of a critical point.
const DefaultPathTol = 1e-3

// PathOptions are the optional settings of Path; the zero value (or nil)
// means the defaults: an ascent of at most DefaultPathSteps steps.
type PathOptions struct {
	// Descent follows -∇f instead of ∇f.
	Descent bool
	// MaxSteps bounds the steps; 0 means DefaultPathSteps. Path panics
	// when it is negative or more than MaxPathSteps.
	MaxSteps int
	// Tol is the relative tolerance of a critical point; 0 means
	// DefaultPathTol.
	Tol float64
}

// Path is a gradient ascent (or descent) path, a streamline of ∇f, followed
// twice from the same start: on numpy's gradient interpolated over the
// grid, and on the exact gradient.
type Path struct {
	Vars []string
	// Step is h, the largest length of one step (see Field.Path).
	Step float64
	// Grid and Exact are the points of each path, the start first; each
	// point has one value per variable, in Vars order.
	Grid, Exact [][]float64
	// GridStop and ExactStop say why each path stopped: StopEdge,
	// StopCritical, StopMaxSteps or StopUndefined.
	GridStop, ExactStop string
}

// Path follows the gradient of f from the point start (one value per
// variable, in Vars order) with the classical fourth-order Runge–Kutta
// method, on numpy's gradient interpolated multilinearly between the nodes
// (Field.Grad) and on the exact gradient (Field.ExactExpr). It moves in
// every variable whose grid has two or more points (a variable of one point
// stays where it is), so for three or more variables the page draws the
// path's projection on the plotted plane.
//
// Each step integrates
//
//	dx/ds = ±h ∇f / max(|∇f|, g/10)
//
// over s from 0 to 1, with h a quarter of the smallest spacing of the grid
// and g the largest |∇f| at the grid's nodes: where the gradient is steep a
// step has length h (a quarter of a cell, whatever the scale of f), and
// near a critical point the steps shrink with |∇f|, so the path settles
// on it instead of stepping over it. A path stops at a point where |∇f| is
// at most Tol·g (StopCritical), when a step would leave the grid (the
// point where it crosses the boundary ends the path: StopEdge), where ∇f is
// not finite (StopUndefined), or after MaxSteps steps (StopMaxSteps).
//
// A start outside the grid gives an *Error with code OutsideGrid. Path
// panics when f has no Grad or no ExactExpr, or start has the wrong length.
func (f *Field) Path(start []float64, opts *PathOptions) (*Path, error) {
	f.needBoth("Path")
	if len(start) != len(f.Vars) {
		panic("field: Path needs one value per variable")
	}
	if opts == nil {
		opts = &PathOptions{}
	}
	steps, tol := opts.MaxSteps, opts.Tol
	if steps < 0 || steps > MaxPathSteps {
		panic("field: PathOptions.MaxSteps out of range")
	}
	if steps == 0 {
		steps = DefaultPathSteps
	}
	if !(tol > 0) {
		tol = DefaultPathTol
	}
	if _, inside := f.corners(start); !inside {
		return nil, f.outside(start)
	}
	sign := 1.0
	if opts.Descent {
		sign = -1
	}
	p := &Path{Vars: f.Vars, Step: f.pathStep()}
	moves := make([]bool, len(f.Vars))
	for d, n := range f.Shape {
		moves[d] = n > 1
	}
	grid := func(x []float64) []float64 {
		cs, _ := f.corners(x)
		return interp(nil, f.Grad, cs)
	}
	progs := make([]*expr.Program, len(f.ExactExpr))
	for i, d := range f.ExactExpr {
		progs[i] = expr.Compile(d)
	}
	exact := func(x []float64) []float64 {
		g := make([]float64, len(progs))
		for i, pr := range progs {
			g[i] = pr.At(x)
		}
		return g
	}
	exactArrs := f.Exact
	if len(exactArrs) != len(f.Vars) {
		exactArrs = f.Grad
	}
	s := stream{f: f, moves: moves, h: sign * p.Step, tol: tol, steps: steps}
	p.Grid, p.GridStop = s.follow(start, grid, largestNorm(f.Grad))
	p.Exact, p.ExactStop = s.follow(start, exact, largestNorm(exactArrs))
	return p, nil
}

// pathStep returns a quarter of the smallest spacing of f's grid (0 for a
// grid of single points).
func (f *Field) pathStep() float64 {
	h := math.Inf(1)
	for _, c := range f.Coords {
		for j := 1; j < len(c); j++ {
			if d := math.Abs(c[j] - c[j-1]); d > 0 {
				h = math.Min(h, d)
			}
		}
	}
	if math.IsInf(h, 1) {
		return 0
	}
	return h / 4
}

// largestNorm returns the largest finite |∇f| over the nodes of the arrays
// of the components.
func largestNorm(comps [][]float64) float64 {
	if len(comps) == 0 {
		return 0
	}
	g := 0.0
	for k := range comps[0] {
		s := 0.0
		for _, c := range comps {
			s += c[k] * c[k]
		}
		if n := math.Sqrt(s); !math.IsInf(n, 0) && !math.IsNaN(n) {
			g = math.Max(g, n)
		}
	}
	return g
}

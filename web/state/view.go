package state

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gradplay/gradplay/core/expr"
)

// View is a State resolved for the playground (Resolve): everything its
// controls show, with gradplay's rules applied (defaults, axes, slider
// positions, grid notation, label formats, messages), so that the JS shell
// renders it and decides nothing.
type View struct {
	// State is the state as the page keeps it: checked (Check), each
	// default as its zero value (so that the URL omits it: mode "fit" is ""
	// and density 21 is 0) and, when the function parses and has a
	// variable, with a grid for each of its variables (DefaultSpec where
	// the state has none), no grid of another variable, and no axis that is
	// not one of its variables. Under a mistake (a syntax error, a
	// constant) it keeps the state's grids, slider positions and axes, for
	// when the function has variables again.
	State State `json:"state"`
	// Problems are Check's repairs ([] for none).
	Problems []Problem `json:"problems"`
	// Expr is the function field.
	Expr ExprView `json:"expr"`
	// Vars has one grid row per variable of the function, in its order;
	// under a mistake in the function, the rows given to ResolveRows, or
	// with none given a row per grid of the state, in the order the
	// function's text names them (see ResolveRows).
	Vars []VarView `json:"vars"`
	// X and Y are the variables on the horizontal and vertical axes, as
	// Build chooses them: "" for none (Y for a function of one variable).
	X string `json:"x"`
	Y string `json:"y"`
	// Sliders hold the other variables with a valid grid, in order.
	Sliders []Slider `json:"sliders"`
	// Display is the display panel.
	Display Display `json:"display"`
	// Apply is false while a grid has an error: the page then keeps the
	// last figure instead of sending State to the view. (A mistake in the
	// function is the view's to show.)
	Apply bool `json:"apply"`
}

// ExprView is the function field: the variables, f's arguments and the
// derivatives as text, or the parse error.
type ExprView struct {
	Vars []string `json:"vars"` // the variables, in order of appearance ([] on an error)
	Args string   `json:"args"` // the arguments of f(…): "q, chi, delta", or "…" for none
	// Info is the text under the field: ∂f/∂v = the exact derivative, one
	// line per variable, or what to do with a constant.
	Info string `json:"info"`
	// Error is the parse error, with the properties of the Error the JS API
	// throws (ErrorInfo: code, message, offset, end, line, column,
	// snippet, field), or for a constant ErrNoVariables (code
	// no_variables, as Build's); absent when f parses and has a variable.
	Error map[string]any `json:"error,omitempty"`
}

// VarView is the grid row of one variable.
type VarView struct {
	Name  string    `json:"name"`
	Spec  string    `json:"spec"`           // the state's grid spec, or DefaultSpec
	Grid  *GridInfo `json:"grid,omitempty"` // the parsed grid; absent on an error, or if a number of it is NaN or ±Inf (JSON has none)
	Parts GridParts `json:"parts"`          // the row's fields for a valid grid (partsOf); Spec only on an error
	Info  string    `json:"info"`           // "21 points, -2 … 2" or "1 point: 0"; "" on an error
	// Error is the grid's parse error, as ExprView.Error.
	Error map[string]any `json:"error,omitempty"`
}

// Slider holds a variable that is not on an axis at one grid index.
type Slider struct {
	Var string `json:"var"`
	Min int    `json:"min"` // 0
	Max int    `json:"max"` // n-1
	// At is the position: the state's At if in range, else the middle
	// index (n-1)/2, as Build holds the variable.
	At int `json:"at"`
	// Labels are the texts of the positions: the coordinate (Label), or
	// "#i" for a grid of more than MaxListedCoords points.
	Labels []string `json:"labels"`
}

// Display is the display panel, with the defaults filled in.
type Display struct {
	Applies   bool    `json:"applies"`   // false for fewer than two variables of the function (a line plot, a mistake)
	Layers    []Layer `json:"layers"`    // each of Layers, in order
	Mode      string  `json:"mode"`      // the arrow mode: "fit" (default), "raw", "normalized", "log"
	Palette   string  `json:"palette"`   // "viridis" (default), "diverging", "kindlmann", "gray"
	Error     string  `json:"error"`     // the error map: "" (f itself), "norm", "x", "y"
	Density   int     `json:"density"`   // arrows per axis, DefaultDensity for 0
	EdgeOrder int     `json:"edgeOrder"` // 1 or 2
	Pivot     string  `json:"pivot"`     // the part of an arrow on its node: "tail" (default), "middle", "tip"
	Scale     float64 `json:"scale"`     // the raw mode's arrow length per unit of |∇f| (0: chosen)
	Panels    string  `json:"panels"`    // "field" (default) or "partials" (one heatmap per ∂f/∂v)
}

// Layer is one layer of the figure and whether it is shown.
type Layer struct {
	Name string `json:"name"`
	On   bool   `json:"on"`
}

// Resolve returns the view of st. It never fails: a mistake in the function
// or a grid is part of the view (ExprView.Error, VarView.Error), and under
// a mistake in the function the state keeps its grids, slider positions
// and axes (see View.State), and the view has a row per grid of the state,
// in the order the function's text names them (see ResolveRows).
func Resolve(st State) View { return ResolveRows(st, nil) }

// ResolveRows is Resolve for a page that shows the grid rows named by rows,
// in that order: under a mistake in the function (which then has no
// variables) View.Vars are these rows' views, each grid as the state keeps
// it with its own check, so that the rows stay as they are and a grid
// edited meanwhile is still checked. A name that is not a variable name
// (IsName), a repeated one and the names after the first MaxVars are left
// out; a page that shows no rows yet (none given) gets a row per grid of
// the state: first those the function's text names, in its order (the
// order the variables will have once it parses), then the others by name.
// When the function has variables, they decide the rows, and rows is not
// used.
func ResolveRows(st State, rows []string) View {
	st = st.Clone()
	v := View{Problems: st.Check(), Vars: []VarView{}, Sliders: []Slider{}, Apply: true}
	if v.Problems == nil {
		v.Problems = []Problem{}
	}
	for i := range settings {
		if c := settings[i].canon; c != nil {
			c(&st)
		}
	}
	in, err := ParseExpr(st.Expr)
	if err != nil {
		v.Expr = ExprView{Vars: []string{}, Error: errorFields(ErrorInfo(err, st.Expr))}
	} else {
		v.Expr = exprView(in)
		if len(in.Vars) == 0 {
			// Build refuses a constant (ErrNoVariables): so does the
			// field, or the view would be stale with no message at it.
			// As under a syntax error, the state's grids, slider
			// positions and axes stay, for when the function has
			// variables again.
			nv := ErrorInfo(ErrNoVariables, st.Expr)
			nv.Field = "expr"
			v.Expr.Error = errorFields(nv)
		}
	}
	if err == nil && len(in.Vars) > 0 {
		var ok bool
		var infos []*GridInfo
		v.Vars, infos, ok = gridRows(in.Vars, st.Grid, st.EdgeOrder)
		v.Apply = v.Apply && ok
		grids := make(map[string]string, len(in.Vars))
		for _, vv := range v.Vars {
			grids[vv.Name] = vv.Spec
		}
		st.Grid = grids
		// Slider positions of variables the function no longer has would
		// stay in the link (at.delta=2 after delta is gone): drop them.
		for name := range st.At {
			if !slices.Contains(in.Vars, name) {
				delete(st.At, name)
			}
		}
		for _, a := range []*string{&st.X, &st.Y} {
			if !slices.Contains(in.Vars, *a) {
				*a = ""
			}
		}
		xi, yi := plotAxes(in.Vars, st.X, st.Y)
		v.X = in.Vars[xi]
		if yi >= 0 {
			v.Y = in.Vars[yi]
		}
		for i, name := range in.Vars {
			if name != v.X && name != v.Y && infos[i] != nil && v.Vars[i].Error == nil {
				v.Sliders = append(v.Sliders, slider(name, infos[i], st.At))
			}
		}
	}
	if v.Expr.Error != nil {
		if len(rows) == 0 {
			// A page that shows no rows yet (a link that opens on a
			// mistake): a row per grid of the state, first those whose
			// names the function's text spells, in its order (the
			// variables' order once it parses), then the others by name.
			rows = gridsInTextOrder(st.Expr, st.Grid)
		}
		var names []string
		for _, name := range rows {
			if IsName(name) && !slices.Contains(names, name) && len(names) < MaxVars {
				names = append(names, name)
			}
		}
		v.Vars, _, _ = gridRows(names, st.Grid, st.EdgeOrder)
	}
	v.State = st
	v.Display = Display{Applies: v.Expr.Error == nil && len(v.Vars) >= 2, Mode: modeSetting.of(&st).String(),
		Palette: paletteSetting.of(&st).String(), Error: st.Error, Density: st.Density, EdgeOrder: st.EdgeOrder,
		Pivot: pivotSetting.of(&st).String(), Scale: st.Scale, Panels: panelsSetting.of(&st).String()}
	if v.Display.Density == 0 {
		v.Display.Density = DefaultDensity
	}
	for _, l := range Layers {
		v.Display.Layers = append(v.Display.Layers, Layer{l, !st.Hidden(l)})
	}
	return v
}

// gridsInTextOrder returns the names of grids: those that the function's
// text src spells in the order it spells them (expr.Names), then the
// others by name.
func gridsInTextOrder(src string, grids map[string]string) []string {
	var names []string
	for _, n := range expr.Names(src) {
		if _, ok := grids[n]; ok {
			names = append(names, n)
		}
	}
	for _, n := range slices.Sorted(maps.Keys(grids)) {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// exprView is the function field of a parsed function.
func exprView(in ExprInfo) ExprView {
	ev := ExprView{Vars: in.Vars, Args: strings.Join(in.Vars, ", ")}
	if len(in.Vars) == 0 {
		ev.Args, ev.Info = "…", "f is a constant: add a variable (q, x, …) to see a gradient."
	}
	lines := make([]string, len(in.Vars))
	for i, name := range in.Vars {
		lines[i] = "∂f/∂" + name + " = " + in.Derivatives[name]
	}
	if len(lines) > 0 {
		ev.Info = strings.Join(lines, "\n")
	}
	return ev
}

// gridRows returns the views of the grids of names (the default grid for
// a name grids lacks) and their parsed grids (nil for a grid with an
// error): each checked alone and, when all parse, together
// (checkGridRows). ok reports that none has an error.
func gridRows(names []string, grids map[string]string, edgeOrder int) (rows []VarView, infos []*GridInfo, ok bool) {
	rows, infos, ok = make([]VarView, len(names)), make([]*GridInfo, len(names)), true
	for i, name := range names {
		rows[i], infos[i] = varView(name, grids)
		ok = ok && rows[i].Error == nil
	}
	if ok {
		ok = checkGridRows(rows, infos, edgeOrder)
	}
	return rows, infos, ok
}

// varView is the grid row of variable name, whose spec is grids[name] or
// DefaultSpec, and its parsed grid (nil on an error).
func varView(name string, grids map[string]string) (VarView, *GridInfo) {
	vv := VarView{Name: name, Spec: DefaultSpec}
	if s, ok := grids[name]; ok {
		vv.Spec = s
	}
	vv.Parts.Spec = vv.Spec
	gi, err := ParseGrid(vv.Spec)
	if err != nil {
		vv.Error = errorFields(ErrorInfo(err, vv.Spec))
		return vv, nil
	}
	vv.Parts = partsOf(gi, vv.Spec)
	if finite(gi) {
		g := gi
		g.Coords = nil // the page reads the parts, not every coordinate (7 MB for 100,000-point grids)
		vv.Grid = &g
	}
	if gi.N == 1 {
		vv.Info = "1 point: " + Label(gi.First)
	} else {
		vv.Info = fmt.Sprintf("%d points, %s … %s", gi.N, Label(gi.First), Label(gi.Last))
	}
	return vv, &gi
}

// finite reports whether every number of gi is finite (linspace(-1.7e308,
// 1.7e308, 3) is not: its step overflows).
func finite(gi GridInfo) bool {
	for _, x := range append([]float64{gi.First, gi.Last, gi.Start, gi.Stop, gi.Step}, gi.Coords...) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// slider is the slider of variable name on the grid gi.
// MaxSliderLabels bounds the labels a slider carries; a longer grid's
// slider has none and the page shows the position as "#i".
const MaxSliderLabels = 10001

func slider(name string, gi *GridInfo, at map[string]int) Slider {
	s := Slider{Var: name, Max: gi.N - 1, At: sliderAt(at, name, gi.N), Labels: make([]string, gi.N)}
	if gi.N > MaxSliderLabels {
		// One label per position would be megabytes: the page shows "#i".
		s.Labels = nil
		return s
	}
	for i := range s.Labels {
		if gi.Coords != nil {
			s.Labels[i] = Label(gi.Coords[i])
		} else {
			s.Labels[i] = "#" + strconv.Itoa(i)
		}
	}
	return s
}

// errorFields returns the properties of the Error the JS API throws for in.
func errorFields(in Info) map[string]any {
	m := in.Fields()
	m["message"] = in.Message
	return m
}

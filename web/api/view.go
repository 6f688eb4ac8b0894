package api

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/state"
)

// resolve is gradplay.resolve(state, {rows}) -> the view of the state that
// the playground renders (state.View): variables, grid rows, axes, sliders
// and display options with every default and rule applied in Go. rows (the
// names of the grid rows the page shows, in order) gives the rows' views
// while the function has a mistake (state.ResolveRows).
func resolve(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "resolve: the state")
	if err != nil {
		return nil, err
	}
	var opts struct {
		Rows []string `json:"rows"`
	}
	if o := arg(args, 1); o != nil {
		if err := Decode(o, &opts, "resolve: the options"); err != nil {
			return nil, err
		}
	}
	return Value(state.ResolveRows(st, opts.Rows)), nil
}

// gridParts reads a grid row {kind, start, stop, count, spec}.
func gridParts(v any, what string) (state.GridParts, error) {
	var p state.GridParts
	if _, ok := v.(map[string]any); !ok {
		return p, argErr("%s: the row is {kind, start, stop, count, spec}, all strings", what)
	}
	err := Decode(v, &p, what)
	return p, err
}

// gridFromParts is gradplay.gridFromParts(row) -> the spec written from a
// grid row's fields in the row's notation (state.GridFromParts).
func gridFromParts(args []any) (any, error) {
	p, err := gridParts(arg(args, 0), "gridFromParts")
	if err != nil {
		return nil, err
	}
	return state.GridFromParts(p)
}

// convertGrid is gradplay.convertGrid(row, kind) -> the row in another
// notation: "linspace" (points), "range" (a step) or "list"
// (state.ConvertGrid).
func convertGrid(args []any) (any, error) {
	p, err := gridParts(arg(args, 0), "convertGrid")
	if err != nil {
		return nil, err
	}
	kind, err := stringArg(args, 1, "convertGrid: the notation")
	if err != nil {
		return nil, err
	}
	q, err := state.ConvertGrid(p, kind)
	if err != nil {
		return nil, err
	}
	return Value(q), nil
}

// examples is gradplay.examples() -> [{title, state}]: the examples menu.
func examples([]any) (any, error) { return Value(state.Examples()), nil }

// numpyCode is gradplay.numpyCode(state) -> the runnable numpy + matplotlib
// program that computes and draws what the page shows (explain.NumpyCode),
// from the field of the scene shown when it is the state's (the page asks
// for the code of what it shows: a 41³ field computed again cost tens of
// milliseconds in WebAssembly after every change).
func (a *API) numpyCode(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "numpyCode: the state")
	if err != nil {
		return nil, err
	}
	return explain.NumpyCodeFrom(a.s.Scene(), st)
}

// pitfalls is gradplay.pitfalls(state) -> [{code, message, fix, ...}]: the
// mistakes people make with numpy.gradient, with what they would cost for
// this function and grid (explain.Pitfalls). A state whose field cannot be
// computed gives the input notes found so far, not an error.
func (a *API) pitfalls(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "pitfalls: the state")
	if err != nil {
		return nil, err
	}
	ps, err := a.pits.get(a.s.Scene(), st)
	if err != nil && len(ps) == 0 {
		return nil, err
	}
	return Value(append([]explain.Pitfall{}, ps...)), nil
}

// pitfallCache keeps the pitfalls of the last function and grids asked
// for: they depend on nothing else (not the sliders, the pin or the
// display), and finding them computes the field twice (edge_order 1 and
// 2), which the page would otherwise redo after every slider move.
type pitfallCache struct {
	mu  sync.Mutex
	key string
	ps  []explain.Pitfall
	err error
}

// get returns explain.Pitfalls(st), computed (from the field of prev, the
// scene shown, when it is the one needed: explain.PitfallsFrom) unless st
// has the function and grids of the last call.
func (c *pitfallCache) get(prev *state.Scene, st state.State) ([]explain.Pitfall, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%q", st.Expr)
	for _, v := range slices.Sorted(maps.Keys(st.Grid)) {
		fmt.Fprintf(&b, " %q=%q", v, st.Grid[v])
	}
	key := b.String()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.key != key || c.key == "" {
		c.ps, c.err = explain.PitfallsFrom(prev, st)
		c.key = key
	}
	return c.ps, c.err
}

// inputNotes is gradplay.inputNotes(state) -> [{code, message, fix, field,
// span}]: the remarks on what the user typed (explain.InputNotes), for the
// page to show next to each field. Under a mistake in the function, the
// notes of the state's grids alone.
func inputNotes(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "inputNotes: the state")
	if err != nil {
		return nil, err
	}
	ps, _ := explain.InputNotes(st)
	return Value(append([]explain.Pitfall{}, ps...)), nil
}

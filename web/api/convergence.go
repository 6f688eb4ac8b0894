package api

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// The levels of gradplay.convergence: 3 by default, at most maxLevels.
const maxLevels = 8

// ConvergenceStudy is the result of gradplay.convergence: per level (n,
// 2n-1, 4n-3, ... points per axis) the points and the largest spacing per
// variable and the largest error of numpy's gradient against the exact
// partials at the nodes on no edge and on an edge, and the observed orders
// from the last two levels (field.Study).
type ConvergenceStudy struct {
	Vars   []string           `json:"vars"`
	Levels []ConvergenceLevel `json:"levels"`
	Order  struct {
		Interior float64 `json:"interior"`
		Edge     float64 `json:"edge"`
	} `json:"order"`
}

// ConvergenceLevel is one grid of a ConvergenceStudy.
type ConvergenceLevel struct {
	Points   map[string]int     `json:"points"`
	H        map[string]float64 `json:"h"`
	Interior float64            `json:"interior"`
	Edge     float64            `json:"edge"`
}

// convergence is gradplay.convergence(expr, grid, {edgeOrder, levels}).
func (a *API) convergence(args []any) (any, error) {
	src, specs, opts, err := convergenceArgs(args, "convergence")
	if err != nil {
		return nil, err
	}
	st, err := a.study.get(src, specs, opts)
	if err != nil {
		return nil, err
	}
	out := ConvergenceStudy{Vars: st.Vars, Levels: []ConvergenceLevel{}}
	for _, l := range st.Levels {
		c := ConvergenceLevel{Points: map[string]int{}, H: map[string]float64{}, Interior: l.Interior, Edge: l.Edge}
		for i, v := range st.Vars {
			c.Points[v], c.H[v] = l.Points[i], l.H[i]
		}
		out.Levels = append(out.Levels, c)
	}
	out.Order.Interior, out.Order.Edge = st.Order.Interior, st.Order.Edge
	return Value(out), nil
}

// convergenceArgs reads the arguments (expr, grid, {edgeOrder, levels}) of
// gradplay.convergence and convergencePlot; entry names the entry in
// messages.
func convergenceArgs(args []any, entry string) (src string, specs map[string]string, opts *field.ConvergenceOptions, err error) {
	src, specs, fopts, err := fieldArgs(args, entry)
	if err != nil {
		return "", nil, nil, err
	}
	opts = &field.ConvergenceOptions{EdgeOrder: fopts.EdgeOrder}
	var lv any
	options(arg(args, 2), map[string]*any{"levels": &lv})
	if lv != nil {
		x, ok := lv.(float64)
		if !ok || x != math.Trunc(x) || x < 2 || x > maxLevels {
			return "", nil, nil, argErr("%s: levels must be a whole number from 2 to %d, not %s", entry, maxLevels, state.Describe(lv))
		}
		opts.Levels = int(x)
	}
	return src, specs, opts, nil
}

// studyCache keeps the last convergence study: the page asks for the
// numbers (convergence) and then the plot (convergencePlot) of the same
// study, which then is computed once (its arrays are the largest
// allocation of a pin change).
type studyCache struct {
	mu  sync.Mutex
	key string
	st  *field.Study
}

// get returns the study of (src, specs, opts), computing it unless it is
// the last one asked for.
func (c *studyCache) get(src string, specs map[string]string, opts *field.ConvergenceOptions) (*field.Study, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%q %d %d", src, opts.EdgeOrder, opts.Levels)
	for _, v := range slices.Sorted(maps.Keys(specs)) {
		fmt.Fprintf(&b, " %q=%q", v, specs[v])
	}
	key := b.String()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.st != nil && c.key == key {
		return c.st, nil
	}
	st, err := field.Convergence(src, specs, opts)
	if err != nil {
		return nil, err
	}
	c.key, c.st = key, st
	return st, nil
}

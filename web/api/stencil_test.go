package api_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/internal/cases"
	"github.com/gradplay/gradplay/web/state"
)

// seedGrid is the grid of the seed question (SO 16078818):
// numpy.mgrid[-100:101:25, -100:101:25, -100:101:25], 9 points per variable.
var seedGrid = map[string]any{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"}

// checkAgainstEvaluate calls stencil at index and requires evaluate's
// numbers at that node: f, grad (bit for bit), exact, and the coordinates
// and f values of the neighbours along each variable's axis.
func checkAgainstEvaluate(t *testing.T, src string, grid map[string]any, edgeOrder float64, index map[string]int) map[string]any {
	t.Helper()
	a, _ := newAPI()
	opts := map[string]any{"edgeOrder": edgeOrder}
	ev := call(t, a, "evaluate", src, grid, opts).(map[string]any)
	idx := map[string]any{}
	for v, i := range index {
		idx[v] = float64(i)
	}
	st := call(t, a, "stencil", src, grid, opts, idx).(map[string]any)
	vars := ev["vars"].([]any)
	if !slices.Equal(st["vars"].([]any), vars) || !slices.Equal(st["shape"].([]any), ev["shape"].([]any)) {
		t.Fatalf("%s: vars %v shape %v, evaluate %v %v", src, st["vars"], st["shape"], vars, ev["shape"])
	}
	shape := make([]int, len(vars))
	for d, n := range ev["shape"].([]any) {
		shape[d] = int(n.(float64))
	}
	// flat is the row-major position of index with var d at i instead.
	flat := func(d, i int) int {
		k := 0
		for e, v := range vars {
			j := index[v.(string)]
			if e == d {
				j = i
			}
			k = k*shape[e] + j
		}
		return k
	}
	node := flat(-1, 0)
	f := ev["f"].([]float64)
	if st["f"] != f[node] {
		t.Errorf("%s %v: f %v, evaluate %v", src, index, st["f"], f[node])
	}
	partials := st["partials"].([]any)
	if len(partials) != len(vars) {
		t.Fatalf("%s: %d partials", src, len(partials))
	}
	for d, pv := range partials {
		p := pv.(map[string]any)
		v := vars[d].(string)
		if p["var"] != v || p["axis"] != float64(d) {
			t.Errorf("%s: partial %d is %v on axis %v", src, d, p["var"], p["axis"])
		}
		if got := st["point"].(map[string]any)[v]; got != ev["coords"].(map[string]any)[v].([]float64)[index[v]] {
			t.Errorf("%s %v: point.%s = %v", src, index, v, got)
		}
		grad := ev["grad"].(map[string]any)[v].([]float64)[node]
		exact := ev["exact"].(map[string]any)[v].([]float64)[node]
		result, _ := p["result"].(float64)
		if !cases.Same(result, grad) {
			t.Errorf("%s %v ∂/∂%s: result %v (%#x), evaluate's grad %v (%#x)",
				src, index, v, result, math.Float64bits(result), grad, math.Float64bits(grad))
		}
		if p["exact"] != exact || p["error"] != result-exact {
			t.Errorf("%s %v ∂/∂%s: exact %v error %v, want %v and %v", src, index, v, p["exact"], p["error"], exact, result-exact)
		}
		coords, values, weights := p["coords"].([]float64), p["values"].([]float64), p["weights"].([]float64)
		indices := p["indices"].([]any)
		if len(coords) != len(indices) || len(values) != len(indices) || len(weights) != len(indices) {
			t.Fatalf("%s ∂/∂%s: %d indices, %d coords, %d values, %d weights", src, v, len(indices), len(coords), len(values), len(weights))
		}
		sum := 0.0
		for j, iv := range indices {
			i := int(iv.(float64))
			if coords[j] != ev["coords"].(map[string]any)[v].([]float64)[i] || values[j] != f[flat(d, i)] {
				t.Errorf("%s %v ∂/∂%s: neighbour %d at %v with f %v", src, index, v, i, coords[j], values[j])
			}
			sum += weights[j] * values[j]
		}
		if math.Abs(sum-result) > 1e-12*math.Max(1, math.Abs(result)) {
			t.Errorf("%s %v ∂/∂%s: Σ w·v = %v, result %v", src, index, v, sum, result)
		}
		edge := index[v] == 0 || index[v] == shape[d]-1
		kind, order := p["kind"].(string), p["order"].(float64)
		if edge != strings.HasPrefix(kind, "edge_order") || (edge && order != edgeOrder) || (!edge && order != 2) {
			t.Errorf("%s %v ∂/∂%s: %s of order %v", src, index, v, kind, order)
		}
		if p["formula"] == "" {
			t.Errorf("%s ∂/∂%s: no formula", src, v)
		}
	}
	return st
}

func TestStencilSeed(t *testing.T) {
	for _, eo := range []float64{1, 2} {
		for _, index := range []map[string]int{
			{"q": 2, "chi": 0, "delta": 6},
			{"q": 0, "chi": 8, "delta": 4},
			{"q": 8, "chi": 1, "delta": 7},
			{"q": 4, "chi": 4, "delta": 4},
			{"q": 0, "chi": 0, "delta": 0},
			{"q": 8, "chi": 8, "delta": 8},
		} {
			checkAgainstEvaluate(t, "q*chi*delta", seedGrid, eo, index)
		}
	}
	st := checkAgainstEvaluate(t, "q*chi*delta", seedGrid, 1, map[string]int{"q": 2, "chi": 0, "delta": 6})
	if st["shapeText"] != "F.shape == (n_q, n_chi, n_delta) == (9, 9, 9)" || st["axesText"] != "axis 0: q, axis 1: chi, axis 2: delta" {
		t.Errorf("shape %q, axes %q", st["shapeText"], st["axesText"])
	}
	want := []string{
		"(f[3] − f[1]) / (2·25) = (125000 − 375000) / 50 = −5000",
		"(f[1] − f[0]) / 25 = (187500 − 250000) / 25 = −2500",
		"(f[7] − f[5]) / (2·25) = (375000 − 125000) / 50 = 5000",
	}
	for d, p := range st["partials"].([]any) {
		if got := p.(map[string]any)["formula"]; got != want[d] {
			t.Errorf("formula %d:\n got %s\nwant %s", d, got, want[d])
		}
	}
	// Edge order 2 at the same node: three points on one side along chi.
	st = checkAgainstEvaluate(t, "q*chi*delta", seedGrid, 2, map[string]int{"q": 2, "chi": 0, "delta": 6})
	chi := st["partials"].([]any)[1].(map[string]any)
	if chi["kind"] != "edge_order2" || !slices.Equal(chi["weights"].([]float64), []float64{-1.5 / 25, 2.0 / 25, -0.5 / 25}) ||
		chi["formula"] != "−0.06·f[0] + 0.08·f[1] − 0.02·f[2] = −0.06·250000 + 0.08·187500 − 0.02·125000 = −2500" {
		t.Errorf("chi, edge order 2: %v %v %q", chi["kind"], chi["weights"], chi["formula"])
	}
}

// TestStencilNonuniform uses the non-uniform coordinates of numpy.gradient's
// documentation for x**2, at every node.
func TestStencilNonuniform(t *testing.T) {
	grid := map[string]any{"x": "[0, 1, 1.5, 3.5, 4, 6]"}
	for _, eo := range []float64{1, 2} {
		for i := range 6 {
			st := checkAgainstEvaluate(t, "x**2", grid, eo, map[string]int{"x": i})
			if st["shapeText"] != "F.shape == (n_x,) == (6,)" {
				t.Errorf("shape %q", st["shapeText"])
			}
		}
	}
	for _, c := range []struct {
		eo      float64
		i       int
		kind    string
		formula string
	}{
		{1, 3, "interior_nonuniform", "−0.1·f[2] − 1.5·f[3] + 1.6·f[4] = −0.1·2.25 − 1.5·12.25 + 1.6·16 = 7"},
		{1, 0, "edge_order1", "(f[1] − f[0]) / 1 = (1 − 0) / 1 = 1"},
		{1, 5, "edge_order1", "(f[5] − f[4]) / 2 = (36 − 16) / 2 = 10"},
		{2, 5, "edge_order2", "1.6·f[3] − 2.5·f[4] + 0.9·f[5] = 1.6·12.25 − 2.5·16 + 0.9·36 = 12"},
	} {
		st := checkAgainstEvaluate(t, "x**2", grid, c.eo, map[string]int{"x": c.i})
		p := st["partials"].([]any)[0].(map[string]any)
		if p["kind"] != c.kind || p["formula"] != c.formula || p["uniform"] != false {
			t.Errorf("x = %d, edge order %v: %v %v\n got %s\nwant %s", c.i, c.eo, p["kind"], p["uniform"], p["formula"], c.formula)
		}
	}
}

func TestStencilErrors(t *testing.T) {
	a, _ := newAPI()
	idx := map[string]any{"q": 2.0, "chi": 0.0, "delta": 6.0}
	for _, c := range []struct {
		index any
		text  string
	}{
		{nil, "index must be an object"},
		{[]any{2.0, 0.0, 6.0}, "index must be an object"},
		{map[string]any{"q": 2.0, "chi": 0.0}, "no entry for delta"},
		{map[string]any{"q": 2.0, "chi": 0.0, "delta": 9.0}, "the index of delta is 9, outside 0…8 (delta has 9 points)"},
		{map[string]any{"q": -1.0, "chi": 0.0, "delta": 6.0}, "the index of q is -1, outside 0…8"},
		{map[string]any{"q": 2.5, "chi": 0.0, "delta": 6.0}, "the index of q must be a whole number, not 2.5"},
		{map[string]any{"q": "2", "chi": 0.0, "delta": 6.0}, `the index of q must be a whole number, not the string "2"`},
		{map[string]any{"q": math.NaN(), "chi": 0.0, "delta": 6.0}, "the index of q must be a whole number"},
		{map[string]any{"q": math.Inf(1), "chi": 0.0, "delta": 6.0}, "the index of q must be a whole number"},
	} {
		if msg := fails(t, a, state.CodeInvalidArgument, "stencil", "q*chi*delta", seedGrid, nil, c.index); !strings.Contains(msg, c.text) {
			t.Errorf("index %v: %q, want %q", c.index, msg, c.text)
		}
	}
	// Other names in index are ignored, as in grid.
	call(t, a, "stencil", "q*chi*delta", seedGrid, nil, map[string]any{"q": 2.0, "chi": 0.0, "delta": 6.0, "w": 1.5})
	// The function's, the grid's and numpy's errors, as from evaluate.
	fails(t, a, state.CodeInvalidArgument, "stencil", 3.0, seedGrid, nil, idx)
	fails(t, a, state.CodeInvalidArgument, "stencil", "q*chi*delta", map[string]any{"q": 3.0}, nil, idx)
	fails(t, a, state.CodeSyntax, "stencil", "q*", seedGrid, nil, idx)
	fails(t, a, state.CodeMissingGrid, "stencil", "q*chi*delta*w", seedGrid, nil, idx)
	fails(t, a, state.CodeTooFewPoints, "stencil", "x", map[string]any{"x": "[0, 1]"}, map[string]any{"edgeOrder": 2.0}, map[string]any{"x": 0.0})
	fails(t, a, state.CodeEdgeOrderUnsupported, "stencil", "x", map[string]any{"x": "[0, 1, 2]"}, map[string]any{"edgeOrder": 3.0}, map[string]any{"x": 0.0})
}

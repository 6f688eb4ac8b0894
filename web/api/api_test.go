package api_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/internal/cases"
	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

func newAPI() (*api.API, *session.Session) {
	s := session.New(state.Default(), nil)
	ms := 0.0
	return api.New(s, func() float64 { ms++; return ms }), s
}

// call runs an entry and fails the test on an error.
func call(t *testing.T, a *api.API, name string, args ...any) any {
	t.Helper()
	v, err := a.Call(name, args, nil)
	if err != nil {
		t.Fatalf("%s%v: %v", name, args, err)
	}
	return v
}

// fails runs an entry that must fail with code; it returns the message.
func fails(t *testing.T, a *api.API, code, name string, args ...any) string {
	t.Helper()
	v, err := a.Call(name, args, nil)
	if err == nil {
		t.Fatalf("%s%v = %v, want an error %s", name, args, v, code)
	}
	msg, f := api.Failure(err)
	if f["code"] != code {
		t.Errorf("%s%v: code %v (%s), want %s", name, args, f["code"], msg, code)
	}
	return msg
}

// plain decodes JSON as the adapter converts JavaScript values: numbers
// float64, the case file's "nan", "inf" and "-inf" numbers.
func plain(raw json.RawMessage) any {
	if len(raw) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		panic(err)
	}
	var fix func(any) any
	fix = func(v any) any {
		switch v := v.(type) {
		case string:
			return map[string]float64{"nan": math.NaN(), "inf": math.Inf(1), "-inf": math.Inf(-1)}[v]
		case []any:
			for i := range v {
				v[i] = fix(v[i])
			}
		}
		return v
	}
	return fix(v)
}

// TestGradientCases runs every numpy reference case through
// gradplay.gradient's Go side, with the arguments as the adapter hands
// them over.
func TestGradientCases(t *testing.T) {
	file, path, err := cases.Load()
	if err != nil {
		t.Fatal(err)
	}
	a, _ := newAPI()
	passed := 0
	for _, c := range file.Cases {
		opts := map[string]any{"edgeOrder": float64(c.EdgeOrder)}
		if c.EdgeOrder == 0 {
			delete(opts, "edgeOrder")
		}
		if len(c.Spacing) > 0 {
			opts["spacing"] = plain(c.Spacing)
		}
		if len(c.Axis) > 0 {
			opts["axis"] = plain(c.Axis)
		}
		shape := make([]any, len(c.Shape))
		for i, n := range c.Shape {
			shape[i] = float64(n)
		}
		v, err := a.Call("gradient", []any{cases.Floats(c.F), shape, opts}, nil)
		if c.Error != "" {
			if _, f := api.Failure(err); err == nil || f["code"] != c.Error {
				t.Errorf("%s: %v, want the error %s", c.Name, err, c.Error)
				continue
			}
			passed++
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		got := v.([]any)
		ok := len(got) == len(c.Expect)
		for i := 0; ok && i < len(got); i++ {
			g, want := got[i].([]float64), cases.Floats(c.Expect[i])
			ok = len(g) == len(want)
			for k := 0; ok && k < len(g); k++ {
				ok = cases.Same(g[k], want[k])
			}
		}
		if !ok {
			t.Errorf("%s: not numpy's bits", c.Name)
			continue
		}
		passed++
	}
	t.Logf("numpy cases through the API: %d passed (%s)", passed, path)
	if passed != len(file.Cases) {
		t.Errorf("%d of %d passed", passed, len(file.Cases))
	}
}

func TestGradientArgs(t *testing.T) {
	a, _ := newAPI()
	fails(t, a, state.CodeInvalidArgument, "gradient", "abc", []any{3.0})
	fails(t, a, state.CodeInvalidArgument, "gradient", []float64{1, 2, 3}, []any{2.0})
	fails(t, a, state.CodeInvalidArgument, "gradient", []float64{1, 2, 3}, 3.0, map[string]any{"edgeOrder": 1.5})
	fails(t, a, state.CodeTooFewPoints, "gradient", []float64{1}, 1.0)
	g := call(t, a, "gradient", []any{1.0, 4.0, 9.0}, 3.0, map[string]any{"spacing": 0.5}).([]any)
	if !slices.Equal(g[0].([]float64), []float64{6, 8, 10}) {
		t.Errorf("gradient %v", g)
	}
}

func TestEvaluate(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "evaluate", "x*y", map[string]any{"x": "0:1:3j", "y": "[0, 1, 2]"}, map[string]any{"edgeOrder": 2.0}).(map[string]any)
	if !slices.Equal(v["vars"].([]any), []any{"x", "y"}) || !slices.Equal(v["shape"].([]any), []any{3.0, 3.0}) {
		t.Errorf("vars %v shape %v", v["vars"], v["shape"])
	}
	if f := v["f"].([]float64); !slices.Equal(f, []float64{0, 0, 0, 0, 0.5, 1, 0, 1, 2}) {
		t.Errorf("f %v", f)
	}
	for _, k := range []string{"coords", "grad", "exact"} {
		m := v[k].(map[string]any)
		if _, ok := m["x"].([]float64); !ok || len(m) != 2 {
			t.Errorf("%s: %v", k, m)
		}
	}
	fails(t, a, state.CodeInvalidArgument, "evaluate", 3.0, nil)
	fails(t, a, state.CodeInvalidArgument, "evaluate", "x", "grid")
	fails(t, a, state.CodeInvalidArgument, "evaluate", "x", map[string]any{"x": 3.0})
	fails(t, a, state.CodeInvalidArgument, "evaluate", "x", nil, map[string]any{"edgeOrder": "2"})
	fails(t, a, state.CodeEdgeOrderUnsupported, "evaluate", "x", map[string]any{"x": "0:1:3j"}, map[string]any{"edgeOrder": 0.0})
	fails(t, a, state.CodeSyntax, "evaluate", "x +", nil)
	if msg := fails(t, a, state.CodeGridSyntax, "evaluate", "x", map[string]any{"x": "1:2:"}); !strings.Contains(msg, "grid of x") {
		t.Errorf("grid error message %q", msg)
	}
}

func TestAtPoint(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "atPoint", "x*y", map[string]any{"x": 1.0, "y": 2.0}, map[string]any{"methods": []any{"exact", "forward"}}).(map[string]any)
	if v["value"] != 2.0 || v["derivatives"].(map[string]any)["x"] != "y" {
		t.Errorf("value %v derivatives %v", v["value"], v["derivatives"])
	}
	ps := v["partials"].([]any)
	if len(ps) != 2 || ps[0].(map[string]any)["method"] != "exact" || ps[0].(map[string]any)["grad"].(map[string]any)["y"] != 1.0 {
		t.Errorf("partials %v", ps)
	}
	if _, ok := ps[1].(map[string]any)["err"]; ok {
		t.Error("forward has no error estimate")
	}
	fails(t, a, state.CodeInvalidArgument, "atPoint", "x", "here")
	fails(t, a, state.CodeInvalidArgument, "atPoint", "x", map[string]any{"x": "1"})
	fails(t, a, state.CodeInvalidArgument, "atPoint", "x", map[string]any{"x": 1.0}, map[string]any{"methods": []any{"magic"}})
	fails(t, a, state.CodeInvalidArgument, "atPoint", "x", map[string]any{"x": 1.0}, map[string]any{"step": -1.0})
	fails(t, a, state.CodeMissingValue, "atPoint", "x*y", map[string]any{"x": 1.0})
}

// TestExprLimit: every entry that takes a function refuses one over the
// page's limit (state.MaxExprLen characters) with code too_long, as the
// field, the link and the view do, and takes one at the limit.
func TestExprLimit(t *testing.T) {
	a, _ := newAPI()
	long := strings.Repeat("x+", state.MaxExprLen/2) + "y"    // MaxExprLen+1 characters
	ok := strings.Repeat("x+", state.MaxExprLen/2-2) + "y+11" // MaxExprLen characters
	grid := map[string]any{"x": "0:1:3j", "y": "0:1:3j"}
	at := map[string]any{"x": 0.5, "y": 0.5}
	for _, c := range []struct {
		entry string
		args  func(src string) []any
	}{
		{"evaluate", func(s string) []any { return []any{s, grid} }},
		{"stencil", func(s string) []any { return []any{s, grid, nil, map[string]any{"x": 1.0, "y": 1.0}} }},
		{"convergence", func(s string) []any { return []any{s, grid, map[string]any{"levels": 2.0}} }},
		{"convergencePlot", func(s string) []any { return []any{s, grid, map[string]any{"levels": 2.0}} }},
		{"atPoint", func(s string) []any { return []any{s, at} }},
		{"stepSweep", func(s string) []any { return []any{s, at, "x"} }},
		{"stepPlot", func(s string) []any { return []any{s, at, "x"} }},
		{"parse", func(s string) []any { return []any{s} }},
		{"directional", func(s string) []any { return []any{s, grid, at, map[string]any{"x": 1.0}} }},
		{"path", func(s string) []any { return []any{s, grid, at} }},
		{"laplacian", func(s string) []any { return []any{s, grid} }},
		{"hessian", func(s string) []any { return []any{s, grid, at} }},
	} {
		if msg := fails(t, a, state.CodeTooLong, c.entry, c.args(long)...); !strings.Contains(msg, "at most 1000") {
			t.Errorf("%s: the message %q does not state the limit", c.entry, msg)
		}
		if _, err := a.Call(c.entry, c.args(ok), nil); err != nil {
			t.Errorf("%s: a function of %d characters: %v", c.entry, len(ok), err)
		}
	}
}

func TestParse(t *testing.T) {
	a, _ := newAPI()
	p := call(t, a, "parse", "x*y + xy").(map[string]any)
	if !slices.Equal(p["vars"].([]any), []any{"x", "y", "xy"}) || len(p["notes"].([]any)) != 1 {
		t.Errorf("parse %v", p)
	}
	if p := call(t, a, "parse", "2").(map[string]any); len(p["vars"].([]any)) != 0 {
		t.Errorf("a constant's vars %v", p["vars"])
	}
	_, err := a.Call("parse", []any{"sinn(x)"}, nil)
	msg, f := api.Failure(err)
	if f["code"] != state.CodeUnknownFunction || f["offset"] != 0.0 || f["end"] != 4.0 || f["column"] != 1.0 ||
		f["field"] != "expr" || !strings.Contains(f["snippet"].(string), "^^^^") || !strings.Contains(msg, `"sin"`) {
		t.Errorf("sinn(x): %q %v", msg, f)
	}
	fails(t, a, state.CodeInvalidArgument, "parse", nil)
	g := call(t, a, "parseGrid", "-2:2:5j").(map[string]any)
	if g["n"] != 5.0 || g["kind"] != "linspace" || !slices.Equal(g["coords"].([]float64), []float64{-2, -1, 0, 1, 2}) {
		t.Errorf("parseGrid %v", g)
	}
	fails(t, a, state.CodeGridSyntax, "parseGrid", "1:2:")
	fails(t, a, state.CodeInvalidArgument, "parseGrid", 1.0)
	b := call(t, a, "builtins").([]any)
	if len(b) < 10 || b[0].(map[string]any)["name"] == "" {
		t.Errorf("builtins %v", b)
	}
}

func TestState(t *testing.T) {
	a, s := newAPI()
	ps := call(t, a, "setState", map[string]any{"expr": "x*y", "grid": map[string]any{"x": "0:1:3j"}, "mode": "<b>"}).([]any)
	if len(ps) != 1 || ps[0].(map[string]any)["field"] != "mode" {
		t.Errorf("problems %v", ps)
	}
	if ps := call(t, a, "setState", map[string]any{"expr": "x"}).([]any); ps == nil || len(ps) != 0 {
		t.Errorf("no problems must be an empty list, not %v", ps)
	}
	st := call(t, a, "getState").(map[string]any)
	if st["expr"] != "x" || st["edgeOrder"] != 1.0 || st["pin"] != nil {
		t.Errorf("getState %v", st)
	}
	fails(t, a, state.CodeInvalidArgument, "setState", map[string]any{"at": map[string]any{"x": "3"}})
	fails(t, a, state.CodeInvalidArgument, "setState", "expr=x")
	d := call(t, a, "decodeState", "#expr=x*y&mode=raw&pin=1,2&bogus=1").(map[string]any)
	if d["state"].(map[string]any)["mode"] != "raw" || len(d["problems"].([]any)) != 1 {
		t.Errorf("decodeState %v", d)
	}
	if e := call(t, a, "encodeState", d["state"]); e != "expr=x*y&mode=raw&pin=1,2" {
		t.Errorf("encodeState %v", e)
	}
	fails(t, a, state.CodeInvalidArgument, "decodeState", 3.0)
	fails(t, a, state.CodeInvalidArgument, "encodeState", []any{})

	// What the page shows, before and after the first frame.
	if call(t, a, "readout") != nil || call(t, a, "plotArea") != nil {
		t.Error("a read-out or plot area before the first frame")
	}
	fails(t, a, state.CodeNoFigure, "altText")
	fails(t, a, state.CodeNoFigure, "plotLabel")
	fails(t, a, state.CodeNoFigure, "exportImage", "png", 200.0, 100.0)
	fails(t, a, state.CodeNoFigure, "printImage", 200.0, 100.0)
	s.SetState(state.State{Expr: "x*y"})
	s.Update()
	// The plot's name: the keys' sentence once a frame maps them.
	if l := call(t, a, "plotLabel"); l != "Heatmap and contours of f = x*y with arrows of its gradient" {
		t.Errorf("plotLabel before a frame: %q", l)
	}
	s.Render(400, 300, 1)
	if l := call(t, a, "plotLabel"); l != "Heatmap and contours of f = x*y with arrows of its gradient. The arrow keys pin a grid node and move the pin; Escape unpins." {
		t.Errorf("plotLabel: %q", l)
	}
	if ar := call(t, a, "plotArea").(map[string]any); ar["x1"].(float64) <= ar["x0"].(float64) || ar["xmin"].(float64) > -2 {
		t.Errorf("plotArea %v", ar)
	}
	if alt := call(t, a, "altText").(string); !strings.Contains(alt, "x") {
		t.Errorf("altText %q", alt)
	}
	if png := call(t, a, "exportImage", "png", 200.0, 100.0).([]byte); string(png[1:4]) != "PNG" {
		t.Error("exportImage png")
	}
	if svg := call(t, a, "exportImage", "svg", 200.0, 100.0).([]byte); !strings.Contains(string(svg), "<svg") {
		t.Error("exportImage svg")
	}
	fails(t, a, state.CodeInvalidArgument, "exportImage", "gif", 200.0, 100.0)
	// The print figure: an SVG with its fonts in it.
	if svg := string(call(t, a, "printImage", 640.0, 480.0).([]byte)); !strings.Contains(svg, "<svg") || !strings.Contains(svg, "@font-face") ||
		!strings.Contains(svg, "data:font/ttf") {
		t.Errorf("printImage is no SVG with embedded fonts: %.200s", svg)
	}
	fails(t, a, state.CodeInvalidArgument, "printImage", 20.0, 100.0)
	fails(t, a, state.CodeInvalidArgument, "exportImage", "png", 20.0, 100.0)
	if tm := call(t, a, "timings").(map[string]any); tm["scene"] == nil || tm["split"] == nil {
		t.Errorf("timings %v", tm)
	}
	s.Key("ArrowUp")
	r := call(t, a, "readout").(map[string]any)
	if r["pinned"] != true || len(r["methods"].([]any)) != len(state.PointMethods) || r["index"].(map[string]any)["x"] != 10.0 {
		t.Errorf("readout %v", r)
	}
	if st := call(t, a, "getState").(map[string]any); !slices.Equal(st["pin"].([]any), []any{10.0, 10.0}) {
		t.Errorf("the pin in getState %v", st["pin"])
	}
}

func TestBench(t *testing.T) {
	a, _ := newAPI()
	for _, k := range []string{"render_full", "split", "fast", "scene"} {
		if ms := call(t, a, "bench", k, 2.0, map[string]any{"expr": "x*y"}, 160.0, 120.0); ms != 0.5 {
			t.Errorf("bench %s: %v ms, want the clock's 1 ms for 2 runs", k, ms)
		}
	}
	fails(t, a, state.CodeInvalidArgument, "bench", "magic", 1.0)
	fails(t, a, state.CodeInvalidArgument, "bench", 3.0)
	fails(t, a, state.CodeSyntax, "bench", "scene", 1.0, map[string]any{"expr": "x*"})
}

func TestCall(t *testing.T) {
	a, _ := newAPI()
	fails(t, a, state.CodeInvalidArgument, "nosuch")
	names := a.Names()
	for _, n := range []string{"gradient", "evaluate", "atPoint", "setState", "getState", "parse", "parseGrid", "builtins",
		"decodeState", "encodeState", "readout", "exportImage", "bench", "altText", "plotArea", "timings"} {
		if !slices.Contains(names, n) {
			t.Errorf("no entry %s", n)
		}
	}
	if !slices.IsSorted(names) {
		t.Error("Names is not sorted")
	}
	if v := api.EventValue(session.Event{Name: "status", Data: (*state.Info)(nil)}); v != nil {
		t.Errorf("a good status: %v", v)
	}
	in := state.ErrorInfo(&state.ArgError{Code: state.CodeInternal, Msg: "boom"}, "")
	if v := api.EventValue(session.Event{Name: "status", Data: &in}).(map[string]any); v["message"] != "boom" || v["code"] != state.CodeInternal {
		t.Errorf("a bad status: %v", v)
	}
	if v := api.EventValue(session.Event{Name: "frame", Data: 3}); v != 3.0 {
		t.Errorf("frame %v", v)
	}
}

func TestView(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "resolve", map[string]any{"expr": "q*chi*delta", "grid": map[string]any{"q": "-100:101:25"}}).(map[string]any)
	if v["x"] != "q" || v["y"] != "chi" || len(v["sliders"].([]any)) != 1 || len(v["vars"].([]any)) != 3 {
		t.Errorf("resolve %v", v)
	}
	sl := v["sliders"].([]any)[0].(map[string]any)
	if sl["var"] != "delta" || sl["at"] != 10.0 || sl["max"] != 20.0 {
		t.Errorf("slider %v", sl)
	}
	if q := v["vars"].([]any)[0].(map[string]any); q["grid"].(map[string]any)["n"] != 9.0 {
		t.Errorf("q's row %v", q)
	}
	if e := call(t, a, "resolve", map[string]any{"expr": "x*"}).(map[string]any)["expr"].(map[string]any)["error"].(map[string]any); e["code"] != state.CodeSyntax {
		t.Errorf("resolve of x*: %v", e)
	}
	// Under a mistake, the rows the page shows keep their views, in order.
	rv := call(t, a, "resolve", map[string]any{"expr": "x*", "grid": map[string]any{"x": "0:1:1j"}}, map[string]any{"rows": []any{"y", "x"}}).(map[string]any)
	if rows := rv["vars"].([]any); len(rows) != 2 || rows[0].(map[string]any)["name"] != "y" || rows[1].(map[string]any)["error"] == nil {
		t.Errorf("resolve of x* with rows y, x: %v", rows)
	}
	if _, err := a.Call("resolve", []any{map[string]any{"expr": "x"}, map[string]any{"rows": "x"}}, nil); err == nil {
		t.Errorf("resolve with rows not a list: no error")
	}
	spec := call(t, a, "gridFromParts", map[string]any{"kind": "linspace", "start": "-1", "stop": "1", "count": "5", "spec": "linspace(0, 1, 3)"})
	if spec != "linspace(-1, 1, 5)" {
		t.Errorf("gridFromParts %v", spec)
	}
	p := call(t, a, "convertGrid", map[string]any{"kind": "linspace", "start": "0", "stop": "1", "count": "5", "spec": "0:1:5j"}, "range").(map[string]any)
	if p["kind"] != "range" || p["count"] != "0.25" {
		t.Errorf("convertGrid %v", p)
	}
	fails(t, a, state.CodeInvalidArgument, "gridFromParts", "0:1:5j")
	fails(t, a, state.CodeInvalidArgument, "gridFromParts", map[string]any{"kind": "magic"})
	fails(t, a, state.CodeInvalidArgument, "convertGrid", map[string]any{"kind": "linspace"}, 3.0)
	fails(t, a, state.CodeInvalidArgument, "resolve", []any{})
}

func TestSetStateUnusable(t *testing.T) {
	a, s := newAPI()
	for _, c := range []struct {
		st   map[string]any
		code string
	}{
		{map[string]any{"expr": "x*"}, state.CodeSyntax},
		{map[string]any{"expr": "2"}, state.CodeNoVariables},
		{map[string]any{"expr": strings.Repeat("x+", 600) + "x"}, state.CodeTooLong},
		{map[string]any{"expr": "x*y", "grid": map[string]any{"x": "1:2:"}}, state.CodeGridSyntax},
		{map[string]any{"expr": "x*y*z", "grid": map[string]any{"x": "-1:1:100000j", "y": "-1:1:100000j"}}, state.CodeTooLarge},
		{map[string]any{"expr": "x*y", "grid": map[string]any{"x": "[1]"}}, state.CodeTooFewPoints},
		{map[string]any{"expr": "x*y", "grid": map[string]any{"x": "[1, 2]"}, "edgeOrder": 2.0}, state.CodeTooFewPoints},
	} {
		msg := fails(t, a, c.code, "setState", c.st)
		if got := s.State().Expr; got != c.st["expr"] {
			t.Errorf("%v: the state asked for was not kept (%q; %s)", c.st, got, msg)
		}
		// The session builds it and says why it cannot be shown.
		_, evs := s.Update()
		if len(evs) != 2 || evs[1].Name != "status" || evs[1].Data.(*state.Info).Code != c.code {
			t.Errorf("%v: Update's events %v", c.st, evs)
		}
	}
	m := call(t, a, "memory").(map[string]any)
	if m["goHeapBytes"].(float64) <= 0 || m["wasmBytes"] != 0.0 {
		t.Errorf("memory %v", m)
	}
	a.SetHost(func() (int, int) { return 1 << 20, 25 })
	if m := call(t, a, "memory").(map[string]any); m["wasmBytes"] != float64(1<<20) || m["jsFuncs"] != 25.0 {
		t.Errorf("memory with a host %v", m)
	}
}

func TestExamples(t *testing.T) {
	a, _ := newAPI()
	ex := call(t, a, "examples").([]any)
	first := ex[0].(map[string]any)
	st := first["state"].(map[string]any)
	if !strings.Contains(first["title"].(string), "classic") || st["expr"] != "q*chi*delta" || st["at"].(map[string]any)["delta"] != 6.0 {
		t.Errorf("the first example %v", first)
	}
	for _, e := range ex {
		if ps := call(t, a, "setState", e.(map[string]any)["state"]).([]any); len(ps) != 0 {
			t.Errorf("%v: %v", e, ps)
		}
	}
}

func TestExplain(t *testing.T) {
	a, _ := newAPI()
	seed := call(t, a, "examples").([]any)[0].(map[string]any)["state"]
	code := call(t, a, "numpyCode", seed).(string)
	if !strings.Contains(code, "dF_dq, dF_dchi, dF_ddelta = np.gradient(F, q, chi, delta, edge_order=1)") {
		t.Errorf("numpyCode:\n%s", code)
	}
	ps := call(t, a, "pitfalls", seed).([]any)
	p := ps[0].(map[string]any)
	if p["code"] != "spacing_omitted" || p["factor"].(map[string]any)["q"].(map[string]any)["min"] != 25.0 {
		t.Errorf("pitfalls %v", ps)
	}
	fails(t, a, state.CodeSyntax, "numpyCode", map[string]any{"expr": "x*"})
	fails(t, a, state.CodeSyntax, "pitfalls", map[string]any{"expr": "x*"})
	// The input note of a grid that looks like a count, though it cannot be drawn.
	ps = call(t, a, "pitfalls", map[string]any{"expr": "x*y", "grid": map[string]any{"x": "-2:2:21"}}).([]any)
	if len(ps) == 0 || !strings.Contains(ps[0].(map[string]any)["message"].(string), "21j") {
		t.Errorf("pitfalls of -2:2:21: %v", ps)
	}
	fails(t, a, state.CodeInvalidArgument, "numpyCode", "x")
	// Pitfalls depend on the function and the grids only (the API keeps
	// the last ones): a slider moved gives the same, a function asked for
	// again after another gives its own again, and an error stays one.
	moved := maps.Clone(seed.(map[string]any))
	moved["at"] = map[string]any{"delta": 2.0}
	first := fmt.Sprint(call(t, a, "pitfalls", seed))
	if again := fmt.Sprint(call(t, a, "pitfalls", moved)); again != first {
		t.Errorf("pitfalls after a slider move:\n%s\nwere\n%s", again, first)
	}
	fails(t, a, state.CodeSyntax, "pitfalls", map[string]any{"expr": "x*"})
	fails(t, a, state.CodeSyntax, "pitfalls", map[string]any{"expr": "x*"})
	if fresh, _ := newAPI(); fmt.Sprint(call(t, fresh, "pitfalls", moved)) != first {
		t.Error("the pitfalls of a new API differ from the kept ones")
	}
	if fmt.Sprint(call(t, a, "pitfalls", seed)) != first {
		t.Error("the seed's pitfalls changed after another function")
	}
}

// TestNames checks that loader.js names every entry before Go is ready
// (each throws not_ready until then), and nothing that Go does not have.
func TestNames(t *testing.T) {
	b, err := os.ReadFile("../static/loader.js")
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	start := strings.Index(src, "const names = [")
	end := strings.Index(src[start:], "];")
	var listed []string
	for _, part := range strings.Split(src[start+len("const names = ["):start+end], ",") {
		if n := strings.Trim(strings.TrimSpace(part), `"`); n != "" {
			listed = append(listed, n)
		}
	}
	a, _ := newAPI()
	slices.Sort(listed)
	if names := a.Names(); !slices.Equal(listed, names) {
		t.Errorf("loader.js names %v\nGo registers %v", listed, names)
	}
}

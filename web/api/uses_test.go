package api_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

var gauss = map[string]any{"x": "-2:2:41j", "y": "-2:2:41j"}

// TestDirectional checks gradplay.directional at a node (the grid's value
// is numpy's gradient there, the direction normalised) and its errors.
func TestDirectional(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "directional", "x**2*y", map[string]any{"x": "0:4:5j", "y": "0:2:3j"},
		map[string]any{"x": 2.0, "y": 1.0}, map[string]any{"x": 3.0, "y": 4.0}).(map[string]any)
	if v["value"] != 4*0.6+4*0.8 || v["exact"] != 4*0.6+4*0.8 || v["error"] != 0.0 {
		t.Errorf("directional at (2, 1): %v", v)
	}
	if u := v["direction"].(map[string]any); u["x"] != 0.6 || u["y"] != 0.8 {
		t.Errorf("direction %v, want (0.6, 0.8)", u)
	}
	if g := v["grid"].(map[string]any); g["x"] != 4.0 || g["y"] != 4.0 {
		t.Errorf("grid gradient %v", g)
	}
	// A component left out is 0.
	v = call(t, a, "directional", "x**2*y", map[string]any{"x": "0:4:5j", "y": "0:2:3j"},
		map[string]any{"x": 2.0, "y": 1.0}, map[string]any{"y": -2.0}).(map[string]any)
	if v["value"] != -4.0 {
		t.Errorf("along -y: %v", v["value"])
	}
	g := map[string]any{"x": "0:4:5j", "y": "0:2:3j"}
	at := map[string]any{"x": 2.0, "y": 1.0}
	for _, c := range []struct {
		code, want string
		args       []any
	}{
		{state.CodeInvalidArgument, "length 0", []any{"x*y", g, at, map[string]any{"x": 0.0}}},
		{state.CodeInvalidArgument, "direction must be an object", []any{"x*y", g, at, "east"}},
		{state.CodeInvalidArgument, `names "z"`, []any{"x*y", g, at, map[string]any{"z": 1.0}}},
		{state.CodeInvalidArgument, "finite number", []any{"x*y", g, at, map[string]any{"x": math.Inf(1)}}},
		{state.CodeInvalidArgument, "point.y must be a finite number", []any{"x*y", g, map[string]any{"x": 1.0, "y": "1"}, map[string]any{"x": 1.0}}},
		{state.CodeMissingValue, "y has no value", []any{"x*y", g, map[string]any{"x": 1.0}, map[string]any{"x": 1.0}}},
		{field.OutsideGrid, "x = 5 lies outside its grid", []any{"x*y", g, map[string]any{"x": 5.0, "y": 1.0}, map[string]any{"x": 1.0}}},
		{state.CodeUnknownFunction, "sinn", []any{"sinn(x)", g, at, map[string]any{"x": 1.0}}},
		{state.CodeTooLarge, "more than the limit", []any{"x*y", map[string]any{"x": "0:1:5000j", "y": "0:1:5000j"}, at, map[string]any{"x": 1.0}}},
		{state.CodeInvalidArgument, "the function must be a string", []any{3.0, g, at, map[string]any{"x": 1.0}}},
	} {
		if msg := fails(t, a, c.code, "directional", c.args...); !strings.Contains(msg, c.want) {
			t.Errorf("directional%v: %q, want %q", c.args, msg, c.want)
		}
	}
}

// TestPath checks gradplay.path on exp(-x²-y²): the ascent stops at the
// maximum ("critical"), the descent at the edge, maxSteps bounds it.
func TestPath(t *testing.T) {
	a, _ := newAPI()
	start := map[string]any{"x": 0.5, "y": 0.3}
	v := call(t, a, "path", "exp(-x**2 - y**2)", gauss, start).(map[string]any)
	if v["stop"] != "critical" || v["exactStop"] != "critical" || v["direction"] != "ascent" {
		t.Errorf("ascent: stop %v, exact %v", v["stop"], v["exactStop"])
	}
	pts := v["points"].([]any)
	end := pts[len(pts)-1].(map[string]any)
	if r := math.Hypot(end["x"].(float64), end["y"].(float64)); r > 1e-3 {
		t.Errorf("ascent ends %v from the maximum", r)
	}
	if first := pts[0].(map[string]any); first["x"] != 0.5 || first["y"] != 0.3 {
		t.Errorf("first point %v", first)
	}
	v = call(t, a, "path", "exp(-x**2 - y**2)", gauss, start, map[string]any{"direction": "descent"}).(map[string]any)
	if v["stop"] != "edge" || v["exactStop"] != "edge" {
		t.Errorf("descent: stop %v, exact %v", v["stop"], v["exactStop"])
	}
	v = call(t, a, "path", "exp(-x**2 - y**2)", gauss, start, map[string]any{"maxSteps": 5.0}).(map[string]any)
	if v["stop"] != "max_steps" || len(v["points"].([]any)) != 6 {
		t.Errorf("maxSteps 5: stop %v, %d points", v["stop"], len(v["points"].([]any)))
	}
	for _, o := range []map[string]any{{"direction": "up"}, {"maxSteps": 0.0}, {"maxSteps": 5001.0}, {"maxSteps": 2.5}} {
		fails(t, a, state.CodeInvalidArgument, "path", "exp(-x**2 - y**2)", gauss, start, o)
	}
	fails(t, a, field.OutsideGrid, "path", "exp(-x**2 - y**2)", gauss, map[string]any{"x": 3.0, "y": 0.0})
	fails(t, a, state.CodeInvalidArgument, "path", "exp(-x**2 - y**2)", gauss, nil)
}

// TestLaplacian checks gradplay.laplacian's arrays on x²+y³ (the compact
// stencil is exact inside for a cubic, numpy.gradient twice too) and the
// budget.
func TestLaplacian(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "laplacian", "x**2 + y**3", map[string]any{"x": "0:4:5j", "y": "0:2:5j"}, map[string]any{"edgeOrder": 2.0}).(map[string]any)
	shape := v["shape"].([]any)
	if shape[0] != 5.0 || shape[1] != 5.0 || len(v["exact"].([]float64)) != 25 {
		t.Fatalf("shape %v", shape)
	}
	ex, cp, gt := v["exact"].([]float64), v["compact"].([]float64), v["gradTwice"].([]float64)
	p := 2*5 + 2 // the node (2, 1): 2 + 6y = 8
	if ex[p] != 8 || math.Abs(cp[p]-8) > 1e-12 || math.Abs(gt[p]-8) > 1e-12 {
		t.Errorf("at (2, 1): exact %v, compact %v, gradTwice %v", ex[p], cp[p], gt[p])
	}
	fails(t, a, state.CodeTooLarge, "laplacian", "x*y", map[string]any{"x": "0:1:2100j", "y": "0:1:2100j"})
	fails(t, a, state.CodeInvalidArgument, "laplacian", "x*y", map[string]any{"x": 1.0})
	fails(t, a, state.CodeEdgeOrderUnsupported, "laplacian", "x*y", map[string]any{"x": "0:1:5j", "y": "0:1:5j"}, map[string]any{"edgeOrder": 3.0})
}

// TestHessian checks gradplay.hessian's rows, exact and from the grid.
func TestHessian(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "hessian", "x**2*y", map[string]any{"x": "-2:2:9j", "y": "-1:1:9j"}, map[string]any{"x": 1.0, "y": 0.5}).(map[string]any)
	ex, gr := v["exact"].([]any), v["grid"].([]any)
	want := [][]float64{{1, 2}, {2, 0}}
	for i := range want {
		for j := range want[i] {
			if e := ex[i].([]float64)[j]; e != want[i][j] {
				t.Errorf("exact[%d][%d] = %v, want %v", i, j, e, want[i][j])
			}
			if g := gr[i].([]float64)[j]; math.Abs(g-want[i][j]) > 1e-12 {
				t.Errorf("grid[%d][%d] = %v, want %v", i, j, g, want[i][j])
			}
		}
	}
	fails(t, a, field.OutsideGrid, "hessian", "x*y", map[string]any{"x": "0:1:5j", "y": "0:1:5j"}, map[string]any{"x": 2.0, "y": 0.0})
	fails(t, a, state.CodeInvalidArgument, "hessian", "x*y", map[string]any{"x": "0:1:5j", "y": "0:1:5j"}, []any{1.0, 2.0})
}

// TestDrawPath checks gradplay.drawPath: it needs a figure and a pin,
// draws the path from the pin, and null takes it away.
func TestDrawPath(t *testing.T) {
	a, s := newAPI()
	fails(t, a, state.CodeNoFigure, "drawPath")
	call(t, a, "setState", map[string]any{"expr": "exp(-x**2 - y**2)", "grid": gauss})
	s.Update()
	s.Render(400, 300, 1)
	fails(t, a, state.CodeInvalidArgument, "drawPath", map[string]any{})
	call(t, a, "setState", map[string]any{"expr": "exp(-x**2 - y**2)", "grid": gauss, "pin": []any{25.0, 23.0}})
	s.Update()
	s.Render(400, 300, 1)
	v := call(t, a, "drawPath", map[string]any{"direction": "ascent"}).(map[string]any)
	if first := v["points"].([]any)[0].(map[string]any); math.Abs(first["x"].(float64)-0.5) > 1e-12 || math.Abs(first["y"].(float64)-0.3) > 1e-12 {
		t.Errorf("the path starts at %v, want the pin (0.5, 0.3)", first)
	}
	if v["stop"] != "critical" || len(s.Paths()) != 2 {
		t.Errorf("stop %v, %d paths drawn", v["stop"], len(s.Paths()))
	}
	if txt := v["stopText"].(string); !strings.HasPrefix(txt, "The ascent path on numpy.gradient's gradient (solid line) stopped after") ||
		!strings.Contains(txt, "critical point") {
		t.Errorf("stopText %q", txt)
	}
	png := call(t, a, "exportImage", "png", 400.0, 300.0, 1.0).([]byte)
	if len(png) == 0 {
		t.Error("no PNG")
	}
	if v := call(t, a, "drawPath", nil); v != nil || s.Paths() != nil {
		t.Errorf("drawPath(null): %v, paths %v", v, s.Paths())
	}
}

// TestUsesAtPin checks the page's panel at the pin (0.5, 0.3) of
// exp(-x²-y²): ∇f·u along 90° is ∂f/∂y, the Laplacian three ways, the
// Hessian, and the errors.
func TestUsesAtPin(t *testing.T) {
	a, s := newAPI()
	call(t, a, "setState", map[string]any{"expr": "exp(-x**2 - y**2)", "grid": gauss})
	s.Update()
	fails(t, a, state.CodeInvalidArgument, "usesAtPin", map[string]any{"angle": 90.0})
	call(t, a, "setState", map[string]any{"expr": "exp(-x**2 - y**2)", "grid": gauss, "pin": []any{25.0, 23.0}})
	s.Update()
	v := call(t, a, "usesAtPin", map[string]any{"angle": 90.0}).(map[string]any)
	d := v["directional"].(map[string]any)
	if ps := s.Paths(); len(ps) != 1 || ps[0].X[0] != 0.5 || ps[0].X[1] != 0.5 || math.Abs(ps[0].Y[1]-0.7) > 1e-12 {
		t.Errorf("the arrow of u at 90°: %+v", ps)
	}
	call(t, a, "drawPath", map[string]any{"direction": "descent"})
	if len(s.Paths()) != 3 {
		t.Errorf("%d paths with the arrow and the descent", len(s.Paths()))
	}
	call(t, a, "drawPath", nil)
	if len(s.Paths()) != 1 {
		t.Errorf("%d paths after drawPath(null), want the arrow", len(s.Paths()))
	}
	ex := -2 * 0.3 * math.Exp(-0.25-0.09)
	if math.Abs(d["exact"].(float64)-ex) > 1e-15 || math.Abs(d["value"].(float64)-ex) > 1e-2 {
		t.Errorf("along 90°: %v, want ∂f/∂y = %v", d, ex)
	}
	if u := d["direction"].(map[string]any); u["x"] != 0.0 || u["y"] != 1.0 {
		t.Errorf("direction %v", u)
	}
	// The same as gradplay.directional.
	w := call(t, a, "directional", "exp(-x**2 - y**2)", gauss, v["point"], map[string]any{"y": 1.0}).(map[string]any)
	if w["value"] != d["value"] || w["exact"] != d["exact"] {
		t.Errorf("directional %v, usesAtPin %v", w, d)
	}
	l := v["laplacian"].(map[string]any)
	exL := (4*(0.25+0.09) - 4) * math.Exp(-0.34)
	if math.Abs(l["exact"].(float64)-exL) > 1e-14 || math.Abs(l["compactError"].(float64)) > math.Abs(l["gradTwiceError"].(float64)) {
		t.Errorf("laplacian %v, exact %v", l, exL)
	}
	if !strings.Contains(v["laplacianNote"].(string), "MetPy issue 1389") {
		t.Errorf("note %q", v["laplacianNote"])
	}
	h := v["hessian"].(map[string]any)
	if len(h["exact"].([]any)) != 2 || len(h["grid"].([]any)) != 2 {
		t.Errorf("hessian %v", h)
	}
	fails(t, a, state.CodeInvalidArgument, "usesAtPin", map[string]any{"angle": "north"})
}

// TestUsesThreeVariables checks the page's entries on a field of three
// variables: the direction lies in the plotted plane, the path moves in all
// three variables and its projection is drawn.
func TestUsesThreeVariables(t *testing.T) {
	a, s := newAPI()
	g := map[string]any{"x": "-1:1:11j", "y": "-1:1:11j", "z": "-1:1:5j"}
	call(t, a, "setState", map[string]any{"expr": "exp(-x**2 - y**2 - z**2)", "grid": g, "at": map[string]any{"z": 3.0}, "pin": []any{7.0, 6.0}})
	s.Update()
	v := call(t, a, "usesAtPin", map[string]any{"angle": 180.0}).(map[string]any)
	u := v["directional"].(map[string]any)["direction"].(map[string]any)
	if u["x"] != -1.0 || u["y"] != 0.0 || u["z"] != 0.0 || v["point"].(map[string]any)["z"] != 0.5 {
		t.Errorf("direction %v at %v", u, v["point"])
	}
	if h := v["hessian"].(map[string]any)["exact"].([]any); len(h) != 3 {
		t.Errorf("hessian %v", h)
	}
	p := call(t, a, "drawPath", map[string]any{}).(map[string]any)
	pts := p["points"].([]any)
	end := pts[len(pts)-1].(map[string]any)
	if p["stop"] != "critical" || math.Abs(end["z"].(float64)) > 1e-3 || len(s.Paths()) != 3 { // with the arrow of u
		t.Errorf("the path ends at %v (%v), %d paths drawn", end, p["stop"], len(s.Paths()))
	}
}

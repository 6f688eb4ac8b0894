package api_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/state"
)

// TestAtPointAccuracy checks the entries of atPoint's partials: the error
// against the exact derivative, the steps, and richardson's trust.
func TestAtPointAccuracy(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "atPoint", "exp(x)*1e8 + sqrt(y)", map[string]any{"x": 0.0, "y": 1e-10}).(map[string]any)
	byMethod := map[string]map[string]any{}
	for _, p := range v["partials"].([]any) {
		m := p.(map[string]any)
		byMethod[m["method"].(string)] = m
	}
	perVar := func(m map[string]any, key, v string) any { return m[key].(map[string]any)[v] }
	if e := perVar(byMethod["exact"], "error", "y").(map[string]any); e["abs"] != 0.0 || e["rel"] != 0.0 {
		t.Errorf("exact's error %v, want 0", e)
	}
	if _, ok := byMethod["exact"]["step"]; ok {
		t.Error("exact has a step")
	}
	if s := perVar(byMethod["forward"], "step", "x"); s != 0x1p-26 {
		t.Errorf("forward's step %v, want 2**-26", s)
	}
	r := byMethod["richardson"]
	if perVar(r, "trusted", "x") != true || perVar(r, "trusted", "y") != false {
		t.Errorf("richardson trusted %v, want x true, y false", r["trusted"])
	}
	w := r["warning"].(map[string]any)
	if _, ok := w["x"]; ok || !strings.Contains(w["y"].(string), "not finite within 0.1") {
		t.Errorf("richardson warnings %v", w)
	}
	abs := perVar(r, "error", "y").(map[string]any)["abs"].(float64)
	if est := perVar(r, "err", "y").(float64); !(abs > 0 && abs <= est) {
		t.Errorf("richardson's ∂f/∂y: error %v, estimate %v", abs, est)
	}
	if s := perVar(r, "step", "y").(float64); !(s < 1e-10) {
		t.Errorf("richardson's step for y %v, want the shrunk step", s)
	}

	// The complex step through abs: NaN with a warning, not an error.
	v = call(t, a, "atPoint", "abs(x)", map[string]any{"x": 1.0}).(map[string]any)
	for _, p := range v["partials"].([]any) {
		if m := p.(map[string]any); m["method"] == "complex" {
			if perVar(m, "trusted", "x") != false || !strings.Contains(perVar(m, "warning", "x").(string), "abs") {
				t.Errorf("complex step of abs(x): %v", m)
			}
		}
	}

	// The relative error is null where the exact derivative is 0.
	v = call(t, a, "atPoint", "x*y", map[string]any{"x": 1.0, "y": 0.0}, map[string]any{"methods": []any{"central"}}).(map[string]any)
	e := v["partials"].([]any)[0].(map[string]any)["error"].(map[string]any)
	if ex := e["x"].(map[string]any); ex["rel"] != nil || ex["abs"] != 0.0 {
		t.Errorf("error of ∂(xy)/∂x at y = 0: %v, want abs 0, rel null", ex)
	}
	if ey := e["y"].(map[string]any); ey["rel"] == nil {
		t.Errorf("error of ∂(xy)/∂y: %v, want a relative error", ey)
	}
}

// TestStepSweepEntry checks gradplay.stepSweep's shape and its errors.
func TestStepSweepEntry(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "stepSweep", "exp(x)*y", map[string]any{"x": 1.0, "y": 2.0}, "x").(map[string]any)
	h := v["h"].([]float64)
	for _, k := range []string{"forward", "central", "richardson"} {
		if len(v[k].([]float64)) != len(h) {
			t.Errorf("%s has %d samples, h %d", k, len(v[k].([]float64)), len(h))
		}
	}
	best := v["best"].(map[string]any)
	if b := best["forward"].(float64); b < 1e-10 || b > 1e-6 {
		t.Errorf("forward's best step %v", b)
	}
	if v["var"] != "x" || v["exact"] != 2*2.718281828459045 {
		t.Errorf("var %v exact %v", v["var"], v["exact"])
	}
	fails(t, a, state.CodeInvalidArgument, "stepSweep", "x", map[string]any{"x": 1.0}, 3.0)
	fails(t, a, state.CodeInvalidArgument, "stepSweep", "x", "here", "x")
	fails(t, a, state.CodeMissingValue, "stepSweep", "x*y", map[string]any{"x": 1.0}, "x")
	fails(t, a, state.CodeSyntax, "stepSweep", "x +", map[string]any{"x": 1.0}, "x")
}

// TestConvergenceEntry checks gradplay.convergence's shape, its orders and
// its refusals.
func TestConvergenceEntry(t *testing.T) {
	a, _ := newAPI()
	v := call(t, a, "convergence", "sin(x)*exp(-y**2)", map[string]any{"x": "-2:2:21j", "y": "-1:1.5:15j"},
		map[string]any{"edgeOrder": 2.0, "levels": 3.0}).(map[string]any)
	ls := v["levels"].([]any)
	if len(ls) != 3 {
		t.Fatalf("levels %v", ls)
	}
	l2 := ls[2].(map[string]any)
	if p := l2["points"].(map[string]any); p["x"] != 4*21.0-3 || p["y"] != 4*15.0-3 {
		t.Errorf("points %v", p)
	}
	if h := l2["h"].(map[string]any)["x"].(float64); math.Abs(h-0.05) > 1e-12 {
		t.Errorf("h %v, want 0.05", h)
	}
	o := v["order"].(map[string]any)
	if math.Abs(o["interior"].(float64)-2) > 0.2 || math.Abs(o["edge"].(float64)-2) > 0.2 {
		t.Errorf("orders %v", o)
	}
	fails(t, a, state.CodeTooLarge, "convergence", "x*y", map[string]any{"x": "0:1:3000j", "y": "0:1:2000j"})
	fails(t, a, state.CodeInvalidArgument, "convergence", "x", map[string]any{"x": "0:1:5j"}, map[string]any{"levels": 1.0})
	fails(t, a, state.CodeInvalidArgument, "convergence", "x", map[string]any{"x": "0:1:5j"}, map[string]any{"levels": "3"})
	fails(t, a, state.CodeMissingGrid, "convergence", "x*y", map[string]any{"x": "0:1:5j"})
}

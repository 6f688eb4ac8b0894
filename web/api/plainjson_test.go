package api_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// samePlain reports where a and b, plain values as encoding/json decodes
// them, differ: numbers bit for bit (-0 is not 0), "" when they do not.
func samePlain(a, b any, at string) string {
	switch a := a.(type) {
	case float64:
		if b, ok := b.(float64); !ok || math.Float64bits(a) != math.Float64bits(b) {
			return fmt.Sprintf("%s: %v (%T) against %v", at, a, b, b)
		}
	case []float64:
		b, ok := b.([]float64)
		if !ok || len(a) != len(b) {
			return fmt.Sprintf("%s: %v against %v", at, a, b)
		}
		for i := range a {
			if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
				return fmt.Sprintf("%s[%d]: %v against %v", at, i, a[i], b[i])
			}
		}
	case []byte:
		if b, ok := b.([]byte); !ok || string(a) != string(b) {
			return fmt.Sprintf("%s: %v against %v", at, a, b)
		}
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) {
			return fmt.Sprintf("%s: %v against %v", at, a, b)
		}
		for i := range a {
			if d := samePlain(a[i], b[i], fmt.Sprintf("%s[%d]", at, i)); d != "" {
				return d
			}
		}
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) {
			return fmt.Sprintf("%s: %v against %v", at, a, b)
		}
		for k := range a {
			if d := samePlain(a[k], b[k], at+"."+k); d != "" {
				return d
			}
		}
	default:
		if a != b {
			return fmt.Sprintf("%s: %#v against %#v", at, a, b)
		}
	}
	return ""
}

// revive does what the page's reviver does: it replaces each object
// {"\u0000": k} by specials[k].
func revive(v any, specials []any) any {
	switch v := v.(type) {
	case []any:
		for i := range v {
			v[i] = revive(v[i], specials)
		}
	case map[string]any:
		if k, ok := v[api.SpecialKey].(float64); ok && len(v) == 1 {
			return specials[int(k)]
		}
		for key := range v {
			v[key] = revive(v[key], specials)
		}
	}
	return v
}

// jsonRoundTrip checks that AppendJSON writes v as valid JSON which decodes,
// with its specials, to v again; it returns the specials.
func jsonRoundTrip(t *testing.T, v any) []any {
	t.Helper()
	b, specials, ok := api.AppendJSON([]byte("x"), v, []any{"s"})
	if !ok {
		t.Fatalf("AppendJSON refused %#v", v)
	}
	if b[0] != 'x' || len(specials) == 0 || specials[0] != "s" {
		t.Fatalf("AppendJSON did not append: %q, %v", b, specials)
	}
	if !json.Valid(b[1:]) {
		t.Fatalf("AppendJSON wrote invalid JSON: %s", b[1:])
	}
	var back any
	if err := json.Unmarshal(b[1:], &back); err != nil {
		t.Fatal(err)
	}
	if d := samePlain(v, revive(back, specials), "v"); d != "" {
		t.Fatalf("%s (text %s)", d, b[1:])
	}
	return specials[1:]
}

func TestAppendJSON(t *testing.T) {
	for _, v := range []any{
		nil, true, false, 0.0, math.Copysign(0, -1), 1.0, -2.5, 1e21, 1e-7, 5e-324, math.MaxFloat64,
		0.1, 1.0 / 3, "", "q", `a "quoted" \ back\slash`, "tab\tnew\nline\rcr\x00\x1f\x7f",
		"ü∂ 𝑓 \u2028\u2029 <&>", []any{}, map[string]any{},
		[]any{1.0, "two", nil, []any{true}, map[string]any{"k": math.Copysign(0, -1)}},
		map[string]any{"b": 1.0, "a": map[string]any{"__proto__": "x", "": nil}, "\"": []any{}},
	} {
		jsonRoundTrip(t, v)
	}
	// Keys in sorted order, as the adapter sets an object's properties.
	b, _, _ := api.AppendJSON(nil, map[string]any{"y": 1.0, "x": 2.0, "b": map[string]any{"d": true, "c": false}}, nil)
	if got, want := string(b), `{"b":{"c":false,"d":true},"x":2,"y":1}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// Every number's text parses back to it, bit for bit.
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		x := math.Float64frombits(r.Uint64())
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		jsonRoundTrip(t, x)
	}
	// What JSON cannot carry is a special, wherever it is.
	nan := math.NaN()
	for _, c := range []struct {
		v    any
		text string
		n    int
	}{
		{nan, `{"\u0000":1}`, 1},
		{[]any{math.Inf(1), 2.0, math.Inf(-1)}, `[{"\u0000":1},2,{"\u0000":2}]`, 2},
		{map[string]any{"b": []byte{1, 2}, "a": []float64{nan, 0.5}}, `{"a":{"\u0000":1},"b":{"\u0000":2}}`, 2},
		{[]any{[]float64{}, map[string]any{"z": []any{[]float64{math.Copysign(0, -1)}}}}, `[{"\u0000":1},{"z":[{"\u0000":2}]}]`, 2},
	} {
		if n := len(jsonRoundTrip(t, c.v)); n != c.n {
			t.Errorf("%#v: %d specials, want %d", c.v, n, c.n)
		}
		if b, _, _ := api.AppendJSON(nil, c.v, []any{0}); string(b) != c.text {
			t.Errorf("%#v written as %s, want %s", c.v, b, c.text)
		}
	}
	// What is not a value, and the specials' key, are refused.
	for _, v := range []any{3, int64(3), float32(1), struct{}{}, map[string]float64{"a": 1},
		[]any{1.0, []int{1}}, map[string]any{"a": 1.0, api.SpecialKey: 1.0}} {
		if b, _, ok := api.AppendJSON(nil, v, nil); ok {
			t.Errorf("AppendJSON(%#v) = %s, want it refused", v, b)
		}
	}
}

// TestAppendJSONEvents writes what a hover sends the page: the read-outs,
// the marks and the strip's lines.
func TestAppendJSONEvents(t *testing.T) {
	r := &state.Readout{Vars: []string{"x", "y"}, Index: map[string]int{"x": 3, "y": 0},
		Point: map[string]float64{"x": 0.15, "y": -2}, F: math.Sin(0.15) * math.Exp(-4),
		Grad: map[string]float64{"x": 0.018, "y": 0.0723}, Exact: map[string]float64{"x": 0.0180, "y": 0.0724},
		Edge: map[string]bool{"x": false, "y": true}}
	unknown := *r
	unknown.Exact = map[string]float64{"x": math.NaN(), "y": 1}
	marks := api.Marks([]session.Mark{
		{Lines: [][4]float64{{0, 10, 400, 10}, {20, 0, 20, 300}}, Rings: [][2]float64{{20, 10}}, Radius: 7, Width: 1.5, Line: 1},
		{Pinned: true, Rings: [][2]float64{{40.5, 12.25}}, Radius: 7, Width: 1.5, Dot: 2.5},
	}, 2)
	withStencil := *r
	withStencil.Stencil = &state.Stencil{Vars: r.Vars, Shape: []int{41, 41}, Index: r.Index, Point: r.Point, F: r.F,
		Partials: []state.StencilPartial{{Var: "x", Kind: "interior_uniform", Order: 2, Uniform: true, Steps: []float64{0.15},
			Indices: []int{2, 4}, Coords: []float64{0, 0.3}, Values: []float64{0, math.Sin(0.3) * math.Exp(-4)}, Weights: []float64{-1 / 0.3, 1 / 0.3}}}}
	for _, c := range []struct {
		v    any
		want int // specials
	}{
		{api.Value(session.Readouts{Hover: r}), 0}, {api.Value(session.Readouts{Hover: r, Pin: r}), 0},
		{api.Value(marks), 0}, {api.Value(state.StripLines(r)), 0},
		{api.Value(session.Readouts{Hover: &unknown}), 1}, {api.Value(session.Readouts{Hover: &withStencil}), 4},
	} {
		if n := len(jsonRoundTrip(t, c.v)); n != c.want {
			t.Errorf("%v: %d specials, want %d", c.v, n, c.want)
		}
	}
}

// FuzzAppendJSON checks that any string, as a value and as a key, is
// written as valid JSON, which decodes to the same string where it is
// valid UTF-8 (encoding/json replaces invalid bytes as JavaScript's
// decoder does not always: the browser tests cover the page's text).
func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{"", "q", `"\`, "\x00\n\u2028", "\xff\xfe", "ü𝑓"} {
		f.Add(s, 0.5)
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		v := map[string]any{s: []any{s, strings.ToUpper(s), x, []float64{x}}}
		b, _, ok := api.AppendJSON(nil, v, nil)
		if ok != (s != api.SpecialKey) {
			t.Fatalf("AppendJSON(%q) reported %v", s, ok)
		}
		if !ok || !utf8.ValidString(s) {
			return
		}
		if !json.Valid(b) {
			t.Fatalf("invalid JSON %q for %q", b, s)
		}
		jsonRoundTrip(t, v)
	})
}

func ExampleAppendJSON() {
	b, specials, _ := api.AppendJSON(nil, api.Value(state.Readout{Vars: []string{"x"}, Index: map[string]int{"x": 3},
		Point: map[string]float64{"x": 0.5}, F: -0.25, Grad: map[string]float64{"x": 1},
		Exact: map[string]float64{"x": math.NaN()}}), nil)
	fmt.Println(string(b))
	fmt.Println(specials)
	// Output:
	// {"edge":null,"exact":{"x":{"\u0000":0}},"f":-0.25,"grad":{"x":1},"index":{"x":3},"pinned":false,"point":{"x":0.5},"vars":["x"]}
	// [NaN]
}

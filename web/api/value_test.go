package api_test

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/state"
)

type inner struct {
	A int `json:"a"`
}

type sample struct {
	Name   string             `json:"name"`
	X      float64            `json:"x"`
	N      int                `json:"n"`
	Ok     bool               `json:"ok"`
	Xs     []float64          `json:"xs"`
	Ns     []int              `json:"ns"`
	M      map[string]float64 `json:"m"`
	In     *inner             `json:"in,omitempty"`
	Raw    any                `json:"raw"`
	Skip   string             `json:"-"`
	Empty  []string           `json:"empty,omitempty"`
	NoTag  string
	hidden int
}

func TestValue(t *testing.T) {
	nan := math.NaN()
	v := api.Value(sample{Name: "q", X: nan, N: 3, Ok: true, Xs: []float64{1, nan}, Ns: []int{2, 3},
		M: map[string]float64{"q": math.Inf(-1)}, Raw: []byte{1, 2}, Skip: "no", NoTag: "t", hidden: 1})
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("Value gave %T", v)
	}
	if len(m) != 9 {
		t.Errorf("keys %v", m)
	}
	if !math.IsNaN(m["x"].(float64)) || m["n"] != 3.0 || m["ok"] != true || m["name"] != "q" || m["NoTag"] != "t" {
		t.Errorf("scalars %v", m)
	}
	if xs := m["xs"].([]float64); len(xs) != 2 || !math.IsNaN(xs[1]) {
		t.Errorf("[]float64 must stay a Float64Array, got %v", m["xs"])
	}
	if !reflect.DeepEqual(m["ns"], []any{2.0, 3.0}) || !math.IsInf(m["m"].(map[string]any)["q"].(float64), -1) {
		t.Errorf("ns %v, m %v", m["ns"], m["m"])
	}
	if _, ok := m["raw"].([]byte); !ok {
		t.Errorf("[]byte must stay a Uint8Array, got %T", m["raw"])
	}
	if _, ok := m["in"]; ok {
		t.Error("omitempty kept a nil pointer")
	}
	if api.Value(nil) != nil || api.Value((*inner)(nil)) != nil || api.Value([]int(nil)) != nil || api.Value(map[string]int(nil)) != nil {
		t.Error("nil must be null")
	}
	if got := api.Value([]inner{{1}}); !reflect.DeepEqual(got, []any{map[string]any{"a": 1.0}}) {
		t.Errorf("slice of structs: %v", got)
	}
}

func TestDecode(t *testing.T) {
	var s sample
	err := api.Decode(map[string]any{"name": "q", "x": 1.5, "n": 4.0, "ok": true, "xs": []any{1.0, 2.0},
		"ns": []float64{5, 6}, "m": map[string]any{"a": 1.0}, "in": map[string]any{"a": 2.0}, "raw": []any{"r"},
		"unknown": 1.0}, &s, "s")
	if err != nil {
		t.Fatal(err)
	}
	want := sample{Name: "q", X: 1.5, N: 4, Ok: true, Xs: []float64{1, 2}, Ns: []int{5, 6},
		M: map[string]float64{"a": 1}, In: &inner{2}, Raw: []any{"r"}}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("Decode gave %+v, want %+v", s, want)
	}
	xs := []float64{1, math.NaN()}
	var d struct {
		Xs []float64 `json:"xs"`
	}
	if err := api.Decode(map[string]any{"xs": xs}, &d, "d"); err != nil || !math.IsNaN(d.Xs[1]) {
		t.Errorf("a Float64Array: %v %v", d.Xs, err)
	}
	xs[0] = 9
	if d.Xs[0] != 1 {
		t.Error("Decode shares the caller's array")
	}
	for _, tc := range []struct {
		v    any
		want string
	}{
		{map[string]any{"n": 1.5}, "s.n must be a whole number, not 1.5"},
		{map[string]any{"n": "3"}, `s.n must be a whole number, not the string "3"`},
		{map[string]any{"name": 3.0}, "s.name must be a string, not 3"},
		{map[string]any{"ok": nil, "ns": []any{1.0, "x"}}, `s.ns[1] must be a whole number, not the string "x"`},
		{map[string]any{"m": []any{}}, "s.m must be an object, not a list"},
		{map[string]any{"m": map[string]any{"k": true}}, "s.m.k must be a number, not true"},
		{map[string]any{"xs": map[string]any{}}, "s.xs must be an array, not an object"},
		{"text", `s must be an object, not the string "text"`},
	} {
		var s sample
		err := api.Decode(tc.v, &s, "s")
		var ae *state.ArgError
		if !errors.As(err, &ae) || ae.Code != state.CodeInvalidArgument || ae.Msg != tc.want {
			t.Errorf("Decode(%v): %v, want %q", tc.v, err, tc.want)
		}
	}
	var z sample
	if err := api.Decode(nil, &z, "s"); err != nil || !reflect.DeepEqual(z, sample{}) {
		t.Error("null must decode to the zero value")
	}
}

func TestValueDecodeState(t *testing.T) {
	st := state.State{Expr: "q*chi", Grid: map[string]string{"q": "-1:1:3j"}, At: map[string]int{"chi": 2},
		EdgeOrder: 2, Hide: []string{"edges"}, Pin: []int{1, 2}, Density: 30}
	var back state.State
	if err := api.Decode(api.Value(st), &back, "state"); err != nil || !reflect.DeepEqual(back, st) {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}

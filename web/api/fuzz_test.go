package api_test

import (
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/state"
)

// fuzzValue builds a plain value (the kinds api.Value and api.Decode speak: nil,
// float64, bool, string, []float64, []byte, []any, map[string]any) from
// fuzz bytes: each value starts with a byte choosing its kind, then its
// contents (a length byte for strings, lists and objects). Object keys
// come mostly from the JSON names of the API's requests, so that the
// fuzzer reaches their fields.
type fuzzValue struct {
	b     []byte
	depth int
}

var fuzzKeys = []string{"expr", "grid", "x", "y", "at", "edgeOrder", "hide", "mode", "density", "palette",
	"error", "pin", "kind", "start", "stop", "count", "spec", "name", "n", "ok", "xs", "ns", "m", "in", "a",
	"raw", "q", "chi", "spacing", "axis", "methods", "epsilon", "step"}

var fuzzFloats = []float64{0, 1, -1, 2, 0.5, 21, 1 << 31, -(1 << 31), 1 << 53, math.MaxFloat64,
	math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}

var fuzzStrings = []string{"", "x", "q*chi*delta", "-2:2:21j", "linspace(-2, 2, 21)", "[0, 0.5, 2]",
	"linspace", "range", "list", "log", "viridis", "norm", "heatmap", "sin(x)*y", "−2:2:5j", "х*y", "1e400"}

func (p *fuzzValue) byte() byte {
	if len(p.b) == 0 {
		return 0
	}
	c := p.b[0]
	p.b = p.b[1:]
	return c
}

func (p *fuzzValue) float() float64 {
	switch c := p.byte(); {
	case c < 128:
		return float64(int(c) - 64) // small whole numbers, the common case
	case c < 128+byte(len(fuzzFloats)):
		return fuzzFloats[c-128]
	}
	if len(p.b) < 8 {
		return 0.25
	}
	x := math.Float64frombits(binary.LittleEndian.Uint64(p.b))
	p.b = p.b[8:]
	return x
}

func (p *fuzzValue) string() string {
	n := int(p.byte())
	if n < len(fuzzStrings) {
		return fuzzStrings[n]
	}
	n -= len(fuzzStrings)
	n = min(n, len(p.b))
	s := string(p.b[:n])
	p.b = p.b[n:]
	return s
}

func (p *fuzzValue) key() string {
	c := p.byte()
	if int(c) < len(fuzzKeys) {
		return fuzzKeys[c]
	}
	return p.string()
}

func (p *fuzzValue) value() any {
	if len(p.b) == 0 {
		return nil
	}
	kind := p.byte() % 8
	if p.depth > 8 && kind >= 6 {
		kind = 0
	}
	switch kind {
	case 0:
		return nil
	case 1:
		return p.byte()&1 == 1
	case 2:
		return p.float()
	case 3:
		return p.string()
	case 4:
		xs := make([]float64, p.byte()%16)
		for i := range xs {
			xs[i] = p.float()
		}
		return xs
	case 5:
		n := min(int(p.byte()), len(p.b))
		bs := append([]byte{}, p.b[:n]...)
		p.b = p.b[n:]
		return bs
	case 6:
		p.depth++
		defer func() { p.depth-- }()
		list := make([]any, p.byte()%8)
		for i := range list {
			list[i] = p.value()
		}
		return list
	}
	p.depth++
	defer func() { p.depth-- }()
	m := map[string]any{}
	for n := p.byte() % 8; n > 0; n-- {
		m[p.key()] = p.value()
	}
	return m
}

// FuzzDecode checks api.Decode of arbitrary values into the API's request
// types and into every kind of field it supports: it never panics, it
// fails only with an *state.ArgError of CodeInvalidArgument, and what it
// decodes converts back (api.Value) to a value that decodes to the same.
// The JS API's entries that read such values (Call) never fail with
// CodeInternal, the code of a recovered panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{7, 3, 0, 3, 2, 1, 7, 2, 2, 3, 3, 3, 3})         // {expr: "q*chi*delta", grid: {x: ...}}
	f.Add([]byte{7, 2, 14, 3, 0, 15, 3, 3})                      // {kind, start}
	f.Add([]byte{7, 1, 11, 4, 3, 65, 66, 200})                   // {pin: Float64Array}
	f.Add([]byte{6, 3, 2, 128 + 6, 2, 200, 1, 2, 3, 4, 5, 6, 7}) // [2**31, float bits]
	f.Add([]byte{7, 2, 8, 4, 2, 128 + 13, 128 + 11, 4, 6, 2, 3, 0})
	a, _ := newAPI()
	entries := []string{"decodeState", "encodeState", "resolve", "gridFromParts", "convertGrid", "parseGrid",
		"parse", "gradient", "atPoint"}
	f.Fuzz(func(t *testing.T, b []byte) {
		p := &fuzzValue{b: b}
		v := p.value()
		roundTrip(t, v, &state.State{})
		roundTrip(t, v, &state.GridParts{})
		roundTrip(t, v, &api.Decoded{})
		roundTrip(t, v, &[]int{})
		roundTrip(t, v, &map[string][]float64{})
		roundTrip(t, v, &sample{})
		var args []any
		if list, ok := v.([]any); ok {
			args = list
		} else {
			args = []any{v, p.value(), p.value()}
		}
		name := entries[int(p.byte())%len(entries)]
		if _, err := a.Call(name, args, nil); err != nil {
			_, fields := api.Failure(err)
			if fields["code"] == state.CodeInternal {
				t.Fatalf("%s(%#v): %v", name, args, err)
			}
		}
	})
}

// roundTrip decodes v into dst and checks the result (see FuzzDecode).
func roundTrip[T any](t *testing.T, v any, dst *T) {
	t.Helper()
	err := api.Decode(v, dst, "the value")
	if err != nil {
		var ae *state.ArgError
		if !errors.As(err, &ae) || ae.Code != state.CodeInvalidArgument {
			t.Fatalf("Decode(%#v) into %T: error %T %v", v, dst, err, err)
		}
		return
	}
	back := api.Value(*dst)
	var again T
	if err := api.Decode(back, &again, "the value"); err != nil {
		t.Fatalf("Decode(%#v) into %T = %+v, whose Value %#v does not decode: %v", v, dst, *dst, back, err)
	}
	if b2 := api.Value(again); !sameValue(b2, back) {
		t.Fatalf("Decode(%#v) into %T: Value %#v decodes to %#v", v, dst, back, b2)
	}
}

// sameValue is reflect.DeepEqual with NaN equal to NaN.
func sameValue(a, b any) bool {
	switch a := a.(type) {
	case float64:
		b, ok := b.(float64)
		return ok && (a == b || a != a && b != b)
	case []float64:
		b, ok := b.([]float64)
		if !ok || len(a) != len(b) || (a == nil) != (b == nil) {
			return false
		}
		for i := range a {
			if !sameValue(a[i], b[i]) {
				return false
			}
		}
		return true
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) || (a == nil) != (b == nil) {
			return false
		}
		for i := range a {
			if !sameValue(a[i], b[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) || (a == nil) != (b == nil) {
			return false
		}
		for k, x := range a {
			if y, ok := b[k]; !ok || !sameValue(x, y) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

// FuzzHostMessage sends messages of any shape, built from the fuzz bytes,
// to the view as a host page would (gradplay.hostMessage): none may panic
// or be answered with an internal error, and what is not a well-formed
// gradplay message is ignored (counted as malformed or foreign).
func FuzzHostMessage(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{7, 2, 5, 2, 1, 2, 3, 0})
	f.Add([]byte{7, 3, 0, 3, 2, 1, 7, 2, 2, 3, 3, 3, 3})
	a, _ := newAPI()
	f.Fuzz(func(t *testing.T, b []byte) {
		p := &fuzzValue{b: b}
		msg := p.value()
		if m, ok := msg.(map[string]any); ok && p.byte()%2 == 0 {
			// Most real messages carry the marker: reach the type checks.
			m["gradplay"] = 1.0
			m["type"] = []string{"setState", "getState", "hello", "resize", "nonsense"}[int(p.byte())%5]
		}
		v, err := a.Call("hostMessage", []any{msg}, nil)
		if err != nil {
			if _, fields := api.Failure(err); fields["code"] == state.CodeInternal {
				t.Fatalf("hostMessage(%#v): %v", msg, err)
			}
			return
		}
		act, _ := v.(map[string]any)
		if act == nil || act["action"] == nil {
			t.Fatalf("hostMessage(%#v) = %#v: no action", msg, v)
		}
	})
}

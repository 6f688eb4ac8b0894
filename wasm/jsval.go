//go:build js && wasm

package main

import (
	"fmt"
	"maps"
	"slices"
	"syscall/js"
	"unsafe"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/state"
)

var (
	jsFloat64Array = js.Global().Get("Float64Array")
	jsUint8Array   = js.Global().Get("Uint8Array")
	jsArray        = js.Global().Get("Array")
	jsArrayBuffer  = js.Global().Get("ArrayBuffer")
	jsObject       = js.Global().Get("Object")
)

// maxItems bounds the arrays and objects accepted from JavaScript.
const maxItems = 1 << 24

var errTooDeep = &state.ArgError{Code: state.CodeInvalidArgument, Msg: "the argument is nested too deeply"}

// errTooLong refuses an array of n values.
func errTooLong(n int) error {
	return &state.ArgError{Code: state.CodeInvalidArgument,
		Msg: fmt.Sprintf("the array has %d values; at most %d (2^24) are accepted", n, maxItems)}
}

// toGo converts a JavaScript value into plain Go values: undefined and null
// are nil, numbers float64, booleans bool, strings string, Float64Array
// (and other typed arrays) []float64, arrays []any and objects
// map[string]any.
func toGo(v js.Value, depth int) (any, error) {
	if depth > 8 {
		return nil, errTooDeep
	}
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return nil, nil
	case js.TypeNumber:
		return v.Float(), nil
	case js.TypeBoolean:
		return v.Bool(), nil
	case js.TypeString:
		return v.String(), nil
	case js.TypeObject:
		if v.InstanceOf(jsFloat64Array) {
			return float64s(v)
		}
		if jsArrayBuffer.Call("isView", v).Bool() && v.Get("length").Type() == js.TypeNumber {
			if n := v.Get("length").Int(); n > maxItems {
				return nil, errTooLong(n)
			}
			return float64s(jsFloat64Array.Call("from", v))
		}
		if jsArray.Call("isArray", v).Bool() {
			n := v.Length()
			if n > maxItems {
				return nil, errTooLong(n)
			}
			out := make([]any, n)
			for i := range n {
				e, err := toGo(v.Index(i), depth+1)
				if err != nil {
					return nil, err
				}
				out[i] = e
			}
			return out, nil
		}
		keys := jsObject.Call("keys", v)
		out := make(map[string]any, keys.Length())
		for i := range keys.Length() {
			k := keys.Index(i).String()
			e, err := toGo(v.Get(k), depth+1)
			if err != nil {
				return nil, err
			}
			out[k] = e
		}
		return out, nil
	}
	return nil, &state.ArgError{Code: state.CodeInvalidArgument, Msg: "functions and symbols are not accepted"}
}

// float64s copies a Float64Array into Go, bit for bit: straight into the
// []float64's bytes (WebAssembly is little-endian, as Float64Array is on
// every browser's platform), without a staging copy.
func float64s(v js.Value) ([]float64, error) {
	n := v.Get("length").Int()
	if n > maxItems {
		return nil, errTooLong(n)
	}
	out := make([]float64, n)
	if n > 0 {
		js.CopyBytesToGo(asBytes(out), jsUint8Array.New(v.Get("buffer"), v.Get("byteOffset"), 8*n))
	}
	return out, nil
}

// float64Array copies x into a new Float64Array, bit for bit.
func float64Array(x []float64) js.Value {
	a := jsFloat64Array.New(len(x))
	if len(x) > 0 {
		js.CopyBytesToJS(jsUint8Array.New(a.Get("buffer")), asBytes(x))
	}
	return a
}

// asBytes returns the memory of x as bytes (little-endian float64s).
func asBytes(x []float64) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(x))), 8*len(x))
}

// toJS converts a plain value (see package web/api) into JavaScript:
// []float64 becomes a Float64Array and []byte a Uint8Array (bit for bit,
// NaN kept), []any an Array, map[string]any an Object; numbers, strings,
// booleans and nil as js.ValueOf converts them.
//
// Arrays and objects cross as one JSON text (api.AppendJSON) that the
// page's gradplay._json parses, with the typed arrays and the non-finite
// numbers beside it: building a hover's read-out property by property cost
// a call into JavaScript, a string decoded and a finalizer per property
// and element, 1 ms of the 5 ms a hover takes in the page.
func toJS(v any) any {
	switch v.(type) {
	case []any, map[string]any:
		if jsonParse.IsUndefined() {
			jsonParse = gp.Get("_json")
		}
		if jsonParse.Type() != js.TypeFunction {
			break
		}
		b, specials, ok := api.AppendJSON(jsonText[:0], v, jsonSpecials[:0])
		jsonText = keep(b)
		if !ok {
			break
		}
		sp := jsArray.New(len(specials))
		for i, x := range specials {
			sp.SetIndex(i, toJSTree(x))
		}
		clear(specials)
		jsonSpecials = specials[:0]
		return jsonParse.Invoke(string(b), sp)
	}
	return toJSTree(v)
}

// jsonParse is gradplay._json (null if the page has none); jsonText and
// jsonSpecials are toJS's buffers, kept between calls unless a large value
// grew them (the page has one thread: no call overlaps).
var (
	jsonParse    js.Value
	jsonText     []byte
	jsonSpecials []any
)

// keep returns b to keep as a buffer: nil if it grew beyond 1 MB.
func keep(b []byte) []byte {
	if cap(b) > 1<<20 {
		return nil
	}
	return b
}

// toJSTree is toJS property by property: for values that are not arrays
// or objects, and for every value on a page without gradplay._json.
func toJSTree(v any) any {
	switch v := v.(type) {
	case []float64:
		return float64Array(v)
	case []byte:
		return bytesJS(v)
	case []any:
		a := jsArray.New(len(v))
		for i, e := range v {
			a.SetIndex(i, toJSTree(e))
		}
		return a
	case map[string]any:
		// Keys in sorted order: the same object always has the same
		// JSON.stringify text.
		o := jsObject.New()
		for _, k := range slices.Sorted(maps.Keys(v)) {
			o.Set(k, toJSTree(v[k]))
		}
		return o
	}
	return v
}

// bytesJS copies b into a new Uint8Array.
func bytesJS(b []byte) js.Value {
	a := jsUint8Array.New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

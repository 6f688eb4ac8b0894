//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"syscall/js"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/web/state"
)

// entry is one function of the JS API. It returns a value for js.ValueOf
// (js.Value, numbers, strings, []any, map[string]any) or an error.
type entry func(args []js.Value) (any, error)

// funcs holds the registered js.Funcs, so that a replaced one is released.
var funcs = map[string]js.Func{}

// register sets gradplay._go[name] to fn, wrapped so that it never lets a
// panic escape: the call returns {value} or {error}, and loader.js throws
// the error.
func register(goAPI js.Value, name string, fn entry) {
	f := js.FuncOf(func(this js.Value, args []js.Value) (ret any) {
		defer func() {
			if r := recover(); r != nil {
				println("gradplay:", name, "panicked:", fmt.Sprint(r), "\n", string(debug.Stack()))
				ret = failure(&state.ArgError{Code: "internal", Msg: fmt.Sprintf("internal error in %s: %v", name, r)}, "")
			}
		}()
		v, err := fn(args)
		if err != nil {
			return failure(err, "")
		}
		return map[string]any{"value": v}
	})
	if old, ok := funcs[name]; ok {
		old.Release()
	}
	funcs[name] = f
	goAPI.Set(name, f)
}

// failure turns err into {error: Error} with the fields of state.ErrorInfo
// (code, message, offset, line, column, ...).
func failure(err error, src string) map[string]any {
	info := state.ErrorInfo(err, src)
	e := js.Global().Get("Error").New(info.Message)
	for k, v := range info.Fields() {
		e.Set(k, v)
	}
	return map[string]any{"error": e}
}

// arg returns args[i], or undefined.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// options reads properties of the options object o, when it is an object,
// into plain Go values (toGo): dst maps a property's name to its variable.
func options(o js.Value, dst map[string]*any) error {
	if o.Type() != js.TypeObject {
		return nil
	}
	for key, p := range dst {
		v, err := toGo(o.Get(key), 0)
		if err != nil {
			return err
		}
		*p = v
	}
	return nil
}

// gradient is gradplay.gradient(f, shape, {spacing, axis, edgeOrder}).
func gradient(args []js.Value) (any, error) {
	var req state.GradientRequest
	var err error
	if req.F, err = toGo(arg(args, 0), 0); err != nil {
		return nil, err
	}
	if req.Shape, err = toGo(arg(args, 1), 0); err != nil {
		return nil, err
	}
	if err = options(arg(args, 2), map[string]*any{"spacing": &req.Spacing, "axis": &req.Axis, "edgeOrder": &req.EdgeOrder}); err != nil {
		return nil, err
	}
	f, shape, opts, err := req.Options()
	if err != nil {
		return nil, err
	}
	out, err := fd.Gradient(nil, f, shape, opts)
	if err != nil {
		return nil, err
	}
	res := make([]any, len(out))
	for i, g := range out {
		res[i] = float64Array(g)
	}
	return res, nil
}

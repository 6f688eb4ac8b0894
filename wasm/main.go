//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/state"
)

// api is window.gradplay, set up by loader.js before the program starts.
var api = js.Global().Get("gradplay")

func main() {
	if api.Type() != js.TypeObject {
		println("gradplay: window.gradplay is missing: load gradplay.wasm through loader.js")
		return
	}
	// The game waits for the page's first setState (the generations match).
	a := &app{st: state.Default()}
	registerAll(a)

	boot := api.Get("_boot")
	api.Delete("_boot")
	boot.Call("resolve")

	if reason := noWebGL2(); reason != "" {
		runFallback(a, reason)
		return
	}
	listenInput(a)
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetRunnableOnUnfocused(true)
	err := ebiten.RunGameWithOptions(newGame(a), &ebiten.RunGameOptions{ScreenTransparent: true})
	// RunGame returns only on failure; keep the program (and the API) alive.
	runFallback(a, fmt.Sprint("the WebGL2 view stopped: ", err))
}

// noWebGL2 returns why the game cannot run here, or "".
func noWebGL2() string {
	if js.Global().Get("location").Get("search").String() == "?nowebgl" {
		return "WebGL2 was switched off (?nowebgl)"
	}
	c := js.Global().Get("document").Call("createElement", "canvas")
	if ctx := c.Call("getContext", "webgl2"); !ctx.Truthy() {
		return "this browser has no WebGL2 (or it is disabled)"
	}
	return ""
}

// emit calls gradplay._emit(name, payload): loader.js hands it to the
// listeners after the current task, so a listener can never re-enter Go
// while a frame is being drawn.
func emit(name string, payload any) {
	defer func() { recover() }() // a page that broke gradplay._emit must not stop the game
	api.Call("_emit", name, payload)
}

// emitStatus reports a scene that could not be built (nil: all is well).
func emitStatus(err error) {
	if err == nil {
		emit("status", nil)
		return
	}
	emit("status", infoJS(state.ErrorInfo(err, "")))
}

// infoJS returns the plain-object form of an error's Info.
func infoJS(in state.Info) map[string]any {
	m := in.Fields()
	m["message"] = in.Message
	return m
}

// readoutJS converts a readout to a plain object (NaN stays a number).
func readoutJS(r *state.Readout) map[string]any {
	o := map[string]any{"vars": listJS(r.Vars), "index": objectJS(r.Index), "point": objectJS(r.Point), "f": r.F,
		"grad": objectJS(r.Grad), "exact": objectJS(r.Exact), "edge": objectJS(r.Edge), "pinned": r.Pinned}
	if r.Methods != nil {
		o["methods"] = pointResultsJS(r.Methods)
	}
	return o
}

// pointResultsJS converts point methods' results to [{method, grad, err?}].
func pointResultsJS(rs []state.PointResult) []any {
	out := make([]any, len(rs))
	for i, r := range rs {
		o := map[string]any{"method": r.Method, "grad": objectJS(r.Grad)}
		if r.Err != nil {
			o["err"] = objectJS(r.Err)
		}
		out[i] = o
	}
	return out
}

// jsonJS marshals v and parses it in JavaScript.
func jsonJS(v any) (js.Value, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return js.Undefined(), err
	}
	return fromJSON(b), nil
}

// registerAll sets up gradplay._go.
func registerAll(a *app) {
	goAPI := js.Global().Get("Object").New()
	api.Set("_go", goAPI)
	register(goAPI, "gradient", gradient)
	register(goAPI, "setState", func(args []js.Value) (any, error) {
		var st state.State
		if err := json.Unmarshal([]byte(toJSON(arg(args, 0))), &st); err != nil {
			return nil, &state.ArgError{Code: "invalid_argument", Msg: "setState: " + err.Error()}
		}
		ps := st.Check()
		a.set(st)
		return jsonJS(append([]state.Problem{}, ps...))
	})
	register(goAPI, "getState", func([]js.Value) (any, error) {
		return jsonJS(a.get())
	})
	register(goAPI, "decodeState", func(args []js.Value) (any, error) {
		st, ps := state.Decode(arg(args, 0).String())
		return jsonJS(map[string]any{"state": st, "problems": append([]state.Problem{}, ps...)})
	})
	register(goAPI, "encodeState", func(args []js.Value) (any, error) {
		var st state.State
		if err := json.Unmarshal([]byte(toJSON(arg(args, 0))), &st); err != nil {
			return nil, &state.ArgError{Code: "invalid_argument", Msg: "encodeState: " + err.Error()}
		}
		st.Check()
		return st.Encode(), nil
	})
	register(goAPI, "readout", func([]js.Value) (any, error) {
		if r := a.getReadout(); r != nil {
			return readoutJS(r), nil
		}
		return nil, nil
	})
	register(goAPI, "parseGrid", parseGrid)
	register(goAPI, "timings", func([]js.Value) (any, error) { return a.timings(), nil })
	register(goAPI, "plotArea", func([]js.Value) (any, error) {
		if m := a.getArea(); m != nil {
			return m, nil
		}
		return nil, nil
	})
	registerField(goAPI, a)
}

// parseGrid is gradplay.parseGrid(spec) -> {n, first, last, coords, spec}.
func parseGrid(args []js.Value) (any, error) {
	a := arg(args, 0)
	if a.Type() != js.TypeString {
		return nil, &state.ArgError{Code: "invalid_argument", Msg: "parseGrid: the spec must be a string"}
	}
	gi, err := state.ParseGrid(a.String())
	if err != nil {
		return nil, err
	}
	v := map[string]any{"n": gi.N, "first": gi.First, "last": gi.Last, "spec": gi.Spec,
		"kind": gi.Kind, "start": gi.Start, "stop": gi.Stop, "step": gi.Step}
	if gi.Coords != nil {
		v["coords"] = float64Array(gi.Coords)
	}
	return v, nil
}

// listenInput records clicks, keys and the pointer leaving the page as
// they happen: a click or key press shorter than a frame would be missed
// by polling the input state in Update. The listeners live as long as the
// program.
func listenInput(a *app) {
	doc := js.Global().Get("document")
	on := func(name string, fn func(ev js.Value)) {
		doc.Call("addEventListener", name, js.FuncOf(func(this js.Value, args []js.Value) any {
			defer guard("the "+name+" listener", nil)
			if len(args) > 0 {
				fn(args[0])
			}
			return nil
		}))
	}
	on("pointerdown", func(ev js.Value) {
		// Synthetic events may have no button or coordinates.
		if b := ev.Get("button"); b.Type() == js.TypeNumber && b.Int() == 0 && ev.Get("clientX").Type() == js.TypeNumber {
			a.click(ev.Get("clientX").Float(), ev.Get("clientY").Float())
		}
	})
	on("keydown", func(ev js.Value) {
		switch k := ev.Get("key").String(); k {
		case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Escape":
			a.key(k)
			ev.Call("preventDefault") // no scrolling of the embedding page
		}
	})
	on("pointermove", func(js.Value) { a.setOut(false) })
	on("pointerout", func(ev js.Value) {
		if r := ev.Get("relatedTarget"); r.IsNull() || r.IsUndefined() {
			a.setOut(true)
		}
	})
}

//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// gp is window.gradplay, set up by loader.js before the program starts.
var gp = js.Global().Get("gradplay")

func main() {
	startBoot()
	if gp.Type() != js.TypeObject {
		println("gradplay: window.gradplay is missing: load gradplay.wasm through loader.js")
		return
	}
	// The session builds nothing until the page's first setState.
	s := session.New(state.Default(), now)
	// A long build shows its progress and lets the page's event loop run
	// between its pieces: Update runs on the game's (or the fallback's)
	// goroutine, where a sleep returns to the event loop.
	s.SetYield(func(ev session.Event) {
		boot()
		emit(ev)
		time.Sleep(time.Millisecond)
	})
	bootTimings(s)
	a := api.New(s, now)
	a.SetHost(func() (int, int) {
		mem := 0
		if m := gp.Get("_memory"); m.Type() == js.TypeObject {
			mem = m.Get("buffer").Get("byteLength").Int()
		}
		return mem, jsFuncs
	})
	register(a)

	boot := gp.Get("_boot")
	gp.Delete("_boot")
	boot.Call("resolve")

	if js.Global().Get("location").Get("search").String() == "?nowebgl" {
		runFallback(s, "WebGL2 was switched off (?nowebgl)", 0, js.Undefined())
		return
	}
	// ebiten appended its canvas to the body at its init.
	if cs := js.Global().Get("document").Call("getElementsByTagName", "canvas"); cs.Length() > 0 {
		ebitenCanvas = cs.Index(cs.Length() - 1)
	}
	g := newGame(s)
	listenInput(g)
	g.preview()
	// The context ebiten draws with, made once (a separate probe context
	// cost 30-50 ms on the first plot's path).
	if !opaqueContext() {
		g.stop()
		runFallback(s, "this browser has no WebGL2 (or it is disabled)", g.frame, g.pre)
		return
	}
	g.starting = now()
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetRunnableOnUnfocused(true)
	err := ebiten.RunGameWithOptions(g, &ebiten.RunGameOptions{ScreenTransparent: true})
	// RunGame returns only on failure; keep the program (and the API) alive.
	g.stop()
	runFallback(s, fmt.Sprint("the WebGL2 view stopped: ", err), g.frame, g.pre)
}

// register sets gradplay._go[name] for every entry of the API. Each call
// converts its arguments to plain values, runs the entry (which recovers
// its own panics) and returns {value} or {error}; loader.js throws the
// error. The js.Funcs live as long as the program.
func register(a *api.API) {
	goAPI := jsObject.New()
	gp.Set("_go", goAPI)
	for _, name := range a.Names() {
		goAPI.Set(name, funcOf(func(this js.Value, args []js.Value) (ret any) {
			defer guardCall(name, &ret)
			in := make([]any, len(args))
			for i, v := range args {
				x, err := toGo(v, 0)
				if err != nil {
					return map[string]any{"error": jsError(api.Failure(err))}
				}
				in[i] = x
			}
			v, err := a.Call(name, in, func(s string) { println(s) })
			if err != nil {
				return map[string]any{"error": jsError(api.Failure(err))}
			}
			return map[string]any{"value": toJS(v)}
		}))
	}
}

// errInternal is the error of a call whose conversion panicked.
func errInternal(name string) error {
	return &state.ArgError{Code: state.CodeInternal, Msg: "internal error in " + name}
}

// jsError makes the JavaScript Error for Failure's message and fields.
func jsError(msg string, fields map[string]any) js.Value {
	e := js.Global().Get("Error").New(msg)
	for k, v := range fields {
		e.Set(k, toJS(v))
	}
	return e
}

// opaqueContext makes the WebGL2 context of ebiten's canvas before ebiten
// does (a canvas keeps its first context), opaque and single-sampled:
//   - alpha false (ebiten asks for alpha): every frame covers the canvas,
//     and the compositor then draws nothing under it. Until ebiten's first
//     frame (shown), when an opaque canvas would be black, the canvas is
//     transparent (opacity 0: it can still take the focus);
//   - antialias false (ebiten leaves the default, multisampling): the
//     frame is an image drawn pixel for pixel and the arrows' mesh, which
//     antialiases its own edges (plots.Arrows.Mesh) and is drawn as the
//     preview draws it (plots.Mesh.Draw). Software WebGL spent its time on
//     four samples a pixel and resolving them: interleaved, edit 75 → 58 ms,
//     slider 60 → 48 ms, hover 37 → 30 ms.
//
// It reports whether the browser has WebGL2.
func opaqueContext() bool {
	if ebitenCanvas.IsUndefined() {
		return false
	}
	attr := jsObject.New()
	attr.Set("alpha", false)
	attr.Set("premultipliedAlpha", true)
	attr.Set("stencil", true)
	attr.Set("antialias", false)
	if !ebitenCanvas.Call("getContext", "webgl2", attr).Truthy() {
		return false
	}
	ebitenCanvas.Get("style").Call("setProperty", "opacity", "0")
	return true
}

// ebitenCanvas is ebiten's canvas (main): ebiten v2.8 appends it to the
// body at its init and asks for its context in RunGame.
var ebitenCanvas js.Value

// shown, at the first frame, lets the page's style decide the canvas's
// opacity again.
func shown() { ebitenCanvas.Get("style").Call("removeProperty", "opacity") }

// emit hands the session's events to gradplay._emit(name, payload):
// loader.js calls the listeners after the current task, so a listener can
// never re-enter Go while a frame is being drawn.
func emit(evs ...session.Event) {
	defer func() { recover() }() // a page that broke gradplay._emit must not stop the game
	for _, ev := range evs {
		gp.Call("_emit", ev.Name, toJS(api.EventValue(ev)))
	}
}

// bootTimings records the start's milestones for gradplay.timings(), in
// milliseconds: boot_load (navigation to the loader's start: HTML, CSS and
// scripts), boot_fetch_compile (the .wasm downloaded and compiled, as one
// stream) and boot_go_init (Go's runtime and package initialisation, until
// main). The preview adds boot_wait (main to the page's first state),
// boot_first_frame (when it drew the first frame, since navigation) and
// boot_painted (the animation frame after it); the game adds boot_webgl
// (ebiten's start to its first tick) and boot_handoff (to its first frame,
// which takes the preview's place).
func bootTimings(s *session.Session) {
	t := gp.Get("_t")
	if t.Type() != js.TypeObject {
		return
	}
	num := func(k string) float64 {
		if v := t.Get(k); v.Type() == js.TypeNumber {
			return v.Float()
		}
		return 0
	}
	mainAt = now()
	s.SetTiming("boot_load", num("loader"))
	s.SetTiming("boot_fetch_compile", num("instantiated")-num("loader"))
	s.SetTiming("boot_go_init", mainAt-num("run"))
}

// mainAt is when main started (performance.now()).
var mainAt float64

// jsFuncs counts the live js.Funcs (funcOf), for gradplay.memory(): the
// adapter makes them once, at start, and never releases one.
var jsFuncs int

// funcOf is js.FuncOf, counted.
func funcOf(fn func(this js.Value, args []js.Value) any) js.Func {
	jsFuncs++
	return js.FuncOf(fn)
}

var performance = js.Global().Get("performance")

// now returns performance.now() in milliseconds.
func now() float64 { return performance.Call("now").Float() }

package api

import (
	"runtime"

	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// decodeStateArg reads a state object (as getState returns it).
func decodeStateArg(v any, what string) (state.State, error) {
	var st state.State
	err := Decode(v, &st, what)
	return st, err
}

// setState is gradplay.setState(state): the state is shown from the next
// frame on; the result lists what had to be repaired (see state.Check). A
// state that cannot be drawn (state.Usable: a mistake in the function or a
// grid, a grid over the budget, ...) is kept all the same, so that the
// figure is marked stale with the reason and getState and the link say
// what was asked, and the call throws that error with its code.
func (a *API) setState(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "setState: the state")
	if err != nil {
		return nil, err
	}
	ps := a.s.SetState(st)
	if err := state.Usable(st); err != nil {
		return nil, err
	}
	return Value(problems(ps)), nil
}

// getState is gradplay.getState().
func (a *API) getState([]any) (any, error) {
	st := a.s.State()
	return Value(st), nil
}

// Decoded is the result of gradplay.decodeState.
type Decoded struct {
	State    state.State     `json:"state"`
	Problems []state.Problem `json:"problems"`
}

// decodeState is gradplay.decodeState(fragment) -> {state, problems}.
func decodeState(args []any) (any, error) {
	frag, err := stringArg(args, 0, "decodeState: the link's fragment")
	if err != nil {
		return nil, err
	}
	st, ps := state.Decode(frag)
	return Value(Decoded{st, problems(ps)}), nil
}

// encodeState is gradplay.encodeState(state) -> the link's fragment.
func encodeState(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "encodeState: the state")
	if err != nil {
		return nil, err
	}
	st.Check()
	return st.Encode(), nil
}

// readout is gradplay.readout(): the hovered (or pinned) node, or null.
func (a *API) readout([]any) (any, error) {
	if r := a.s.Readout(); r != nil {
		return Value(r), nil
	}
	return nil, nil
}

// plotArea is gradplay.plotArea(): the plot area in CSS pixels and its
// data range, or null.
func (a *API) plotArea([]any) (any, error) {
	if ar := a.s.Area(); ar != nil {
		return Value(ar), nil
	}
	return nil, nil
}

// timings is gradplay.timings(): the durations in milliseconds of the last
// scene, render and frame.
func (a *API) timings([]any) (any, error) { return Value(a.s.Timings()), nil }

// figureVersion is gradplay.figureVersion(): a number that changes with
// every new figure (a new scene, paths, a theme) and only then.
func (a *API) figureVersion([]any) (any, error) { return float64(a.s.FigureVersion()), nil }

var errNoFigure = &state.ArgError{Code: state.CodeNoFigure, Msg: "no figure yet"}

// altText is gradplay.altText(): the figure described in words.
func (a *API) altText([]any) (any, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	return sc.Figure.AltText(), nil
}

// plotLabel is gradplay.plotLabel(): the plot's name for assistive
// technology, the canvas's aria-label (altText describes the plot): what
// the figure on screen shows, and what the keys do once a frame maps them
// to grid nodes (session.Key; small multiples and the 2-D fallback map
// none).
func (a *API) plotLabel([]any) (any, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	label := sc.Figure.Label()
	if sc.Partials() {
		label = "Small multiples of the partial derivatives of f = " + sc.State.Expr
	}
	if a.s.Area() != nil {
		label += ". The arrow keys pin a grid node and move the pin; Escape unpins."
	}
	return label, nil
}

// exportImage is gradplay.exportImage("png" | "svg", width, height, scale,
// theme): the figure at width×height CSS pixels as a file's bytes. A PNG
// has round(width*scale)×round(height*scale) pixels; scale is 1..4,
// default 2 (sharp in print and on high-density screens). An SVG ignores
// scale. The theme is "light" (the default, whatever the page's theme: a
// figure for notes, slides and print) or "dark".
func (a *API) exportImage(args []any) (any, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	kind, _ := arg(args, 0).(string)
	w, h, err := figureSize(args, 1, "exportImage")
	if err != nil {
		return nil, err
	}
	scale := 2.0
	if s := arg(args, 3); s != nil {
		x, ok := s.(float64)
		if !ok || !(x >= 1 && x <= 4) {
			return nil, argErr("exportImage: the scale must be 1..4")
		}
		scale = x
	}
	th, err := exportTheme(arg(args, 4))
	if err != nil {
		return nil, err
	}
	runtime.GC() // before the transient (a 2× PNG: 11.7 MB), as for a build (web/session)
	fig := sc.Figure.WithTheme(th)
	var b []byte
	partials := sc.Partials() // the small multiples shown, exported as shown
	switch {
	case kind == "png" && partials:
		b, err = fig.PartialsPNG(int(w), int(h), scale)
	case kind == "svg" && partials:
		b, err = fig.PartialsSVG(int(w), int(h))
	case kind == "png":
		b, err = fig.PNGPaths(int(w), int(h), scale, a.s.Paths())
	case kind == "svg":
		b, err = fig.SVGPaths(int(w), int(h), a.s.Paths())
	default:
		return nil, argErr(`exportImage: the kind is "png" or "svg"`)
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

// figureSize reads a figure's width and height in CSS pixels (64..8192)
// from args[i] and args[i+1], for the entry name.
func figureSize(args []any, i int, name string) (w, h float64, err error) {
	w, okw := arg(args, i).(float64)
	h, okh := arg(args, i+1).(float64)
	if !okw || !okh || !(w >= 64 && h >= 64 && w <= 8192 && h <= 8192) {
		return 0, 0, argErr("%s: width and height must be 64..8192 pixels", name)
	}
	return w, h, nil
}

// printImage is gradplay.printImage(width, height): the figure for print,
// light, as shown (the small multiples when they are), at width×height CSS
// pixels: an SVG with its fonts embedded, sharp at any print resolution
// and with the same text widths on every machine, made in a fraction of
// the time of a 2× PNG (10 ms against 78 ms natively, 101×101 field).
func (a *API) printImage(args []any) (any, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	w, h, err := figureSize(args, 0, "printImage")
	if err != nil {
		return nil, err
	}
	runtime.GC() // before the transient, as for a build (web/session)
	fig := sc.Figure.WithTheme(plots.Light)
	if sc.Partials() {
		return fig.PartialsPrintSVG(int(w), int(h))
	}
	return fig.PrintSVG(int(w), int(h), a.s.Paths())
}

// bench is gradplay.bench(kind, n, state, width, height): the mean time in
// milliseconds of n runs of one step of the page's work: "render_full"
// (the whole figure at width×height, default 640×480, as an image),
// "split" (static layer and fast layers), "fast" (only the fast layers:
// heatmap cells and arrow geometry) or "scene" (field and figure from the
// state). The state defaults to the session's.
func (a *API) bench(args []any) (any, error) {
	kind, err := stringArg(args, 0, "bench: the kind")
	if err != nil {
		return nil, err
	}
	n := 1
	if x, ok := arg(args, 1).(float64); ok && x >= 1 {
		n = int(min(x, 1e6))
	}
	st := a.s.State()
	if s, ok := arg(args, 2).(map[string]any); ok {
		if st, err = decodeStateArg(s, "bench: the state"); err != nil {
			return nil, err
		}
	}
	w, h := 640, 480
	if x, ok := arg(args, 3).(float64); ok {
		if y, ok := arg(args, 4).(float64); ok {
			w, h = max(64, min(4096, int(x))), max(64, min(4096, int(y)))
		}
	}
	sc, err := state.Build(st)
	if err != nil {
		return nil, err
	}
	var step func()
	switch kind {
	case "render_full":
		step = func() { sc.Figure.RGBA(w, h, 1) }
	case "split":
		// What the view renders for a frame: the image and the arrows' mesh.
		step = func() {
			if sp := sc.Figure.SplitArrows(w, h, 1); sp != nil {
				sp.Arrows.MeshIn(sp.Map.Plot)
			}
		}
	case "fast":
		step = func() { sc.Figure.Fast(w, h, 1) }
	case "scene":
		step = func() { _, _ = state.Build(st) }
	default:
		return nil, argErr("bench: unknown kind %q", kind)
	}
	t0 := a.now()
	for range n {
		step()
	}
	return (a.now() - t0) / float64(n), nil
}

// Memory is what gradplay.memory() returns, for soak tests.
type Memory struct {
	WasmBytes   int `json:"wasmBytes"`   // the WebAssembly memory's size
	GoHeapBytes int `json:"goHeapBytes"` // the Go heap in use, after a collection
	JSFuncs     int `json:"jsFuncs"`     // live js.Funcs of the adapter
	// What the Go runtime holds, to tell a leak from a high-water mark:
	// all it obtained (runtime.MemStats.Sys), its heap's spans
	// (HeapSys), the part of them free (HeapIdle), and the collections so
	// far (NumGC).
	GoSysBytes     int `json:"goSysBytes"`
	GoHeapSysBytes int `json:"goHeapSysBytes"`
	GoIdleBytes    int `json:"goIdleBytes"`
	NumGC          int `json:"numGC"`
}

// memory is gradplay.memory().
func (a *API) memory([]any) (any, error) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m := Memory{GoHeapBytes: int(ms.HeapAlloc), GoSysBytes: int(ms.Sys), GoHeapSysBytes: int(ms.HeapSys),
		GoIdleBytes: int(ms.HeapIdle), NumGC: int(ms.NumGC)}
	if a.host != nil {
		m.WasmBytes, m.JSFuncs = a.host()
	}
	return Value(m), nil
}

// SetHost gives gradplay.memory() what only the adapter knows: the size of
// the WebAssembly memory and the number of live js.Funcs.
func (a *API) SetHost(memory func() (wasmBytes, jsFuncs int)) { a.host = memory }

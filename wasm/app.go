//go:build js && wasm

package main

import (
	"sync"

	"github.com/gradplay/gradplay/plots"

	"github.com/gradplay/gradplay/web/state"
)

// app is the state shared between the JS API (which runs on the browser's
// event loop) and the renderer (the game loop, or the 2-D fallback). The JS
// side only stores; the renderer takes.
type app struct {
	mu      sync.Mutex
	st      state.State
	gen     int // incremented by every change
	readout *state.Readout
	scene   *state.Scene   // the scene shown
	area    map[string]any // the plot area in CSS pixels and its data range
	clicks  [][2]float64   // primary-button presses (CSS pixels) not yet handled
	keys    []string       // arrow keys and Escape pressed, not yet handled
	out     bool           // the pointer has left the page
	timing  map[string]any // the durations of the last scene, render and frame (ms)
}

// set stores a new state for the renderer.
func (a *app) set(st state.State) {
	a.mu.Lock()
	a.st = st.Clone()
	a.gen++
	a.mu.Unlock()
}

// get returns a copy of the current state.
func (a *app) get() state.State {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.st.Clone()
}

// take returns the state if it changed since generation gen.
func (a *app) take(gen int) (st state.State, newGen int, changed bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.gen == gen {
		return state.State{}, gen, false
	}
	return a.st.Clone(), a.gen, true
}

// setPin records a pinned node (or none) without asking for a new scene.
func (a *app) setPin(pin []int) {
	a.mu.Lock()
	a.st.Pin = pin
	a.mu.Unlock()
}

// setReadout records the latest readout, for gradplay.readout().
func (a *app) setReadout(r *state.Readout) {
	a.mu.Lock()
	a.readout = r
	a.mu.Unlock()
}

func (a *app) getReadout() *state.Readout {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.readout
}

// setScene records the scene being shown, for exportImage and altText.
func (a *app) setScene(sc *state.Scene) {
	a.mu.Lock()
	a.scene = sc
	a.mu.Unlock()
}

func (a *app) getScene() *state.Scene {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.scene
}

// setArea records the plot area of the figure drawn, for gradplay.plotArea;
// for a line plot the upper panel's (y is f), with the derivative panel's
// as "deriv".
func (a *app) setArea(m *plots.Mapping, scale float64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if m == nil {
		a.area = nil
		return
	}
	a.area = areaJS(m, scale)
	if m.Deriv != nil {
		a.area["deriv"] = areaJS(m.Deriv, scale)
	}
}

// areaJS returns the plot area of m in CSS pixels and its data range.
func areaJS(m *plots.Mapping, scale float64) map[string]any {
	return map[string]any{"x0": m.Plot.X0 / scale, "y0": m.Plot.Y0 / scale, "x1": m.Plot.X1 / scale, "y1": m.Plot.Y1 / scale,
		"xmin": m.XMin, "xmax": m.XMax, "ymin": m.YMin, "ymax": m.YMax}
}

func (a *app) getArea() map[string]any {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.area
}

// click records a primary-button press at (x, y) CSS pixels of the page.
func (a *app) click(x, y float64) {
	a.mu.Lock()
	if len(a.clicks) < 16 {
		a.clicks = append(a.clicks, [2]float64{x, y})
	}
	a.mu.Unlock()
}

// takeClicks returns and forgets the recorded presses.
func (a *app) takeClicks() [][2]float64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	c := a.clicks
	a.clicks = nil
	return c
}

// key records a key press (KeyboardEvent.key).
func (a *app) key(k string) {
	a.mu.Lock()
	if len(a.keys) < 16 {
		a.keys = append(a.keys, k)
	}
	a.mu.Unlock()
}

// takeKeys returns and forgets the recorded key presses.
func (a *app) takeKeys() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := a.keys
	a.keys = nil
	return k
}

// setOut records whether the pointer is outside the page.
func (a *app) setOut(out bool) {
	a.mu.Lock()
	a.out = out
	a.mu.Unlock()
}

func (a *app) isOut() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.out
}

// setTiming records one duration (ms) of the game's work, for gradplay.timings().
func (a *app) setTiming(name string, ms float64) {
	a.mu.Lock()
	if a.timing == nil {
		a.timing = map[string]any{}
	}
	a.timing[name] = ms
	a.mu.Unlock()
}

func (a *app) timings() map[string]any {
	a.mu.Lock()
	defer a.mu.Unlock()
	return objectJS(a.timing)
}

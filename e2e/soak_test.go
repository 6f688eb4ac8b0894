package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// soakJS makes state changes through the playground's controls:
// window.soak(from, to) makes changes from..to-1, each waiting until the
// view has answered, and returns how many it made. The change i is one of
// a cycle: a function typed in, a grid spec typed in a row, a slider
// moved, an arrow key pinning a node, a display option, the density, the
// edge order, a mistake typed and then mended.
const soakJS = `(() => {
	const $ = (id) => document.getElementById(id);
	const view = $("view").contentWindow, vg = view.gradplay;
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	let calls = 0, statusAt = -1, pins = 0;
	const setState = vg.setState;
	vg.setState = function () { calls++; return setState.apply(this, arguments); };
	vg.on("status", () => { statusAt = calls; });
	vg.on("pin", () => { pins++; });
	vg.on("readout", () => { pins++; });
	const type = (el, text) => { el.value = text; el.dispatchEvent(new Event("input", { bubbles: true })); };
	// Five values of each kind: the warm-up of 50 changes shows each once.
	const exprs = ["x*y*z", "sin(x)*cos(y)+z", "exp(-(x**2+y**2))*z", "atan2(y, x)*z", "log(x**2+y**2+1)*z"];
	const specs = ["-2:2:21j", "-3:3:31j", "linspace(-1, 1, 15)", "[0, 0.5, 1, 2, 4]", "-2:2:0.25"];
	const keys = ["ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown"];
	const change = async (i) => {
		const c0 = calls, p0 = pins;
		const k = i % 10, n = Math.floor(i / 10);
		const select = (id, values) => { const s = $(id); s.value = values[n % values.length]; s.dispatchEvent(new Event("change")); };
		switch (k) {
		case 0: type($("expr"), exprs[n % exprs.length]); break;
		case 1: type(document.querySelector('#grids .grid-row[data-var="x"] input.spec'), specs[n % specs.length]); break;
		case 2: { const r = document.querySelector("#sliders input[type=range]"); r.value = String([0, 3, 5, 8, 10][n % 5]); r.dispatchEvent(new Event("input")); break; }
		case 3: view.document.dispatchEvent(new KeyboardEvent("keydown", { key: keys[n % 4], bubbles: true })); break;
		case 4: select("palette", ["viridis", "diverging", "kindlmann", "gray", "viridis"]); break;
		case 5: select("mode", ["fit", "raw", "normalized", "log", "fit"]); break;
		case 6: { const d = $("density"); d.value = String([8, 15, 21, 30, 40][n % 5]); d.dispatchEvent(new Event("input")); break; }
		case 7: { const b = $("show-contours"); b.checked = !b.checked; b.dispatchEvent(new Event("change")); break; }
		case 8: { const r = document.querySelector('input[name="edge"][value="' + (1 + n % 2) + '"]'); r.checked = true; r.dispatchEvent(new Event("change")); break; }
		case 9: type($("expr"), "sin(x"); break;
		}
		const t0 = performance.now();
		for (;;) {
			if (k === 3 ? pins > p0 : calls > c0 && statusAt >= calls) break;
			if (performance.now() - t0 > 5000) return false;
			await sleep(2);
		}
		if (k === 9) { await sleep(0); return change(i - 9); } // mended: the function again
		return true;
	};
	window.soak = async (from, to) => {
		let made = 0;
		for (let i = from; i < to; i++) if (await change(i)) made++;
		for (let i = 0; i < 3; i++) await sleep(90); // (under 100 ms: see fastTimers)
		return made;
	};
	// home sets the state every sample is taken in, as a link does.
	window.soakHome = async (frag) => {
		const c0 = calls;
		location.hash = "#" + frag + (location.hash === "#" + frag ? "&" : "");
		for (let t0 = performance.now(); !(calls > c0 && statusAt >= calls) && performance.now() - t0 < 5000;) await sleep(5);
		for (let i = 0; i < 4; i++) await sleep(90);
		return true;
	};
})(); true`

// soakSample is one measurement of the tab's memory.
type soakSample struct {
	JSHeap, JSTotal      float64 // the isolate's JS heap, used and allocated, after a collection
	WasmBytes, GoHeap    int     // gradplay.memory(): the WebAssembly memory, Go's heap after runtime.GC
	JSFuncs              int     // live js.Funcs of the adapter
	GoSys, GoHeapSys     int     // what the Go runtime obtained in all, and for its heap
	GoIdle, NumGC        int     // the free part of the heap's spans; collections so far
	DOMNodes, Listeners  int
	PageFrames, Requests int
}

// sample collects garbage in JS and Go and measures.
func (b *browser) sample(tb testing.TB) soakSample {
	tb.Helper()
	var s soakSample
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	for range 2 {
		if _, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) (cdp.Empty, error) {
			return cdp.Call(ctx, t, heapprofiler.CollectGarbage, cdp.Empty{})
		}); err != nil {
			tb.Fatal(err)
		}
	}
	h, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) (runtime.GetHeapUsageResult, error) {
		return cdp.Call(ctx, t, runtime.GetHeapUsage, cdp.Empty{})
	})
	if err != nil {
		tb.Fatal(err)
	}
	s.JSHeap, s.JSTotal = h.UsedSize, h.TotalSize
	m := eval[map[string]int](tb, b, viewJS+`.memory()`)
	s.WasmBytes, s.GoHeap, s.JSFuncs = m["wasmBytes"], m["goHeapBytes"], m["jsFuncs"]
	s.GoSys, s.GoHeapSys, s.GoIdle, s.NumGC = m["goSysBytes"], m["goHeapSysBytes"], m["goIdleBytes"], m["numGC"]
	s.DOMNodes = eval[int](tb, b, `document.getElementsByTagName("*").length + document.getElementById("view").contentDocument.getElementsByTagName("*").length`)
	return s
}

// TestSoak makes 500 state changes through the controls (functions, grid
// specs, a slider, arrow keys pinning nodes, display options, density,
// edge order, mistakes and their repair) and checks that after a warm-up
// of 50 (which shows every value of the cycle once: a first-time cache is
// not a leak) the JS heap, the WebAssembly memory, Go's heap and the number
// of js.Funcs grow by at most 10 %. Both samples are taken in the same state,
// after garbage collection in JS (CDP HeapProfiler.collectGarbage) and in
// Go (gradplay.memory runs runtime.GC). The JS heap is V8's without the
// code of its optimizing tiers (see below).
func TestSoak(t *testing.T) {
	const home = "expr=x*y*z&grid.x=-2:2:21j&grid.y=-2:2:21j&grid.z=-1:1:11j"
	// V8 without its optimizing tiers: with them the JS heap grows by about
	// 200 kB (+8.5–9.6 %) once after the warm-up, the optimized code of the
	// functions that became hot (measured: +0.4 % without), which would hide
	// a leak of the page's data or make one up.
	b := newBrowserSize(t, 800, 600, chromedp.Flag("js-flags", "--no-opt --no-maglev --no-sparkplug"))
	b.addScript(t, fastTimers)
	b.open(t, "index.html#"+home)
	waitFrames(t, b, viewJS, 0)
	smallView(t, b)
	eval[bool](t, b, soakJS)
	start := time.Now()
	const warm, total = 50, 500
	made := eval[int](t, b, fmt.Sprintf("soak(0, %d)", warm))
	eval[bool](t, b, `soakHome(`+fmt.Sprintf("%q", home)+`)`)
	s0 := b.sample(t)
	for i := warm; i < total; i += 90 {
		made += eval[int](t, b, fmt.Sprintf("soak(%d, %d)", i, min(i+90, total)))
	}
	eval[bool](t, b, `soakHome(`+fmt.Sprintf("%q", home)+`)`)
	s1 := b.sample(t)
	t.Logf("%d of %d changes answered in %v", made, total, time.Since(start).Round(time.Millisecond))
	if made < total {
		t.Errorf("%d changes got no answer from the view within 5 s", total-made)
	}
	grow := func(name string, a, b float64, unit string) {
		g := (b - a) / a * 100
		t.Logf("%-13s after %d changes %10.0f %s, after %d %10.0f %s: %+.1f %%", name, warm, a, unit, total, b, unit, g)
		if b > a*1.10 {
			t.Errorf("%s grew by %.1f %% (%.0f to %.0f %s) over %d changes", name, g, a, b, unit, total-warm)
		}
	}
	grow("JS heap", s0.JSHeap, s1.JSHeap, "B")
	grow("wasm memory", float64(s0.WasmBytes), float64(s1.WasmBytes), "B")
	grow("Go heap", float64(s0.GoHeap), float64(s1.GoHeap), "B")
	grow("js.Funcs", float64(s0.JSFuncs), float64(s1.JSFuncs), "")
	grow("DOM elements", float64(s0.DOMNodes), float64(s1.DOMNodes), "")
	t.Logf("JS heap allocated: %.0f B then %.0f B", s0.JSTotal, s1.JSTotal)
	t.Logf("Go runtime: sys %d then %d B, heap spans %d then %d B (idle %d then %d B), %d collections in between",
		s0.GoSys, s1.GoSys, s0.GoHeapSys, s1.GoHeapSys, s0.GoIdle, s1.GoIdle, s1.NumGC-s0.NumGC)
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

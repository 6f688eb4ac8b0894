package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// firstPlotParts are the parts of the start that gradplay.timings() gives
// (milliseconds), in order, as browser_first_plot_<part>: boot_wait is
// from main to the page's first state, and draw the first frame's, drawn
// without WebGL (ebiten starts after it: boot_webgl, boot_handoff). The
// last, painted, is not a part but the whole start to the page's next
// animation frame after the first "frame" event, when the browser has
// painted the frame (firstFrameTimings).
var firstPlotParts = []string{"boot_load", "boot_fetch_compile", "boot_go_init", "boot_wait", "scene", "split", "upload", "draw", "painted"}

// benchFirstPlot times navigation to the first drawn frame of view.html,
// with nothing of the page cached or compiled, and reports the parts of
// gradplay.timings() as browser_first_plot_<part> (their means over the
// runs of browser_first_plot):
//
//   - browser_first_plot: a new browser context (an empty HTTP cache, so no
//     compiled code of the page either, and a new renderer process) in a
//     Chromium that already runs, as a person opens the page in the
//     browser they have open: its GPU process, and that process's shader
//     cache, are the running browser's;
//   - browser_first_plot_cold_browser: a Chromium started for the page, so
//     that the time includes the browser's own start (its GPU process
//     bringing up SwiftShader).
func benchFirstPlot(b *testing.B) {
	const page = "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:101j&grid.y=-2:2:101j"
	sums, runs := map[string]float64{}, 0
	b.Run("browser_first_plot", func(b *testing.B) {
		clear(sums)
		runs = b.N
		host := newBrowser(b)
		host.do(b, 30*time.Second, chromedp.Navigate("about:blank"))
		total := 0.0
		for range b.N {
			ctx, cancel := chromedp.NewContext(host.ctx, chromedp.WithNewBrowserContext())
			// The first action makes the tab, which lives as long as ctx
			// (not as long as a timeout's context).
			if err := chromedp.Do(ctx); err != nil {
				b.Fatalf("opening a browser context: %v", err)
			}
			br := &browser{ctx: ctx}
			t := firstFrameTimings(b, br, page)
			cancel()
			total += t["boot_first_frame"]
			for _, p := range firstPlotParts {
				sums[p] += t[p]
			}
		}
		b.ReportMetric(total/float64(b.N)*1e6, "ns/op")
	})
	for _, p := range firstPlotParts {
		name := "browser_first_plot_" + p
		b.Run(name, func(b *testing.B) {
			// The parts were measured by browser_first_plot's last run of
			// `runs` starts; this reports their means.
			b.ReportMetric(sums[p]/float64(max(1, runs))*1e6, "ns/op")
		})
	}
	b.Run("browser_first_plot_cold_browser", func(b *testing.B) {
		total := 0.0
		for range b.N {
			total += firstFrameTimings(b, newBrowser(b), page)["boot_first_frame"]
		}
		b.ReportMetric(total/float64(b.N)*1e6, "ns/op")
	})
}

// firstFrameTimings opens page in br and returns gradplay.timings() once
// the first frame is drawn, with "painted": the time of the animation
// frame after the first "frame" event (since navigation, as
// boot_first_frame).
func firstFrameTimings(tb testing.TB, br *browser, page string) map[string]float64 {
	tb.Helper()
	br.addScript(tb, `const iv = setInterval(() => {
		const g = window.gradplay;
		if (!g) return;
		clearInterval(iv);
		const off = g.on("frame", () => { off(); requestAnimationFrame(() => { window.__painted = performance.now(); }); });
	}, 1);`)
	br.open(tb, page)
	return eval[map[string]float64](tb, br, `(async () => {
		for (let i = 0; i < 600; i++) {
			const t = gradplay.frames > 0 && window.__painted && gradplay.timings();
			if (t && t.boot_first_frame) return {...t, painted: window.__painted};
			await new Promise((r) => setTimeout(r, 20));
		}
		throw new Error("no first frame within 12 s");
	})()`)
}

// benchInteractions times what a person does on the playground, to the
// frame (or the table) that shows it, measured in the page:
//
//   - browser_edit_to_frame: a new function typed into the field (101×101 grid)
//   - browser_slider_to_frame: the slice slider moved (41³ grid)
//   - browser_hover_to_frame: a pointer move to the frame with the new read-out
//     and marks (an animation frame of the marks over the canvas: a hover
//     draws no WebGL frame)
//   - browser_hover_event_to_frame: the same from the pointermove event, in the page
//   - browser_pin_to_table: a click to the filled seven-way table
func benchInteractions(b *testing.B) {
	br := newBrowser(b)
	br.open(b, "index.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:101j&grid.y=-2:2:101j")
	waitFrames(b, br, viewJS, 0)
	inPage := func(name, js string) {
		b.Run(name, func(b *testing.B) {
			ms := eval[float64](b, br, fmt.Sprintf(js, b.N))
			b.ReportMetric(ms*1e6, "ns/op")
		})
	}
	// nextFrame is a promise of the view's next frame.
	const nextFrame = `new Promise((r) => { const off = ` + viewJS + `.onFrame(() => { off(); r(); }); })`
	inPage("browser_edit_to_frame", `(async () => {
		const n = %d, e = document.getElementById("expr");
		let total = 0;
		for (let i = 0; i < n; i++) {
			const f = `+nextFrame+`;
			const t0 = performance.now();
			e.value = i %% 2 ? "sin(x)*exp(-y**2)" : "cos(x)*exp(-y**2)";
			e.dispatchEvent(new Event("input"));
			await f;
			total += performance.now() - t0;
		}
		return total / n;
	})()`)
	br.open(b, "index.html#expr=x*y*z&grid.x=-1:1:41j&grid.y=-1:1:41j&grid.z=-1:1:41j")
	waitFrames(b, br, viewJS, 0)
	inPage("browser_slider_to_frame", `(async () => {
		const n = %d, r = document.querySelector("#sliders input[type=range]");
		let total = 0;
		for (let i = 0; i < n; i++) {
			const f = `+nextFrame+`;
			const t0 = performance.now();
			r.value = String(i %% 41);
			r.dispatchEvent(new Event("input"));
			await f;
			total += performance.now() - t0;
		}
		return total / n;
	})()`)
	// Hover and click: real pointer events through CDP, timed from just
	// before the event is sent (the time includes one CDP round trip, about
	// a millisecond here) to the frame with the new read-out, or to the
	// table filled for the new pin.
	a := eval[struct{ Left, Top, X0, Y0, X1, Y1 float64 }](b, br, `(() => {
		const r = document.getElementById("view").getBoundingClientRect(), a = `+viewJS+`.plotArea();
		return {left: r.left, top: r.top, x0: a.x0, y0: a.y0, x1: a.x1, y1: a.y1};
	})()`)
	// pointer returns the next position, never the last one: a benchmark's
	// runs (b.N = 1, then 3, ...) must each move to a new node.
	moves := 0
	pointer := func(int) (x, y float64) {
		moves++
		k := moves
		fx := 0.2 + 0.6*float64(k%7)/6
		return a.Left + a.X0 + fx*(a.X1-a.X0), a.Top + a.Y0 + (0.4+0.1*float64(k%3))*(a.Y1-a.Y0)
	}
	// until waits in the page for cond (a JS expression) to hold.
	until := func(cond string) {
		eval[bool](b, br, `(async () => {
			for (let i = 0; i < 1000; i++) { if (`+cond+`) return true; await new Promise((r) => requestAnimationFrame(r)); }
			throw new Error("timed out waiting for the page");
		})()`)
	}
	// The same moves timed in the page: from the pointermove event's time
	// stamp (when the browser made the event) to the first frame drawn
	// after the read-out of the new node, without the CDP round trip.
	eval[bool](b, br, `(() => {
		const w = document.getElementById("view").contentWindow, g = w.gradplay, h = w.__hover = {t: 0, ro: false, sum: 0, n: 0};
		w.addEventListener("pointermove", (e) => { if (!h.t) h.t = e.timeStamp; }, true);
		g.on("readout", () => { if (h.t) h.ro = true; });
		g.onFrame(() => { if (h.t && h.ro) { h.sum += w.performance.now() - h.t; h.n++; h.t = 0; h.ro = false; } });
		return true;
	})()`)
	b.Run("browser_hover_to_frame", func(b *testing.B) {
		var total time.Duration
		for k := range b.N {
			x, y := pointer(k)
			// Armed before the move: resolved at the first frame after a
			// read-out of another hovered node (no work of the bench's in
			// the page's frames while it waits).
			eval[bool](b, br, `(() => {
				const g = `+viewJS+`, r0 = g.readout(), before = JSON.stringify(r0 && !r0.pinned && r0.index);
				window.__hovered = new Promise((done) => {
					let seen = false;
					const offR = g.on("readout", (r) => { if (r.hover && JSON.stringify(r.hover.index) !== before) seen = true; });
					const offF = g.onFrame(() => { if (seen) { offR(); offF(); done(true); } });
				});
				return true;
			})()`)
			t0 := time.Now()
			br.do(b, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, x, y))
			eval[bool](b, br, `window.__hovered`)
			total += time.Since(t0)
		}
		b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "ns/op")
	})
	b.Run("browser_hover_event_to_frame", func(b *testing.B) {
		ms := eval[float64](b, br, `(() => { const h = document.getElementById("view").contentWindow.__hover; return h.n ? h.sum / h.n : -1; })()`)
		if ms < 0 {
			b.Skip("no hover measured: run browser_hover_to_frame with it")
		}
		b.ReportMetric(ms*1e6, "ns/op")
	})
	b.Run("browser_pin_to_table", func(b *testing.B) {
		var total time.Duration
		for k := range b.N {
			x, y := pointer(k + 3)
			before := eval[string](b, br, `document.getElementById("point-where").textContent`)
			t0 := time.Now()
			br.do(b, 10*time.Second, chromedp.MouseClickXY(x, y))
			until(`(() => { const t = document.getElementById("point-table"); return !t.hidden && t.rows.length > 2 && document.getElementById("point-where").textContent !== ` + fmt.Sprintf("%q", before) + `; })()`)
			total += time.Since(t0)
		}
		b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "ns/op")
	})
}

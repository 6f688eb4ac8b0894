package e2e

import (
	"fmt"
	"testing"
)

// benchState is the figure the browser benchmarks draw: the plots
// package's example, sin(x)*exp(-y**2) on 101×101 nodes.
const benchState = `{expr: "sin(x)*exp(-y**2)", grid: {x: "-3:3:101j", y: "-2:2:101j"}, edgeOrder: 1}`

// BenchmarkFigure times the page's work inside Chromium's WebAssembly, with
// performance.now() in the page; each sub-benchmark reports the in-page
// time per operation as its ns/op:
//
//   - browser_render_full_640x480: the whole figure as an image (plots RGBA)
//   - browser_split_640x480: the image and the arrows' mesh, what the view renders
//     when the function, the grid or the options change
//   - browser_update_fast: only the fast layers (heatmap cells, arrow geometry)
//   - browser_evaluate_q_chi_delta: gradplay.evaluate of q*chi*delta on 21³ nodes
//   - browser_state_to_frame: gradplay.setState until the new frame is on screen
//
// and, first, the start (benchFirstPlot), what a person does on the
// playground (benchInteractions) and a grid at the point budget
// (benchLargeGrid).
func BenchmarkFigure(b *testing.B) {
	benchFirstPlot(b)
	benchInteractions(b)
	benchLargeGrid(b)
	br := newBrowser(b)
	br.open(b, "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:101j&grid.y=-2:2:101j")
	waitFrames(b, br, "window.gradplay", 0)
	inPage := func(name, js string) {
		b.Run(name, func(b *testing.B) {
			ms := eval[float64](b, br, fmt.Sprintf(js, b.N))
			b.ReportMetric(ms*1e6, "ns/op")
		})
	}
	for _, k := range []struct{ name, kind string }{
		{"browser_render_full_640x480", "render_full"},
		{"browser_split_640x480", "split"},
		{"browser_update_fast", "fast"},
	} {
		inPage(k.name, `gradplay.bench("`+k.kind+`", %d, `+benchState+`)`)
	}
	inPage("browser_evaluate_q_chi_delta", `(() => {
		const n = %d, grid = {q: "-2:2:21j", chi: "-2:2:21j", delta: "-2:2:21j"};
		const t0 = performance.now();
		for (let i = 0; i < n; i++) gradplay.evaluate("q*chi*delta", grid);
		return (performance.now() - t0) / n;
	})()`)
	inPage("browser_state_to_frame", `(async () => {
		const n = %d, base = `+benchState+`;
		let total = 0;
		for (let i = 0; i < n; i++) {
			const st = Object.assign({}, base, {density: 15 + (i %% 2)});
			const frame = new Promise((resolve) => { const off = gradplay.onFrame(() => { off(); resolve(); }); });
			const t0 = performance.now();
			gradplay.setState(st);
			await frame;
			total += performance.now() - t0;
		}
		return total / n;
	})()`)
}

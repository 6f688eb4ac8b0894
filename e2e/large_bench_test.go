package e2e

import (
	"fmt"
	"testing"
)

// benchLargeGrid times a grid at the point budget (256³ = 2^24 points,
// three variables) on view.html, built in pieces between progress events:
//
//   - browser_large_grid_to_frame: setState to the drawn frame
//   - browser_large_grid_longest_block: the longest the page's event loop
//     waited meanwhile (a 5 ms timer's longest gap): how long typing or
//     the slider could wait
func benchLargeGrid(b *testing.B) {
	br := newBrowserSize(b, 640, 480)
	br.open(b, "view.html#expr=x*y")
	waitFrames(b, br, "window.gradplay", 0)
	var block float64
	run := 0
	b.Run("browser_large_grid_to_frame", func(b *testing.B) {
		var total float64
		for range b.N {
			run++
			r := eval[struct{ MS, Gap float64 }](b, br, fmt.Sprintf(`(async () => {
				const g = window.gradplay, f0 = g.frames, t0 = performance.now();
				let last = t0, gap = 0, ticking = true;
				const tick = () => { const t = performance.now(); gap = Math.max(gap, t - last); last = t; if (ticking) setTimeout(tick, 5); };
				setTimeout(tick, 5);
				g.setState({ expr: "sin(q)*chi*delta + %d", grid: { q: "-1:1:256j", chi: "-1:1:256j", delta: "-1:1:256j" } });
				while (g.frames === f0) await new Promise((r) => setTimeout(r, 10));
				const ms = performance.now() - t0;
				ticking = false;
				g.setState({ expr: "x*y" }); // free the field before the next run
				while (g.frames === f0 + 1) await new Promise((r) => setTimeout(r, 10));
				return { ms, gap };
			})()`, run))
			total += r.MS
			block = max(block, r.Gap)
		}
		b.ReportMetric(total/float64(b.N)*1e6, "ns/op")
	})
	b.Run("browser_large_grid_longest_block", func(b *testing.B) {
		b.ReportMetric(block*1e6, "ns/op")
	})
}

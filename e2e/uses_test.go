package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUses pins the node (0.5, 0.3) of exp(-x²-y²) on the playground,
// opens "What the gradient is for", asks for the ascent path through the
// button and sees it stop at "critical" near the maximum (the API's path
// from the same start agrees), and checks that ∇f·u at 30° in the panel is
// gradplay.directional's. Screenshots: /tmp/gradplay-uses*.png.
func TestUses(t *testing.T) {
	b := newBrowserSize(t, 1280, 1000)
	b.open(t, "index.html#expr=exp(-x**2-y**2)&grid.x=-2:2:41j&grid.y=-2:2:41j")
	n := waitFrames(t, b, viewJS, 0)

	// Click the node x = 0.5 (i = 25), y = 0.3 (j = 23).
	type area struct{ X0, Y0, X1, Y1, Xmin, Xmax, Ymin, Ymax, Left, Top float64 }
	a := eval[area](t, b, `(() => { const r = document.getElementById("view").getBoundingClientRect();
		return Object.assign({left: r.left, top: r.top}, `+viewJS+`.plotArea()); })()`)
	px := a.Left + a.X0 + (0.5-a.Xmin)/(a.Xmax-a.Xmin)*(a.X1-a.X0)
	py := a.Top + a.Y1 - (0.3-a.Ymin)/(a.Ymax-a.Ymin)*(a.Y1-a.Y0)
	b.do(t, 30*time.Second, chromedp.MouseClickXY(px, py))
	n = waitFrames(t, b, viewJS, n)
	if st := eval[map[string]any](t, b, viewJS+`.getState()`); fmt.Sprint(st["pin"]) != "[25 23]" {
		t.Fatalf("the click pinned %v, want [25 23]", st["pin"])
	}
	waitFor(t, b, `String(!document.getElementById("uses").hidden)`, "true")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("uses").open = true`))
	waitFor(t, b, `document.getElementById("uses-lap-out").textContent`, "numpy.gradient twice")

	// The ascent path, through the button.
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("uses-ascent").click()`))
	text := waitFor(t, b, `document.getElementById("uses-path").textContent`, "critical point")
	if !strings.Contains(text, "The ascent path on numpy.gradient's gradient (solid line) stopped after") ||
		!strings.Contains(text, "The ascent path on the exact gradient (dashed line) stopped after") {
		t.Errorf("the path's text: %q", text)
	}
	type pathResult struct {
		Points      []map[string]float64
		ExactPoints []map[string]float64
		Stop        string
		ExactStop   string
	}
	p := eval[pathResult](t, b, viewJS+`.path("exp(-x**2-y**2)", {x: "-2:2:41j", y: "-2:2:41j"}, {x: 0.5, y: 0.3})`)
	end := p.Points[len(p.Points)-1]
	if p.Stop != "critical" || p.ExactStop != "critical" || math.Hypot(end["x"], end["y"]) > 1e-3 {
		t.Errorf("gradplay.path from the pin: stop %q (exact %q), end %v", p.Stop, p.ExactStop, end)
	}
	if want := fmt.Sprintf("x = %.4g, y = %.4g", end["x"], end["y"]); !strings.Contains(text, want) {
		t.Errorf("the page's path ends elsewhere than gradplay.path's (%s): %q", want, text)
	}
	// The path is drawn: the plot shows the grid path's colour.
	waitFrames(t, b, viewJS, n)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("view").scrollIntoView()`))
	b.screenshot(t, "uses-path")

	// ∇f·u at 30°: the panel's numpy.gradient value is gradplay.directional's.
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => { const r = document.getElementById("uses-angle");
		r.value = "30"; r.dispatchEvent(new Event("input")); })()`))
	waitFor(t, b, `document.getElementById("uses-dir").textContent`, "cos 30°")
	got := eval[[]string](t, b, `[...document.querySelectorAll("#uses-dir-out tr")].slice(1, 3).map(r => r.children[1].textContent)`)
	want := eval[[]string](t, b, `(() => { const d = `+viewJS+`.directional("exp(-x**2-y**2)", {x: "-2:2:41j", y: "-2:2:41j"},
		{x: 0.5, y: 0.3}, {x: Math.cos(Math.PI / 6), y: Math.sin(Math.PI / 6)});
		return [d.value, d.exact].map(x => String(+x.toPrecision(7))); })()`)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("∇f·u at 30° on the page %v, gradplay.directional %v", got, want)
	}
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("uses").scrollIntoView()`))
	b.screenshot(t, "uses-panel")

	// The descent runs to the edge; the drawn path follows it.
	n = eval[int](t, b, viewJS+`.frames`)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("uses-descent").click()`))
	waitFor(t, b, `document.getElementById("uses-path").textContent`, "edge of the grid")
	waitFrames(t, b, viewJS, n)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("view").scrollIntoView()`))
	b.screenshot(t, "uses-descent")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

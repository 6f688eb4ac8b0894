package e2e

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image/png"
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
// gradplay.directional's; the descent runs to the edge; the exported PNG
// carries the path until Clear. Screenshots: /tmp/gradplay-uses*.png.
func TestUses(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
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

	// The export carries the paths: numpy's path is drawn in its magenta;
	// Clear takes it away.
	if m := exportMagenta(t, b); m < 100 {
		t.Errorf("the exported PNG has %d pixels of the path's magenta: no path", m)
	}
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("uses-clear").click()`))
	if m := exportMagenta(t, b); m > 10 {
		t.Errorf("the exported PNG has %d pixels of the path's magenta after Clear", m)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// exportMagenta counts the pixels of numpy's path colour (plots.GridPathStyle,
// antialiased) in the view's exported PNG.
func exportMagenta(t *testing.T, b *browser) int {
	t.Helper()
	enc := eval[string](t, b, `(() => { const u = `+viewJS+`.exportImage("png", 640, 480, 1); let s = "";
		for (const c of u) s += String.fromCharCode(c); return btoa(s); })()`)
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 > 180 && g>>8 < 70 && bl>>8 > 60 && bl>>8 < 140 {
				n++
			}
		}
	}
	t.Logf("exported PNG: %d magenta pixels", n)
	return n
}

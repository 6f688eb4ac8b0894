package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// darkMode is an action that emulates prefers-color-scheme: dark.
func darkMode(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
	_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	return chromedp.Void{}, err
}

// TestLooks renders the page in its main variants and saves screenshots
// to look at (/tmp/gradplay-*.png): dark theme with the help panel open, a
// narrow screen, a function of one variable. It checks what can be
// checked: the help panel lists the builtins, the controls stack on a
// narrow screen, and nothing logs an error.
func TestLooks(t *testing.T) {
	b := newBrowser(t)
	b.do(t, 10*time.Second, darkMode)
	b.open(t, "index.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:41j&grid.y=-2:2:31j")
	waitFrames(t, b, viewJS, 0)
	rows := eval[int](t, b, `(() => { document.getElementById("help").open = true; return document.querySelectorAll("#help tbody tr").length; })()`)
	builtins := eval[int](t, b, `gradplay.builtins().length`)
	if rows < 10 || rows != builtins {
		t.Errorf("the help panel lists %d functions, the builtin table %d", rows, builtins)
	}
	bg := eval[string](t, b, `getComputedStyle(document.body).backgroundColor`)
	if bg != "rgb(16, 19, 24)" {
		t.Errorf("dark theme background %s", bg)
	}
	b.screenshot(t, "dark")
	// Exports: PNG (at twice the size) and SVG of the figure shown.
	exp := eval[[]string](t, b, `(() => {
		const png = gradplay.exportImage("png", 640, 480), svg = gradplay.exportImage("svg", 640, 480);
		return [png instanceof Uint8Array ? String.fromCharCode(...png.slice(1, 4)) : "not bytes",
			String(png.length > 10000), new TextDecoder().decode(svg.slice(0, 200))];
	})()`)
	if exp[0] != "PNG" || exp[1] != "true" || !strings.Contains(exp[2], "<svg") {
		t.Errorf("exports: %q", exp)
	}
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`scrollTo(0, document.body.scrollHeight)`))
	b.screenshot(t, "dark-help")

	n := b.newTab(t, 420, 900)
	n.open(t, "index.html#expr=x**2&grid.x=-2:2:11j")
	waitFrames(t, n, viewJS, 0)
	stacked := eval[bool](t, n, `document.getElementById("controls").getBoundingClientRect().bottom <= document.getElementById("view").getBoundingClientRect().top`)
	if !stacked {
		t.Error("on a narrow screen the controls are not above the plot")
	}
	// Keyboard: the arrow keys pin and move a point, also on a line plot.
	n.do(t, 10*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("view").contentDocument.querySelector("canvas").focus()`),
		chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight), chromedp.Sleep(300*time.Millisecond))
	if r := eval[readout](t, n, viewJS+`.readout()`); r.Index["x"] != 6 || !r.Pinned || r.Exact["x"] != 2*r.Point["x"] {
		t.Errorf("after two right arrows the read-out is %+v, want x index 6 pinned", r)
	}
	n.screenshot(t, "narrow")
	n.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("view").scrollIntoView()`))
	n.screenshot(t, "narrow-plot")
	for _, br := range []*browser{b, n} {
		if errs := br.consoleErrors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	}
}

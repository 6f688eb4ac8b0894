package e2e

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/gradplay/gradplay/internal/cases"
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
	t.Parallel() // depends on no timing (see doc.go)
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

// lineArea is gradplay.plotArea() of a line plot, in CSS pixels of the
// view, with the view's offset in the playground (left, top): the upper
// panel maps x and f, Deriv the lower one (x and df/dx).
type lineArea struct {
	X0, Y0, X1, Y1, Xmin, Xmax, Ymin, Ymax float64
	Deriv                                  *lineArea
	Left, Top                              float64
}

// at returns the page pixel of data point (x, y) in the panel a, offset by
// the view's position (left, top).
func (a *lineArea) at(left, top, x, y float64) (px, py float64) {
	return left + a.X0 + (x-a.Xmin)/(a.Xmax-a.Xmin)*(a.X1-a.X0), top + a.Y1 - (y-a.Ymin)/(a.Ymax-a.Ymin)*(a.Y1-a.Y0)
}

// TestLineHover hovers over the nodes of a line plot (f = x**2 on a
// non-uniform grid) on the curve of f and on the derivative's points,
// checks the read-out against numpy, clicks to pin a node, and reloads the
// link with the pin. Screenshots: /tmp/gradplay-line-hover.png and
// /tmp/gradplay-line-pinned.png.
func TestLineHover(t *testing.T) {
	// The grid derivative, from /usr/bin/python3 with numpy 1.24.2:
	//   np.gradient([0, 1, 2.25, 12.25, 16, 36], [0, 1, 1.5, 3.5, 4, 6])
	//   → [1.0, 2.0, 3.0, 7.0, 7.999999999999998, 10.0]
	// (edge_order=1, the page's default). The exact derivative is 2x.
	xs := []float64{0, 1, 1.5, 3.5, 4, 6}
	grad := []float64{1, 2, 3, 7, 7.999999999999998, 10}
	b := newBrowser(t)
	b.open(t, "index.html#expr=x**2&grid.x="+url.PathEscape("[0, 1, 1.5, 3.5, 4, 6]"))
	waitFrames(t, b, viewJS, 0)
	a := eval[lineArea](t, b, `(async () => {
		for (let i = 0; i < 600; i++) {
			const a = `+viewJS+`.plotArea();
			if (a && a.deriv) {
				const r = document.getElementById("view").getBoundingClientRect();
				return Object.assign({left: r.left, top: r.top}, a);
			}
			await new Promise(r => setTimeout(r, 50));
		}
		throw new Error("no plot area for the line plot within 30 s");
	})()`)
	if a.Deriv == nil || !(a.Y1 < a.Deriv.Y0) || a.Xmin > 0 || a.Xmax < 6 || a.Ymin > 0 || a.Ymax < 36 {
		t.Fatalf("plot area of the line plot: %+v (deriv %+v)", a, a.Deriv)
	}
	// readoutAt waits for the view's read-out to be at node i.
	readoutAt := func(i int, pinned bool) readout {
		t.Helper()
		return eval[readout](t, b, fmt.Sprintf(`(async () => {
			for (let k = 0; k < 200; k++) {
				const r = %s.readout();
				if (r && r.index.x === %d && r.pinned === %v) return r;
				await new Promise(r => setTimeout(r, 50));
			}
			throw new Error("the read-out is " + JSON.stringify(%[1]s.readout()) + ", want node %[2]d (pinned %[3]v)");
		})()`, viewJS, i, pinned))
	}
	strip := func() string {
		// The strip shows compact numbers; each carries its exact value as
		// its title (and as screen-reader text): read the exact ones.
		return eval[string](t, b, `(() => {
			const r = document.getElementById("view").contentDocument.getElementById("readout").cloneNode(true);
			for (const s of r.querySelectorAll(".sr-only")) s.remove();
			for (const s of r.querySelectorAll("[title]")) s.textContent = s.title;
			return r.textContent; })()`)
	}
	check := func(what string, i int, r readout) {
		t.Helper()
		x := xs[i]
		if r.Point["x"] != x || !cases.Same(r.F, x*x) || !cases.Same(r.Grad["x"], grad[i]) || !cases.Same(r.Exact["x"], 2*x) {
			t.Errorf("%s node %d: read-out x %v, f %v, ∂f/∂x %v (numpy %v), exact %v (2x = %v)",
				what, i, r.Point["x"], r.F, r.Grad["x"], grad[i], r.Exact["x"], 2*x)
		}
		want := "∂f/∂x = " + strconv.FormatFloat(grad[i], 'g', -1, 64)
		if s := strip(); !strings.Contains(s, want) || !strings.Contains(s, "exact: "+strconv.FormatFloat(2*x, 'g', -1, 64)) {
			t.Errorf("%s node %d: the read-out strip %q lacks %q or the exact value", what, i, s, want)
		}
	}
	// Hover on the curve of f, then on the derivative's points (the edges
	// are one-sided; node 4 is numpy's rounded 7.999999999999998).
	for _, i := range []int{3, 4, 0} {
		px, py := a.at(a.Left, a.Top, xs[i], xs[i]*xs[i])
		b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, px, py))
		check("hover on f", i, readoutAt(i, false))
	}
	b.screenshot(t, "line-hover-edge")
	if l := eval[string](t, b, `document.getElementById("view").contentDocument.querySelector("canvas").getAttribute("aria-label")`); !strings.HasPrefix(l, "Line plot of f = x**2 and of its derivative") {
		t.Errorf("the line plot's canvas is named %q", l)
	}
	for _, i := range []int{5, 1, 3} {
		px, py := a.Deriv.at(a.Left, a.Top, xs[i], grad[i])
		b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, px, py))
		check("hover on df/dx", i, readoutAt(i, false))
	}
	b.screenshot(t, "line-hover")

	// Click node 2 (x = 1.5) on the curve of f, then move off the plot
	// (over the title): the read-out shows the pin.
	px, py := a.at(a.Left, a.Top, xs[2], xs[2]*xs[2])
	b.do(t, 10*time.Second, chromedp.MouseClickXY(px, py))
	readoutAt(2, false)
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, a.Left+(a.X0+a.X1)/2, a.Top+a.Y0/2))
	check("pinned", 2, readoutAt(2, true))
	if s := strip(); !strings.Contains(s, "pinned") {
		t.Errorf("the read-out strip %q does not say pinned", s)
	}
	if st := eval[map[string]any](t, b, viewJS+`.getState()`); fmt.Sprint(st["pin"]) != "[2 0]" {
		t.Errorf("the click pinned %v, want [2 0]", st["pin"])
	}
	b.screenshot(t, "line-pinned")

	// The keys move the pin along x; a reload restores it from the URL.
	b.do(t, 10*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("view").contentDocument.querySelector("canvas").focus()`),
		chromedp.KeyEvent(kb.ArrowRight))
	check("pinned after →", 3, readoutAt(3, true))
	hash := waitHash(t, b, "pin=3,0")
	if !strings.Contains(hash, "pin=3,0") {
		t.Errorf("the pin is not in the URL %s", hash)
	}
	b.do(t, 60*time.Second, chromedp.Reload())
	b.open(t, "index.html"+hash)
	waitFrames(t, b, viewJS, 0)
	check("pinned after a reload", 3, readoutAt(3, true))
	// Clicking the pinned node again unpins it.
	a2 := eval[lineArea](t, b, `(() => { const r = document.getElementById("view").getBoundingClientRect();
		return Object.assign({left: r.left, top: r.top}, `+viewJS+`.plotArea()); })()`)
	px, py = a2.Deriv.at(a2.Left, a2.Top, xs[3], grad[3])
	b.do(t, 10*time.Second, chromedp.MouseClickXY(px, py))
	readoutAt(3, false)
	if st := eval[map[string]any](t, b, viewJS+`.getState()`); st["pin"] != nil {
		t.Errorf("clicking the pinned node left the pin %v", st["pin"])
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

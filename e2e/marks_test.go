package e2e

import (
	"encoding/json"
	"fmt"
	"image"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// markView is one of gradplay.marks() (api.MarkView), CSS pixels.
type markView struct {
	Kind   string
	Bars   [][4]float64
	Rings  [][2]float64
	Radius float64
	Width  float64
	Dot    float64
}

// TestMarks hovers and pins nodes of a view and checks the marks the page
// draws over the canvas against the ones Go resolved (gradplay.marks()),
// at one and two device pixels per CSS pixel: the elements are where Go
// puts them, and the pixels of a screenshot show them (the crosshair
// darkens the figure along its bars, the pin's ring is crimson); a hover
// draws no frame of the canvas; under a mistake the figure and its marks
// stay, dimmed, and the next state's frame brings its own. Screenshots:
// /tmp/gradplay-marks-dpr1.png, /tmp/gradplay-marks-dpr2.png.
func TestMarks(t *testing.T) {
	for _, dpr := range []float64{1, 2} {
		t.Run(fmt.Sprint("dpr", dpr), func(t *testing.T) { testMarks(t, dpr) })
	}
}

// countingView returns a 480×360 tab at dpr device pixels per CSS pixel
// that counts the WebGL draw calls in window.__draws (ebiten binds the
// context's functions when it makes the context: they are patched before),
// and runs script too at the start of every document.
func countingView(t *testing.T, dpr float64, script string) *browser {
	b := newBrowserSize(t, 480, 360)
	b.do(t, 10*time.Second, chromedp.EmulateViewport(480, 360, chromedp.EmulateScale(dpr)))
	b.addScript(t, `window.__draws = 0;
		for (const f of ["drawElements", "drawArrays"]) {
			const raw = WebGL2RenderingContext.prototype[f];
			WebGL2RenderingContext.prototype[f] = function (...a) { window.__draws++; return raw.apply(this, a); };
		}
		`+script)
	return b
}

func testMarks(t *testing.T, dpr float64) {
	b := countingView(t, dpr, "")
	b.open(t, "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:21j&grid.y=-2:2:15j")
	waitFrames(t, b, "window.gradplay", 0)
	// The first frame is the preview's (2-D); ebiten's WebGL frame follows.
	waitFor(t, b, `String(window.__draws > 0 && document.getElementById("preview") === null)`, "true")
	// The strip's height settles with the first read-out: hover once and
	// leave the plot, then look and count.
	a := eval[map[string]float64](t, b, `window.gradplay.plotArea()`)
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, a["x0"]+5, a["y0"]+5))
	waitMarks(t, b, "hover", "neighbours")
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, 2, 2), sleep(300*time.Millisecond))
	waitMarks(t, b)
	a = eval[map[string]float64](t, b, `window.gradplay.plotArea()`)
	name := fmt.Sprintf("marks-dpr%v", dpr)
	before := shot(t, b, name+"-before")
	eval[bool](t, b, `(window.__draws = 0, true)`)
	// Count the read-outs from a press to its pin (one: the pin's has the
	// hover's), and the alt text's mutations (none for hovers and pins).
	eval[bool](t, b, `(() => {
		const c = window.__counts = {pressReadouts: 0, pins: 0, alt: 0};
		let pressed = false;
		document.addEventListener("pointerdown", () => { pressed = true; }, true);
		gradplay.on("readout", () => { if (pressed) c.pressReadouts++; });
		gradplay.on("pin", () => { pressed = false; c.pins++; });
		new MutationObserver((ms) => { c.alt += ms.length; }).observe(document.getElementById("alt"), {childList: true, characterData: true, subtree: true});
		return true;
	})()`)

	// Pin a node at the left, then hover one at the right.
	px, py := a["x0"]+0.25*(a["x1"]-a["x0"]), a["y0"]+0.7*(a["y1"]-a["y0"])
	b.do(t, 10*time.Second, chromedp.MouseClickXY(px, py))
	hx, hy := a["x0"]+0.7*(a["x1"]-a["x0"]), a["y0"]+0.3*(a["y1"]-a["y0"])
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, hx, hy))
	marks := waitMarks(t, b, "hover", "pin", "neighbours")
	b.do(t, 10*time.Second, sleep(300*time.Millisecond))
	after := shot(t, b, name)
	if n := eval[int](t, b, `window.__draws`); n != 0 {
		t.Errorf("the pin and the hover made %d WebGL draw calls, want none (the page draws the marks)", n)
	}
	if c := eval[map[string]int](t, b, `window.__counts`); c["pressReadouts"] != 1 || c["pins"] != 1 || c["alt"] != 0 {
		t.Errorf("a press, then a hover: %d read-outs from the press to its pin (want 1), %d pins, %d mutations of the alt text (want none)",
			c["pressReadouts"], c["pins"], c["alt"])
	}

	// The pixels: along the hover's horizontal bar, away from the rings,
	// the crosshair darkens the figure; the pin's ring is crimson.
	hover, pin := marks[0], marks[1]
	if hover.Kind != "hover" || pin.Kind != "pin" || len(hover.Bars) != 2 || len(pin.Rings) != 1 {
		t.Fatalf("marks %+v", marks)
	}
	bar := hover.Bars[0]
	if bar[3] != 1 {
		t.Fatalf("the crosshair's horizontal bar %v is not one CSS pixel high", bar)
	}
	darker, n := 0, 0
	for x := bar[0] + 4; x < bar[0]+bar[2]-4; x += 7 {
		if math.Abs(x-hover.Rings[0][0]) < 12 {
			continue
		}
		n++
		px, py := int(x*dpr), int((bar[1]+0.5)*dpr)
		if luminance(after, px, py) < 0.5*luminance(before, px, py) { // relative luminance: linear light
			darker++
		}
	}
	if n < 10 || darker < n*9/10 {
		t.Errorf("%s: %d of %d pixels along the crosshair's bar at y = %v are darker than before the hover", name, darker, n, bar[1])
	}
	c := pin.Rings[0]
	if r, g, bl := rgb(after, dpr, c[0]+pin.Radius, c[1]); r < 170 || g > 110 || bl > 140 {
		t.Errorf("%s: the pin's ring at (%v, %v) is rgb(%d, %d, %d), want crimson", name, c[0]+pin.Radius, c[1], r, g, bl)
	}

	// A mistake: the figure and its marks stay, dimmed (the read-out is
	// the last figure's). The next state, on another grid, brings its
	// frame and the marks of the node now under the pointer.
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`try { gradplay.setState({...gradplay.getState(), expr: "sin(x"}) } catch {}`))
	waitFor(t, b, `document.body.dataset.stale === undefined ? "" : getComputedStyle(document.getElementById("marks")).opacity`, "0.3")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`gradplay.setState({...gradplay.getState(), expr: "cos(x)*exp(-y**2)", grid: {x: "-3:3:31j", y: "-2:2:9j"}})`))
	waitFor(t, b, `String(window.__draws > 0 && document.body.dataset.stale === undefined)`, "true")
	again := waitMarks(t, b, "hover", "pin", "neighbours")
	// The canvas's name and its alt text are Go's, written for a new figure
	// (not for a hover's frames).
	waitFor(t, b, `document.getElementById("alt").textContent`, "cos(x)*exp(-y**2)")
	waitFor(t, b, `document.querySelector("canvas").getAttribute("aria-label")`,
		"Heatmap and contours of f = cos(x)*exp(-y**2) with arrows of its gradient. The arrow keys pin a grid node")
	if again[0].Rings[0] == hover.Rings[0] {
		t.Errorf("the hover's ring stayed at %v on a grid of other nodes", hover.Rings[0])
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// waitMarks waits until gradplay.marks() holds marks of the given kinds,
// in order, and the page shows them: an element at each of their bars and
// a ring centred on each of their centres (and no more).
func waitMarks(t *testing.T, b *browser, kinds ...string) []markView {
	t.Helper()
	raw, _ := json.Marshal(append([]string{}, kinds...))
	want := strconv.Quote(string(raw))
	return eval[[]markView](t, b, `(async () => {
		const key = (vs) => vs.map((v) => Math.round(v * 100) / 100).join(" ");
		const shown = () => ({
			bars: [...document.querySelectorAll("#marks > div:not([hidden])")].map((e) => {
				const r = e.getBoundingClientRect();
				return key([r.x, r.y, r.width, r.height]);
			}),
			rings: [...document.querySelectorAll("#marks > svg:not([hidden])")].map((e) => {
				const r = e.getBoundingClientRect(), c = e.querySelector("circle");
				return key([r.x + c.cx.baseVal.value, r.y + c.cy.baseVal.value]);
			}),
		});
		for (let i = 0; i < 200; i++) {
			const m = gradplay.marks(), s = shown();
			const bars = m.flatMap((x) => x.bars.map(key)), rings = m.flatMap((x) => x.rings.map(key));
			if (JSON.stringify(m.map((x) => x.kind)) === `+want+` && JSON.stringify(bars.sort()) === JSON.stringify(s.bars.sort()) &&
				JSON.stringify(rings.sort()) === JSON.stringify(s.rings.sort())) return m;
			await new Promise((r) => setTimeout(r, 20));
		}
		throw new Error("marks " + JSON.stringify(gradplay.marks()) + ", shown " + JSON.stringify(shown()) + ", want " + `+want+`);
	})()`)
}

// rgb is the 8-bit colour of the pixel at (x, y) CSS pixels of a
// screenshot at dpr device pixels per CSS pixel.
func rgb(img image.Image, dpr, x, y float64) (r, g, b int) {
	cr, cg, cb, _ := img.At(int(x*dpr), int(y*dpr)).RGBA()
	return int(cr >> 8), int(cg >> 8), int(cb >> 8)
}

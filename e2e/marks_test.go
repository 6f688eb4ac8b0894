package e2e

import (
	"bytes"
	"encoding/json"
	"image"
	"image/png"
	"math"
	"os"
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
// draws over the canvas against the ones Go resolved (gradplay.marks()):
// the elements are where Go puts them, and the pixels of a screenshot
// show them (the crosshair darkens the figure along its bars, the pin's
// ring is crimson); a hover draws no frame of the canvas; under a mistake
// the figure and its marks stay, dimmed, and the next state's frame
// brings its own. Screenshot:
// /tmp/gradplay-marks.png.
func TestMarks(t *testing.T) {
	b := newViewport(t, 480, 360)
	// Count the WebGL draw calls (ebiten binds the context's functions when
	// it makes the context: patch them before).
	b.addScript(t, `window.__draws = 0;
		for (const f of ["drawElements", "drawArrays"]) {
			const raw = WebGL2RenderingContext.prototype[f];
			WebGL2RenderingContext.prototype[f] = function (...a) { window.__draws++; return raw.apply(this, a); };
		}`)
	b.open(t, "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:21j&grid.y=-2:2:15j")
	waitFrames(t, b, "window.gradplay", 0)
	if eval[int](t, b, `window.__draws`) == 0 {
		t.Fatal("no WebGL draw call counted for the first frame")
	}
	// The strip's height settles with the first read-out: hover once and
	// leave the plot, then look and count.
	a := eval[map[string]float64](t, b, `window.gradplay.plotArea()`)
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, a["x0"]+5, a["y0"]+5))
	waitMarks(t, b, "hover", "neighbours")
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, 2, 2), sleep(300*time.Millisecond))
	waitMarks(t, b)
	a = eval[map[string]float64](t, b, `window.gradplay.plotArea()`)
	before := decodeShot(t, b.screenshot(t, "marks-before"))
	eval[bool](t, b, `(window.__draws = 0, true)`)

	// Pin a node at the left, then hover one at the right.
	px, py := a["x0"]+0.25*(a["x1"]-a["x0"]), a["y0"]+0.7*(a["y1"]-a["y0"])
	b.do(t, 10*time.Second, chromedp.MouseClickXY(px, py))
	hx, hy := a["x0"]+0.7*(a["x1"]-a["x0"]), a["y0"]+0.3*(a["y1"]-a["y0"])
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, hx, hy))
	marks := waitMarks(t, b, "hover", "pin", "neighbours")
	shot := b.screenshot(t, "marks")
	after := decodeShot(t, shot)

	// The elements: one per bar and ring (waitMarks waited for them to be
	// at Go's boxes).
	rings := 0
	for _, m := range marks {
		rings += len(m.Rings)
	}
	if n := eval[int](t, b, `document.querySelectorAll("#marks > svg:not([visibility=hidden])").length`); n != rings {
		t.Errorf("%d rings shown, want %d", n, rings)
	}

	// The pixels: along the hover's horizontal bar, away from the rings,
	// the crosshair darkens the figure; the pin's ring is crimson.
	hover, pin := marks[0], marks[1]
	if hover.Kind != "hover" || pin.Kind != "pin" || len(hover.Bars) != 2 || len(pin.Rings) != 1 {
		t.Fatalf("marks %+v", marks)
	}
	bar := hover.Bars[0]
	if bar[3] != 1 {
		t.Fatalf("the crosshair's horizontal bar %v is not one pixel high", bar)
	}
	darker, n := 0, 0
	for x := bar[0] + 4; x < bar[0]+bar[2]-4; x += 7 {
		if math.Abs(x-hover.Rings[0][0]) < 12 {
			continue
		}
		n++
		if luma(after, x, bar[1]) < 0.7*luma(before, x, bar[1]) {
			darker++
		}
	}
	if n < 10 || darker < n*9/10 {
		t.Errorf("%s: %d of %d pixels along the crosshair's bar at y = %v are darker than before the hover", shot, darker, n, bar[1])
	}
	c := pin.Rings[0]
	if r, g, bl := rgb(after, c[0]+pin.Radius, c[1]); r < 170 || g > 110 || bl > 140 {
		t.Errorf("%s: the pin's ring at (%v, %v) is rgb(%d, %d, %d), want crimson", shot, c[0]+pin.Radius, c[1], r, g, bl)
	}
	if n := eval[int](t, b, `window.__draws`); n != 0 {
		t.Errorf("the pin and the hover made %d WebGL draw calls, want none (the page draws the marks)", n)
	}

	// A mistake: the figure and its marks stay, dimmed (the read-out is
	// the last figure's); the next state's frame brings its own marks.
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`try { gradplay.setState({...gradplay.getState(), expr: "sin(x"}) } catch {}`))
	waitFor(t, b, `document.body.dataset.stale === undefined ? "" : getComputedStyle(document.getElementById("marks")).opacity`, "0.3")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`gradplay.setState({...gradplay.getState(), expr: "cos(x)*exp(-y**2)"})`))
	waitFor(t, b, `String(window.__draws > 0 && document.body.dataset.stale === undefined)`, "true")
	waitMarks(t, b, "hover", "pin", "neighbours")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// waitMarks waits until gradplay.marks() holds marks of the given kinds,
// in order, and the page shows them: an element at each of their bars.
func waitMarks(t *testing.T, b *browser, kinds ...string) []markView {
	t.Helper()
	raw, _ := json.Marshal(append([]string{}, kinds...))
	want := strconv.Quote(string(raw))
	return eval[[]markView](t, b, `(async () => {
		const shown = () => [...document.querySelectorAll("#marks > div:not([hidden])")].map((e) => {
			const r = e.getBoundingClientRect();
			return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(" ");
		});
		for (let i = 0; i < 200; i++) {
			const m = gradplay.marks(), bars = shown();
			if (JSON.stringify(m.map((x) => x.kind)) === `+want+` &&
				m.every((x) => (x.bars || []).every((b) => bars.includes(b.join(" "))))) return m;
			await new Promise((r) => setTimeout(r, 20));
		}
		throw new Error("marks " + JSON.stringify(gradplay.marks()) + ", bars shown " + JSON.stringify(shown()) + ", want " + `+want+`);
	})()`)
}

// decodeShot reads a screenshot.
func decodeShot(t *testing.T, path string) image.Image {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// rgb is the 8-bit colour of the pixel at (x, y) CSS pixels (the
// screenshots are at one device pixel per CSS pixel).
func rgb(img image.Image, x, y float64) (r, g, b int) {
	cr, cg, cb, _ := img.At(int(x), int(y)).RGBA()
	return int(cr >> 8), int(cg >> 8), int(cb >> 8)
}

// luma is the pixel's luminance, 0 to 1.
func luma(img image.Image, x, y float64) float64 {
	r, g, b := rgb(img, x, y)
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 255
}

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// compareJS is a function (state, w, h, scale) run in the view: it sets
// the state, waits for its frame, exports the figure as PNG (at scale) and
// SVG (w×h), decodes both as <img> (the SVG rasterized by Chromium at the
// PNG's pixel size) and compares their pixels inside the interior of the
// heatmap (the plot area) and of the colour bar, from gradplay.layout. A
// pixel of the SVG matches if some PNG pixel at most one pixel away has
// every channel within tol: cell boundaries may round to the neighbouring
// pixel. It resolves with the counts of pixels compared and mismatched per
// region, the largest channel difference, and the SVG's <image> tags.
const compareJS = `async (state, w, h, scale) => {
	const g = window.gradplay;
	const n = g.frames;
	g.setState(state);
	for (let i = 0; i < 600 && g.frames <= n; i++) await new Promise(r => setTimeout(r, 20));
	const png = g.exportImage("png", w, h, scale), svg = g.exportImage("svg", w, h);
	const lb = g.layout(w, h, scale);
	const W = Math.round(w * scale), H = Math.round(h * scale);
	const pixels = async (bytes, type) => {
		const url = URL.createObjectURL(new Blob([bytes], { type }));
		const img = new Image();
		img.src = url;
		await img.decode();
		const c = document.createElement("canvas");
		c.width = W; c.height = H;
		const ctx = c.getContext("2d");
		ctx.imageSmoothingEnabled = false;
		ctx.drawImage(img, 0, 0, W, H);
		URL.revokeObjectURL(url);
		return ctx.getImageData(0, 0, W, H).data;
	};
	const a = await pixels(svg, "image/svg+xml"), b = await pixels(png, "image/png");
	const tol = 8;
	const diff = (i, j) => Math.max(Math.abs(a[i] - b[j]), Math.abs(a[i+1] - b[j+1]), Math.abs(a[i+2] - b[j+2]));
	const region = (box, inset) => {
		const x0 = Math.ceil((box.x + inset) * scale), x1 = Math.floor((box.x + box.width - inset) * scale);
		const y0 = Math.ceil((box.y + inset) * scale), y1 = Math.floor((box.y + box.height - inset) * scale);
		let count = 0, bad = 0, exact = 0, worst = 0;
		for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
			const i = 4 * (y * W + x);
			let best = 255;
			for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) best = Math.min(best, diff(i, 4 * ((y + dy) * W + x + dx)));
			count++;
			if (diff(i, i) <= tol) exact++;
			if (best > tol) bad++;
			worst = Math.max(worst, best);
		}
		return { count, bad, exact, worst, rect: [x0, y0, x1, y1] };
	};
	const text = new TextDecoder().decode(svg);
	return { W, H, heat: region(lb.plot, 3), bar: region(lb.colorbar.bar, 2),
		images: text.match(/<image [^>]*?base64,/g) || [] };
}`

type region struct {
	Count, Bad, Exact int
	Worst             int
	Rect              [4]int
}

type comparison struct {
	W, H      int
	Heat, Bar region
	Images    []string
}

// TestExportSVGMatchesPNG renders the SVG export in Chromium and compares
// it with the PNG export of the same size: the heatmap and the colour bar
// must fill the same rectangles with the same colours (before the images
// kept their aspect ratio: the colour bar was a one-pixel line, the
// heatmap letterboxed). The other layers are hidden: arrows, contours and
// text are antialiased differently by the two renderers.
func TestExportSVGMatchesPNG(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html#expr=x*y")
	for _, tc := range []struct {
		name  string
		state string
		w, h  int
		scale float64
	}{
		{"uniform", `{expr: "sin(x)*exp(-y**2)", grid: {x: "-3:3:41j", y: "-2:2:31j"}, hide: ["contours", "arrows", "edges"]}`, 640, 480, 2},
		{"coarse-wide", `{expr: "x*y", grid: {x: "-2:2:5j", y: "-1:1:4j"}, hide: ["contours", "arrows", "edges"]}`, 900, 360, 1},
		{"nonuniform", `{expr: "x**2 - y", grid: {x: "[-2, -1.5, -1.2, 0, 0.1, 0.5, 1.4, 2]", y: "-1:1:9j"}, hide: ["contours", "arrows", "edges"]}`, 560, 420, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := eval[comparison](t, b, fmt.Sprintf("(%s)(%s, %d, %d, %g)", compareJS, tc.state, tc.w, tc.h, tc.scale))
			t.Logf("%d×%d: heatmap %+v, colour bar %+v", c.W, c.H, c.Heat, c.Bar)
			for _, r := range []struct {
				name string
				r    region
			}{{"heatmap", c.Heat}, {"colour bar", c.Bar}} {
				// Allow a few stray pixels (0.1%) where a cell boundary falls
				// exactly half way between two pixels.
				if r.r.Count < 100 || r.r.Bad > r.r.Count/1000 {
					t.Errorf("%s: %d of %d pixels of the SVG differ from the PNG (worst channel difference %d, %d exact); rectangle %v",
						r.name, r.r.Bad, r.r.Count, r.r.Worst, r.r.Exact, r.r.Rect)
				}
			}
			if len(c.Images) != 2 {
				t.Fatalf("the SVG has %d images, want the heatmap and the colour bar", len(c.Images))
			}
			for _, im := range c.Images {
				if !strings.Contains(im, `preserveAspectRatio="none"`) || !strings.Contains(im, "image-rendering:pixelated") ||
					!strings.Contains(im, "data:image/png;base64,") {
					t.Errorf("an SVG image: %s", im)
				}
			}
		})
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestExportLooks shows the default figure's SVG (left) beside its PNG
// (right) as Chromium draws them, for a person to look at:
// /tmp/gradplay-export-svg-png.png.
func TestExportLooks(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:41j&grid.y=-2:2:31j")
	waitFrames(t, b, "window.gradplay", 0)
	eval[bool](t, b, `(async () => {
		const g = window.gradplay;
		const url = (kind, type) => URL.createObjectURL(new Blob([g.exportImage(kind, 640, 480, 1)], { type }));
		const svg = new Image(640, 480), png = new Image(640, 480);
		svg.src = url("svg", "image/svg+xml");
		png.src = url("png", "image/png");
		await Promise.all([svg.decode(), png.decode()]);
		document.body.replaceChildren(svg, png);
		for (const el of [document.documentElement, document.body]) { el.style.margin = "0"; el.style.background = "#888"; }
		document.body.style.display = "flex";
		return true;
	})()`)
	b.do(t, 10*time.Second, chromedp.Sleep(200*time.Millisecond))
	b.screenshot(t, "export-svg-png")
}

// TestExportSaveMessage clicks Save PNG and Save SVG on the playground and
// reads the message: it states the file's real pixels, at 2× without a
// scale control and at the scale chosen in #png-scale when the page has
// one (added here as the page would have it).
func TestExportSaveMessage(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "index.html#expr=x*y")
	waitFrames(t, b, viewJS, 0)
	msgs := eval[[]string](t, b, `(async () => {
		const $ = (id) => document.getElementById(id);
		for (let i = 0; i < 200 && $("png").disabled; i++) await new Promise(r => setTimeout(r, 50));
		const out = [];
		$("png").click(); out.push($("action-msg").textContent);
		$("svg").click(); out.push($("action-msg").textContent);
		const sel = document.createElement("select");
		sel.id = "png-scale";
		for (const v of ["1", "2", "3"]) sel.append(new Option(v + "×", v));
		sel.value = "3";
		$("png").after(sel);
		$("png").click(); out.push($("action-msg").textContent);
		const r = $("view").getBoundingClientRect();
		out.push(Math.round(r.width) + "×" + Math.round(r.height - 50));
		return out;
	})()`)
	size := msgs[3]
	var w, h int
	fmt.Sscanf(strings.Replace(size, "×", " ", 1), "%d %d", &w, &h)
	for i, want := range []string{
		fmt.Sprintf("Saved gradplay.png (%d×%d pixels, 2× of %s).", 2*w, 2*h, size),
		fmt.Sprintf("Saved gradplay.svg (vector, %s).", size),
		fmt.Sprintf("Saved gradplay.png (%d×%d pixels, 3× of %s).", 3*w, 3*h, size),
	} {
		if msgs[i] != want {
			t.Errorf("message %d: %q, want %q", i, msgs[i], want)
		}
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

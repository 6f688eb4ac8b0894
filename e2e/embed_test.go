package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// printMedia is an action that emulates print media.
func printMedia(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
	_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	return chromedp.Void{}, err
}

// hostPage serves, on another loopback port than the site (another
// origin), a page embedding src in a frame sandbox="allow-scripts" of w×h
// that records in window.msgs what the frame posts.
func hostPage(t *testing.T, src string, w, h int) string {
	t.Helper()
	page := fmt.Sprintf(`<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body style="margin:8px">
<iframe id="f" src="%s" sandbox="allow-scripts" width="%d" height="%d" title="gradplay"></iframe>
<script>
window.msgs = [];
addEventListener("message", (e) => { if (e.source === document.getElementById("f").contentWindow) msgs.push(e.data); });
window.send = (m) => document.getElementById("f").contentWindow.postMessage(m, "*");
</script></body></html>`, src, w, h)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(rw, page)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/host.html"
}

// waitMsg waits (30 s at most) until the host received a message for which
// the JS predicate pred(m) holds, and returns it as JSON.
func waitMsg(t *testing.T, b *browser, pred string) string {
	t.Helper()
	return eval[string](t, b, fmt.Sprintf(`(async () => {
		const pred = %s;
		for (let i = 0; i < 600; i++) {
			const m = msgs.find((m) => { try { return pred(m); } catch { return false; } });
			if (m !== undefined) return JSON.stringify(m);
			await new Promise((r) => setTimeout(r, 50));
		}
		throw new Error("no message " + %q + " within 30 s; got " + JSON.stringify(msgs).slice(0, 400));
	})()`, pred, pred))
}

// TestEmbedHost embeds the view in a sandboxed frame of another origin, as
// WordPress does with oEmbeds: it loads (the .wasm fetched from an opaque
// origin), says ready, sends frames and its height in Embedly's, Canvas's
// and H5P's forms, takes a state by postMessage and gives it back, and
// answers an unusable state with an error; malformed messages change
// nothing.
func TestEmbedHost(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	src := site(t) + "view.html#expr=x*y&grid.x=-2:2:11j&grid.y=-2:2:11j"
	b := newBrowser(t)
	b.do(t, 30*time.Second, chromedp.Navigate(hostPage(t, src, 480, 360)))
	waitMsg(t, b, `(m) => m.gradplay === 1 && m.type === "ready" && m.state.expr === "x*y"`)
	waitMsg(t, b, `(m) => m.gradplay === 1 && m.type === "frame" && m.frame >= 1`)
	waitMsg(t, b, `(m) => JSON.parse(m).context === "iframe.resize" && JSON.parse(m).height > 300`)
	waitMsg(t, b, `(m) => m.subject === "lti.frameResize" && m.height > 300`)
	waitMsg(t, b, `(m) => m.context === "h5p" && m.action === "hello"`)
	waitMsg(t, b, `(m) => m.context === "h5p" && m.action === "resize" && m.scrollHeight > 300`)

	frames := eval[int](t, b, `Math.max(...msgs.filter((m) => m.type === "frame").map((m) => m.frame))`)
	eval[bool](t, b, `send({gradplay: 1, type: "setState", id: "s1", state: {expr: "x**2+y", grid: {x: "-1:1:5j", y: "-1:1:5j"}}}), true`)
	m := waitMsg(t, b, `(m) => m.type === "state" && m.id === "s1"`)
	var reply struct {
		State struct {
			Expr      string
			Grid      map[string]string
			EdgeOrder int
		}
	}
	if err := json.Unmarshal([]byte(m), &reply); err != nil || reply.State.Expr != "x**2+y" || reply.State.Grid["x"] != "-1:1:5j" || reply.State.EdgeOrder != 1 {
		t.Errorf("setState answered %s (%v)", m, err)
	}
	// The new state is drawn: a new frame follows.
	waitMsg(t, b, fmt.Sprintf(`(m) => m.type === "frame" && m.frame > %d`, frames))
	eval[bool](t, b, `send({gradplay: 1, type: "setState", id: "bad", state: {expr: "sin(", grid: 3}}), true`)
	if m := waitMsg(t, b, `(m) => m.id === "bad"`); !strings.Contains(m, `"type":"error"`) || !strings.Contains(m, `"code":"invalid_argument"`) {
		t.Errorf("an ill-typed state was answered %s", m)
	}
	// Malformed messages: ignored; the state is what it was.
	eval[bool](t, b, `(() => {
		for (const m of ["junk", {gradplay: 1}, {gradplay: 2, type: "getState", id: "x"}, {gradplay: 1, type: "eval", id: "x", code: "document.body.remove()"},
			{gradplay: 1, type: "setState", id: {}, state: {expr: "y"}}, null, [1, 2]]) send(m);
		send({gradplay: 1, type: "getState", id: "g1"});
		return true;
	})()`)
	if m := waitMsg(t, b, `(m) => m.type === "state" && m.id === "g1"`); !strings.Contains(m, `"expr":"x**2+y"`) {
		t.Errorf("after malformed messages the state is %s", m)
	}
	if n := eval[int](t, b, `msgs.filter((m) => m && m.id === "x").length`); n != 0 {
		t.Errorf("%d answers to malformed messages", n)
	}
	b.screenshot(t, "embed-host")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestEmbedView checks the view on its own at the sizes course notes give
// it (320×240, 480×360), in light and dark: the read-out wraps and keeps
// the exact values, the canvas is a named image described by the alt text
// and shows a focus ring, the options work (theme, controls=min, lazy with
// a poster and no download before the click), malformed messages are
// counted, and print shows the figure as an image with its QR code.
// Screenshots: /tmp/gradplay-embed-*.png.
func TestEmbedView(t *testing.T) {
	for _, c := range []struct {
		name  string
		w, h  int
		query string
	}{
		{"480", 480, 360, ""},
		{"480-dark", 480, 360, "?theme=dark"},
		{"320", 320, 240, "?controls=min"},
		{"480-min", 480, 360, "?controls=min&theme=light"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newViewport(t, c.w, c.h)
			b.open(t, "view.html"+c.query+classicHash)
			waitFrames(t, b, "gradplay", 0)
			pinCentre(t, b, 300*time.Millisecond)
			lay := eval[map[string]any](t, b, `(() => {
				const de = document.documentElement, c = document.querySelector("canvas"), ch = document.getElementById("chrome").getBoundingClientRect();
				const lines = [...document.querySelectorAll("#readout .line")];
				return {
					overflowX: de.scrollWidth > de.clientWidth,
					canvasH: c.getBoundingClientRect().height, chromeTop: ch.top, chromeBottom: ch.bottom, innerH: innerHeight,
					clipped: lines.some((l) => l.scrollWidth > l.clientWidth + 1),
					nums: document.querySelectorAll("#readout .num").length,
					exact: [...document.querySelectorAll("#readout .num[title]")].every((n) => n.tabIndex === 0 && n.textContent.includes(n.title)),
					role: c.getAttribute("role"), label: c.getAttribute("aria-label") || "", describedBy: c.getAttribute("aria-describedby"),
					alt: document.getElementById("alt").textContent, altAPI: gradplay.altText(),
					theme: de.dataset.theme || "", bg: getComputedStyle(de).backgroundColor,
					sliders: document.querySelectorAll("#controls input[type=range]").length,
					edges: document.querySelectorAll("#controls input[name=edge]").length,
					controlsShown: !document.getElementById("controls").hidden,
				};
			})()`)
			t.Logf("%s: %v", c.name, lay)
			if lay["overflowX"] != false || lay["clipped"] != false {
				t.Errorf("the view overflows or clips its read-out: %v", lay)
			}
			if lay["chromeBottom"].(float64) > lay["innerH"].(float64)+0.5 || lay["canvasH"].(float64) < float64(c.h)/3 ||
				lay["canvasH"].(float64) > lay["chromeTop"].(float64)+0.5 {
				t.Errorf("the plot and the strip do not share the frame: %v", lay)
			}
			if lay["nums"].(float64) < 6 || lay["exact"] != true {
				t.Errorf("the read-out's numbers: %v", lay)
			}
			if lay["role"] != "img" || !strings.Contains(lay["label"].(string), "q*chi*delta") || lay["describedBy"] != "alt" ||
				lay["alt"] == "" || lay["alt"] != lay["altAPI"] {
				t.Errorf("the canvas's accessible name and description: %v", lay)
			}
			// Go resolves the theme (light here: no option, a light scheme).
			wantTheme := map[string]string{"480-dark": "dark", "480-min": "light"}[c.name]
			if wantTheme == "" {
				wantTheme = "light"
			}
			if lay["theme"] != wantTheme || (wantTheme == "dark") != (lay["bg"] == "rgb(21, 24, 30)") {
				t.Errorf("theme %q, background %v; want %q", lay["theme"], lay["bg"], wantTheme)
			}
			if strings.Contains(c.query, "controls=min") != (lay["controlsShown"] == true) ||
				(lay["controlsShown"] == true && (lay["sliders"] != 1.0 || lay["edges"] != 2.0)) {
				t.Errorf("controls: %v", lay)
			}
			if lay["controlsShown"] == true {
				// The slider moves delta, the radio edge_order.
				n := eval[int](t, b, `gradplay.frames`)
				b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => {
					const s = document.querySelector("#controls input[type=range]"); s.value = "2"; s.dispatchEvent(new Event("input"));
					document.querySelector("#controls input[name=edge][value='2']").click(); })()`))
				waitFrames(t, b, "gradplay", n)
				if st := eval[map[string]any](t, b, `gradplay.getState()`); fmt.Sprint(st["at"]) != "map[delta:2]" || st["edgeOrder"] != 2.0 {
					t.Errorf("after the controls the state is %v", st)
				}
			}
			// The focus ring shows over the canvas.
			ring := eval[string](t, b, `(async () => { document.querySelector("canvas").focus(); await new Promise((r) => setTimeout(r, 50));
				const e = getComputedStyle(document.querySelector("#plot-ring > .left"));
				return document.body.hasAttribute("data-plot-focus") + " " + e.width + " " + e.backgroundColor; })()`)
			if !strings.HasPrefix(ring, "true 3px") || strings.Contains(ring, "rgba(0, 0, 0, 0)") {
				t.Errorf("focus ring: %q", ring)
			}
			// ebiten's canvas is opaque (the compositor draws nothing under
			// it), and shown once drawn.
			if c := eval[string](t, b, `(() => { const c = document.querySelector("canvas");
				return c.getContext("webgl2").getContextAttributes().alpha + " " + getComputedStyle(c).opacity; })()`); c != "false 1" {
				t.Errorf("canvas: alpha and opacity %q, want false 1", c)
			}
			b.screenshot(t, "embed-"+c.name)
			if errs := b.consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}

	t.Run("wheel-messages-print", func(t *testing.T) {
		b := newBrowserSize(t, 480, 360)
		b.open(t, "view.html"+classicHash)
		waitFrames(t, b, "gradplay", 0)
		// The wheel is the host page's until the plot has the focus.
		wheel := eval[[]bool](t, b, `(() => {
			const c = document.querySelector("canvas"), fire = () => { const e = new WheelEvent("wheel", {bubbles: true, cancelable: true, deltaY: 100}); c.dispatchEvent(e); return e.defaultPrevented; };
			c.blur(); const before = fire(); c.focus(); return [before, fire()]; })()`)
		if wheel[0] {
			t.Error("the unfocused plot swallows the wheel")
		}
		// Malformed messages are counted and change nothing.
		st := eval[string](t, b, `JSON.stringify(gradplay.getState())`)
		stats := eval[map[string]any](t, b, `(async () => {
			for (const m of [{gradplay: 1}, {gradplay: 1, type: "run"}, {gradplay: "1", type: "getState"}, "x", {gradplay: 1, type: "setState", id: [], state: {}}]) postMessage(m, "*");
			await new Promise((r) => setTimeout(r, 300));
			return gradplay.hostStats(); })()`)
		if stats["malformed"] != 4.0 || stats["foreign"].(float64) < 1 || eval[string](t, b, `JSON.stringify(gradplay.getState())`) != st {
			t.Errorf("hostStats %v after malformed messages", stats)
		}
		// Print: the figure as an image, the link and its QR code. (Emulated
		// print media fires no beforeprint: the test fires it, as printing does.)
		b.do(t, 10*time.Second, printMedia, chromedp.Evaluate[chromedp.Void](`dispatchEvent(new Event("beforeprint"))`))
		pr := eval[map[string]any](t, b, `(async () => {
			const img = document.getElementById("print-figure"), qr = document.getElementById("qr");
			for (let i = 0; i < 100 && !(img.complete && img.naturalWidth && qr.complete && qr.naturalWidth); i++) await new Promise((r) => setTimeout(r, 50));
			return {img: img.getBoundingClientRect().width, nat: img.naturalWidth, qr: qr.getBoundingClientRect().width, canvas: getComputedStyle(document.querySelector("canvas")).display,
				link: document.getElementById("print-link").textContent, caption: document.getElementById("print-caption").textContent}; })()`)
		if pr["img"].(float64) < 100 || pr["nat"].(float64) < 640 || pr["qr"].(float64) < 50 || pr["canvas"] != "none" ||
			!strings.Contains(pr["link"].(string), "#expr=q*chi*delta") || strings.Contains(pr["link"].(string), "view.html") ||
			!strings.Contains(pr["caption"].(string), "delta = 50") {
			t.Errorf("print: %v", pr)
		}
		b.screenshot(t, "embed-print")
	})

	t.Run("lazy", func(t *testing.T) {
		b := newBrowserSize(t, 480, 360)
		b.do(t, 30*time.Second, chromedp.Navigate(site(t)+"view.html?lazy&poster=favicon.svg"+classicHash), chromedp.Sleep(1500*time.Millisecond))
		lz := eval[map[string]any](t, b, `({
			wasm: performance.getEntriesByType("resource").some((e) => e.name.includes("gradplay.wasm")),
			shown: !document.getElementById("lazy").hidden, poster: document.getElementById("poster").naturalWidth > 0,
			expr: document.getElementById("lazy-expr").textContent, frames: gradplay.frames })`)
		if lz["wasm"] != false || lz["shown"] != true || lz["poster"] != true || lz["expr"] != "q*chi*delta" || lz["frames"] != 0.0 {
			t.Errorf("lazy placeholder: %v", lz)
		}
		b.screenshot(t, "embed-lazy")
		b.do(t, 10*time.Second, chromedp.Click("#load"))
		waitFrames(t, b, "gradplay", 0)
		if eval[bool](t, b, `!document.getElementById("lazy").hidden`) {
			t.Error("the placeholder stays after the click")
		}
		// A poster of another site is not shown.
		b.do(t, 30*time.Second, chromedp.Navigate(site(t)+"view.html?lazy&poster=https://example.org/x.png"+classicHash), chromedp.Sleep(300*time.Millisecond))
		if eval[bool](t, b, `!document.getElementById("poster").hidden`) {
			t.Error("a poster of another site is shown")
		}
	})
}

// TestEmbedPlayground checks the playground on a phone (375×740): nothing
// wider than the screen, the function and the plot before the other
// controls; the Embed… snippets, one per host; the QR code; and print.
func TestEmbedPlayground(t *testing.T) {
	b := newViewport(t, 375, 740)
	b.open(t, "index.html#expr=q*chi*delta&grid.q=-100:101:25&grid.chi=-100:101:25&grid.delta=-100:101:25&at.delta=6&pin=4,4")
	waitFrames(t, b, viewJS, 0)
	time.Sleep(500 * time.Millisecond)
	lay := eval[map[string]any](t, b, `(() => {
		const top = (sel) => document.querySelector(sel).getBoundingClientRect().top + scrollY, de = document.documentElement;
		const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > de.clientWidth + 1 && !e.closest(".point-scroll, pre, .caret pre")).map((e) => e.tagName + "#" + e.id + "." + e.className).slice(0, 5);
		return {scrollW: de.scrollWidth, clientW: de.clientWidth, wide, expr: top("#expr"), view: top("#view"), grids: top("#grids"), display: top("#display"), point: top("#point"),
			table: document.querySelector(".point-scroll").scrollWidth <= document.querySelector(".point-scroll").clientWidth || getComputedStyle(document.querySelector(".point-scroll")).overflowX === "auto"};
	})()`)
	t.Logf("phone: %v", lay)
	if lay["scrollW"].(float64) > lay["clientW"].(float64) || len(lay["wide"].([]any)) > 0 {
		t.Errorf("horizontal overflow at 375 px: %v", lay)
	}
	if !(lay["expr"].(float64) < lay["view"].(float64) && lay["view"].(float64) < lay["grids"].(float64) && lay["grids"].(float64) < lay["display"].(float64)) {
		t.Errorf("on a phone the function and the plot should come first: %v", lay)
	}
	if lay["table"] != true {
		t.Errorf("the point table neither fits nor scrolls: %v", lay)
	}
	b.screenshot(t, "embed-phone")

	// Embed…: one snippet per host, each marked with data-host.
	b.do(t, 10*time.Second, chromedp.Click("#embed"), chromedp.Sleep(200*time.Millisecond))
	hosts := eval[[]string](t, b, `[...document.querySelectorAll("#embed-list [data-host]")].map((e) => e.dataset.host + ":" + (e.querySelector("pre").textContent.length > 20) + ":" + !!e.querySelector("button"))`)
	if strings.Join(hosts, " ") != "html:true:true myst:true:true quarto:true:true sphinx:true:true markdown:true:true" {
		t.Errorf("snippets: %v", hosts)
	}
	if html := eval[string](t, b, `document.querySelector('#embed-list [data-host="html"] pre').textContent`); !strings.Contains(html, `loading="lazy"`) || !strings.Contains(html, "view.html#expr=q*chi*delta") {
		t.Errorf("the HTML snippet: %s", html)
	}
	if scrollW := eval[float64](t, b, `document.documentElement.scrollWidth`); scrollW > 375 {
		t.Errorf("the snippets overflow: %v", scrollW)
	}
	b.screenshot(t, "embed-phone-snippets")

	// Print: the figure image and the QR code (id qr), no controls.
	b.do(t, 10*time.Second, printMedia, chromedp.Evaluate[chromedp.Void](`dispatchEvent(new Event("beforeprint"))`))
	pr := eval[map[string]any](t, b, `(async () => {
		const img = document.getElementById("print-figure"), qr = document.getElementById("qr");
		for (let i = 0; i < 100 && !(img.complete && img.naturalWidth && qr.complete && qr.naturalWidth); i++) await new Promise((r) => setTimeout(r, 50));
		return {img: img.getBoundingClientRect().width, qr: qr.getBoundingClientRect().width, view: getComputedStyle(document.querySelector(".viewer")).display,
			link: document.getElementById("print-link").textContent}; })()`)
	if pr["img"].(float64) < 100 || pr["qr"].(float64) < 50 || pr["view"] != "none" || !strings.Contains(pr["link"].(string), "expr=q*chi*delta") {
		t.Errorf("print: %v", pr)
	}
	b.screenshot(t, "embed-phone-print")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// xssPayloads are texts that run script if they reach the DOM as markup,
// a URL, a template or an eval.
var xssPayloads = []string{
	`<img src=x onerror=alert(1)>`,
	`"><script>alert(2)</script>`,
	`javascript:alert(3)`,
	`{{constructor.constructor('alert(4)')()}}`,
	`<svg onload=alert(5)>`,
	`'-alert(6)-'`,
	`</textarea><script>alert(7)</script>`,
	`<iframe src="javascript:alert(8)">`,
	`data:text/html,<script>alert(9)</script>`,
	`${alert(10)}`,
	`<a href="http://198.51.100.1/x">x</a>`,
	`<link rel=stylesheet href=http://198.51.100.1/x.css>`,
	`__proto__`,
	`constructor`,
}

// watchXSS records in every frame of the tab, before the page's own
// scripts run, the calls of alert, confirm, prompt, print and open, and the
// CSP violations: into the top window's __xss list.
const watchXSS = `(() => {
	const rec = (what) => {
		let w = window;
		try { w = window.top; w.__xss; } catch { w = window; }
		(w.__xss = w.__xss || []).push(what + " in " + location.pathname);
	};
	for (const k of ["alert", "confirm", "prompt", "print"]) window[k] = (m) => { rec(k + "(" + m + ")"); return null; };
	window.open = (u) => { rec("open(" + u + ")"); return null; };
	document.addEventListener("securitypolicyviolation", (e) => rec("CSP " + e.violatedDirective + " " + e.blockedURI));
})();`

// xssWatch collects, from the browser's events, the dialogs, the
// navigations away from the site and the requests to other hosts.
type xssWatch struct {
	mu        sync.Mutex
	incidents []string
}

func (w *xssWatch) add(s string) {
	w.mu.Lock()
	w.incidents = append(w.incidents, s)
	w.mu.Unlock()
}

func (w *xssWatch) list() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.incidents...)
}

// watch listens to the tab's events; base is the site's URL.
func (w *xssWatch) watch(tb testing.TB, b *browser, base string) {
	err := chromedp.Listen(b.ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			w.add(fmt.Sprintf("a %s dialog: %q", ev.Type, ev.Message))
		case *page.EventFrameNavigated:
			if u := ev.Frame.URL; !strings.HasPrefix(u, base) && u != "about:blank" {
				w.add("a frame navigated to " + u)
			}
		case *network.EventRequestWillBeSent:
			if u := ev.Request.URL; !strings.HasPrefix(u, base) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				w.add("a request to " + u)
			}
		}
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// TestXSS sends hostile text through every way into the page: the URL
// state (the function, grid names and specs, axes, slider names, display
// settings), the function and grid fields, variable names, setState
// objects with __proto__ keys, and postMessage to the view and the page.
// Nothing may run: no dialog, no call of alert & co., no navigation, no
// request off the site, no CSP violation, no element made from the text, no
// polluted prototype; and the page keeps working.
func TestXSS(t *testing.T) {
	base := site(t)
	b := newBrowserSize(t, 800, 600)
	w := &xssWatch{}
	w.watch(t, b, base)
	b.addScript(t, watchXSS)
	b.addScript(t, fastTimers)

	// The URL state, in the playground and in the view alone.
	var frags []string
	for i, p := range xssPayloads {
		e := url.QueryEscape(p)
		frags = append(frags,
			"expr="+e,
			"expr=x*y&grid.x="+e,
			"expr=x*y&grid."+e+"=-2:2:5j",
			fmt.Sprintf("expr=x*y*z&x=%s&y=%s&at.%s=2", e, e, e),
			"expr=x*y&palette="+e+"&mode="+e+"&error="+e+"&hide="+e+"&pin="+e+"&density="+e,
			e+"="+e,
		)
		if i == 0 {
			frags = append(frags, strings.Repeat(e+"&", 200))
		}
	}
	b.open(t, "index.html#expr=x*y")
	waitFrames(t, b, viewJS, 0)
	js, _ := json.Marshal(frags)
	// The page's own images (the accuracy panel's plots, the print figure
	// and its QR code, drawn by Go as blob: URLs of this origin, which only
	// the page's scripts can make) come and go with the pin: not input.
	elements := `(d) => [...d.querySelectorAll("img, script, iframe, svg, a[href], link, object, embed")].map((e) => { const s = e.getAttribute("src") || e.getAttribute("href") || ""; return e.tagName + " " + (e.tagName === "IMG" && (s === "" || s.startsWith("blob:" + location.origin)) ? "(the page's image)" : s); }).sort().join(", ")`
	before := eval[[]string](t, b, `(() => { const f = `+elements+`; return [f(document), f(document.getElementById("view").contentDocument)]; })()`)
	eval[bool](t, b, `(async () => {
		for (const f of `+string(js)+`) {
			location.hash = "#" + f;
			await new Promise((r) => setTimeout(r, 30));
		}
		for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 90)); // (under 100 ms: see fastTimers)
		return true;
	})()`)

	// The controls: each payload typed into the function field, as a
	// variable's name, and into a grid row.
	names := []string{"__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"}
	pj, _ := json.Marshal(xssPayloads)
	nj, _ := json.Marshal(names)
	eval[bool](t, b, `(async () => {
		// The page handles input once per frame, in a frame callback asked
		// for before this one (a loaded machine draws fewer than one frame
		// in 60 ms).
		const wait = async () => { await new Promise((r) => requestAnimationFrame(r)); await new Promise((r) => setTimeout(r, 40)); };
		const type = async (el, text) => { el.value = text; el.dispatchEvent(new Event("input", { bubbles: true })); await wait(); };
		const expr = document.getElementById("expr");
		for (const p of `+string(pj)+`) {
			await type(expr, p);
			await type(expr, "x*y");
			await type(document.querySelector("#grids input.spec"), p);
			await type(expr, "x*y + " + JSON.stringify(p));
		}
		for (const n of `+string(nj)+`) await type(expr, n + "*x");
		return true;
	})()`)

	// setState with hostile objects, and messages to both frames.
	eval[bool](t, b, `(async () => {
		const vw = document.getElementById("view").contentWindow, vg = vw.gradplay;
		const tries = [
			JSON.parse('{"__proto__": {"polluted": 1, "expr": "alert(1)"}, "expr": "x*y"}'),
			JSON.parse('{"expr": "x*y", "grid": {"__proto__": {"polluted": 2}, "x": "-2:2:5j"}}'),
			JSON.parse('{"expr": "x*y", "at": {"__proto__": 3}, "hide": ["__proto__", "<img src=x onerror=alert(11)>"]}'),
			{ expr: "x*y", constructor: { prototype: { polluted: 4 } } },
			{ expr: "<img src=x onerror=alert(12)>", palette: "javascript:alert(13)", x: "<svg onload=alert(14)>" },
			{ expr: { toString() { return "alert(15)"; } } },
			{ expr: "x*y", grid: "not an object", pin: "<b>", density: "1e400" },
			Object.create({ expr: "inherited" }),
			[], "expr=x*y", 42, null,
		];
		for (const st of tries) {
			for (const g of [vg, window.gradplay]) {
				try { g.setState(st); } catch { /* refused: fine */ }
				try { g.resolve(st); g.encodeState(st); g.inputNotes(st); g.pitfalls(st); g.numpyCode(st); } catch { /* refused: fine */ }
			}
			await new Promise((r) => setTimeout(r, 40));
		}
		const messages = [
			"<img src=x onerror=alert(16)>",
			{ subject: "lti.frameResize", height: "<img src=x onerror=alert(17)>" },
			{ context: "h5p", action: "hello" },
			{ context: "iframe.resize", src: "javascript:alert(18)", height: 1e9 },
			JSON.stringify({ context: "iframe.resize", src: "javascript:alert(19)" }),
			{ gradplay: { setState: { expr: "<img src=x onerror=alert(20)>" } } },
			{ type: "setState", state: { expr: "<script>alert(21)</script>" } },
			JSON.parse('{"__proto__": {"polluted": 5}, "type": "state"}'),
			{ expr: "javascript:alert(22)" },
			"x".repeat(1 << 20),
			new Array(1000).fill({ a: "<img src=x onerror=alert(23)>" }),
		];
		for (const m of messages) {
			vw.postMessage(m, "*");
			window.postMessage(m, "*");
		}
		for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 90)); // (under 100 ms: see fastTimers)
		return true;
	})()`)

	type report struct {
		XSS        []string
		Polluted   []string
		Elements   []string
		Location   string
		ViewURL    string
		StateKinds string
	}
	r := eval[report](t, b, `(() => {
		const vw = document.getElementById("view").contentWindow;
		const f = `+elements+`;
		const polluted = [];
		for (const [name, w] of [["page", window], ["view", vw]]) {
			const o = {};
			if (o.polluted !== undefined || w.Object.prototype.polluted !== undefined || ({}).expr !== undefined || w.Object.prototype.expr !== undefined)
				polluted.push(name);
		}
		return {
			xss: window.__xss || [],
			polluted,
			elements: [f(document), f(vw.document)],
			location: location.origin + location.pathname,
			viewURL: vw.location.origin + vw.location.pathname,
		};
	})()`)
	for _, s := range append(w.list(), r.XSS...) {
		t.Errorf("hostile input ran: %s", s)
	}
	if len(r.Polluted) > 0 {
		t.Errorf("Object.prototype polluted in %v", r.Polluted)
	}
	if fmt.Sprint(r.Elements) != fmt.Sprint(before) {
		t.Errorf("elements made from the input: %q, were %q", r.Elements, before)
	}
	if r.Location != base+"index.html" || r.ViewURL != base+"view.html" {
		t.Errorf("navigated: the page is at %s, the view at %s", r.Location, r.ViewURL)
	}

	// The page still works.
	n := eval[int](t, b, viewJS+".frames")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => { const e = document.getElementById("expr");
		e.value = "sin(x)*y"; e.dispatchEvent(new Event("input", {bubbles: true})); })()`))
	waitFrames(t, b, viewJS, n)
	if s := eval[string](t, b, viewJS+`.getState().expr`); s != "sin(x)*y" {
		t.Errorf("after the payloads the view has %q", s)
	}
	for _, e := range b.consoleErrors() {
		t.Errorf("console error: %s", e)
	}
}

// TestProtoVariable: variables named like Object.prototype's properties
// (constructor, toString, valueOf) are variables like any other: their
// grids reach Go and come back in getState, the rows, the view and the URL
// agree. __proto__ cannot be a key of a JavaScript object (obj.__proto__ =
// spec sets none), so it is refused at the function's field.
func TestProtoVariable(t *testing.T) {
	b := newBrowserSize(t, 800, 600)
	b.addScript(t, fastTimers)
	b.open(t, "index.html#expr=x*y")
	n := waitFrames(t, b, viewJS, 0)
	for _, v := range []string{"constructor", "toString", "valueOf"} {
		got := eval[map[string]any](t, b, `(async () => {
			const wait = () => new Promise((r) => setTimeout(r, 80));
			const expr = document.getElementById("expr");
			expr.value = "`+v+`*x"; expr.dispatchEvent(new Event("input", { bubbles: true }));
			const find = () => [...document.querySelectorAll("#grids .grid-row")].find((r) => r.dataset.var === "`+v+`");
			for (let i = 0; i < 50 && !find(); i++) await wait(); // (the field's input is debounced)
			const row = find();
			if (!row) return { error: "no row" };
			const spec = row.querySelector("input.spec");
			spec.value = "0:1:7j"; spec.dispatchEvent(new Event("input", { bubbles: true }));
			for (let i = 0; i < 50 && !location.hash.includes("grid.`+v+`=0:1:7j"); i++) await wait();
			const vg = document.getElementById("view").contentWindow.gradplay;
			const st = vg.getState();
			return { own: Object.prototype.hasOwnProperty.call(st.grid, "`+v+`"), spec: String(st.grid["`+v+`"]), hash: location.hash,
				rowError: row.querySelector(".caret").hidden ? "" : row.querySelector(".caret").textContent };
		})()`)
		if got["own"] != true || got["spec"] != "0:1:7j" || !strings.Contains(fmt.Sprint(got["hash"]), "grid."+v+"=0:1:7j") {
			t.Errorf("variable %s: %v", v, got)
		}
	}
	waitFrames(t, b, viewJS, n)
	title := eval[string](t, b, `(async () => {
		const expr = document.getElementById("expr");
		expr.value = "__proto__*x"; expr.dispatchEvent(new Event("input", { bubbles: true }));
		const e = document.getElementById("expr-error");
		// (Waits under 100 ms: fastTimers shortens the longer ones.)
		for (let i = 0; i < 50 && e.hidden; i++) await new Promise((r) => setTimeout(r, 20));
		return e.hidden ? "" : e.title + ": " + e.textContent;
	})()`)
	if !strings.HasPrefix(title, "error code: unknown_variable: ") || !strings.Contains(title, "__proto__ cannot be a variable") {
		t.Errorf("__proto__*x: the function's error is %q", title)
	}
	for _, e := range b.consoleErrors() {
		t.Errorf("console error: %s", e)
	}
}

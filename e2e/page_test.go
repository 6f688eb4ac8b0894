package e2e

import (
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradplay/gradplay/internal/cases"
)

// viewJS is the view's API seen from the playground page.
const viewJS = `document.getElementById("view").contentWindow.gradplay`

// waitFrames waits until the view has drawn more than n frames and returns the count.
func waitFrames(tb testing.TB, b *browser, api string, n int) int {
	tb.Helper()
	return eval[int](tb, b, fmt.Sprintf(`(async () => {
		for (let i = 0; i < 600; i++) {
			const g = %s;
			if (g && g.frames > %d) return g.frames;
			await new Promise(r => setTimeout(r, 50));
		}
		throw new Error("no new frame within 30 s");
	})()`, api, n))
}

// waitHash waits until the playground's URL fragment contains every one of
// want (the page writes it at most every 200 ms) and returns it.
func waitHash(tb testing.TB, b *browser, want ...string) string {
	tb.Helper()
	w, _ := json.Marshal(want)
	return eval[string](tb, b, fmt.Sprintf(`(async () => {
		for (let i = 0; i < 100 && !%s.every((w) => location.hash.includes(w)); i++) await new Promise((r) => setTimeout(r, 20));
		return location.hash;
	})()`, w))
}

// sleep waits in the page (for debounced inputs).
func sleep(d time.Duration) chromedp.Action[chromedp.Void] { return chromedp.Sleep(d) }

type readout struct {
	Vars    []string
	Index   map[string]int
	Point   map[string]float64
	F       float64
	Grad    map[string]float64
	Exact   map[string]float64
	Pinned  bool
	Methods []struct {
		Method string
		Grad   map[string]float64
	}
}

// TestPlayground types q*chi*delta into the function field of the
// playground, clicks a grid node in the plot, and checks the read-out
// against numpy's values; then types sin(x and checks the error caret.
func TestPlayground(t *testing.T) {
	cf := loadCases(t)
	c := exprCaseNamed(t, cf, "seed_q_chi_delta") // linspace(-100, 100, 9) per variable
	frag := "expr=sin(x)"
	for _, v := range c.Vars {
		g := c.Grid[v]
		frag += "&grid." + v + "=" + url.PathEscape(linspaceSpec(g.Start, g.Stop, g.Num))
	}
	frag += "&at.delta=6" // delta = 50
	b := newBrowser(t)
	b.open(t, "index.html#"+frag)
	n := waitFrames(t, b, viewJS, 0)

	// Type the function.
	b.do(t, 30*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("expr").value = ""`),
		chromedp.SendKeys("#expr", "q*chi*delta"),
		sleep(400*time.Millisecond))
	n = waitFrames(t, b, viewJS, n)
	hash := waitHash(t, b, "expr=q*chi*delta", "at.delta=6")
	if !strings.Contains(hash, "expr=q*chi*delta") || !strings.Contains(hash, "at.delta=6") {
		t.Errorf("the URL does not hold the state: %s", hash)
	}
	rows := eval[[]string](t, b, `[...document.querySelectorAll("#grids .grid-row")].map(r => r.dataset.var + "=" + r.querySelector("input.spec").value)`)
	if strings.Join(rows, ";") != "q=linspace(-100, 100, 9);chi=linspace(-100, 100, 9);delta=linspace(-100, 100, 9)" {
		t.Errorf("grid rows %v", rows)
	}
	b.screenshot(t, "playground")

	// Click the node q = -50 (i = 2), chi = 75 (j = 7) in the plot.
	type area struct{ X0, Y0, X1, Y1, Xmin, Xmax, Ymin, Ymax, Left, Top float64 }
	a := eval[area](t, b, `(() => { const r = document.getElementById("view").getBoundingClientRect();
		return Object.assign({left: r.left, top: r.top}, `+viewJS+`.plotArea()); })()`)
	px := a.Left + a.X0 + (-50-a.Xmin)/(a.Xmax-a.Xmin)*(a.X1-a.X0)
	py := a.Top + a.Y1 - (75-a.Ymin)/(a.Ymax-a.Ymin)*(a.Y1-a.Y0)
	b.do(t, 30*time.Second, chromedp.MouseClickXY(px, py))
	waitFrames(t, b, viewJS, n)
	st := eval[map[string]any](t, b, viewJS+`.getState()`)
	if fmt.Sprint(st["pin"]) != "[2 7]" {
		t.Errorf("the click pinned %v, want [2 7]", st["pin"])
	}
	// Move off the plot (over the title): the read-out is the pin's, with
	// its point methods.
	b.do(t, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, a.Left+(a.X0+a.X1)/2, a.Top+a.Y0/2))
	r := eval[readout](t, b, `(async () => {
		for (let k = 0; k < 200; k++) {
			const r = `+viewJS+`.readout();
			if (r && r.pinned) return r;
			await new Promise((res) => setTimeout(res, 25));
		}
		return `+viewJS+`.readout();
	})()`)
	k := (2*9+7)*9 + 6
	if r.Index["q"] != 2 || r.Index["chi"] != 7 || r.Index["delta"] != 6 {
		t.Fatalf("read-out at %v, want q 2, chi 7, delta 6", r.Index)
	}
	if !cases.Same(r.F, float64(c.F[k])) {
		t.Errorf("f = %v, numpy %v", r.F, float64(c.F[k]))
	}
	text := eval[string](t, b, `document.getElementById("view").contentDocument.getElementById("readout").textContent`)
	for _, v := range c.Vars {
		if !cases.Same(r.Grad[v], float64(c.Grad[v][k])) {
			t.Errorf("∂f/∂%s (grid) = %v, numpy.gradient %v", v, r.Grad[v], float64(c.Grad[v][k]))
		}
		if !cases.Same(r.Exact[v], float64(c.Exact[v][k])) {
			t.Errorf("∂f/∂%s (exact) = %v, sympy %v", v, r.Exact[v], float64(c.Exact[v][k]))
		}
		want := "∂f/∂" + v + " = " + strconv.FormatFloat(float64(c.Grad[v][k]), 'g', -1, 64)
		if !strings.Contains(text, want) {
			t.Errorf("the read-out strip %q lacks %q", text, want)
		}
	}
	t.Logf("read-out: %s", text)
	// The pinned node's point methods, in the read-out and in the table
	// beside the plot: autodiff gives chi*delta etc. exactly.
	if len(r.Methods) != 5 || r.Methods[0].Method != "dual" || r.Methods[1].Method != "complex" {
		t.Fatalf("pinned read-out methods %+v, want dual, complex, forward, central, richardson", r.Methods)
	}
	for _, v := range c.Vars {
		if d := r.Methods[0].Grad[v]; d != float64(c.Exact[v][k]) {
			t.Errorf("autodiff ∂f/∂%s = %v, sympy %v", v, d, float64(c.Exact[v][k]))
		}
		if d := r.Methods[1].Grad[v]; d != float64(c.Exact[v][k]) {
			t.Errorf("complex step ∂f/∂%s = %v, sympy %v", v, d, float64(c.Exact[v][k]))
		}
		for _, m := range r.Methods[2:] {
			if d := m.Grad[v]; math.Abs(d-float64(c.Exact[v][k])) > 1e-6*math.Abs(float64(c.Exact[v][k])) {
				t.Errorf("%s ∂f/∂%s = %v, sympy %v", m.Method, v, d, float64(c.Exact[v][k]))
			}
		}
	}
	// Each row: the method's name (the first text of its header cell), then
	// a value per variable (the first line of its cell; the error and the
	// step follow).
	table := eval[[][]string](t, b, `[...document.querySelectorAll("#point-table tr")].map(tr =>
		[...tr.cells].map((c, i) => i ? (c.firstElementChild ? c.firstElementChild.textContent : c.textContent) : c.firstChild.textContent))`)
	if len(table) != 8 || fmt.Sprint(table[0][1:]) != "[∂f/∂q ∂f/∂chi ∂f/∂delta]" {
		t.Fatalf("point table %q", table)
	}
	names := []string{"numpy.gradient", "exact", "autodiff", "complex step", "approx_fprime", "central", "Richardson"}
	for i, name := range names {
		if table[i+1][0] != name {
			t.Errorf("point table row %d is %q, want %s", i+1, table[i+1][0], name)
		}
	}
	for j, v := range c.Vars {
		if want := strconv.FormatFloat(float64(c.Grad[v][k]), 'g', -1, 64); table[1][1+j] != want {
			t.Errorf("point table numpy.gradient ∂f/∂%s = %q, want %s", v, table[1][1+j], want)
		}
		if want := strconv.FormatFloat(float64(c.Exact[v][k]), 'g', -1, 64); table[3][1+j] != want {
			t.Errorf("point table autodiff ∂f/∂%s = %q, want %s", v, table[3][1+j], want)
		}
	}
	// The error column: each point method's "error X" against the exact
	// derivative is |method − exact| from the read-out (two digits shown).
	notes := eval[[][]string](t, b, `[...document.querySelectorAll("#point-table tbody tr")].map(tr =>
		[...tr.cells].slice(1).map((c) => { const n = c.querySelector(".note-line"); return n ? n.textContent : ""; }))`)
	errRe := regexp.MustCompile(`^error ([-+0-9.e]+)`)
	for m, row := range map[int]int{2: 4, 3: 5, 4: 6} { // forward, central, Richardson: their table rows
		for j, v := range c.Vars {
			want := math.Abs(r.Methods[m].Grad[v] - float64(c.Exact[v][k]))
			sub := errRe.FindStringSubmatch(notes[row][j])
			if sub == nil {
				t.Errorf("%s ∂f/∂%s: no error in %q", r.Methods[m].Method, v, notes[row][j])
				continue
			}
			if got, _ := strconv.ParseFloat(sub[1], 64); math.Abs(got-want) > 0.06*want {
				t.Errorf("%s ∂f/∂%s: the table says error %s, the read-out's is %g", r.Methods[m].Method, v, sub[1], want)
			}
		}
	}
	b.screenshot(t, "pinned")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("point").scrollIntoView()`))
	b.screenshot(t, "pinned-table")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`scrollTo(0, 0)`))

	// A reload restores the state exactly, pin included.
	before := eval[string](t, b, `JSON.stringify(`+viewJS+`.getState())`)
	if !strings.Contains(waitHash(t, b, "pin=2,7"), "pin=2,7") {
		t.Errorf("the pin is not in the URL")
	}
	b.do(t, 60*time.Second, chromedp.Reload())
	b.open(t, "index.html"+eval[string](t, b, `location.hash`))
	waitFrames(t, b, viewJS, 0)
	if after := eval[string](t, b, `JSON.stringify(`+viewJS+`.getState())`); after != before {
		t.Errorf("after a reload the state is\n%s\nwas\n%s", after, before)
	}
	if r := eval[readout](t, b, viewJS+`.readout()`); r.Index["q"] != 2 || r.Index["chi"] != 7 || !r.Pinned {
		t.Errorf("after a reload the read-out is %+v", r)
	}

	// A syntax error shows a caret under the mistake and selects it on Enter.
	b.do(t, 30*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("expr").value = ""`),
		chromedp.SendKeys("#expr", "sin(x"),
		sleep(600*time.Millisecond))
	caret := eval[string](t, b, `(() => { const e = document.getElementById("expr-error"); return e.hidden ? "" : e.textContent; })()`)
	lines := strings.Split(caret, "\n")
	if len(lines) < 2 || lines[0] != "sin(x" || !strings.HasPrefix(lines[1], "     ^") {
		t.Errorf("the error under the field is %q, want the source and a caret in column 6", caret)
	}
	b.do(t, 10*time.Second, chromedp.SendKeys("#expr", "\r"), sleep(100*time.Millisecond))
	sel := eval[[]int](t, b, `(() => { const e = document.getElementById("expr"); return [e.selectionStart, e.selectionEnd, document.activeElement === e ? 1 : 0]; })()`)
	if fmt.Sprint(sel) != "[5 5 1]" {
		t.Errorf("selection after Enter %v, want [5 5 1] (the end, where ')' is missing)", sel)
	}
	// A mistake inside the text is selected.
	b.do(t, 30*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("expr").value = ""`),
		chromedp.SendKeys("#expr", "sinn(x)*y\r"),
		sleep(100*time.Millisecond))
	sel = eval[[]int](t, b, `(() => { const e = document.getElementById("expr"); return [e.selectionStart, e.selectionEnd]; })()`)
	if fmt.Sprint(sel) != "[0 4]" {
		t.Errorf("selection of sinn %v, want [0 4]", sel)
	}
	b.screenshot(t, "error")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestHostileURL loads links with markup, bad numbers and broken escapes:
// they must show as text and messages, and the page must keep working.
func TestHostileURL(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "index.html#expr=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&grid.x=%3Cscript%3Ealert(2)%3C/script%3E&density=99999&mode=%3Cb%3Ebold%3C/b%3E&%ZZ=1&at.q=-3&pin=a,b")
	time.Sleep(500 * time.Millisecond)
	type page struct {
		Imgs, Bs, Scripts int
		Expr, Banner, Err string
	}
	p := eval[page](t, b, `(() => ({
		imgs: document.querySelectorAll("img:not(#print-figure):not(#qr):not(.acc-plot)").length + document.getElementById("view").contentDocument.querySelectorAll("img:not(#print-figure):not(#qr):not(#poster)").length,
		bs: document.querySelectorAll("b").length,
		scripts: document.querySelectorAll("script:not([src])").length + 1,
		expr: document.getElementById("expr").value,
		banner: document.getElementById("banner").hidden ? "" : document.getElementById("banner").textContent,
		err: document.getElementById("expr-error").hidden ? "" : document.getElementById("expr-error").textContent,
	}))()`)
	if p.Imgs != 1 || p.Bs != 0 || p.Scripts != 1 {
		t.Errorf("markup from the URL reached the DOM: %+v", p)
	}
	if p.Expr != "<img src=x onerror=alert(1)>" || p.Err == "" {
		t.Errorf("the hostile function is not shown as text with its error: %+v", p)
	}
	for _, want := range []string{"density", "arrow mode", "malformed", "grid node"} {
		if !strings.Contains(p.Banner, want) {
			t.Errorf("the banner %q does not mention %q", p.Banner, want)
		}
	}
	b.screenshot(t, "hostile")
	// The link's grid has its row under the function's mistake, the
	// hostile text as the row's text.
	if spec := eval[string](t, b, `(() => { const r = document.querySelector('#grids .grid-row[data-var="x"] input.spec'); return r ? r.value : "no row"; })()`); spec != "<script>alert(2)</script>" {
		t.Errorf("the link's grid x under the function's mistake: row %q", spec)
	}
	// The view says why nothing is drawn, and no figure is left to show.
	const viewNotice = `(() => { const n = document.getElementById("view").contentDocument.getElementById("notice"); return n.hidden ? "" : n.textContent; })()`
	if n := waitFor(t, b, viewNotice, "Not drawn: "); strings.Contains(n, "last state") {
		t.Errorf("the view's notice %q speaks of a figure while none was drawn", n)
	}
	// The embed code is text, with the state in the link, escaped.
	embed := eval[string](t, b, `(() => { document.getElementById("embed").click(); return document.querySelector('#embed-list [data-host="html"] pre').textContent; })()`)
	if !strings.HasPrefix(embed, `<iframe src="http://`) || !strings.Contains(embed, "view.html#expr=%3Cimg") || strings.Contains(embed, "<img") {
		t.Errorf("embed code %q", embed)
	}
	// The page still works: choose an example.
	n := eval[int](t, b, viewJS+`.frames`)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById("examples");
		s.value = "3"; s.dispatchEvent(new Event("change")); })()`)) // sin(x)*exp(-y**2), gradplay.examples()[3]
	waitFrames(t, b, viewJS, n)
	if h := waitHash(t, b, "expr=sin(x)*exp(-y**2)"); !strings.Contains(h, "expr=sin(x)*exp(-y**2)") {
		t.Errorf("after choosing an example the URL is %s", h)
	}
	// A mistake now leaves the example's figure, and the notice says so.
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`try { `+viewJS+`.setState({...`+viewJS+`.getState(), expr: "sin(x"}) } catch {}`))
	waitFor(t, b, viewNotice, "The figure shows the last state that could be drawn.")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestServer checks the headers: CSP, wasm type, precompressed variants.
func TestServer(t *testing.T) {
	base := site(t)
	get := func(path, enc string) *http.Response {
		req, _ := http.NewRequest("GET", base+path, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		tr := &http.Transport{DisableCompression: true}
		resp, err := (&http.Client{Transport: tr}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	r := get("", "")
	if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
		t.Errorf("CSP %q", csp)
	}
	for _, c := range []struct{ path, enc, wantEnc, wantType string }{
		{"gradplay.wasm", "gzip, deflate, br", "br", "application/wasm"},
		{"gradplay.wasm", "gzip", "gzip", "application/wasm"},
		{"gradplay.wasm", "", "", "application/wasm"},
		{"app.js", "br", "br", "text/javascript; charset=utf-8"},
	} {
		r := get(c.path, c.enc)
		if r.StatusCode != 200 || r.Header.Get("Content-Encoding") != c.wantEnc || r.Header.Get("Content-Type") != c.wantType {
			t.Errorf("%s (Accept-Encoding %q): %d %q %q", c.path, c.enc, r.StatusCode, r.Header.Get("Content-Encoding"), r.Header.Get("Content-Type"))
		}
	}
	if r := get("../go.mod", ""); r.StatusCode != 404 {
		t.Errorf("../go.mod: %d", r.StatusCode)
	}
}

// TestNoWebGL2 forces the 2-D fallback, by the page's switch (?nowebgl)
// and in a Chromium with WebGL switched off: a message, a static figure,
// and a JS API that keeps working.
func TestNoWebGL2(t *testing.T) {
	for _, c := range []struct {
		name, query, notice string
		flags               []chromedp.ExecAllocatorOption
	}{
		{"switch", "?nowebgl", "switched off (?nowebgl)", nil},
		{"browser", "", "this browser has no WebGL2", []chromedp.ExecAllocatorOption{chromedp.Flag("disable-webgl", true)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBrowserSize(t, 1280, 900, c.flags...)
			b.open(t, "view.html"+c.query+"#expr=x*y&grid.x=-1:1:11j&grid.y=-1:1:11j")
			waitFrames(t, b, "window.gradplay", 0)
			// (Without WebGL2 in the browser, the first frame is the
			// preview's, and the fallback's frame replaces it.)
			waitFor(t, b, `String(!!document.getElementById("fallback") && !document.getElementById("preview"))`, "true")
			type res struct {
				Notice   string
				Fallback bool
				Grad     []float64
				Area     bool
				Label    string
			}
			r := eval[res](t, b, `(() => ({
				notice: document.getElementById("notice").textContent,
				fallback: !!document.getElementById("fallback"),
				grad: Array.from(gradplay.gradient([1, 2, 4, 7], [4])[0]),
				area: gradplay.plotArea() !== null,
				label: gradplay.plotLabel(),
			}))()`)
			if !r.Fallback || !strings.Contains(r.Notice, c.notice) || fmt.Sprint(r.Grad) != "[1 1.5 2.5 3]" {
				t.Errorf("fallback: %+v", r)
			}
			// The fallback maps no pointer: no plot area, no keys.
			if r.Area || strings.Contains(r.Label, "arrow keys") {
				t.Errorf("the fallback has a plot area (%v) or names the keys: %q", r.Area, r.Label)
			}
			b.screenshot(t, "fallback-"+c.name)
		})
	}
}

// TestGridRow edits a grid through its start/stop/points fields and
// checks the spec, the URL and the error with its column.
func TestGridRow(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "index.html#expr=x*y&grid.x=-2:2:21j&grid.y=linspace(-1,%201,%205)")
	n := waitFrames(t, b, viewJS, 0)
	row := func(v string) []string {
		return eval[[]string](t, b, `(() => { const r = document.querySelector('.grid-row[data-var="`+v+`"]');
			return [...r.querySelectorAll(".grid-parts input")].map(e => e.value)
				.concat([r.querySelector("select").value, r.querySelector("input.spec").value, r.querySelector(".info").textContent]); })()`)
	}
	if got := strings.Join(row("x"), "|"); got != "-2|2|21|linspace|-2:2:21j|21 points, -2 … 2" {
		t.Errorf("x row: %s", got)
	}
	id := eval[string](t, b, `document.querySelector('.grid-row[data-var="y"] .grid-parts input:last-child').id`)
	b.do(t, 10*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("`+id+`").value = ""`),
		chromedp.SendKeys("#"+id, "9"), sleep(500*time.Millisecond))
	waitFrames(t, b, viewJS, n)
	if got := row("y")[4]; got != "linspace(-1, 1, 9)" {
		t.Errorf("y spec after typing 9 points: %s", got)
	}
	if h := waitHash(t, b, "grid.y=linspace(-1,%201,%209)"); !strings.Contains(h, "grid.y=linspace(-1,%201,%209)") {
		t.Errorf("URL %s", h)
	}
	// A bad start: the error names the column.
	start := eval[string](t, b, `document.querySelector('.grid-row[data-var="x"] .grid-parts input').id`)
	b.do(t, 10*time.Second,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("`+start+`").value = ""`),
		chromedp.SendKeys("#"+start, "-2e"), sleep(500*time.Millisecond))
	msg := eval[string](t, b, `document.querySelector('.grid-row[data-var="x"] .caret').textContent`)
	if !strings.Contains(msg, "-2e:2:21j") || !strings.Contains(msg, "column ") {
		t.Errorf("x error: %q", msg)
	}
	// A function with a mistake keeps the rows, and a row edited meanwhile
	// still shows its own check: its error goes when its cause does.
	b.do(t, 10*time.Second,
		// (Pasted: typed key by key it would pass through x, one row.)
		chromedp.Evaluate[chromedp.Void](`(() => { const e = document.getElementById("expr"); e.value = "x*y*"; e.dispatchEvent(new Event("input", { bubbles: true })); })()`),
		sleep(300*time.Millisecond),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("`+start+`").value = ""`),
		chromedp.SendKeys("#"+start, "-3"), sleep(500*time.Millisecond))
	got := eval[string](t, b, `(() => { const r = document.querySelector('.grid-row[data-var="x"]');
		return [document.querySelectorAll("#grids .grid-row").length, r.querySelector(".caret").hidden, r.querySelector(".info").textContent,
			document.getElementById("expr-error").hidden].join("|"); })()`)
	if got != "2|true|21 points, -3 … 2|false" {
		t.Errorf("rows, x error hidden, x info, expr error hidden under x*y*: %s", got)
	}
	// Its axes wait, disabled, for a function that can be drawn, and the
	// last good function's derivatives stay hidden.
	if dis := eval[bool](t, b, `document.getElementById("xvar").disabled && document.getElementById("yvar").disabled`); !dis {
		t.Errorf("the axis selectors are enabled under x*y*")
	}
	if !eval[bool](t, b, `document.getElementById("expr-info").hidden`) {
		t.Errorf("the derivatives of x*y are shown under x*y* after a grid edit")
	}
	// A grid typed meanwhile as start:stop:n (n read as the step) gets its
	// note next to its row.
	b.do(t, 10*time.Second,
		chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector('.grid-row[data-var="y"] input.spec'); e.value = "-1:1:5"; e.dispatchEvent(new Event("input", { bubbles: true })); })()`),
		sleep(500*time.Millisecond))
	if note := eval[string](t, b, `(() => { const n = document.querySelector('.grid-row[data-var="y"] .note'); return n.hidden ? "" : n.textContent; })()`); !strings.Contains(note, "did you mean -1:1:5j") {
		t.Errorf("y's note under x*y*: %q", note)
	}
	b.screenshot(t, "grid-row")
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestLargeGrids draws heatmaps too large for one texture (3000 columns)
// or for one quad per cell (non-uniform, 300×300): the view samples them at
// screen resolution instead, and keeps working.
func TestLargeGrids(t *testing.T) {
	var list []string
	for i := range 300 {
		list = append(list, strconv.Itoa(i+i/2))
	}
	nonUniform := url.PathEscape("[" + strings.Join(list, ", ") + "]")
	b := newBrowser(t)
	b.open(t, "view.html#expr=sin(x/50)*y&grid.x=0:300:3000j&grid.y=0:1:5j")
	n := waitFrames(t, b, "window.gradplay", 0)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`location.hash = "#expr=sin(x/50)*cos(y/50)&grid.x=`+nonUniform+`&grid.y=`+nonUniform+`"`))
	waitFrames(t, b, "window.gradplay", n)
	if s := eval[string](t, b, `document.getElementById("notice").hidden ? "" : document.getElementById("notice").textContent`); s != "" {
		t.Errorf("notice: %s", s)
	}
	b.screenshot(t, "large")
	// 150×150 non-uniform cells: more quads than 16-bit indices address in
	// one call, fewer than the resampling threshold, so drawn in chunks.
	n = waitFrames(t, b, "window.gradplay", 0)
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`location.hash = "#expr=sin(x/50)*cos(y/50)&grid.x=`+url.PathEscape("["+strings.Join(list[:150], ", ")+"]")+`&grid.y=`+url.PathEscape("["+strings.Join(list[:150], ", ")+"]")+`"`))
	waitFrames(t, b, "window.gradplay", n)
	checkHeatFilled(t, b, b.screenshot(t, "chunked"))
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// checkHeatFilled checks that the heatmap covers the view's plot area: along
// its middle row no run of 10 pure white screenshot pixels (a heatmap drawn
// with wrapped 16-bit indices left a blank band).
func checkHeatFilled(t *testing.T, b *browser, shot string) {
	t.Helper()
	a := eval[map[string]float64](t, b, `Object.assign({dpr: devicePixelRatio}, window.gradplay.plotArea())`)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	y := int((a["y0"] + a["y1"]) / 2 * a["dpr"])
	run := 0
	for x := int((a["x0"] + 3) * a["dpr"]); x < int((a["x1"]-3)*a["dpr"]); x++ {
		r, g, bl, _ := img.At(x, y).RGBA()
		if r == 0xffff && g == 0xffff && bl == 0xffff {
			if run++; run >= 10 {
				t.Fatalf("%s: a blank band in the heatmap at pixel (%d, %d)", shot, x, y)
			}
		} else {
			run = 0
		}
	}
}

// TestSliderURL drags a slider (60 input events at once, as a fast drag
// makes them): the plot follows, the URL gets the last position, and the
// page calls history.replaceState a few times, not 60 (browsers throttle it).
func TestSliderURL(t *testing.T) {
	b := newBrowser(t)
	b.open(t, "index.html#expr=x*y*z&grid.x=-1:1:5j&grid.y=-1:1:5j&grid.z=0:1:61j")
	n := waitFrames(t, b, viewJS, 0)
	calls := eval[int](t, b, `(() => {
		window.replaceCalls = 0;
		const orig = history.replaceState.bind(history);
		history.replaceState = (...a) => { window.replaceCalls++; return orig(...a); };
		const r = document.querySelector("#sliders input[type=range]");
		for (let i = 0; i <= 60; i++) { r.value = String(i); r.dispatchEvent(new Event("input")); }
		return window.replaceCalls;
	})()`)
	if calls > 1 {
		t.Errorf("%d URL writes during the drag, want at most 1 at once", calls)
	}
	waitFrames(t, b, viewJS, n)
	if h := waitHash(t, b, "at.z=60"); !strings.Contains(h, "at.z=60") {
		t.Errorf("after the drag the URL is %s, want at.z=60", h)
	}
	if calls = eval[int](t, b, `window.replaceCalls`); calls < 1 || calls > 3 {
		t.Errorf("%d URL writes for one drag, want 1 to 3", calls)
	}
	if st := eval[map[string]any](t, b, viewJS+`.getState()`); fmt.Sprint(st["at"]) != "map[z:60]" {
		t.Errorf("the view's state after the drag: %v", st["at"])
	}
	// A constant has no variables: a grid edited under it keeps the slider's
	// position, which is back when the function is.
	after := eval[string](t, b, `(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
		const expr = document.getElementById("expr");
		expr.value = "2"; expr.dispatchEvent(new Event("input", { bubbles: true })); await frame();
		const spec = document.querySelector('.grid-row[data-var="x"] input.spec');
		spec.value = "-1:1:7j"; spec.dispatchEvent(new Event("input", { bubbles: true })); await frame();
		expr.value = "x*y*z"; expr.dispatchEvent(new Event("input", { bubbles: true })); await frame();
		const r = document.querySelector("#sliders input[type=range]");
		return [document.querySelectorAll("#grids .grid-row").length, r && r.value, r && r.disabled].join("|");
	})()`)
	if after != "3|60|false" {
		t.Errorf("rows, slider position and disabled after 2, a grid edit and x*y*z again: %s", after)
	}
	if h := waitHash(t, b, "grid.x=-1:1:7j"); !strings.Contains(h, "at.z=60") || !strings.Contains(h, "grid.x=-1:1:7j") {
		t.Errorf("the URL after x*y*z again is %s, want grid.x=-1:1:7j and at.z=60", h)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

package e2e

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/internal/cases"
)

// caseRunnerJS runs gradplay.gradient over cases (the case file's entries,
// JSON with "nan"/"inf" strings) and returns, per case, the results as
// base64 of their little-endian float64 bytes, or the error's code.
const caseRunnerJS = `(async (cases) => {
	await gradplay.ready;
	const num = (v) => v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : v;
	const deep = (v) => Array.isArray(v) ? v.map(deep) : num(v);
	const b64 = (a) => {
		const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
		let s = "";
		for (const c of u) s += String.fromCharCode(c);
		return btoa(s);
	};
	return cases.map((c) => {
		const opts = { axis: c.axis, edgeOrder: c.edge_order };
		if ("spacing" in c) opts.spacing = deep(c.spacing);
		try {
			const out = gradplay.gradient(Float64Array.from(c.f.map(num)), c.shape, opts);
			if (!Array.isArray(out) || !out.every((a) => a instanceof Float64Array)) return { error: "not an array of Float64Array" };
			return { results: out.map(b64) };
		} catch (e) {
			return { error: String(e.code), message: e.message, isError: e instanceof Error };
		}
	});
})`

type caseResult struct {
	Results []string `json:"results"`
	Error   string   `json:"error"`
	Message string   `json:"message"`
	IsError bool     `json:"isError"`
}

// decodeF64 decodes base64 little-endian float64s.
func decodeF64(tb testing.TB, s string) []float64 {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]float64, len(b)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return out
}

// checkGradientCases runs every numpy.gradient case through the page's
// gradplay.gradient and requires numpy's bits, or numpy's error code.
func checkGradientCases(t *testing.T, b *browser) {
	cf := loadCases(t)
	raws := make([]json.RawMessage, len(cf.Cases))
	for i, c := range cf.Cases {
		raws[i] = c.Raw
	}
	arg, _ := json.Marshal(raws)
	got := eval[[]caseResult](t, b, fmt.Sprintf("%s(%s)", caseRunnerJS, arg))
	if len(got) != len(cf.Cases) {
		t.Fatalf("%d results for %d cases", len(got), len(cf.Cases))
	}
	passed := 0
	for i, c := range cf.Cases {
		r := got[i]
		if c.Error != "" {
			if r.Error != c.Error || !r.IsError {
				t.Errorf("%s: got %+v, want a thrown Error with code %s", c.Name, r, c.Error)
				continue
			}
			passed++
			continue
		}
		if r.Error != "" || len(r.Results) != len(c.Expect) {
			t.Errorf("%s: got %d results (error %q %s), want %d", c.Name, len(r.Results), r.Error, r.Message, len(c.Expect))
			continue
		}
		ok := true
		for k, enc := range r.Results {
			vals := decodeF64(t, enc)
			if len(vals) != len(c.Expect[k]) {
				t.Errorf("%s: result %d has %d values, want %d", c.Name, k, len(vals), len(c.Expect[k]))
				ok = false
				break
			}
			for j, w := range c.Expect[k] {
				if !cases.Same(vals[j], float64(w)) {
					t.Errorf("%s: result %d [%d] = %v (%#x), numpy %v", c.Name, k, j, vals[j], math.Float64bits(vals[j]), float64(w))
					ok = false
					break
				}
			}
		}
		if ok {
			passed++
		}
	}
	t.Logf("gradplay.gradient: %d of %d numpy cases identical", passed, len(cf.Cases))
}

// TestGradientAPI checks gradplay.gradient against every numpy case, bit
// for bit, on the view page and through the playground's window.gradplay,
// and its argument errors.
func TestGradientAPI(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html")
	checkGradientCases(t, b)
	b.open(t, "index.html")
	checkGradientCases(t, b)

	// Malformed arguments are thrown as Errors with a code, never a crash.
	bad := eval[[]string](t, b, `(() => {
		const codes = [];
		for (const args of [[null, [2]], [[1, 2, 3], [2]], [[1, 2], "x"], [[1, 2, 3], [3], {spacing: "a"}], [[1, 2, 3], [3], {edgeOrder: 1.5}]]) {
			try { gradplay.gradient(...args); codes.push("no error"); } catch (e) { codes.push(e instanceof Error ? e.code : "not an Error"); }
		}
		codes.push(String(gradplay.gradient([1, 2, 4], [3])[0][1])); // still alive
		return codes;
	})()`)
	want := []string{"invalid_argument", "invalid_argument", "invalid_argument", "invalid_argument", "invalid_argument", "1.5"}
	if strings.Join(bad, ",") != strings.Join(want, ",") {
		t.Errorf("bad arguments gave %v, want %v", bad, want)
	}
	// Typed arrays: a view into a larger buffer is read from its offset;
	// other element types are converted; more than 2^24 values are refused
	// with a message, not cut.
	arrays := eval[[]string](t, b, `(() => {
		const buf = new Float64Array([99, 1, 2, 4, 7, 99]).buffer;
		const out = [String(Array.from(gradplay.gradient(new Float64Array(buf, 8, 4), [4])[0]))];
		out.push(String(Array.from(gradplay.gradient(new Int32Array([1, 2, 4, 7]), [4])[0])));
		try { gradplay.gradient(new Float64Array(2 ** 24 + 1), [2 ** 24 + 1]); out.push("no error"); } catch (e) { out.push(e.code + ": " + e.message); }
		return out;
	})()`)
	if len(arrays) != 3 || arrays[0] != "1,1.5,2.5,3" || arrays[1] != "1,1.5,2.5,3" ||
		!strings.HasPrefix(arrays[2], "invalid_argument: the array has 16777217 values; at most 16777216") {
		t.Errorf("typed arrays: %q", arrays)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestEvaluateAPI checks gradplay.evaluate against numpy's expression
// cases: grad bit for bit (from numpy's own f and coordinates the gradient
// is exact; f itself may differ by ulps from libm), exact to a few ulps.
func TestEvaluateAPI(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html")
	waitFrames(t, b, "window.gradplay", 0)
	b.screenshot(t, "view")
	cf := loadCases(t)
	for _, name := range []string{"seed_q_chi_delta", "seed_potential", "q_chi_delta_small", "square_1d"} {
		c := exprCaseNamed(t, cf, name)
		grid := map[string]string{}
		for v, g := range c.Grid {
			grid[v] = linspaceSpec(g.Start, g.Stop, g.Num)
		}
		gj, _ := json.Marshal(grid)
		type result struct {
			Vars  []string
			Shape []int
			F     string
			Grad  map[string]string
			Exact map[string]string
		}
		r := eval[result](t, b, fmt.Sprintf(`(() => {
			const b64 = (a) => { let s = ""; for (const c of new Uint8Array(a.buffer)) s += String.fromCharCode(c); return btoa(s); };
			const r = gradplay.evaluate(%q, %s, {edgeOrder: %d});
			const m = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, b64(v)]));
			return {vars: r.vars, shape: r.shape, f: b64(r.f), grad: m(r.grad), exact: m(r.exact)};
		})()`, c.Expr, gj, c.EdgeOrder))
		if fmt.Sprint(r.Vars) != fmt.Sprint(c.Vars) || fmt.Sprint(r.Shape) != fmt.Sprint(c.Shape) {
			t.Errorf("%s: vars %v shape %v, want %v %v", name, r.Vars, r.Shape, c.Vars, c.Shape)
			continue
		}
		exactF := strings.Contains(c.Expr, "*") && !strings.ContainsAny(c.Expr, "(")
		f := decodeF64(t, r.F)
		for i, w := range c.F {
			if exactF && !cases.Same(f[i], float64(w)) {
				t.Errorf("%s: f[%d] = %v, numpy %v", name, i, f[i], float64(w))
				break
			}
		}
		for _, v := range c.Vars {
			g, e := decodeF64(t, r.Grad[v]), decodeF64(t, r.Exact[v])
			for i, w := range c.Grad[v] {
				if exactF && !cases.Same(g[i], float64(w)) {
					t.Errorf("%s: ∂f/∂%s[%d] = %v, numpy %v", name, v, i, g[i], float64(w))
					break
				}
			}
			for i, w := range c.Exact[v] {
				if d := math.Abs(e[i] - float64(w)); d > 1e-12*math.Max(1, math.Abs(float64(w))) {
					t.Errorf("%s: exact ∂f/∂%s[%d] = %v, sympy %v", name, v, i, e[i], float64(w))
					break
				}
			}
		}
	}
	// Parse errors: code, offset, line, column.
	type perr struct {
		Code                      string
		Offset, End, Line, Column int
		Message, Snippet          string
	}
	e := eval[perr](t, b, `(() => { try { gradplay.evaluate("sin(x", {x: "-2:2:5j"}); } catch (e) { return e; } })()`)
	if e.Code != "syntax" || e.Offset != 5 || e.Line != 1 || e.Column != 6 || !strings.Contains(e.Snippet, "^") {
		t.Errorf("evaluate(\"sin(x\") threw %+v, want code syntax at offset 5, line 1, column 6 with a caret", e)
	}
	g := eval[perr](t, b, `(() => { try { gradplay.evaluate("x*y", {x: "-2:2:5j", y: "linspace(0, 1, 2.5)"}); } catch (e) { return e; } })()`)
	if g.Code != "grid_syntax" || g.Line != 1 || g.Column != 16 {
		t.Errorf("a bad grid threw %+v, want code grid_syntax at line 1, column 16", g)
	}
	big := eval[perr](t, b, `(() => { try { gradplay.evaluate("x*y*z", {x: "0:1:1000j", y: "0:1:1000j", z: "0:1:1000j"}); } catch (e) { return e; } })()`)
	if big.Code != "too_large" {
		t.Errorf("a 10⁹-point grid threw %+v, want code too_large", big)
	}
	// edgeOrder is read as gradient reads it: an integer, 1 or 2.
	for eo, code := range map[string]string{"1.5": "invalid_argument", `"2"`: "invalid_argument", "0": "edge_order_unsupported", "3": "edge_order_unsupported"} {
		e := eval[perr](t, b, `(() => { try { gradplay.evaluate("x*y", {x: "-2:2:5j", y: "-2:2:5j"}, {edgeOrder: `+eo+`}); return {code: "no error"}; } catch (e) { return e; } })()`)
		if e.Code != code {
			t.Errorf("evaluate with edgeOrder %s threw %+v, want code %s", eo, e, code)
		}
	}
}

// TestAtPointAPI checks gradplay.atPoint against every point case of the
// numpy file with the tolerances of core/expr's test: forward within 1e-6
// relative of scipy's approx_fprime (the case's epsilon, and the default),
// exact within 1e-12 and dual within 4 ulp of sympy's derivative,
// richardson within 1e-12 relative; and its argument errors.
func TestAtPointAPI(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html")
	waitFrames(t, b, "window.gradplay", 0)
	cf := loadCases(t)
	if len(cf.PointCases) == 0 {
		t.Fatal("no point cases")
	}
	type partials struct {
		Method string
		Grad   map[string]float64
		Err    map[string]float64
	}
	type answer struct {
		Vars     []string
		Value    float64
		Partials []partials
	}
	rel := func(got, want, tol float64) bool {
		return math.Abs(got-want) <= tol*math.Max(math.Abs(want), 1e-300)
	}
	for _, c := range cf.PointCases {
		pt, _ := json.Marshal(c.Point)
		var ans [2]answer
		for k, opts := range []string{fmt.Sprintf("{epsilon: %v}", c.Epsilon), "undefined"} {
			ans[k] = eval[answer](t, b, fmt.Sprintf(`gradplay.atPoint(%q, %s, %s)`, c.Expr, pt, opts))
		}
		if fmt.Sprint(ans[0].Vars) != fmt.Sprint(c.Vars) || len(ans[0].Partials) != 6 {
			t.Errorf("%s: vars %v, %d methods", c.Name, ans[0].Vars, len(ans[0].Partials))
			continue
		}
		for _, v := range c.Vars {
			exact := float64(c.Exact[v])
			for _, p := range ans[0].Partials {
				g := p.Grad[v]
				ok := true
				switch p.Method {
				case "exact", "richardson":
					ok = rel(g, exact, 1e-12)
				case "dual", "complex":
					ok = math.Abs(g-exact) <= 4*ulp(exact)
				case "forward":
					ok = rel(g, float64(c.ApproxFprime[v]), 1e-6)
				}
				if !ok {
					t.Errorf("%s: %s ∂f/∂%s = %v, exact %v, approx_fprime %v", c.Name, p.Method, v, g, exact, float64(c.ApproxFprime[v]))
				}
			}
			for _, p := range ans[1].Partials {
				if p.Method == "forward" && !rel(p.Grad[v], float64(c.ApproxFprimeDefault[v]), 1e-6) {
					t.Errorf("%s: default forward ∂f/∂%s = %v, approx_fprime %v", c.Name, v, p.Grad[v], float64(c.ApproxFprimeDefault[v]))
				}
			}
		}
	}
	t.Logf("atPoint cases: %d passed", len(cf.PointCases))
	type perr struct{ Code, Message string }
	for call, code := range map[string]string{
		`gradplay.atPoint("x*y", {x: 1})`:                          "missing_value",
		`gradplay.atPoint("x*", {x: 1})`:                           "syntax",
		`gradplay.atPoint("x", [1])`:                               "invalid_argument",
		`gradplay.atPoint("x", {x: "1"})`:                          "invalid_argument",
		`gradplay.atPoint("x", {x: 1}, {methods: ["secant"]})`:     "invalid_argument",
		`gradplay.atPoint("x", {x: 1}, {epsilon: -1})`:             "invalid_argument",
		`gradplay.atPoint("x", {x: 1}, {step: Infinity})`:          "invalid_argument",
		`gradplay.atPoint("<img src=x onerror=alert(1)>", {x: 1})`: "syntax",
	} {
		e := eval[perr](t, b, `(() => { try { `+call+`; return {code: "no error"}; } catch (e) { return e; } })()`)
		if e.Code != code {
			t.Errorf("%s threw %+v, want code %s", call, e, code)
		}
	}
	one := eval[answer](t, b, `gradplay.atPoint("log(x)", {x: -1}, {methods: ["dual", "forward"]})`)
	if len(one.Partials) != 2 || one.Partials[0].Method != "dual" {
		t.Errorf("methods [dual, forward]: %+v", one)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// ulp returns the spacing of float64 values at x.
func ulp(x float64) float64 {
	x = math.Abs(x)
	return math.Nextafter(x, math.Inf(1)) - x
}

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// corpusLine is one input of testdata/corpus.txt (its format is described
// at the top of the file, written by gen_corpus.go).
type corpusLine struct {
	Line   int      `json:"line"`
	Base   string   `json:"base"`  // the link the line starts from
	Field  string   `json:"field"` // "expr", "grid.NAME" or "url"
	Input  string   `json:"input"`
	Expect []string `json:"expect"` // "error:CODE@FIELD", "note:CODE", "notes:nan", "notes:inf", "banner", "ok"
	Text   string   `json:"text"`
}

// loadCorpus reads testdata/corpus.txt.
func loadCorpus(tb testing.TB) []corpusLine {
	tb.Helper()
	data, err := os.ReadFile("testdata/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var out []corpusLine
	base := ""
	for i, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		unq := func(s string) string {
			u, err := strconv.Unquote(s)
			if err != nil {
				tb.Fatalf("corpus.txt:%d: %q: %v", i+1, s, err)
			}
			return u
		}
		if f[0] == "base" && len(f) == 2 {
			base = unq(f[1])
			continue
		}
		if len(f) < 3 || len(f) > 4 || base == "" {
			tb.Fatalf("corpus.txt:%d: want FIELD, INPUT, EXPECT [, TEXT] after a base line: %q", i+1, l)
		}
		c := corpusLine{Line: i + 1, Base: base, Field: f[0], Input: unq(f[1])}
		for _, e := range strings.Split(f[2], ",") {
			if kind, code, ok := strings.Cut(e, ":"); ok && (kind == "error" || kind == "note") && !strings.Contains(code, "@") {
				e += "@" + c.Field
			}
			c.Expect = append(c.Expect, e)
		}
		if len(f) == 4 {
			c.Text = unq(f[3])
		}
		if c.Field != "expr" && c.Field != "url" && !strings.HasPrefix(c.Field, "grid.") {
			tb.Fatalf("corpus.txt:%d: unknown field %q", i+1, c.Field)
		}
		out = append(out, c)
	}
	return out
}

// corpusState is the state a line asks for: its base with the field set to the input.
func corpusState(c corpusLine) (state.State, []state.Problem) {
	if c.Field == "url" {
		return state.Decode(c.Input)
	}
	st, _ := state.Decode(c.Base)
	if c.Field == "expr" {
		st.Expr = c.Input
	} else {
		st.Grid[strings.TrimPrefix(c.Field, "grid.")] = c.Input
	}
	return st, nil
}

// TestCorpusNative checks the corpus's expectations against Go alone
// (web/state, web/explain, web/session), in milliseconds, so that a
// mistake in corpus.txt is told from a mistake of the page: the browser
// test then checks that the page shows what Go decided.
func TestCorpusNative(t *testing.T) {
	lines := loadCorpus(t)
	if len(lines) < 300 {
		t.Errorf("%d inputs in the corpus, want at least 300", len(lines))
	}
	for _, c := range lines {
		st, problems := corpusState(c)
		got := nativeOutcome(st, problems)
		want := slices.Clone(c.Expect)
		slices.Sort(want)
		if want[0] == "ok" {
			want = nil
		}
		if !slices.Equal(got.classes, want) {
			t.Errorf("corpus.txt:%d: %s %.60q: Go gives %v, the corpus expects %v", c.Line, c.Field, c.Input, got.classes, want)
			continue
		}
		if c.Text != "" && !strings.Contains(got.text, c.Text) {
			t.Errorf("corpus.txt:%d: %s %.60q: the messages %q lack %q", c.Line, c.Field, c.Input, got.text, c.Text)
		}
		if err := renders(st); err != nil {
			t.Errorf("corpus.txt:%d: %s %.60q: %v", c.Line, c.Field, c.Input, err)
		}
	}
}

// renders renders the figure of st, as the view would at 360×270 CSS
// pixels, if it can be built: an error if rendering panics or takes more
// than 2 s (a tab would freeze).
func renders(st state.State) error {
	s := session.New(state.Default(), nil)
	s.SetState(state.Resolve(st).State)
	if changed, _ := s.Update(); !changed {
		return nil
	}
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("rendering panics: %v", r)
			}
		}()
		s.Render(360, 270, 1)
		done <- nil
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(2 * time.Second):
		return fmt.Errorf("rendering takes more than 2 s (it does not end: the tab freezes)")
	}
}

type outcome struct {
	classes []string // sorted, as in corpus.txt
	text    string   // the messages, one a line
}

// nativeOutcome is what Go says of st: the fields' errors (state.Resolve,
// or the view's status for what Resolve accepts), the input notes, the
// view's data notes and the link's problems.
func nativeOutcome(st state.State, problems []state.Problem) outcome {
	var o outcome
	msg := func(s string) { o.text += s + "\n" }
	if len(problems) > 0 {
		o.classes = append(o.classes, "banner")
		msg(problems[0].Msg)
	}
	v := state.Resolve(st)
	fieldErr := false
	if e := v.Expr.Error; e != nil {
		o.classes = append(o.classes, fmt.Sprintf("error:%v@expr", e["code"]))
		msg(fmt.Sprint(e["message"]))
		fieldErr = true
	}
	for _, vv := range v.Vars {
		if vv.Error != nil {
			o.classes = append(o.classes, fmt.Sprintf("error:%v@grid.%s", vv.Error["code"], vv.Name))
			msg(fmt.Sprint(vv.Error["message"]))
			fieldErr = true
		}
	}
	// Under a mistake in the function the page shows the grids' notes
	// alone, at their rows (a link that opens on one has a row per grid of
	// the state: state.ResolveRows). A function typed into a base link
	// keeps the base's rows, which are its function's variables: the model
	// takes the state's grids, so every base link's grids must be exactly
	// its function's variables.
	ns, _ := explain.InputNotes(v.State)
	if v.Expr.Error != nil {
		ns = slices.DeleteFunc(ns, func(n explain.Pitfall) bool { return !strings.HasPrefix(n.Field, "grid.") })
	}
	for _, n := range ns {
		o.classes = append(o.classes, "note:"+n.Code+"@"+n.Field)
		msg(n.Message)
	}
	s := session.New(state.Default(), nil)
	s.SetState(v.State)
	_, evs := s.Update()
	for _, ev := range evs {
		switch d := ev.Data.(type) {
		case *state.Info:
			if d != nil && !fieldErr {
				// Drawn stale, with no error at a field: the function's field owns it.
				o.classes = append(o.classes, "error:"+d.Code+"@expr")
				msg(d.Message)
			}
		case []string:
			// Classed by the first note: f's when f is not finite somewhere.
			if len(d) == 0 {
				break
			}
			if strings.Contains(d[0], "NaN at") {
				o.classes = append(o.classes, "notes:nan")
			}
			if strings.Contains(d[0], "Inf at") {
				o.classes = append(o.classes, "notes:inf")
			}
			msg(strings.Join(d, "\n"))
		}
	}
	slices.Sort(o.classes)
	o.classes = slices.Compact(o.classes)
	return o
}

// fastTimers divides the playground's timers of 100 ms or more by 25 (its
// debounces of 250 and 120 ms, the URL's 200 ms throttle), so that the
// corpus runs in a minute: the page takes the same path as with a person
// typing, only sooner. Only the top frame: Go's scheduler in the view
// keeps its clock.
const fastTimers = `if (window === window.top) {
	const st = window.setTimeout;
	window.setTimeout = (f, ms, ...a) => st(f, typeof ms === "number" && ms >= 100 ? ms / 25 : ms, ...a);
}`

// addScript evaluates src in every frame of the tab before its own scripts.
func (b *browser) addScript(tb testing.TB, src string) {
	tb.Helper()
	_, err := chromedp.Run(b.ctx, func(ctx context.Context, t *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
		return cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
	})
	if err != nil {
		tb.Fatal(err)
	}
}

type corpusReport struct {
	Failures []struct {
		Line     int
		Input    string
		Problems []string
	}
	Slowest struct {
		Total, Gap, Dispatch             float64
		TotalLine, GapLine, DispatchLine int
	}
	Steps int
	Times [][7]int // line, good, ms of the step, ms of the longest block; ms to setState, to the status, to the end
}

// TestCorpus types every input of testdata/corpus.txt into the
// playground's controls, each followed by a good input, and checks that
// its message shows next to its input with the expected code or text, that
// the figure is marked stale exactly when the state cannot be drawn (never
// without a message), that everything clears after the good input, that
// the controls and the view hold the same state, and that no input blocks
// the tab for more than a second. A few lines are typed with the keyboard
// (CDP key and text input). Afterwards a good input still draws a new frame,
// the URL holds the state, and Go still answers.
func TestCorpus(t *testing.T) {
	lines := loadCorpus(t)
	// For a quick look: CORPUS_FROM=i and CORPUS_LINES=n run n inputs from the i-th.
	from, _ := strconv.Atoi(os.Getenv("CORPUS_FROM"))
	lines = lines[min(from, len(lines)):]
	if n, err := strconv.Atoi(os.Getenv("CORPUS_LINES")); err == nil {
		lines = lines[:min(n, len(lines))]
	}
	// A state whose figure cannot be rendered (Go panics, or never ends)
	// would freeze the tab for good: such lines fail here, from the native
	// rendering, and are not typed.
	kept := lines[:0:0]
	for _, c := range lines {
		st, _ := corpusState(c)
		if err := renders(st); err != nil {
			t.Errorf("corpus.txt:%d: %s %.60q: not typed: the view would freeze: %v", c.Line, c.Field, c.Input, err)
			continue
		}
		kept = append(kept, c)
	}
	lines = kept
	runner, err := os.ReadFile("testdata/corpus.js")
	if err != nil {
		t.Fatal(err)
	}
	// A small window: each good input renders a new figure, in software.
	b := newBrowserSize(t, 800, 600)
	b.addScript(t, fastTimers)
	b.open(t, "index.html#"+lines[0].Base)
	waitFrames(t, b, viewJS, 0)
	smallView(t, b)
	eval[bool](t, b, string(runner)+";true")
	start := time.Now()
	batch := 25
	if n, err := strconv.Atoi(os.Getenv("CORPUS_BATCH")); err == nil {
		batch = n
	}
	steps := 0
	for i := 0; i < len(lines); i += batch {
		js, _ := json.Marshal(lines[i:min(i+batch, len(lines))])
		r := eval[corpusReport](t, b, "corpus.run("+string(js)+")")
		for _, f := range r.Failures {
			t.Errorf("corpus.txt:%d: %.80q:\n\t%s", f.Line, f.Input, strings.Join(f.Problems, "\n\t"))
		}
		s := r.Slowest
		t.Logf("lines %d-%d: %d steps; slowest step %.0f ms (line %d), longest block %.0f ms (line %d), longest dispatch %.1f ms (line %d)",
			lines[i].Line, lines[min(i+batch, len(lines))-1].Line, r.Steps, s.Total, s.TotalLine, s.Gap, s.GapLine, s.Dispatch, s.DispatchLine)
		steps += r.Steps
		if os.Getenv("CORPUS_TIMES") != "" {
			t.Logf("times: %v", r.Times)
		}
	}
	t.Logf("%d inputs, %d steps in %v", len(lines), steps, time.Since(start).Round(time.Millisecond))

	// Keyboard input: a few lines typed key by key (ASCII) or inserted as
	// text (what an IME or a paste sends), each then checked.
	keyed := 0
	for _, c := range lines {
		if c.Field == "url" || len(c.Input) == 0 || len(c.Input) > 24 || c.Line%31 != 0 {
			continue
		}
		js, _ := json.Marshal(c)
		eval[[]string](t, b, "corpus.open("+string(js)+".base)")
		m := eval[map[string]int](t, b, "corpus.prepare("+string(js)+")")
		if ascii(c.Input) {
			b.do(t, 10*time.Second, chromedp.KeyEvent(c.Input))
		} else {
			_, err := chromedp.Run(b.ctx, func(ctx context.Context, t *chromedp.Target) (cdp.Empty, error) {
				return cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: c.Input})
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		mj, _ := json.Marshal(m)
		if bad := eval[[]string](t, b, "corpus.after("+string(js)+", "+string(mj)+")"); len(bad) > 0 {
			t.Errorf("corpus.txt:%d: %.80q typed with the keyboard:\n\t%s", c.Line, c.Input, strings.Join(bad, "\n\t"))
		}
		keyed++
	}
	t.Logf("%d lines typed with the keyboard", keyed)

	// After it all: a good input draws a new frame, the URL holds the
	// state, Go answers.
	n := eval[int](t, b, viewJS+".frames")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => { const e = document.getElementById("expr");
		e.value = "sin(x)*cos(y)"; e.dispatchEvent(new Event("input", {bubbles: true})); })()`))
	waitFrames(t, b, viewJS, n)
	if h := waitHash(t, b, "expr=sin(x)*cos(y)"); !strings.Contains(h, "expr=sin(x)*cos(y)") {
		t.Errorf("the URL is %s", h)
	}
	same := eval[bool](t, b, `location.hash === "#" + `+viewJS+`.encodeState(`+viewJS+`.getState())`)
	if !same {
		t.Errorf("the URL %s is not the view's state", eval[string](t, b, "location.hash"))
	}
	if vars := eval[[]string](t, b, `gradplay.parse("q*chi").vars`); fmt.Sprint(vars) != "[q chi]" {
		t.Errorf("gradplay.parse after the corpus: %v", vars)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// ascii reports whether s is printable ASCII (typed key by key).
func ascii(s string) bool {
	for _, r := range s {
		if r < ' ' || r > '~' {
			return false
		}
	}
	return true
}

package state_test

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/state"
)

func TestParseViewOptions(t *testing.T) {
	for _, c := range []struct {
		query  string
		want   state.ViewOptions
		fields []string // of the problems
	}{
		{"", state.ViewOptions{}, nil},
		{"?theme=dark&controls=min", state.ViewOptions{Theme: "dark", Controls: "min"}, nil},
		{"theme=light&theme=auto", state.ViewOptions{}, nil}, // the last wins
		{"lazy&poster=figs/grad%20f.png", state.ViewOptions{Lazy: true, Poster: "figs/grad f.png"}, nil},
		{"lazy=1&nowebgl", state.ViewOptions{Lazy: true, NoWebGL: true}, nil},
		{"lazy=0", state.ViewOptions{}, nil},
		{"poster=/img/a.png?v=2", state.ViewOptions{Poster: "/img/a.png?v=2"}, nil},
		{"poster=../a.png", state.ViewOptions{Poster: "../a.png"}, nil},
		// Refused: other sites, other schemes, odd values.
		{"theme=purple&controls=all", state.ViewOptions{}, []string{"view.theme", "view.controls"}},
		{"poster=https://evil.example/x.png", state.ViewOptions{}, []string{"view.poster"}},
		{"poster=//evil.example/x.png", state.ViewOptions{}, []string{"view.poster"}},
		{"poster=/%5Cevil.example/x.png", state.ViewOptions{}, []string{"view.poster"}},
		{"poster=javascript:alert(1)", state.ViewOptions{}, []string{"view.poster"}},
		{"poster=data:image/png;base64,AAAA", state.ViewOptions{}, []string{"view.poster"}},
		{"poster=a.png%0Ab", state.ViewOptions{}, []string{"view.poster"}},
		{"lazy=maybe&zoom=2&%zz", state.ViewOptions{}, []string{"view.lazy", "view", "view"}},
	} {
		got, ps := state.ParseViewOptions(c.query)
		var fields []string
		for _, p := range ps {
			fields = append(fields, p.Field)
		}
		if got != c.want || !slices.Equal(fields, c.fields) {
			t.Errorf("ParseViewOptions(%q) = %+v, %v; want %+v, problems at %v", c.query, got, ps, c.want, c.fields)
		}
	}
	if _, ps := state.ParseViewOptions(strings.Repeat("a", state.MaxURLLen+1)); len(ps) != 1 {
		t.Errorf("an overlong query: %v", ps)
	}
}

func TestStripLines(t *testing.T) {
	r := &state.Readout{
		Vars: []string{"x", "y"}, Point: map[string]float64{"x": 0.04000000000000001, "y": -1},
		F: 1.0 / 3, Grad: map[string]float64{"x": 2, "y": 1e-7}, Exact: map[string]float64{"x": 2, "y": math.NaN()},
		Edge: map[string]bool{"y": true}, Pinned: true,
	}
	lines := state.StripLines(r)
	var text []string
	var full []string
	for _, l := range lines {
		var b strings.Builder
		for _, p := range l {
			b.WriteString(p.Text)
			if p.Full != "" {
				full = append(full, p.Text+"="+p.Full)
			}
		}
		text = append(text, b.String())
	}
	want := []string{"pinned: x = 0.04, y = -1   f = 0.333333", "∇f grid: ∂f/∂x = 2, ∂f/∂y = 1.000e-7 (edge)   exact: 2, nan"}
	if !slices.Equal(text, want) {
		t.Errorf("strip\n%q\nwant\n%q", text, want)
	}
	// Every compact number keeps its exact value; exact ones need none.
	wantFull := []string{"0.04=0.04000000000000001", "0.333333=0.3333333333333333"}
	if !slices.Equal(full, wantFull) {
		t.Errorf("full values %q, want %q", full, wantFull)
	}
	if state.StripLines(nil) != nil {
		t.Error("no read-out should give no lines")
	}
}

func TestRepr(t *testing.T) {
	// The expected texts are Python 3.11's repr of the same floats.
	for x, want := range map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 123456789012345: "123456789012345.0", 1e-5: "1e-05",
		0.0001: "0.0001", -2.5e300: "-2.5e+300", math.Inf(-1): "-inf", math.Copysign(0, -1): "-0.0", 1e6: "1000000.0",
	} {
		if got := state.Repr(x); got != want {
			t.Errorf("Repr(%v) = %q, want %q", x, got, want)
		}
	}
}

func TestSnippets(t *testing.T) {
	st := state.State{Expr: "sin(x)*y", Grid: map[string]string{"x": "-3:3:31j"}, EdgeOrder: 1}
	sn, err := state.Snippets(st, "https://notes.example/gradplay/index.html?x=1#old", "")
	if err != nil {
		t.Fatal(err)
	}
	view := "https://notes.example/gradplay/view.html#expr=sin(x)*y&amp;grid.x=-3:3:31j"
	hosts := map[string]string{}
	for _, s := range sn {
		hosts[s.Host] = s.Code
		if s.Label == "" || s.Note == "" {
			t.Errorf("%s: label %q, note %q", s.Host, s.Label, s.Note)
		}
	}
	for host, want := range map[string][]string{
		"html":     {`<iframe src="` + view + `" title="gradplay: the gradient of f = sin(x)*y, as numpy.gradient computes it" loading="lazy" width="100%" height="480" allow="fullscreen; clipboard-write"`},
		"myst":     {":::{iframe} https://notes.example/gradplay/view.html#expr=sin(x)*y&grid.x=-3:3:31j\n", "\n:placeholder: gradplay.png\n", "\n:::"},
		"quarto":   {`data-external="1"`, `when-format="html"`, `unless-format="html"`, "gradplay.png"},
		"sphinx":   {".. raw:: html\n\n   <iframe ", `class="no-blend"`},
		"markdown": {`[![gradplay: the gradient of f = sin(x)\*y, as numpy.gradient computes it](gradplay.png)](https://notes.example/gradplay/#expr=sin%28x%29*y&grid.x=-3:3:31j)`},
	} {
		for _, w := range want {
			if !strings.Contains(hosts[host], w) {
				t.Errorf("%s snippet\n%s\nlacks %q", host, hosts[host], w)
			}
		}
	}
	if len(sn) != 5 {
		t.Errorf("%d snippets", len(sn))
	}
	// Markup in the function is escaped for each host.
	sn, _ = state.Snippets(state.State{Expr: `x<"y">&[z]`, EdgeOrder: 1}, "http://h/", "my fig.png")
	if c := sn[0].Code; strings.Contains(c, `<"y">`) || !strings.Contains(c, "x&lt;&#34;y&#34;&gt;&amp;[z]") {
		t.Errorf("html snippet not escaped: %s", c)
	}
	if c := sn[4].Code; !strings.Contains(c, `x\<"y"\>&\[z\]`) || !strings.Contains(c, "(my%20fig.png)") {
		t.Errorf("markdown snippet not escaped: %s", c)
	}
	for _, base := range []string{"", "javascript:alert(1)", "file:///x/", "notes/"} {
		if _, err := state.Snippets(st, base, ""); err == nil {
			t.Errorf("base %q accepted", base)
		}
	}
}

// TestStripHintInPage checks view.html's read-out strip, which shows before
// Go runs, against Go's hint (the one text, written twice).
func TestStripHintInPage(t *testing.T) {
	b, err := os.ReadFile("../static/view.html")
	if err != nil {
		t.Fatal(err)
	}
	if want := `<span class="hint">` + state.StripHint + `</span>`; !strings.Contains(string(b), want) {
		t.Errorf("view.html's read-out strip does not start with Go's hint %q", want)
	}
}

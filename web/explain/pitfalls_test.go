package explain_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/state"
)

// seed is the question that started gradplay, on numpy.mgrid's grid.
var seed = state.State{Expr: "q*chi*delta",
	Grid: map[string]string{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"}}

func pitfalls(t *testing.T, st state.State) map[string]explain.Pitfall {
	t.Helper()
	ps, err := explain.Pitfalls(st)
	if err != nil {
		t.Fatalf("%s: %v", st.Expr, err)
	}
	m := map[string]explain.Pitfall{}
	for _, p := range ps {
		if _, dup := m[p.Code]; dup {
			t.Errorf("%s: %s twice", st.Expr, p.Code)
		}
		if p.Message == "" || p.Fix == "" || strings.Contains(p.Fix, "\n") {
			t.Errorf("%s: %s: message %q, fix %q", st.Expr, p.Code, p.Message, p.Fix)
		}
		m[p.Code] = p
	}
	return m
}

func codes(m map[string]explain.Pitfall) []string {
	var cs []string
	for c := range m {
		cs = append(cs, c)
	}
	slices.Sort(cs)
	return cs
}

// TestPitfallsSeed: on -100:101:25 the step is 25, so np.gradient(F) is 25
// times too large for each variable; f is symmetric in q and chi on a
// square grid (meshgrid's indexing changes nothing) and linear along each
// axis (edge_order changes nothing).
func TestPitfallsSeed(t *testing.T) {
	m := pitfalls(t, seed)
	if got := codes(m); !slices.Equal(got, []string{explain.ReturnsList, explain.SpacingOmitted}) {
		t.Fatalf("codes %v", got)
	}
	p := m[explain.SpacingOmitted]
	for _, v := range []string{"q", "chi", "delta"} {
		if p.Factor[v] != (explain.Range{Min: 25, Max: 25}) {
			t.Errorf("factor of %s: %+v, want 25", v, p.Factor[v])
		}
	}
	want := "np.gradient(F) without the coordinates gives the change per index step: 25× too large for q, chi and delta."
	if p.Message != want {
		t.Errorf("message\n%s\nwant\n%s", p.Message, want)
	}
	if p.Fix != "pass the coordinates: np.gradient(F, q, chi, delta)" {
		t.Errorf("fix %q", p.Fix)
	}
	if !strings.Contains(m[explain.ReturnsList].Fix, "dF_dq, dF_dchi, dF_ddelta = np.gradient(F, q, chi, delta)") {
		t.Errorf("returns_list fix %q", m[explain.ReturnsList].Fix)
	}
}

// TestPitfallsNotes: the parser's note on xy, and a step that looks like a
// count (-2:2:21 has one point), reported even though the field cannot be
// computed on one point.
func TestPitfallsNotes(t *testing.T) {
	ps, err := explain.Pitfalls(state.State{Expr: "x*y + xy", Grid: map[string]string{"x": "-2:2:21", "y": "np.arange(0, 1, 5)"}})
	if err == nil {
		t.Error("no error for a grid of one point")
	}
	want := []explain.Pitfall{
		{Code: explain.JoinedNames, Message: "xy is one variable; did you mean x*y?", Fix: "write x*y for the product",
			Field: "expr", Span: &explain.Span{Offset: 6, End: 8}, Vars: []string{"xy"}},
		{Code: explain.StepLikeCount, Message: "x's grid -2:2:21 steps by 21 from -2 and so has 1 point (-2); did you mean -2:2:21j, 21 points?",
			Fix: "write -2:2:21j", Field: "grid.x", Span: &explain.Span{Offset: 0, End: 7}, Vars: []string{"x"}},
		{Code: explain.StepLikeCount, Message: "np.arange(0, 1, 5) steps by 5 from 0 and so has 1 point (0); did you mean np.linspace(0, 1, 5), 5 points?",
			Fix: "write np.linspace(0, 1, 5)", Field: "grid.y", Span: &explain.Span{Offset: 0, End: 18}, Vars: []string{"y"}},
	}
	got, _ := json.Marshal(ps)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("got\n%s\nwant\n%s", got, wantJSON)
	}
	// A real step is not a count; the notes stay when the grid is fine.
	m := pitfalls(t, state.State{Expr: "x*y + xy", Grid: map[string]string{"x": "-100:101:25", "y": "0:1:5j", "xy": "[1, 2]"}})
	if _, ok := m[explain.StepLikeCount]; ok {
		t.Error("-100:101:25 taken for a count")
	}
	if _, ok := m[explain.JoinedNames]; !ok {
		t.Error("no joined_names note")
	}
}

// TestPitfallsNonUniform: x**2 on [0, 1, 1.5, 3.5, 4, 6]. np.gradient(x) is
// [1, 0.75, 1.25, 1.25, 1.25, 2]; edge_order=1's one-sided differences are
// 1 at x = 0 and 10 at x = 6 where f' is 0 and 12 (errors 1 and 2), and
// edge_order=2 is exact for a quadratic.
func TestPitfallsNonUniform(t *testing.T) {
	m := pitfalls(t, state.State{Expr: "x**2", Grid: map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}})
	if got := codes(m); !slices.Equal(got, []string{explain.EdgeOrder, explain.SpacingOmitted}) {
		t.Fatalf("codes %v", got)
	}
	if f := m[explain.SpacingOmitted].Factor["x"]; f != (explain.Range{Min: 0.75, Max: 2}) {
		t.Errorf("factor %+v", f)
	}
	e := m[explain.EdgeOrder].EdgeError["x"]
	if e.Order1 != 2 || e.Order2 > 1e-13 || e.Interior > 1e-13 {
		t.Errorf("edge errors %+v", e)
	}
	if !strings.Contains(m[explain.EdgeOrder].Message, "is 2 (∂f/∂x)") || m[explain.EdgeOrder].Fix != "pass edge_order=2: np.gradient(F, x, edge_order=2)" {
		t.Errorf("edge_order: %q, %q", m[explain.EdgeOrder].Message, m[explain.EdgeOrder].Fix)
	}
}

// TestPitfallsMeshgrid: a grid that is not square makes np.gradient fail
// after meshgrid's default indexing; a square one with other coordinates,
// or f not symmetric, swaps the derivatives; symmetric f on the same
// coordinates is left alone.
func TestPitfallsMeshgrid(t *testing.T) {
	for _, tc := range []struct {
		expr, x, y string
		want       string // in the message; "" for no pitfall
		shape      []int
	}{
		{"x*y**2", "-3:3:41j", "-2:2:21j", "F has shape (21, 41) instead of (41, 21); np.gradient(F, x, y) then fails", []int{21, 41}},
		{"x*y", "-3:3:41j", "-2:2:41j", "dF_dx then holds ∂f/∂y differenced over x's coordinates", []int{41, 41}},
		{"x*y**2", "-3:3:41j", "-3:3:41j", "dF_dx then holds ∂f/∂y and dF_dy holds ∂f/∂x", []int{41, 41}},
		{"x*y + sin(x)*sin(y)", "-3:3:41j", "-3:3:41j", "", nil},
	} {
		m := pitfalls(t, state.State{Expr: tc.expr, Grid: map[string]string{"x": tc.x, "y": tc.y}})
		p, ok := m[explain.MeshgridXY]
		switch {
		case tc.want == "" && ok:
			t.Errorf("%s on %s, %s: %q", tc.expr, tc.x, tc.y, p.Message)
		case tc.want != "" && (!strings.Contains(p.Message, tc.want) || !slices.Equal(p.Shape, tc.shape)):
			t.Errorf("%s on %s, %s: %q, shape %v; want %q, %v", tc.expr, tc.x, tc.y, p.Message, p.Shape, tc.want, tc.shape)
		}
	}
	// One variable: neither meshgrid nor a list.
	m := pitfalls(t, state.State{Expr: "sin(x)", Grid: map[string]string{"x": "0:1:11j"}})
	if got := codes(m); !slices.Equal(got, []string{explain.EdgeOrder, explain.SpacingOmitted}) {
		t.Errorf("sin(x): codes %v", got)
	}
}

// TestPitfallsErrors: an expression that does not parse gives its error and
// no pitfalls; every state of the code tests gives pitfalls that marshal to
// JSON (no NaN) with camelCase keys.
func TestPitfallsErrors(t *testing.T) {
	ps, err := explain.Pitfalls(state.State{Expr: "sinn(x)"})
	var ee *expr.Error
	if !errors.As(err, &ee) || ps != nil {
		t.Errorf("sinn(x): %v, %v", ps, err)
	}
	if _, err := explain.Pitfalls(state.State{Expr: "2"}); err != state.ErrNoVariables {
		t.Errorf("2: %v", err)
	}
	for _, st := range codeStates {
		ps, err := explain.Pitfalls(st)
		if err != nil {
			t.Fatalf("%s: %v", st.Expr, err)
		}
		b, err := json.Marshal(ps)
		if err != nil {
			t.Fatalf("%s: %v", st.Expr, err)
		}
		for _, p := range ps {
			for _, r := range p.Factor {
				if math.IsNaN(r.Min) || r.Min > r.Max {
					t.Errorf("%s: factor %+v", st.Expr, r)
				}
			}
		}
		if strings.Contains(string(b), "edge_error") || (strings.Contains(string(b), `"edge_order"`) && !strings.Contains(string(b), `"edgeError"`)) {
			t.Errorf("%s: %s", st.Expr, b)
		}
	}
}

// TestPitfallsClaims checks with numpy what the pitfalls say, on the
// generated code of each state: np.gradient(F) over np.gradient(F, coords)
// is the factor (uniform grids); np.meshgrid's "xy" arrays, F with its first
// two axes swapped, have the stated shape and make np.gradient fail when
// the grid is not square, and equal F when the pitfall is left out; and
// np.gradient of several variables returns a list.
func TestPitfallsClaims(t *testing.T) {
	needPython(t)
	states := []state.State{seed,
		{Expr: "sin(x)*exp(-y**2)", Grid: map[string]string{"x": "-3:3:41j", "y": "-2:2:41j"}},
		{Expr: "x*y**2", Grid: map[string]string{"x": "-3:3:41j", "y": "-2:2:21j"}},
		{Expr: "x*y + sin(x)*sin(y)", Grid: map[string]string{"x": "-3:3:41j", "y": "-3:3:41j"}},
		{Expr: "x**3*z + y", Grid: map[string]string{"x": "0:1:0.125", "y": "[0, 0.5, 2]", "z": "-1:1:5j"}},
	}
	var progs []string
	var pits []map[string]explain.Pitfall
	for _, st := range states {
		code, err := explain.NumpyCode(st)
		if err != nil {
			t.Fatal(err)
		}
		sc, _ := state.Build(st)
		coord, f, grad := explain.PyNames(sc.Vars)
		cs, gs := strings.Join(coord, ", "), strings.Join(grad, ", ")
		progs = append(progs, code+`
_big = lambda b: np.abs(b) > 1e-6*np.abs(b).max()  # away from rounding noise around 0
_r = [(a/b)[_big(b)] for a, b in zip(np.gradient(`+f+`), [`+gs+`])]
_xy = np.swapaxes(`+f+`, 0, 1)
try:
    np.gradient(_xy, `+cs+`)
    _fails = False
except ValueError:
    _fails = True
_dump({"factor": [[float(np.nanmin(r)), float(np.nanmax(r))] for r in _r], "shape": list(_xy.shape),
    "fails": _fails, "same": bool(np.array_equal(_xy, `+f+`)), "list": type(np.gradient(`+f+`, `+cs+`)).__name__})
`)
		pits = append(pits, pitfalls(t, st))
	}
	var got []struct {
		Error  string
		Factor [][2]float64
		Shape  []int
		Fails  bool
		Same   bool
		List   string
	}
	runPython(t, progs, &got)
	for k, st := range states {
		g, m := got[k], pits[k]
		if g.Error != "" {
			t.Fatalf("%s: %s", st.Expr, g.Error)
		}
		sc, _ := state.Build(st)
		for a, v := range sc.Vars {
			r, ok := m[explain.SpacingOmitted].Factor[v]
			if !ok || r.Min != r.Max {
				continue // non-uniform: the factor is dx/di, np.gradient(F)'s ratio only near it
			}
			if math.Abs(g.Factor[a][0]-r.Min) > 1e-9*math.Abs(r.Min) || math.Abs(g.Factor[a][1]-r.Min) > 1e-9*math.Abs(r.Min) {
				t.Errorf("%s: np.gradient(F)/np.gradient(F, ...) for %s is %v, the pitfall says %v", st.Expr, v, g.Factor[a], r.Min)
			}
		}
		p, ok := m[explain.MeshgridXY]
		switch {
		case !ok && !g.Same:
			t.Errorf("%s: no meshgrid_xy, but the xy arrays differ", st.Expr)
		case ok && g.Same:
			t.Errorf("%s: meshgrid_xy, but the xy arrays are F's", st.Expr)
		case ok && !slices.Equal(p.Shape, g.Shape):
			t.Errorf("%s: shape %v, numpy's %v", st.Expr, p.Shape, g.Shape)
		case ok && g.Fails != strings.Contains(p.Message, "fails"):
			t.Errorf("%s: np.gradient fails: %v; the pitfall: %q", st.Expr, g.Fails, p.Message)
		}
		if _, ok := m[explain.ReturnsList]; ok != (g.List == "list") {
			t.Errorf("%s: np.gradient returns a %s; returns_list %v", st.Expr, g.List, ok)
		}
	}
}

// BenchmarkPitfalls times the pitfalls of the page's first state (21³
// points): two fields, edge_order 1 with the exact gradient and edge_order 2.
func BenchmarkPitfalls(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := explain.Pitfalls(state.Default()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNumpyCode times the code of the page's first state: a scene
// (field and figure) and the text.
func BenchmarkNumpyCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := explain.NumpyCode(state.Default()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestInputNotesLookAlike: the parser's notes on look-alike characters and
// on a literal that underflows keep their own codes (they were all
// reported as joined_names, with the fix "put * between the names").
func TestInputNotesLookAlike(t *testing.T) {
	ps, err := explain.InputNotes(state.State{Expr: "x\u2212y\u00a0+ 1e-400 + x\u00b2\u200b", Grid: map[string]string{}})
	if err != nil {
		t.Fatal(err)
	}
	want := []explain.Pitfall{
		{Code: explain.LookAlike, Message: `U+2212 MINUS SIGN read as "-"`, Fix: `type "-" on the keyboard`,
			Field: "expr", Span: &explain.Span{Offset: 1, End: 4}},
		{Code: explain.LookAlike, Message: "U+00A0 NO-BREAK SPACE read as a space", Fix: "type a plain space",
			Field: "expr", Span: &explain.Span{Offset: 5, End: 7}},
		{Code: explain.NumberTooSmall, Message: "1e-400 is below the smallest float64 and reads as 0",
			Fix: "write 0 if zero is meant, or rescale the function", Field: "expr", Span: &explain.Span{Offset: 9, End: 15}},
		{Code: explain.LookAlike, Message: `U+00B2 SUPERSCRIPT TWO read as "**2"`, Fix: `type "**2" on the keyboard`,
			Field: "expr", Span: &explain.Span{Offset: 19, End: 21}},
		{Code: explain.LookAlike, Message: "U+200B ZERO WIDTH SPACE ignored", Fix: "delete the invisible character",
			Field: "expr", Span: &explain.Span{Offset: 21, End: 24}},
	}
	got, _ := json.Marshal(ps)
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("got\n%s\nwant\n%s", got, wantJSON)
	}
}

// TestInputNotesUnderMistake: while the function has a mistake (a syntax
// error, a constant) it has no variables, and the notes are those of the
// grids the state keeps, each at its own field, with the function's error.
func TestInputNotesUnderMistake(t *testing.T) {
	for _, src := range []string{"x*(y", "3"} {
		ps, err := explain.InputNotes(state.State{Expr: src, Grid: map[string]string{"y": "-2:2:21", "x": "0:1:3", "z": "-1:1:5j"}})
		if err == nil {
			t.Errorf("%q: no error", src)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.Code+" "+p.Field)
		}
		if want := []string{"step_like_count grid.x", "step_like_count grid.y"}; !slices.Equal(got, want) {
			t.Errorf("%q: notes %q, want %q", src, got, want)
		}
	}
}

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

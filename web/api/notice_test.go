package api_test

import (
	"fmt"
	"testing"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/state"
)

func TestNotice(t *testing.T) {
	for _, c := range []struct {
		name  string
		p     api.NoticeParts
		drawn bool
		want  string
	}{
		{"nothing", api.NoticeParts{}, true, ""},
		{"stale over a figure", api.NoticeParts{Stale: "unexpected end of the function"}, true,
			"Not drawn: unexpected end of the function. The figure shows the last state that could be drawn."},
		// A link that opens on a mistake: no figure is left to show.
		{"stale, nothing drawn", api.NoticeParts{Stale: "unexpected end of the function"}, false,
			"Not drawn: unexpected end of the function."},
		{"every part", api.NoticeParts{
			Options:  []state.Problem{{Msg: `theme "pink" is not light or dark`}},
			Link:     []state.Problem{{Msg: "edgeOrder must be 1 or 2"}, {Msg: "pin is outside the grid"}},
			Fallback: "this browser has no WebGL2",
			Stale:    "x is not a variable of the grid",
			Notes:    []string{"f is NaN at 3 nodes", ""},
		}, true, "Some options in the link could not be used:\n• theme \"pink\" is not light or dark\n" +
			"Some settings in the link could not be used:\n• edgeOrder must be 1 or 2\n• pin is outside the grid\n" +
			"this browser has no WebGL2: showing a static rendering (no hover read-out).\n" +
			"Not drawn: x is not a variable of the grid. The figure shows the last state that could be drawn.\n" +
			"f is NaN at 3 nodes"},
	} {
		if got := api.Notice(c.p, c.drawn); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// A link opens on a function with a mistake: the view has no figure yet,
// so the notice says only why nothing is drawn.
func ExampleNotice() {
	fmt.Println(api.Notice(api.NoticeParts{Stale: "unexpected end of the function"}, false))
	fmt.Println(api.Notice(api.NoticeParts{Stale: "unexpected end of the function"}, true))
	// Output:
	// Not drawn: unexpected end of the function.
	// Not drawn: unexpected end of the function. The figure shows the last state that could be drawn.
}

// TestNoticeCall goes through the JS entries: the parts as plain values
// (the problems as decodeState gives them), and drawn from the session.
func TestNoticeCall(t *testing.T) {
	a, s := newAPI()
	parts := map[string]any{"stale": "x is not a variable", "link": []any{map[string]any{"field": "pin", "message": "pin is outside the grid"}}}
	want := "Some settings in the link could not be used:\n• pin is outside the grid\nNot drawn: x is not a variable."
	if got := call(t, a, "notice", parts); got != want {
		t.Errorf("notice before a scene: %q, want %q", got, want)
	}
	s.SetState(state.State{Expr: "x*y", Grid: map[string]string{"x": "0:1:3j", "y": "0:1:3j"}})
	if changed, _ := s.Update(); !changed {
		t.Fatal("no scene")
	}
	if got := call(t, a, "notice", parts); got != want+" The figure shows the last state that could be drawn." {
		t.Errorf("notice over a figure: %q", got)
	}
	if got := call(t, a, "notice"); got != "" {
		t.Errorf("notice of nothing: %q", got)
	}
	if got := call(t, a, "linkNote", []any{}); got != "" {
		t.Errorf("linkNote of no problems: %q", got)
	}
	fails(t, a, state.CodeInvalidArgument, "notice", map[string]any{"notes": "f is NaN"})
}

// TestReadoutHint checks the strip's text before a node is read: how to
// hover and pin, unless the view renders the 2-D fallback (its reason, a
// non-empty string, or true).
func TestReadoutHint(t *testing.T) {
	a, _ := newAPI()
	for _, c := range []struct {
		arg  any
		want string
	}{{nil, state.StripHint}, {"", state.StripHint}, {false, state.StripHint},
		{"no WebGL2", state.StripStatic}, {true, state.StripStatic}} {
		args := []any{c.arg}
		if c.arg == nil {
			args = nil
		}
		if got := call(t, a, "readoutHint", args...); got != c.want {
			t.Errorf("readoutHint(%v) = %q, want %q", c.arg, got, c.want)
		}
	}
}

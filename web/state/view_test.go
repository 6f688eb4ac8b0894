package state

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// TestResolve runs testdata/resolve.json: each case is a link (frag, read
// with Decode) or a state as the JS API passes it (state), and the parts of
// its View that must be as given (want: objects match key by key, arrays
// element by element and in full length); rows are the grid rows the page
// shows (ResolveRows).
func TestResolve(t *testing.T) {
	b, err := os.ReadFile("testdata/resolve.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name  string
		Frag  *string
		State *State
		Rows  []string
		Want  any
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		var st State
		switch {
		case c.Frag != nil:
			var ps []Problem
			if st, ps = Decode(*c.Frag); len(ps) > 0 {
				t.Errorf("%s: the link has problems %v", c.Name, ps)
			}
		case c.State != nil:
			st = *c.State
		default:
			t.Fatalf("%s: neither frag nor state", c.Name)
		}
		before := st.Clone()
		v := ResolveRows(st, c.Rows)
		if !reflect.DeepEqual(st, before) {
			t.Errorf("%s: Resolve changed its argument", c.Name)
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		var got any
		json.Unmarshal(out, &got)
		for _, d := range mismatches("", got, c.Want) {
			t.Errorf("%s: %s", c.Name, d)
		}
	}
}

// mismatches lists where got differs from the parts of it that want gives.
func mismatches(path string, got, want any) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s is %v, want an object", path, got)}
		}
		var out []string
		for k, wv := range w {
			gv, ok := g[k]
			if !ok {
				out = append(out, fmt.Sprintf("%s.%s is missing", path, k))
				continue
			}
			out = append(out, mismatches(path+"."+k, gv, wv)...)
		}
		return out
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return []string{fmt.Sprintf("%s is %v, want %d items", path, got, len(w))}
		}
		var out []string
		for i := range w {
			out = append(out, mismatches(fmt.Sprintf("%s[%d]", path, i), g[i], w[i])...)
		}
		return out
	}
	if !reflect.DeepEqual(got, want) {
		return []string{fmt.Sprintf("%s = %v, want %v", path, got, want)}
	}
	return nil
}

// TestResolveAsBuild: the view's axes and slider positions are those of the
// scene Build makes of the same state, and its state builds the same figure.
func TestResolveAsBuild(t *testing.T) {
	spec := map[string]string{"a": "0:1:5j", "b": "0:1:4j", "c": "[0, 1, 3]", "d": "-1:1.5:0.5"}
	names := []string{"", "a", "b", "c", "d", "e"}
	for _, src := range []string{"a", "a*b", "a*b*c", "d*c*b*a"} {
		for _, x := range names {
			for _, y := range names {
				st := State{Expr: src, Grid: spec, X: x, Y: y, At: map[string]int{"a": 4, "b": 7, "c": 2, "d": -1}, EdgeOrder: 1}
				v := Resolve(st)
				sc, err := Build(st)
				if err != nil {
					t.Fatal(err)
				}
				want := fmt.Sprint(sc.Vars[sc.XVar], " ", "")
				if sc.YVar >= 0 {
					want = fmt.Sprint(sc.Vars[sc.XVar], " ", sc.Vars[sc.YVar])
				}
				if got := v.X + " " + v.Y; got != want {
					t.Errorf("%s x=%q y=%q: Resolve's axes %q, Build's %q", src, x, y, got, want)
				}
				for _, s := range v.Sliders {
					if i := indexOf(sc.Vars, s.Var); i < 0 || s.At != sc.Fixed[i] {
						t.Errorf("%s x=%q y=%q: slider %s at %d, Build holds it at %v", src, x, y, s.Var, s.At, sc.Fixed)
					}
				}
				if len(v.Sliders) != max(0, len(sc.Vars)-2) {
					t.Errorf("%s: %d sliders", src, len(v.Sliders))
				}
				sv, err := Build(v.State)
				if err != nil || sv.XVar != sc.XVar || sv.YVar != sc.YVar || !reflect.DeepEqual(sv.Fixed, sc.Fixed) {
					t.Errorf("%s x=%q y=%q: the view's state builds another scene (%v)", src, x, y, err)
				}
			}
		}
	}
}

func indexOf(vs []string, v string) int {
	for i, w := range vs {
		if w == v {
			return i
		}
	}
	return -1
}

// TestResolveLongGrid: a slider over more points than MaxSliderLabels has
// no labels (the page shows the index).
func TestResolveLongGrid(t *testing.T) {
	n := MaxListedCoords + 1
	v := Resolve(State{Expr: "x*y*z", Grid: map[string]string{"x": "0:1:2j", "y": "0:1:2j", "z": fmt.Sprintf("0:1:%dj", n)}})
	if len(v.Sliders) != 1 {
		t.Fatalf("sliders %+v", v.Sliders)
	}
	s := v.Sliders[0]
	if s.Max != n-1 || s.At != (n-1)/2 || s.Labels != nil {
		t.Errorf("slider max %d at %d, %d labels", s.Max, s.At, len(s.Labels))
	}
	if v.Vars[2].Info != "100001 points, 0 … 1" {
		t.Errorf("info %q", v.Vars[2].Info)
	}
}

// TestResolveNonFinite: a grid with NaN or ±Inf (numpy's linspace whose
// step overflows) is shown by its labels, without the numbers JSON cannot
// hold, and the view still marshals.
func TestResolveNonFinite(t *testing.T) {
	v := Resolve(State{Expr: "x*y*z", Grid: map[string]string{"z": "linspace(-1.7e308, 1.7e308, 3)"}})
	if v.Vars[2].Grid != nil || v.Vars[0].Grid == nil || len(v.Sliders) != 1 {
		t.Errorf("grids %+v %+v, sliders %+v", v.Vars[0].Grid, v.Vars[2].Grid, v.Sliders)
	}
	if _, err := json.Marshal(v); err != nil {
		t.Error(err)
	}
}

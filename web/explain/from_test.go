package explain_test

import (
	"reflect"
	"testing"

	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/state"
)

// TestFrom: NumpyCodeFrom and PitfallsFrom give what NumpyCode and Pitfalls
// give, whatever the scene they are handed: the state's own (its field
// reused), one of another slice or display (reused), of edge_order 2 or of
// other grids or another function (not reused), or none.
func TestFrom(t *testing.T) {
	st := state.State{Expr: "sin(x)*cos(y)*z", Grid: map[string]string{"x": "-2:2:11j", "y": "0:3:9j", "z": "1:2:5j"}}
	with := func(f func(*state.State)) state.State {
		s := st.Clone()
		f(&s)
		return s
	}
	for _, tc := range []struct {
		name string
		prev state.State
	}{
		{"same", st},
		{"another slice", with(func(s *state.State) { s.At = map[string]int{"z": 1} })},
		{"edge_order 2", with(func(s *state.State) { s.EdgeOrder = 2 })},
		{"other grids", with(func(s *state.State) { s.Grid["y"] = "0:3:7j" })},
		{"another function", with(func(s *state.State) { s.Expr = "x*y*z" })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prev, err := state.Build(tc.prev)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []state.State{st, with(func(s *state.State) { s.EdgeOrder = 2 })} {
				want, err := explain.NumpyCode(s)
				if err != nil {
					t.Fatal(err)
				}
				if got, err := explain.NumpyCodeFrom(prev, s); err != nil || got != want {
					t.Errorf("NumpyCodeFrom (edge_order %d) differs from NumpyCode (error %v):\n%s\nwant\n%s", s.EdgeOrder, err, got, want)
				}
				wantP, err := explain.Pitfalls(s)
				if err != nil {
					t.Fatal(err)
				}
				if got, err := explain.PitfallsFrom(prev, s); err != nil || !reflect.DeepEqual(got, wantP) {
					t.Errorf("PitfallsFrom (edge_order %d) = %+v, %v; want %+v", s.EdgeOrder, got, err, wantP)
				}
			}
		})
	}
	if got, err := explain.PitfallsFrom(nil, st); err != nil || len(got) == 0 {
		t.Errorf("PitfallsFrom(nil) = %v, %v", got, err)
	}
}

// BenchmarkPitfallsFrom is BenchmarkPitfalls with the page's scene of the
// state: its field reused, the edge_order 2 one computed.
func BenchmarkPitfallsFrom(b *testing.B) {
	sc, err := state.Build(state.Default())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := explain.PitfallsFrom(sc, state.Default()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNumpyCodeFrom is BenchmarkNumpyCode with the page's scene of the
// state: its field reused, the figure made again.
func BenchmarkNumpyCodeFrom(b *testing.B) {
	sc, err := state.Build(state.Default())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := explain.NumpyCodeFrom(sc, state.Default()); err != nil {
			b.Fatal(err)
		}
	}
}

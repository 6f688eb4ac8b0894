package session_test

import (
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// big is a state whose field takes many pieces of work (field.SlabPoints).
func big(expr string) state.State {
	return state.State{Expr: expr, Grid: map[string]string{"x": "-1:1:101j", "y": "-1:1:101j", "z": "-1:1:61j"}}
}

// TestYield: a long build hands "progress" events to the hook (which may
// let the page run, and here sets a newer state): the stale build is
// abandoned, the next Update builds the newest state, and without a hook a
// build runs in one go.
func TestYield(t *testing.T) {
	ms := 0.0
	s := session.New(state.Default(), func() float64 { ms += 20; return ms })
	var progress []session.Progress
	newer := true
	s.SetYield(func(ev session.Event) {
		if ev.Name != "progress" {
			t.Fatalf("the hook got %q", ev.Name)
		}
		p := ev.Data.(session.Progress)
		if p.Done <= 0 || p.Done > p.Total || !strings.Contains(p.Text, "%") {
			t.Errorf("progress %+v", p)
		}
		progress = append(progress, p)
		if newer {
			newer = false
			s.SetState(big("x*y*z + 1"))
		}
	})
	s.SetState(big("x*y*z"))
	if changed, evs := s.Update(); changed || len(progress) != 1 {
		t.Fatalf("the stale build: changed %v, events %v, %d progress events", changed, names(evs), len(progress))
	}
	changed, evs := s.Update()
	if !changed || !strings.Contains(strings.Join(names(evs), " "), "state status notes readout") {
		t.Fatalf("the newest build: changed %v, events %v", changed, names(evs))
	}
	if got := s.Scene().State.Expr; got != "x*y*z + 1" {
		t.Errorf("the scene shows %q", got)
	}
	if len(progress) < 5 {
		t.Errorf("%d progress events for a field of 622,161 points and its 6 partials", len(progress))
	}
	if changed, _ := s.Update(); changed {
		t.Error("a third Update built again")
	}
	s.SetYield(nil)
	n := len(progress)
	s.SetState(big("x*y*z + 2"))
	if changed, _ := s.Update(); !changed || len(progress) != n {
		t.Errorf("without a hook: changed %v, %d more progress events", changed, len(progress)-n)
	}
}

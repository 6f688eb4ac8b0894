package session_test

import (
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// TestPaths checks that paths need a pin, make the next Update report a
// change, are drawn into the frame, and go with the pin.
func TestPaths(t *testing.T) {
	s := built(t, xy())
	p := []plots.Path{{X: []float64{-0.5, 0.5}, Y: []float64{0.2, 0.8}}}
	if s.SetPaths(p) {
		t.Fatal("paths without a pin")
	}
	x, y := pixel(t, s, 3, 1)
	s.Click(x/2, y/2)
	before := s.Render(640, 480, 2).Image
	if !s.SetPaths(p) || len(s.Paths()) != 1 {
		t.Fatal("SetPaths with a pin")
	}
	if changed, _ := s.Update(); !changed {
		t.Error("no change after SetPaths")
	}
	if changed, _ := s.Update(); changed {
		t.Error("a change at the next Update")
	}
	after := s.Render(640, 480, 2).Image
	diff := 0
	for k := range after.Pix {
		if after.Pix[k] != before.Pix[k] {
			diff++
		}
	}
	if diff < 100 {
		t.Errorf("%d bytes of the frame changed by the path", diff)
	}
	if img := s.RenderImage(640, 480, 1); img == nil {
		t.Error("RenderImage")
	}
	s.Click(x/2, y/2) // unpinned: the paths go
	if s.Paths() != nil {
		t.Error("paths after the pin went")
	}
	if changed, _ := s.Update(); !changed {
		t.Error("no change after the paths went")
	}
}

// TestFigureVersion checks that the figure's version changes with a new
// scene, paths and a theme, and not with hover, pins or a theme set again.
func TestFigureVersion(t *testing.T) {
	s := built(t, xy())
	v := s.FigureVersion()
	same := func(what string) {
		t.Helper()
		s.Update()
		if got := s.FigureVersion(); got != v {
			t.Errorf("%s changed the figure's version %d to %d", what, v, got)
		}
	}
	changed := func(what string) {
		t.Helper()
		s.Update()
		if got := s.FigureVersion(); got == v {
			t.Errorf("%s left the figure's version at %d", what, v)
		}
		v = s.FigureVersion()
	}
	x, y := pixel(t, s, 3, 1)
	s.Hover(x/2, y/2, false)
	same("hover")
	s.Click(x/2, y/2)
	same("a pin")
	s.SetPaths([]plots.Path{{X: []float64{-0.5, 0.5}, Y: []float64{0.2, 0.8}}})
	changed("paths")
	if err := s.SetTheme("dark"); err != nil {
		t.Fatal(err)
	}
	changed("the dark theme")
	s.SetTheme("dark")
	same("the same theme again")
	s.Click(x/2, y/2) // unpinned: the paths go
	changed("the paths going")
	st := xy()
	st.Expr = "x+y"
	s.SetState(st)
	changed("a new function")
}

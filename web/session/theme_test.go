package session_test

import (
	"testing"

	"github.com/gradplay/gradplay/web/session"
)

// TestSetTheme: a new theme re-renders the frame (Update reports a change
// without rebuilding the scene) with a dark background and static layer;
// setting the same theme again changes nothing; a bad name is an error.
func TestSetTheme(t *testing.T) {
	s := built(t, xy())
	sc := s.Scene()
	light := s.Render(320, 240, 1)
	if light.Background.R != 0xff || light.Image.RGBAAt(1, 1).R != 0xff {
		t.Fatalf("light frame: background %v, corner %v", light.Background, light.Image.RGBAAt(1, 1))
	}
	if err := s.SetTheme("dark"); err != nil {
		t.Fatal(err)
	}
	if changed, _ := s.Update(); !changed {
		t.Fatal("Update after SetTheme(dark) reports no change")
	}
	if s.Scene() != sc {
		t.Error("SetTheme rebuilt the scene")
	}
	dark := s.Render(320, 240, 1)
	if s.Theme() != "dark" || dark.Background.R > 0x30 || dark.Image.RGBAAt(1, 1).R > 0x30 {
		t.Errorf("dark frame: theme %q, background %v, corner %v", s.Theme(), dark.Background, dark.Image.RGBAAt(1, 1))
	}
	if img := s.RenderImage(320, 240, 1); img.RGBAAt(1, 1).R > 0x30 {
		t.Errorf("dark RenderImage corner %v", img.RGBAAt(1, 1))
	}
	if err := s.SetTheme("dark"); err != nil {
		t.Fatal(err)
	}
	if changed, _ := s.Update(); changed {
		t.Error("Update after the same theme reports a change")
	}
	if err := s.SetTheme("sepia"); err == nil {
		t.Error("SetTheme(sepia) is no error")
	}
	if s.Theme() != "dark" {
		t.Errorf("a bad theme changed it to %q", s.Theme())
	}
	// A theme set before the first scene is used by it.
	s2 := session.New(xy(), nil)
	if err := s2.SetTheme("dark"); err != nil {
		t.Fatal(err)
	}
	if changed, _ := s2.Update(); changed {
		t.Error("a theme without a scene reports a change")
	}
	s2.SetState(xy())
	s2.Update()
	if fr := s2.Render(320, 240, 1); fr.Image.RGBAAt(1, 1).R > 0x30 {
		t.Errorf("first scene after SetTheme(dark): corner %v", fr.Image.RGBAAt(1, 1))
	}
}

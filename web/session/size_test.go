package session_test

import (
	"testing"

	"github.com/gradplay/gradplay/web/session"
)

func TestFrameSize(t *testing.T) {
	s := session.New(xy(), nil)
	if _, _, _, ok := s.FrameSize(); ok {
		t.Error("a frame size before a frame")
	}
	s.SetState(xy())
	s.Update()
	s.Render(320, 240, 1.5)
	if w, h, scale, ok := s.FrameSize(); !ok || w != 320 || h != 240 || scale != 1.5 {
		t.Errorf("FrameSize() = %d, %d, %g, %v; want 320, 240, 1.5, true", w, h, scale, ok)
	}
}

// TestUnmap: after Unmap the pointer maps on no frame, as after a
// fallback's RenderImage: no area, no frame size, and a hover or a click
// reads nothing.
func TestUnmap(t *testing.T) {
	s := built(t, xy())
	x, y := pixel(t, s, 2, 1)
	s.Unmap()
	if s.Area() != nil {
		t.Error("an area after Unmap")
	}
	if _, _, _, ok := s.FrameSize(); ok {
		t.Error("a frame size after Unmap")
	}
	if evs := s.Hover(x/2, y/2, false); len(evs) != 0 || s.Readout() != nil {
		t.Errorf("a hover after Unmap: %v, read-out %+v", names(evs), s.Readout())
	}
	if evs := s.Click(x/2, y/2); len(evs) != 0 {
		t.Errorf("a click after Unmap: %v", names(evs))
	}
}

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

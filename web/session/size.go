package session

// FrameSize returns the size in CSS pixels and the device pixels per CSS
// pixel of the frame last rendered by Render; ok is false before one.
func (s *Session) FrameSize() (w, h int, scale float64, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		return 0, 0, 0, false
	}
	return s.w, s.h, s.scale, true
}

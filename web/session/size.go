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

// Unmap forgets the frame the pointer maps on (the last Render's): Hover,
// Click, Marks and Area then see none, as for the frames of RenderImage (a
// renderer without the GPU layers takes over).
func (s *Session) Unmap() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m = nil
}

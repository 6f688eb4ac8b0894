package session

import "github.com/gradplay/gradplay/web/state"

// Hover follows the pointer at (x, y) CSS pixels of the page (as pointer
// events give them) over the frame last rendered; out reports that the
// pointer has left the page. When the hovered node changes it returns a
// "readout" event (and the marks must be drawn again).
func (s *Session) Hover(x, y float64, out bool) []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		return nil
	}
	var h Node
	if !out {
		h.I, h.J, h.OK = s.m.Nearest(x*s.scale, y*s.scale)
	}
	if h == s.hover {
		return nil
	}
	s.hover = h
	return []Event{s.publish()}
}

// Click handles a primary-button press at (x, y) CSS pixels of the page:
// it pins the node there, or unpins it when it is the pinned node. A press
// outside the plot area, or before a frame, does nothing.
func (s *Session) Click(x, y float64) []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		return nil
	}
	var n Node
	if n.I, n.J, n.OK = s.m.Nearest(x*s.scale, y*s.scale); !n.OK {
		return nil
	}
	if n == s.pin {
		n = Node{}
	}
	return s.setPin(n)
}

// Key handles a key press (KeyboardEvent.key) and reports whether the key
// is one of the plot's (the page must then not scroll): the arrow keys move
// the pin by one node (the first press pins the middle node), Escape
// unpins.
func (s *Session) Key(key string) (handled bool, evs []Event) {
	di, dj := 0, 0
	switch key {
	case "ArrowLeft":
		di = -1
	case "ArrowRight":
		di = 1
	case "ArrowUp":
		dj = 1
	case "ArrowDown":
		dj = -1
	case "Escape":
	default:
		return false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		return true, nil
	}
	p := s.pin
	switch {
	case key == "Escape":
		p = Node{}
	case !p.OK:
		p = Node{s.nx / 2, s.ny / 2, true}
	default:
		p.I, p.J = max(0, min(s.nx-1, p.I+di)), max(0, min(s.ny-1, p.J+dj))
	}
	return true, s.setPin(p)
}

// Pin returns the pinned node.
func (s *Session) Pin() Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pin
}

// setPin pins n (or unpins, for a node that is not OK): the state's Pin
// follows, without a new scene. It returns "readout" and "pin" when the
// pin changed.
func (s *Session) setPin(n Node) []Event {
	if n == s.pin {
		return nil
	}
	s.pin = n
	s.dropPaths()
	s.st.Pin = nil
	if n.OK {
		s.st.Pin = []int{n.I, n.J}
	}
	return []Event{s.publish(), {"pin", nil}}
}

// publish computes the read-outs of the hovered and pinned nodes, keeps
// the one Readout returns, and returns them as a "readout" event.
func (s *Session) publish() Event {
	read := func(n Node, pinned bool) *state.Readout {
		if !n.OK || s.scene == nil {
			return nil
		}
		r, ok := s.scene.Readout(n.I, n.J)
		if !ok {
			return nil
		}
		r.Pinned = pinned
		if pinned {
			s.scene.Methods(&r)
		}
		s.scene.Explain(&r)
		return &r
	}
	if s.pin != s.pinFor || s.scene != s.pinScene || s.pinRead == nil {
		s.pinRead, s.pinFor, s.pinScene = read(s.pin, true), s.pin, s.scene
	}
	hover, pin := read(s.hover, false), s.pinRead
	s.hoverRead, s.hoverScene = hover, s.scene
	// gradplay.readout(): the hovered node, else the pinned one.
	cur := hover
	if cur == nil && pin != nil {
		c := *pin
		c.Pinned = !s.hover.OK
		cur = &c
	}
	s.readout = cur
	return Event{"readout", Readouts{Hover: hover, Pin: pin}}
}

// Readout returns the read-out of the hovered node, else of the pinned
// one, or nil.
func (s *Session) Readout() *state.Readout {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readout
}

package session

import "github.com/gradplay/gradplay/plots"

// pathSet is the set of paths drawn over the figure: those of one scene
// and one pinned node.
type pathSet struct {
	paths []plots.Path
	scene any // the *state.Scene they belong to
	pin   Node
}

// SetPaths draws paths (in the data coordinates of the plotted plane) over
// the figure of the scene shown, in every frame and export, for as long as
// that scene is shown and the same node is pinned; nil takes them away.
// The next Update reports a change, so that the frame is rendered again.
// It reports false, and draws nothing, before the first scene or without a
// pinned node.
func (s *Session) SetPaths(paths []plots.Path) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.scene == nil || (!s.pin.OK && paths != nil) {
		return false
	}
	if s.paths.paths == nil && paths == nil {
		return true
	}
	s.paths = pathSet{paths: paths, scene: s.scene, pin: s.pin}
	s.redraw = true
	s.figures++
	return true
}

// Paths returns the paths drawn over the figure shown (see SetPaths), or
// nil.
func (s *Session) Paths() []plots.Path {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shownPaths()
}

// shownPaths returns the paths of the scene and pin shown; s.mu is held.
func (s *Session) shownPaths() []plots.Path {
	p := s.paths
	if p.paths == nil || p.scene != any(s.scene) || p.pin != s.pin {
		return nil
	}
	return p.paths
}

// dropPaths forgets the paths (the pin moved); the frame is rendered
// again when there were any. s.mu is held.
func (s *Session) dropPaths() {
	if s.paths.paths != nil {
		s.paths = pathSet{}
		s.redraw = true
		s.figures++
	}
}

package session

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// YieldEvery is the longest a build runs, in milliseconds of the session's
// clock, before it hands a "progress" event to SetYield's hook, which lets
// the page's event loop run (typing, the slider, painting): the page never
// waits on a build for longer than about a frame.
const YieldEvery = 12

// Progress is the Data of a "progress" event: the grid points computed
// of Total, and the text to show.
type Progress struct {
	Stage string `json:"stage"` // state.StageCompute or state.StageScan
	Done  int    `json:"done"`  // the stage's work done, in values computed or scanned
	Total int    `json:"total"` // the stage's whole work
	Text  string `json:"text"`  // "Computing f, numpy.gradient and the exact partials on the grid: 45 %"
}

// SetYield sets the hook a long build calls every YieldEvery ms with a
// "progress" event: the page shows it, and the hook returns to the event
// loop before the build goes on (in WebAssembly, a short sleep does). The
// hook runs on the goroutine calling Update, with no lock held. Nil (the
// default) means a build runs in one go.
func (s *Session) SetYield(hook func(Event)) {
	s.mu.Lock()
	s.yield = hook
	s.mu.Unlock()
}

// Update builds the state asked for by SetState, if it has changed since
// the last Update. It reports whether there is a new scene, or the paths
// drawn over it (SetPaths) or the theme (SetTheme) changed (either way the
// figure must be rendered again), and the events for the page: "state" for the
// newest SetState since the last Update, "status" after a build (with the
// error when the state cannot be shown: the last good scene then stays),
// then for a new scene "notes", "pin" when the scene dropped a pin outside
// its grid, and "readout".
//
// The build runs with no lock held, so the page can go on asking for
// states, read-outs and frames meanwhile; a build that a newer SetState
// has made stale is abandoned (at its next progress point) or dropped, and
// the next Update builds the newest state.
func (s *Session) Update() (changed bool, evs []Event) {
	s.mu.Lock()
	evs, s.pending = s.pending, nil
	// A new theme (SetTheme) or new paths (SetPaths) render the frame
	// again without a new scene.
	redraw := s.redraw && s.scene != nil
	s.redraw = false
	if s.gen == s.built {
		s.mu.Unlock()
		return redraw, evs
	}
	gen, st, prev, hook, first := s.gen, s.st.Clone(), s.scene, s.yield, s.builds == 0
	s.builds++
	s.mu.Unlock()

	t0 := s.now()
	var progress func(stage string, done, total int) bool
	if hook != nil {
		last := t0
		progress = func(stage string, done, total int) bool {
			if t := s.now(); t-last >= YieldEvery {
				hook(Event{"progress", Progress{stage, done, total, progressText(stage, done, total)}})
				last = s.now()
			}
			s.mu.Lock()
			defer s.mu.Unlock()
			return s.gen == gen
		}
	}
	// The last build's garbage goes first: a WebAssembly memory never
	// shrinks, and a build's arrays allocated on top of uncollected garbage
	// raised the page's memory by 20 % over 450 changes on a loaded machine
	// (TestSoak; +0.0 % with this). It costs 1.0–1.2 ms in wasm with a 41³
	// scene live (0.25 ms natively). The first build has no last build's
	// garbage: there it cost the start 30 ms in wasm. (A first build
	// abandoned or failed leaves some: the next one collects it.)
	if !first {
		runtime.GC()
	}
	sc, err := state.BuildProgress(prev, st, progress)

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gen != gen || errors.Is(err, field.ErrCanceled) {
		return redraw, evs // stale: the next Update builds the newest state
	}
	s.built = gen
	s.setTiming("scene", s.now()-t0)
	if err != nil {
		info := state.ErrorInfo(err, "")
		return redraw, append(evs, Event{"status", &info})
	}
	evs = append(evs, Event{"status", (*state.Info)(nil)}, Event{"notes", append([]string{}, sc.DataNotes()...)})
	s.scene, s.m = sc, nil
	s.figures++
	s.hover, s.pin = Node{}, Node{}
	if p := sc.State.Pin; len(p) == 2 {
		s.pin = Node{p[0], p[1], true}
	} else if len(s.st.Pin) == 2 {
		// The scene dropped a pin outside its grid: so must the state and
		// the page's link.
		s.st.Pin = nil
		evs = append(evs, Event{"pin", nil})
	}
	s.nx, s.ny = sc.Field.Shape[sc.XVar], 1
	if sc.YVar >= 0 {
		s.ny = sc.Field.Shape[sc.YVar]
	}
	return true, append(evs, s.publish())
}

// progressText says how far a build is, in words.
func progressText(stage string, done, total int) string {
	pct := 0
	if total > 0 {
		pct = 100 * done / total
	}
	what := "Computing f, numpy.gradient and the exact partials on the grid"
	if stage == state.StageScan {
		what = "Looking for NaN and ±Inf on the grid"
	}
	return fmt.Sprintf("%s: %d %%", what, pct)
}

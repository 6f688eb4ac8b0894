package session

import (
	"image"
	"image/color"
	"math"
	"sync"

	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// Event is something the page is told about: Name is "state" (SetState
// was called, by anyone: Data is the checked state.State, so that every
// control and the link can follow), "status" (Data is the *state.Info of
// the state that could not be shown, or nil when it was), "notes" (Data
// is the scene's DataNotes, [] for none: where f or its gradient is NaN or
// ±Inf), "readout" (Data is Readouts), "pin" (the pinned node changed;
// Data is nil: read it with State) or "progress" (Data is Progress: a
// long build under way, given to SetYield's hook).
type Event struct {
	Name string
	Data any
}

// Readouts are the read-outs of the hovered and of the pinned node (nil
// when there is none); the pinned one carries the point methods.
type Readouts struct {
	Hover *state.Readout `json:"hover"`
	Pin   *state.Readout `json:"pin"`
}

// Node is a grid node of the plotted slice: I along the horizontal
// variable, J along the vertical one (0 for a line plot); OK is false for
// no node.
type Node struct {
	I, J int
	OK   bool
}

// Session is one page's state and behaviour. The zero value is not
// usable: call New.
type Session struct {
	mu     sync.Mutex
	now    func() float64 // a clock in milliseconds, for Timings
	st     state.State    // the state asked for
	gen    int            // incremented by every SetState
	built  int            // the generation Update last took
	builds int            // builds started (Update), done or not

	scene *state.Scene   // the scene shown
	m     *plots.Mapping // the mapping of the frame last rendered (device pixels)
	scale float64        // its device pixels per CSS pixel
	w, h  int            // its size in CSS pixels (see FrameSize)
	nx    int            // nodes along the horizontal axis of the slice
	ny    int            // and along the vertical one (1 for a line plot)

	hover, pin Node
	// The pin's read-out with its point methods, computed once per pin and
	// scene rather than at every hover move.
	pinRead    *state.Readout
	pinFor     Node
	pinScene   *state.Scene
	readout    *state.Readout // what Readout returns
	hoverRead  *state.Readout // the hovered node's read-out
	hoverScene *state.Scene   // the scene hoverRead was read in

	yield   func(Event) // SetYield's hook
	timing  map[string]float64
	pending []Event // events for the next Update (the newest "state")

	paths     pathSet     // drawn over the figure (SetPaths)
	redraw    bool        // the frame must be rendered again without a new scene (SetPaths, SetTheme)
	figures   int         // the figure's version (FigureVersion)
	theme     string      // "light" or "dark", of the frames (SetTheme)
	themed    plots.Theme // its colours
	themedFor *state.Scene
	themedFig *plots.Figure // the scene's figure in the theme
}

// New returns a session whose state is st (what State returns) but that
// builds nothing until the first SetState: the page always sends its own
// state first, and building st too would only delay the first figure. now
// is a clock in milliseconds (performance.now in the browser) for Timings;
// nil means no timings.
func New(st state.State, now func() float64) *Session {
	if now == nil {
		now = func() float64 { return 0 }
	}
	st.Check()
	return &Session{st: st, now: now}
}

// SetState asks for st to be shown: it is checked and repaired (the
// problems are returned, see state.Check) and built by the next Update.
func (s *Session) SetState(st state.State) []state.Problem {
	st = st.Clone()
	ps := st.Check()
	s.mu.Lock()
	s.st = st
	s.gen++
	s.pending = append(s.pending[:0], Event{"state", st.Clone()})
	s.mu.Unlock()
	return ps
}

// State returns a copy of the state asked for last, with the pinned node
// as the page has it now.
func (s *Session) State() state.State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.Clone()
}

// Scene returns the scene shown, or nil before the first state is built.
func (s *Session) Scene() *state.Scene {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.scene
}

// Frame is the scene rendered at one size, ready for the GPU, in device
// pixels: Image, then Arrows over it. Software WebGL spends tens of
// milliseconds on every full-screen layer it draws: a frame is one image.
type Frame struct {
	// Image is the whole figure but its arrows, opaque: the heatmap, axes,
	// labels, contours, key (plots.Figure.SplitArrows); a line plot's or
	// the small multiples' whole figure.
	Image *image.RGBA
	// Arrows are the quiver's triangles, clipped to the plot area and
	// untextured: sample texel (0, 0) of a white image.
	Arrows Mesh
	// Background is the theme's background.
	Background color.RGBA
}

// Mesh is triangles in chunks addressed by 16-bit indices (plots.Mesh).
type Mesh = plots.Mesh

// Render renders the scene at w×h CSS pixels and scale device pixels per
// CSS pixel, and from then on maps the pointer on that frame. It returns
// nil before the first scene.
func (s *Session) Render(w, h int, scale float64) *Frame {
	s.mu.Lock()
	sc := s.scene
	s.mu.Unlock()
	if sc == nil || w <= 0 || h <= 0 {
		return nil
	}
	s.mu.Lock()
	paths := s.shownPaths()
	s.mu.Unlock()
	t0 := s.now()
	var fr Frame
	var m plots.Mapping
	fig, bg := s.figure(sc)
	fr.Background = bg
	if sc.Partials() {
		// Small multiples: one image, no pointer mapping.
		fr.Image = fig.Partials(w, h, scale)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.setTiming("split", s.now()-t0)
		if s.scene == sc {
			s.m = nil
		}
		return &fr
	}
	if sp := fig.SplitArrows(w, h, scale); sp != nil {
		m = sp.Map
		fr.Image = sp.Static
		// Clipped to the plot area's pixels, as a scissor would.
		p := m.Plot
		fr.Arrows = sp.Arrows.MeshIn(plots.Rect{X0: math.Floor(p.X0), Y0: math.Floor(p.Y0), X1: math.Ceil(p.X1), Y1: math.Ceil(p.Y1)})
	} else {
		fr.Image = fig.RGBA(w, h, scale)
		m, _ = fig.Mapping(w, h, scale)
	}
	sc.Figure.DrawPaths(fr.Image, scale, paths)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setTiming("split", s.now()-t0)
	if s.scene == sc {
		s.m, s.scale, s.w, s.h = &m, scale, w, h
	}
	return &fr
}

// RenderImage renders the whole scene at w×h CSS pixels and scale as one
// image, for a renderer without the GPU layers (the 2-D fallback). It does
// not map the pointer: Hover, Click, Marks and Area see no frame. It
// returns nil before the first scene.
func (s *Session) RenderImage(w, h int, scale float64) *image.RGBA {
	s.mu.Lock()
	sc, paths := s.scene, s.shownPaths()
	s.mu.Unlock()
	if sc == nil || w <= 0 || h <= 0 {
		return nil
	}
	fig, _ := s.figure(sc)
	img := fig.RGBA(w, h, scale)
	sc.Figure.DrawPaths(img, scale, paths)
	return img
}

// SetTheme sets the theme of the frames from now on: "light" (the
// default) or "dark", as state.ResolveTheme resolves the view's option
// and the page's colour scheme. The next Update reports a change when it
// differs, so that the frame is rendered again; the scene is not rebuilt.
// Exports (the JS API's exportImage) do not follow it: see web/api.
func (s *Session) SetTheme(name string) error {
	th, err := plots.ParseTheme(name)
	if err != nil {
		return err
	}
	if name == "" {
		name = "light"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if name != s.themeName() {
		s.theme, s.themed, s.redraw = name, th, true
		s.themedFor, s.themedFig = nil, nil
		s.figures++
	}
	return nil
}

// FigureVersion returns the figure's version: it changes with every new
// scene, paths (SetPaths) and theme (SetTheme), and only then, so a copy of
// the figure (the print twin, an export) made at one version is current
// while the version stays; hover and pins, drawn over the frame, leave it.
func (s *Session) FigureVersion() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.figures
}

// Theme returns the frames' theme, "light" or "dark".
func (s *Session) Theme() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.themeName()
}

// themeName is Theme for a caller holding s.mu.
func (s *Session) themeName() string {
	if s.theme == "" {
		return "light"
	}
	return s.theme
}

// figure returns the figure of sc in the session's theme, and the
// theme's background.
func (s *Session) figure(sc *state.Scene) (*plots.Figure, color.RGBA) {
	s.mu.Lock()
	defer s.mu.Unlock()
	bg := rgba(s.themed.Background)
	if s.themeName() == "light" {
		return sc.Figure, bg
	}
	if s.themedFor != sc {
		s.themedFor, s.themedFig = sc, sc.Figure.WithTheme(s.themed)
	}
	return s.themedFig, bg
}

// rgba converts c (nil: white) to an opaque color.RGBA.
func rgba(c color.Color) color.RGBA {
	if c == nil {
		return color.RGBA{0xff, 0xff, 0xff, 0xff}
	}
	r, g, b, _ := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
}

// SetTiming records a duration in milliseconds of the renderer's work
// ("upload", "draw"), for Timings.
func (s *Session) SetTiming(name string, ms float64) {
	s.mu.Lock()
	s.setTiming(name, ms)
	s.mu.Unlock()
}

func (s *Session) setTiming(name string, ms float64) {
	if s.timing == nil {
		s.timing = map[string]float64{}
	}
	s.timing[name] = ms
}

// Timings returns the durations in milliseconds of the last scene
// ("scene"), render ("split") and the renderer's steps.
func (s *Session) Timings() map[string]float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]float64, len(s.timing))
	for k, v := range s.timing {
		out[k] = v
	}
	return out
}

package session_test

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// built returns a session showing st, rendered at 640×480 and scale 2.
func built(t testing.TB, st state.State) *session.Session {
	t.Helper()
	s := session.New(state.Default(), nil)
	s.SetState(st)
	changed, evs := s.Update()
	if !changed {
		t.Fatalf("Update built nothing: %v", names(evs))
	}
	if fr := s.Render(640, 480, 2); fr == nil {
		t.Fatal("Render returned nil")
	}
	return s
}

func names(evs []session.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Name)
	}
	return out
}

// pixel returns the device pixel of node (i, j) of a 2-D scene.
func pixel(t testing.TB, s *session.Session, i, j int) (x, y float64) {
	t.Helper()
	sc := s.Scene()
	r, ok := sc.Readout(i, j)
	if !ok {
		t.Fatalf("no node (%d, %d)", i, j)
	}
	a := s.Area()
	px := (r.Point[sc.Vars[sc.XVar]] - a.XMin) / (a.XMax - a.XMin) * (a.X1 - a.X0)
	py := (a.YMax - r.Point[sc.Vars[sc.YVar]]) / (a.YMax - a.YMin) * (a.Y1 - a.Y0)
	return 2 * (a.X0 + px), 2 * (a.Y0 + py)
}

func xy() state.State {
	return state.State{Expr: "x*y", Grid: map[string]string{"x": "-1:1:5j", "y": "0:1:3j"}}
}

func TestUpdate(t *testing.T) {
	s := session.New(state.Default(), nil)
	if s.Scene() != nil || s.Area() != nil || s.Readout() != nil || s.Marks() != nil {
		t.Fatal("a new session shows something before Update")
	}
	if s.Render(640, 480, 1) != nil {
		t.Error("Render before a scene")
	}
	if changed, evs := s.Update(); changed || evs != nil {
		t.Fatalf("Update built the initial state before any SetState: %v", names(evs))
	}
	s.SetState(state.Default())
	changed, evs := s.Update()
	if !changed || !slices.Equal(names(evs), []string{"state", "status", "notes", "readout"}) || evs[1].Data.(*state.Info) != nil {
		t.Fatalf("first Update: changed %v, events %v", changed, names(evs))
	}
	if changed, evs := s.Update(); changed || evs != nil {
		t.Errorf("an Update without a new state: %v %v", changed, evs)
	}
	// Notes name where f is not finite.
	s.SetState(state.State{Expr: "sqrt(-1)*x*y", Grid: map[string]string{"x": "0:1:2j", "y": "0:1:2j"}})
	if _, evs := s.Update(); len(evs) < 3 || evs[2].Name != "notes" || len(evs[2].Data.([]string)) != 5 {
		t.Errorf("notes of a NaN field: %v", evs)
	}
	// A state that cannot be built keeps the scene and says why.
	sc := s.Scene()
	s.SetState(state.State{Expr: "x*"})
	changed, evs = s.Update()
	if changed || !slices.Equal(names(evs), []string{"state", "status"}) || evs[0].Data.(state.State).Expr != "x*" {
		t.Fatalf("a syntax error: changed %v, events %v", changed, names(evs))
	}
	if in := evs[1].Data.(*state.Info); in.Code != state.CodeSyntax || in.Field != "expr" {
		t.Errorf("status of x*: %+v", in)
	}
	if s.Scene() != sc {
		t.Error("the last good scene was not kept")
	}
	if s.State().Expr != "x*" {
		t.Error("State is not the state asked for")
	}
}

func TestSetStateRepairs(t *testing.T) {
	s := session.New(state.Default(), nil)
	ps := s.SetState(state.State{Expr: "x", Mode: "<b>", EdgeOrder: 3})
	if len(ps) != 2 {
		t.Fatalf("problems %v", ps)
	}
	if st := s.State(); st.Mode != "" || st.EdgeOrder != 1 {
		t.Errorf("state not repaired: %+v", st)
	}
}

func TestClick(t *testing.T) {
	s := built(t, xy())
	x, y := pixel(t, s, 3, 1)
	evs := s.Click(x/2, y/2)
	if !slices.Equal(names(evs), []string{"readout", "pin"}) {
		t.Fatalf("click: %v", names(evs))
	}
	if p := s.Pin(); p != (session.Node{I: 3, J: 1, OK: true}) {
		t.Errorf("pin %v", p)
	}
	if st := s.State(); !slices.Equal(st.Pin, []int{3, 1}) {
		t.Errorf("state's pin %v", st.Pin)
	}
	ro := evs[0].Data.(session.Readouts)
	if ro.Pin == nil || !ro.Pin.Pinned || ro.Pin.Index["x"] != 3 || len(ro.Pin.Methods) != len(state.PointMethods) || ro.Hover != nil {
		t.Errorf("read-outs after the click: %+v", ro)
	}
	if r := s.Readout(); r == nil || !r.Pinned || r.Point["x"] != 0.5 || r.F != 0.25 {
		t.Errorf("Readout %+v", r)
	}
	// A click on the pinned node unpins it; outside the plot does nothing.
	if evs := s.Click(x/2, y/2); !slices.Equal(names(evs), []string{"readout", "pin"}) || s.Pin().OK {
		t.Errorf("second click: %v, pin %v", names(evs), s.Pin())
	}
	if evs := s.Click(1, 1); evs != nil || s.Pin().OK {
		t.Errorf("click outside: %v", names(evs))
	}
}

func TestKeys(t *testing.T) {
	s := built(t, xy())
	if ok, evs := s.Key("a"); ok || evs != nil {
		t.Error("the key a was handled")
	}
	steps := []struct {
		key  string
		want session.Node
	}{
		{"ArrowUp", session.Node{I: 2, J: 1, OK: true}}, // the first press pins the middle
		{"ArrowUp", session.Node{I: 2, J: 2, OK: true}},
		{"ArrowUp", session.Node{I: 2, J: 2, OK: true}}, // the edge holds it
		{"ArrowRight", session.Node{I: 3, J: 2, OK: true}},
		{"ArrowRight", session.Node{I: 4, J: 2, OK: true}},
		{"ArrowRight", session.Node{I: 4, J: 2, OK: true}},
		{"ArrowDown", session.Node{I: 4, J: 1, OK: true}},
		{"ArrowLeft", session.Node{I: 3, J: 1, OK: true}},
		{"Escape", session.Node{}},
		{"Escape", session.Node{}},
	}
	for k, st := range steps {
		ok, _ := s.Key(st.key)
		if !ok || s.Pin() != st.want {
			t.Errorf("step %d, %s: handled %v, pin %v, want %v", k, st.key, ok, s.Pin(), st.want)
		}
	}
	// Before a frame the keys are the plot's but do nothing.
	n := session.New(state.Default(), nil)
	if ok, evs := n.Key("ArrowUp"); !ok || evs != nil {
		t.Error("a key before the first frame")
	}
}

func TestHover(t *testing.T) {
	s := built(t, xy())
	x, y := pixel(t, s, 1, 2)
	evs := s.Hover(x/2, y/2, false)
	if len(evs) != 1 || evs[0].Data.(session.Readouts).Hover.Index["x"] != 1 {
		t.Fatalf("hover: %v", evs)
	}
	if evs := s.Hover((x+1)/2, y/2, false); evs != nil {
		t.Error("moving within a node's cell publishes again")
	}
	if r := s.Readout(); r.Pinned || r.Index["y"] != 2 {
		t.Errorf("Readout %+v", r)
	}
	mk := s.Marks()
	if len(mk) != 2 || mk[0].Pinned || len(mk[0].Lines) != 2 || math.Abs(mk[0].Rings[0][0]-x) > 1e-9 || math.Abs(mk[0].Rings[0][1]-y) > 1e-9 {
		t.Errorf("hover marks %+v at %v, %v", mk, x, y)
	}
	// numpy's stencils at (1, 2): x inside reads nodes 0 and 2, y at the
	// top edge (edge_order 1) reads node 1 and the node itself.
	x0, _ := pixel(t, s, 0, 2)
	x2, _ := pixel(t, s, 2, 2)
	_, y1 := pixel(t, s, 1, 1)
	want := [][2]float64{{x0, y}, {x2, y}, {x, y1}}
	if n := mk[1]; !n.Neighbours || len(n.Rings) != 3 {
		t.Errorf("neighbours %+v", n)
	} else {
		for k, p := range want {
			if math.Abs(n.Rings[k][0]-p[0]) > 1e-9 || math.Abs(n.Rings[k][1]-p[1]) > 1e-9 {
				t.Errorf("neighbour %d at %v, want %v", k, n.Rings[k], p)
			}
		}
	}
	if r := s.Readout(); r.Stencil == nil || r.Stencil.Partials[0].Kind != "interior_uniform" || r.Stencil.Partials[1].Kind != "edge_order1" {
		t.Errorf("the hovered read-out's stencil %+v", r.Stencil)
	}
	// Pin another node: the hover's read-out wins, the pin's is kept.
	px, py := pixel(t, s, 4, 0)
	s.Click(px/2, py/2)
	mk = s.Marks()
	if len(mk) != 3 || !mk[1].Pinned || mk[1].Dot == 0 || len(mk[1].Lines) != 0 {
		t.Errorf("marks with a pin %+v", mk)
	}
	if evs := s.Hover(0, 0, true); len(evs) != 1 {
		t.Fatal("leaving the page")
	}
	if r := s.Readout(); !r.Pinned || r.Index["x"] != 4 {
		t.Errorf("after the pointer left, Readout %+v", r)
	}
}

func TestPinDropped(t *testing.T) {
	st := xy()
	st.Pin = []int{4, 2}
	s := built(t, st)
	if p := s.Pin(); p != (session.Node{I: 4, J: 2, OK: true}) {
		t.Fatalf("pin from the state: %v", p)
	}
	// A smaller grid drops the pin: the state and the link must follow.
	st.Grid = map[string]string{"x": "-1:1:3j", "y": "0:1:3j"}
	s.SetState(st)
	_, evs := s.Update()
	if !slices.Equal(names(evs), []string{"state", "status", "notes", "pin", "readout"}) {
		t.Fatalf("events %v", names(evs))
	}
	if s.State().Pin != nil || s.Pin().OK {
		t.Errorf("the pin outside the grid stayed: %v", s.State().Pin)
	}
}

func TestLinePlot(t *testing.T) {
	s := built(t, state.State{Expr: "x**2", Grid: map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}})
	a := s.Area()
	if a == nil || a.Deriv == nil || a.XMin > 0 || a.XMax < 6 {
		t.Fatalf("area %+v", a)
	}
	if ok, _ := s.Key("ArrowRight"); !ok || s.Pin() != (session.Node{I: 3, OK: true}) {
		t.Errorf("the first arrow key pins the middle node: %v", s.Pin())
	}
	s.Key("ArrowUp") // no vertical axis
	if s.Pin() != (session.Node{I: 3, OK: true}) {
		t.Errorf("ArrowUp on a line plot moved the pin to %v", s.Pin())
	}
	mk := s.Marks()
	if len(mk) != 1 || !mk[0].Pinned || len(mk[0].Rings) != 2 {
		t.Errorf("line plot marks %+v", mk)
	}
	r := s.Readout()
	if r.Point["x"] != 3.5 || r.F != 12.25 {
		t.Errorf("read-out %+v", r)
	}
}

func TestTimings(t *testing.T) {
	ms := 0.0
	s := session.New(state.Default(), func() float64 { ms += 2; return ms })
	s.SetState(xy())
	s.Update()
	s.Render(320, 240, 1)
	s.SetTiming("draw", 1.5)
	tm := s.Timings()
	if tm["scene"] != 2 || tm["split"] != 2 || tm["draw"] != 1.5 {
		t.Errorf("timings %v", tm)
	}
	if img := s.RenderImage(320, 240, 1); img == nil || img.Bounds().Dx() != 320 {
		t.Error("RenderImage")
	}
}

func TestFrame(t *testing.T) {
	s := session.New(state.Default(), nil)
	s.SetState(xy())
	s.Update()
	fr := s.Render(640, 480, 2)
	b := fr.Image.Bounds()
	if b.Dx() != 1280 || b.Dy() != 960 {
		t.Errorf("static layer %v at scale 2", b)
	}
	if fr.Arrows.Triangles() == 0 {
		t.Error("no arrow triangles")
	}
	// The image is opaque, the heatmap in it; the arrows lie in the plot area.
	for i := 3; i < len(fr.Image.Pix); i += 4 {
		if fr.Image.Pix[i] != 255 {
			t.Fatalf("pixel %d of the image has alpha %d", i/4, fr.Image.Pix[i])
		}
	}
	a := s.Area() // in CSS pixels: the frame's are twice as many
	for _, c := range fr.Arrows.Chunks {
		for _, v := range c.Vertices {
			if x, y := float64(v.DstX)/2, float64(v.DstY)/2; x < math.Floor(2*a.X0)/2 || x > math.Ceil(2*a.X1)/2 || y < math.Floor(2*a.Y0)/2 || y > math.Ceil(2*a.Y1)/2 {
				t.Fatalf("arrow vertex (%v, %v) outside the plot area %+v", x, y, a)
			}
		}
	}
	// A non-uniform grid of 260² cells, without arrows.
	st := xy()
	st.Grid = map[string]string{"x": "[" + coords(260) + "]", "y": "[" + coords(260) + "]"}
	st.Hide = []string{"arrows"}
	if ps := s.SetState(st); len(ps) != 0 {
		t.Fatalf("260×260: %v", ps)
	}
	if changed, evs := s.Update(); !changed || s.Scene().Field.Shape[0] != 260 {
		t.Fatalf("260×260: %v", evs)
	}
	fr = s.Render(400, 300, 1)
	if fr.Image.Bounds().Dx() != 400 || len(fr.Arrows.Chunks) != 0 {
		t.Errorf("260×260 without arrows: %v, %d arrow chunks", fr.Image.Bounds(), len(fr.Arrows.Chunks))
	}
	// A line plot is one image.
	s.SetState(state.State{Expr: "x**2"})
	s.Update()
	fr = s.Render(400, 300, 1)
	if len(fr.Arrows.Chunks) != 0 || fr.Image.Bounds().Dx() != 400 {
		t.Errorf("line plot frame %+v", fr)
	}
}

// coords returns n strictly increasing, unevenly spaced numbers.
func coords(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = strconv.Itoa(i * i)
	}
	return strings.Join(parts, ", ")
}

func TestPartialPanels(t *testing.T) {
	st := xy()
	st.Panels = "partials"
	s := built(t, st)
	fr := s.Render(600, 300, 1)
	if fr.Image == nil || len(fr.Arrows.Chunks) != 0 || fr.Image.Bounds().Dx() != 600 {
		t.Errorf("small multiples frame %+v", fr)
	}
	if s.Area() != nil || s.Marks() != nil {
		t.Error("small multiples map the pointer")
	}
}

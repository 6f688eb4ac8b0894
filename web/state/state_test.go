package state

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
)

func TestURLRoundTrip(t *testing.T) {
	for _, st := range []State{
		Default(),
		{Expr: "2*x**2 + 3*y**2 - 4*z", Grid: map[string]string{"x": "-100:101:25", "y": "-100:101:25", "z": "-100:101:25"},
			X: "y", Y: "z", At: map[string]int{"x": 3}, EdgeOrder: 2, Hide: []string{"contours", "edges"},
			Mode: "log", Density: 12, Palette: "diverging", Error: "norm", Pin: []int{1, 2}},
		{Expr: "a & b = c # d % e + f", Grid: map[string]string{"a": "[0, 0.5, 2]"}, EdgeOrder: 1},
		{Expr: "sin(χ)*exp(-y**2)", Grid: map[string]string{"χ": "linspace(-pi, pi, 31)"}, EdgeOrder: 1},
	} {
		enc := st.Encode()
		got, ps := Decode("#" + enc)
		if len(ps) != 0 {
			t.Errorf("%s: problems %v", enc, ps)
		}
		if !reflect.DeepEqual(normal(got), normal(st)) {
			t.Errorf("round trip of %s:\n got %+v\nwant %+v", enc, got, st)
		}
	}
}

// normal makes empty and nil collections compare equal.
func normal(s State) State {
	if len(s.Hide) == 0 {
		s.Hide = nil
	}
	if len(s.At) == 0 {
		s.At = nil
	}
	if len(s.Grid) == 0 {
		s.Grid = nil
	}
	return s
}

func TestEncodeReadable(t *testing.T) {
	got := (&State{Expr: "q*chi*delta", Grid: map[string]string{"q": "-2:2:21j"}, EdgeOrder: 1}).Encode()
	if want := "expr=q*chi*delta&grid.q=-2:2:21j"; got != want {
		t.Errorf("Encode = %s, want %s", got, want)
	}
}

// TestDecodeHostile: nothing a link holds breaks the state; each problem
// is reported.
func TestDecodeHostile(t *testing.T) {
	for _, c := range []struct {
		frag string
		want []string // fields with problems
	}{
		{"", nil},
		{"#expr=%3Cimg%20src=x%20onerror=alert(1)%3E", nil}, // text: shown as is, the parser reports it
		{"#%ZZ=1&expr=x", []string{"url"}},
		{"#expr=x&density=1e9", []string{"density"}},
		{"#expr=x&density=-1&mode=%3Cb%3E&palette=rainbow&error=z&edge_order=3", []string{"edgeOrder", "mode", "density", "palette", "error"}},
		{"#expr=x&pin=1&at.q=-4&at.1x=2&hide=heatmap,nope,heatmap", []string{"pin", "at", "at", "hide"}},
		{"#expr=x&grid.1x=2&grid.x=" + strings.Repeat("1", MaxSpecLen+1), []string{"grid", "grid.x"}},
		{"#expr=x&unknown=1", []string{"url"}},
		{"#expr=" + strings.Repeat("x", MaxURLLen), []string{"url"}},
		{"#expr=%FF%FE", []string{"expr"}},
		// Repaired in an order that leaves the function valid and short:
		// each U+FFFD is 3 bytes, and a cut must not split a character.
		// A function over MaxExprLen characters is not cut: it is the
		// function's error (CheckExpr), not a repair of the link.
		{"#expr=" + strings.Repeat("x", MaxExprLen-1) + "%FF%FF", []string{"expr"}},
		{"#expr=" + strings.Repeat("x", MaxExprLen-1) + "%CF%87", nil},
	} {
		st, ps := Decode(c.frag)
		var fields []string
		for _, p := range ps {
			fields = append(fields, p.Field)
		}
		if strings.Join(fields, ",") != strings.Join(c.want, ",") {
			t.Errorf("Decode(%.60q): problems %v, want fields %v", c.frag, ps, c.want)
		}
		if again := st.Check(); len(again) != 0 {
			t.Errorf("Decode(%.60q) returned a state that still has problems: %v", c.frag, again)
		}
	}
	st, _ := Decode("#expr=%3Cimg%20src=x%20onerror=alert(1)%3E")
	if st.Expr != "<img src=x onerror=alert(1)>" {
		t.Errorf("expr = %q", st.Expr)
	}
}

func TestGradientRequest(t *testing.T) {
	r := &GradientRequest{F: []any{1.0, 2.0, 4.0, 7.0, 11.0, 16.0}, Shape: []any{2.0, 3.0},
		Spacing: []any{nil, []any{0.0, 1.0, 1.5}}, Axis: nil, EdgeOrder: 1.0}
	f, shape, opts, err := r.Options()
	if err != nil {
		t.Fatal(err)
	}
	if len(f) != 6 || !reflect.DeepEqual(shape, []int{2, 3}) || opts.EdgeOrder != 1 || len(opts.Spacing) != 2 ||
		opts.Spacing[0].H != 1 || !reflect.DeepEqual(opts.Spacing[1].X, []float64{0, 1, 1.5}) {
		t.Errorf("Options = %v %v %+v", f, shape, opts)
	}
	got, err := fd.Gradient(nil, f, shape, opts)
	if err != nil || len(got) != 2 {
		t.Fatal(got, err)
	}
	for _, bad := range []*GradientRequest{
		{F: "x", Shape: 3.0},
		{F: []any{1.0, 2.0}, Shape: 3.0},
		{F: []any{1.0, "2"}, Shape: 2.0},
		{F: []float64{1, 2, 3}, Shape: []any{3.5}},
		{F: []float64{1, 2, 3}, Shape: 3.0, Spacing: "h"},
		{F: []float64{1, 2, 3}, Shape: 3.0, EdgeOrder: 1.5},
		{F: []float64{1, 2, 3}, Shape: 3.0, Axis: []any{true}},
		{F: []float64{}, Shape: []any{1e6, 1e6, 1e6}},
	} {
		if _, _, _, err := bad.Options(); err == nil {
			t.Errorf("%+v: no error", bad)
		} else if in := ErrorInfo(err, ""); in.Code != "invalid_argument" {
			t.Errorf("%+v: code %s", bad, in.Code)
		}
	}
}

func TestErrorInfo(t *testing.T) {
	_, err := Build(State{Expr: "sinn(χ)*y", EdgeOrder: 1})
	in := ErrorInfo(err, "")
	// "χ" is two bytes but one UTF-16 unit: offsets are JavaScript's.
	if in.Code != "unknown_function" || in.Offset != 0 || in.End != 4 || in.Column != 1 || in.Field != "expr" {
		t.Errorf("unknown function: %+v", in)
	}
	_, err = Build(State{Expr: "χ*(y", EdgeOrder: 1})
	in = ErrorInfo(err, "")
	if in.Code != "syntax" || in.Offset != 4 || in.Column != 5 || !strings.Contains(in.Snippet, "    ^") {
		t.Errorf("syntax: %+v", in)
	}
	_, err = Build(State{Expr: "x*y", Grid: map[string]string{"y": "linspace(0, 1, 2.5)"}, EdgeOrder: 1})
	in = ErrorInfo(err, "")
	if in.Code != "grid_syntax" || in.Field != "grid.y" || in.Name != "y" || in.Line != 1 || in.Column != 16 ||
		in.Message != "the grid of y: the number of points must be a whole number" {
		t.Errorf("grid: %+v", in)
	}
	_, err = Build(State{Expr: "x*y*z", Grid: map[string]string{"x": "0:1:1000j", "y": "0:1:1000j", "z": "0:1:1000j"}, EdgeOrder: 1})
	if in = ErrorInfo(err, ""); in.Code != "too_large" {
		t.Errorf("size: %+v", in)
	}
	_, err = Build(State{Expr: "x", Grid: map[string]string{"x": "[0, 1]"}, EdgeOrder: 2})
	if in = ErrorInfo(err, ""); in.Code != string(fd.TooFewPoints) {
		t.Errorf("too few points: %+v", in)
	}
	if _, err = Build(State{Expr: "2*pi", EdgeOrder: 1}); !errors.Is(err, ErrNoVariables) {
		t.Errorf("constant: %v", err)
	}
	// An error of no known kind is a bug, as field.Code says.
	if in = ErrorInfo(errors.New("surprise"), ""); in.Code != "internal" || in.Message != "surprise" || in.Where {
		t.Errorf("unknown error: %+v", in)
	}
}

// TestReadout checks a node's read-out against numpy's values for
// q*chi*delta on linspace(-100, 100, 9) per variable (numpy 1.24.2: the
// gradient of this product is exact on a uniform grid, so ∂f/∂q at
// (q, chi, delta) = (-50, 75, 50) is chi*delta = 3750, also at the edge).
func TestReadout(t *testing.T) {
	spec := "linspace(-100, 100, 9)"
	sc, err := Build(State{Expr: "q*chi*delta", Grid: map[string]string{"q": spec, "chi": spec, "delta": spec},
		At: map[string]int{"delta": 6}, EdgeOrder: 1, Pin: []int{2, 7}})
	if err != nil {
		t.Fatal(err)
	}
	r, ok := sc.Readout(2, 7)
	if !ok {
		t.Fatal("no read-out")
	}
	want := Readout{Vars: []string{"q", "chi", "delta"},
		Index: map[string]int{"q": 2, "chi": 7, "delta": 6}, Point: map[string]float64{"q": -50, "chi": 75, "delta": 50},
		F: -187500, Grad: map[string]float64{"q": 3750, "chi": -2500, "delta": -3750},
		Exact: map[string]float64{"q": 3750, "chi": -2500, "delta": -3750},
		Edge:  map[string]bool{"q": false, "chi": false, "delta": false}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("read-out\n got %+v\nwant %+v", r, want)
	}
	if _, ok := sc.Readout(9, 0); ok {
		t.Error("a node outside the grid has a read-out")
	}
	if r, _ := sc.Readout(0, 8); !r.Edge["q"] || !r.Edge["chi"] {
		t.Errorf("corner not marked one-sided: %+v", r.Edge)
	}
	if sc.Figure == nil || sc.XVar != 0 || sc.YVar != 1 || !reflect.DeepEqual(sc.Fixed, []int{4, 4, 6}) {
		t.Errorf("scene %+v", sc)
	}
	// One variable: a line plot with a read-out along x. The non-uniform
	// central difference is exact for a quadratic: 2x = 2 at x = 1.
	sc, err = Build(State{Expr: "x**2", Grid: map[string]string{"x": "[0, 1, 3]"}, EdgeOrder: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := sc.Readout(1, 0); r.Grad["x"] != 2 || math.IsNaN(r.Exact["x"]) || r.Exact["x"] != 2 {
		t.Errorf("line read-out %+v", r)
	}
}

func TestParseGridAndExpr(t *testing.T) {
	gi, err := ParseGrid("-100:101:25")
	if err != nil || gi.N != 9 || gi.First != -100 || gi.Last != 100 || len(gi.Coords) != 9 ||
		gi.Kind != "range" || gi.Start != -100 || gi.Stop != 101 || gi.Step != 25 {
		t.Errorf("ParseGrid = %+v, %v", gi, err)
	}
	if _, err := ParseGrid("linspace(0, 1,"); err == nil || ErrorInfo(err, "").Code != "grid_syntax" {
		t.Errorf("ParseGrid error %v", err)
	}
	in, err := ParseExpr("q*chi*delta")
	if err != nil || strings.Join(in.Vars, ",") != "q,chi,delta" || in.Derivatives["q"] == "" {
		t.Errorf("ParseExpr = %+v, %v", in, err)
	}
	if len(Builtins()) < 10 || Builtins()[0].Signature == "" {
		t.Errorf("Builtins = %v", Builtins())
	}
}

// TestBuildFrom: display changes reuse the field; other changes do not.
func TestBuildFrom(t *testing.T) {
	st := State{Expr: "x*y", Grid: map[string]string{"x": "-1:1:5j", "y": "-1:1:5j"}, EdgeOrder: 1}
	a, err := Build(st)
	if err != nil {
		t.Fatal(err)
	}
	st.Mode, st.X, st.Y = "log", "y", "x"
	b, err := BuildFrom(a, st)
	if err != nil || b.Field != a.Field || b.XVar != 1 || b.YVar != 0 {
		t.Errorf("a display change recomputed the field or lost the axes: %v", err)
	}
	st.EdgeOrder = 2
	if c, _ := BuildFrom(b, st); c.Field == b.Field {
		t.Error("a new edge_order reused the field")
	}
	st.Grid = map[string]string{"x": "-1:1:5j", "y": "-1:1:7j"}
	if c, _ := BuildFrom(b, st); c.Field == b.Field || c.Field.Shape[1] != 7 {
		t.Error("a new grid reused the field")
	}
}

// TestReadoutMethods checks the point methods of a read-out: what core/expr
// gives at the node's point, in PointMethods' order, close to the exact
// gradient as each method's accuracy allows.
func TestReadoutMethods(t *testing.T) {
	sc, err := Build(State{Expr: "sin(x)*exp(-y**2)", Grid: map[string]string{"x": "linspace(-2, 2, 21)", "y": "linspace(-2, 2, 21)"},
		EdgeOrder: 1})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := sc.Readout(13, 8)
	sc.Methods(&r)
	if len(r.Methods) != len(PointMethods) {
		t.Fatalf("methods %+v", r.Methods)
	}
	e, _ := expr.Parse("sin(x)*exp(-y**2)")
	x := []float64{r.Point["x"], r.Point["y"]}
	tol := map[string]float64{"dual": 1e-15, "complex": 1e-15, "forward": 1e-7, "central": 1e-9, "richardson": 1e-12}
	for k, m := range r.Methods {
		if m.Method != string(PointMethods[k]) {
			t.Errorf("method %d is %s, want %s", k, m.Method, PointMethods[k])
		}
		p, _ := e.Partials(x, PointMethods[k], nil)
		for i, v := range []string{"x", "y"} {
			if m.Grad[v] != p.Grad[i] {
				t.Errorf("%s ∂f/∂%s = %v, core/expr gives %v", m.Method, v, m.Grad[v], p.Grad[i])
			}
			if d := math.Abs(m.Grad[v] - r.Exact[v]); d > tol[m.Method]*math.Max(1, math.Abs(r.Exact[v])) {
				t.Errorf("%s ∂f/∂%s = %v, exact %v", m.Method, v, m.Grad[v], r.Exact[v])
			}
		}
		if hasErr := m.Err != nil; hasErr != (m.Method == "richardson") {
			t.Errorf("%s error estimate %v", m.Method, m.Err)
		}
	}
}

// TestPointRequest checks gradplay.atPoint's arguments: what it computes,
// and a clear error for each malformed argument.
func TestPointRequest(t *testing.T) {
	p, err := (&PointRequest{Expr: "x**2*y", Point: map[string]any{"x": 3.0, "y": 2.0, "z": 1.0},
		Methods: []any{"dual", "forward"}, Epsilon: 1e-6}).Compute()
	if err != nil || p.Value != 18 || len(p.Methods) != 2 || p.Methods[0].Grad["x"] != 12 || p.Methods[0].Grad["y"] != 9 {
		t.Fatalf("x**2*y at (3, 2): %+v, %v", p, err)
	}
	if g := p.Methods[1].Grad["x"]; math.Abs(g-12) > 1e-5 {
		t.Errorf("forward ∂/∂x with epsilon 1e-6 = %v", g)
	}
	for _, c := range []struct {
		r    PointRequest
		code string
	}{
		{PointRequest{Expr: "x*y", Point: map[string]any{"x": 1.0}}, "missing_value"},
		{PointRequest{Expr: "x*", Point: map[string]any{"x": 1.0}}, "syntax"},
		{PointRequest{Expr: "x", Point: []any{1.0}}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": "1"}}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": 1.0}, Methods: "dual"}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": 1.0}, Methods: []any{"secant"}}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": 1.0}, Epsilon: 0.0}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": 1.0}, Step: math.Inf(1)}, "invalid_argument"},
		{PointRequest{Expr: "x", Point: map[string]any{"x": 1.0}, Step: math.NaN()}, "invalid_argument"},
	} {
		_, err := c.r.Compute()
		if in := ErrorInfo(err, c.r.Expr); in.Code != c.code || in.Message == "" {
			t.Errorf("%+v: %+v, want code %s", c.r, in, c.code)
		}
	}
}

func TestDataNotes(t *testing.T) {
	for _, c := range []struct {
		expr, x, y string
		want       []string
	}{
		{"x*y", "-1:1:3j", "0:1:2j", nil},
		{"sqrt(-1)*x*y", "-1:1:3j", "0:1:2j", []string{
			"f is NaN at 6 of 6 nodes (the first at x = -1, y = 0)",
			"numpy.gradient's ∂f/∂x is NaN at 6 of 6 nodes (the first at x = -1, y = 0)",
			"numpy.gradient's ∂f/∂y is NaN at 6 of 6 nodes (the first at x = -1, y = 0)",
			"the exact ∂f/∂x is NaN at 6 of 6 nodes (the first at x = -1, y = 0)",
			"the exact ∂f/∂y is NaN at 6 of 6 nodes (the first at x = -1, y = 0)"}},
		{"1/x + y", "-1:1:3j", "0:1:2j", []string{
			"f is +Inf at 2 of 6 nodes (the first at x = 0, y = 0)",
			"numpy.gradient's ∂f/∂x is +Inf at 2 of 6 nodes (the first at x = -1, y = 0); -Inf at 2 of 6 nodes (the first at x = 1, y = 0)",
			"numpy.gradient's ∂f/∂y is NaN at 2 of 6 nodes (the first at x = 0, y = 0)",
			"the exact ∂f/∂x is -Inf at 2 of 6 nodes (the first at x = 0, y = 0)"}},
	} {
		sc, err := Build(State{Expr: c.expr, Grid: map[string]string{"x": c.x, "y": c.y}})
		if err != nil {
			t.Fatal(err)
		}
		if got := sc.DataNotes(); !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.expr, got, c.want)
		}
	}
}

func TestExamples(t *testing.T) {
	for _, ex := range Examples() {
		st := ex.State.Clone()
		if ps := st.Check(); len(ps) != 0 {
			t.Errorf("%s: %v", ex.Title, ps)
		}
		sc, err := Build(ex.State)
		if err != nil {
			t.Errorf("%s: %v", ex.Title, err)
			continue
		}
		// No example opens on a slice where f is identically zero.
		zero := true
		for _, v := range sc.Field.F {
			zero = zero && v == 0
		}
		if zero {
			t.Errorf("%s: f is zero everywhere", ex.Title)
		}
	}
	classic := Examples()[0].State
	sc, _ := Build(classic)
	if r, _ := sc.Readout(0, 0); r.Point["delta"] != 50 || r.Exact["delta"] != 10000 {
		t.Errorf("the classic example's slice: %+v", r)
	}
}

func TestResolveDropsStaleKeys(t *testing.T) {
	v := Resolve(State{Expr: "x*y", Grid: map[string]string{"delta": "0:1:3j", "x": "0:1:3j"}, At: map[string]int{"delta": 2, "x": 1}, X: "delta"})
	if got := v.State.Encode(); got != "expr=x*y&grid.x=0:1:3j&grid.y=-2:2:21j&at.x=1" {
		t.Errorf("the link after delta is gone: %s", got)
	}
}

// TestReservedVar: __proto__ cannot be a variable (JavaScript objects
// would drop its grid); other names of Object.prototype can.
func TestReservedVar(t *testing.T) {
	_, err := ParseExpr("x*__proto__")
	in := ErrorInfo(err, "x*__proto__")
	if err == nil || in.Code != CodeUnknownVariable || in.Offset != 2 || in.End != 11 {
		t.Errorf("x*__proto__: %+v", in)
	}
	if err := Usable(State{Expr: "__proto__"}); err == nil {
		t.Error("Usable accepts __proto__")
	}
	if _, err := ParseExpr("constructor*toString*valueOf"); err != nil {
		t.Error(err)
	}
}

// TestHugeRanges: values and coordinates whose span overflows float64 are
// drawn, not a hang or a panic (gonum's tick search looped for ever, the
// colour map indexed with NaN).
func TestHugeRanges(t *testing.T) {
	for _, st := range []State{{Expr: "1e308*x*y*10", Grid: map[string]string{"x": "-2:2:5j", "y": "-2:2:5j"}},
		{Expr: "x*y", Grid: map[string]string{"x": "-1e308:1e308:3j", "y": "-2:2:5j"}}} {
		sc, err := Build(st)
		if err != nil {
			t.Fatalf("%s: %v", st.Expr, err)
		}
		if img := sc.Figure.RGBA(400, 300, 1); img == nil || sc.Figure.SplitArrows(400, 300, 1) == nil {
			t.Errorf("%s: no figure", st.Expr)
		}
	}
}

// TestDecodeForeignNames: a link's axis that is not a variable of its
// function is reported and dropped, not dropped in silence (x=zz); the
// re-encoded link then decodes cleanly. Grids and slider positions of other
// variables are kept, unreported, for the function typed next.
func TestDecodeForeignNames(t *testing.T) {
	for _, c := range []struct{ frag, field string }{
		{"expr=x*y&x=zz", "x"},
		{"expr=x*y&y=zz", "y"},
		{"x=x", "x"}, // the default function has q, chi, delta
	} {
		st, ps := Decode(c.frag)
		if len(ps) != 1 || ps[0].Field != c.field || !strings.Contains(ps[0].Msg, "is not a variable of the function") {
			t.Errorf("Decode(%q): problems %v, want one at %s", c.frag, ps, c.field)
		}
		if again, ps := Decode(st.Encode()); len(ps) != 0 {
			t.Errorf("Decode(%q) re-encoded as %q (%+v) has problems %v", c.frag, st.Encode(), again, ps)
		}
	}
	if st, ps := Decode("expr=sin(x)&grid.q=0:1:3j&at.q=1"); len(ps) != 0 || st.Grid["q"] != "0:1:3j" || st.At["q"] != 1 {
		t.Errorf("a link's grid and slider of another variable: %+v, problems %v", st, ps)
	}
	// A function that does not parse has its own error: nothing more is said.
	if _, ps := Decode("expr=x*&x=zz"); len(ps) != 0 {
		t.Errorf("Decode with a bad function: problems %v, want none", ps)
	}
}

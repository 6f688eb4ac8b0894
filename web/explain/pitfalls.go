package explain

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/web/state"
)

// The codes of Pitfall, stable strings for programs.
const (
	// SpacingOmitted: np.gradient(F) without the coordinates.
	SpacingOmitted = "spacing_omitted"
	// MeshgridXY: np.meshgrid without indexing="ij".
	MeshgridXY = "meshgrid_xy"
	// ReturnsList: np.gradient of several variables returns a list.
	ReturnsList = "returns_list"
	// EdgeOrder: edge_order=1, numpy's default, against edge_order=2.
	EdgeOrder = "edge_order"
	// JoinedNames: the parser's note on a name that joins others (xy).
	JoinedNames = string(expr.JoinedNames)
	// StepLikeCount: a grid a:b:n whose real step n looks like a count.
	StepLikeCount = "step_like_count"
	// LookAlike: the parser's note on a character read as ASCII (U+2212
	// MINUS SIGN read as "-").
	LookAlike = string(expr.LookAlike)
	// NumberTooSmall: the parser's note on a literal that underflows
	// (1e-400 reads as 0).
	NumberTooSmall = string(expr.NumberTooSmall)
)

// Pitfall is a mistake the state's numpy code could make, or a remark on
// what the user typed, with what it would cost for this function and grid.
type Pitfall struct {
	Code    string `json:"code"`    // one of the constants above
	Message string `json:"message"` // one or two sentences
	Fix     string `json:"fix"`     // one line
	// Field and Span locate an input note: "expr" or "grid.<var>" (as
	// state.Problem's fields), and the byte offsets in it.
	Field string `json:"field,omitempty"`
	Span  *Span  `json:"span,omitempty"`
	// Vars are the variables concerned.
	Vars []string `json:"vars,omitempty"`
	// Factor is, for SpacingOmitted, how much too large np.gradient(F) is
	// for each variable: its local step dx/di, np.gradient(x); Min == Max on
	// a uniform grid.
	Factor map[string]Range `json:"factor,omitempty"`
	// Shape is, for MeshgridXY, the arrays' shape without indexing="ij".
	Shape []int `json:"shape,omitempty"`
	// EdgeError is, for EdgeOrder, numpy.gradient's largest errors against
	// the exact partial derivative, per variable.
	EdgeError map[string]EdgeError `json:"edgeError,omitempty"`
}

// Span is the byte range [Offset, End) of an input note's text.
type Span struct {
	Offset int `json:"offset"`
	End    int `json:"end"`
}

// Range is the smallest and largest value of a quantity over the grid.
type Range struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// EdgeError is the largest |numpy.gradient − exact| of one partial
// derivative, ∂f/∂v, at the edge nodes of v's axis with each edge_order,
// and at the other nodes (where edge_order changes nothing).
type EdgeError struct {
	Order1   float64 `json:"order1"`
	Order2   float64 `json:"order2"`
	Interior float64 `json:"interior"`
}

// Pitfalls returns the pitfalls of st, in this order: the input notes
// (JoinedNames, LookAlike, NumberTooSmall, StepLikeCount), then SpacingOmitted, MeshgridXY,
// ReturnsList and EdgeOrder, each when it applies to this function and
// grid. The error is the expression's (*expr.Error, or
// state.ErrNoVariables) with no pitfalls; or the field's (a grid that does
// not parse, too few or too many points: see state.ErrorInfo) with the input
// notes found before it.
func Pitfalls(st state.State) ([]Pitfall, error) { return PitfallsFrom(nil, st) }

// PitfallsFrom is Pitfalls reusing the field of prev (which may be nil)
// when it is the one Pitfalls computes first: st's function and grids,
// edge_order 1, with the exact partials (the page's scene, as a rule).
func PitfallsFrom(prev *state.Scene, st state.State) ([]Pitfall, error) {
	st = st.Clone()
	st.Check()
	out, e, specs, err := inputNotes(st)
	if err != nil {
		return nil, err
	}
	opts := &field.Options{Vars: e.Vars, EdgeOrder: 1}
	f1 := prev.ComputedFor(st.Expr, specs, 1)
	if f1 == nil || f1.Exact == nil {
		f1, err = field.Compute(st.Expr, specs, opts)
	}
	if err != nil {
		// Perhaps only the exact derivatives fail: the rest needs none.
		opts.NoExact = true
		if f1, err = field.Compute(st.Expr, specs, opts); err != nil {
			return out, err
		}
	}
	nm := pyNames(f1.Vars)
	if p, ok := spacingOmitted(f1, nm); ok {
		out = append(out, p)
	}
	if p, ok := meshgridXY(f1, nm); ok {
		out = append(out, p)
	}
	if len(f1.Vars) > 1 {
		out = append(out, returnsList(f1, nm))
	}
	if f1.Exact != nil {
		opts.EdgeOrder, opts.NoExact = 2, true
		if f2, err := field.Compute(st.Expr, specs, opts); err == nil {
			if p, ok := edgeOrder(f1, f2, nm); ok {
				out = append(out, p)
			}
		}
	}
	return out, nil
}

// InputNotes returns the remarks on what the user typed, as Pitfalls
// gives them first (JoinedNames, LookAlike and NumberTooSmall at the
// function, StepLikeCount at a grid),
// without computing anything: the page shows each next to its field. The
// error is the function's. Under it (a syntax error, a constant) the
// function has no variables, and the notes are those of every grid the
// state keeps, in the order of their names: the page's grid rows stay, and
// each keeps its own remark.
func InputNotes(st state.State) ([]Pitfall, error) {
	st = st.Clone()
	st.Check()
	out, _, _, err := inputNotes(st)
	if err != nil {
		for _, v := range slices.Sorted(maps.Keys(st.Grid)) {
			if p, ok := stepLikeCount(v, st.Grid[v]); ok {
				out = append(out, p)
			}
		}
	}
	return out, err
}

// inputNotes returns the input notes of a checked state, its parsed
// function and the grid spec of each variable.
func inputNotes(st state.State) ([]Pitfall, *expr.Expr, map[string]string, error) {
	e, err := expr.Parse(st.Expr)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(e.Vars) == 0 {
		return nil, nil, nil, state.ErrNoVariables
	}
	var out []Pitfall
	for _, n := range e.Notes {
		out = append(out, exprNote(n))
	}
	specs := make(map[string]string, len(e.Vars))
	for _, v := range e.Vars {
		src, ok := st.Grid[v]
		if !ok {
			src = state.DefaultSpec
		}
		specs[v] = src
		if p, ok := stepLikeCount(v, src); ok {
			out = append(out, p)
		}
	}
	return out, e, specs, nil
}

// exprNote is the parser's note n as a pitfall, with the note's code.
func exprNote(n *expr.Error) Pitfall {
	p := Pitfall{Code: string(n.Code), Message: n.Msg, Field: "expr", Span: &Span{n.Offset, n.End}}
	switch n.Code {
	case expr.JoinedNames:
		return joinedNames(n)
	case expr.LookAlike:
		p.Fix = lookAlikeFix(n.Msg)
	case expr.NumberTooSmall:
		p.Fix = "write 0 if zero is meant, or rescale the function"
	}
	return p
}

// lookAlikeFix says what to type instead of the characters of a LookAlike
// note: `U+2212 MINUS SIGN read as "-"`, `... read as a space`, `...
// ignored`, each perhaps followed by " (3 times)".
func lookAlikeFix(msg string) string {
	msg, _, _ = strings.Cut(msg, " (")
	switch _, as, ok := strings.Cut(msg, " read as "); {
	case !ok:
		return "delete the invisible character"
	case as == "a space":
		return "type a plain space"
	default:
		return "type " + as + " on the keyboard"
	}
}

// joinedNames is the parser's JoinedNames note n as a pitfall.
func joinedNames(n *expr.Error) Pitfall {
	p := Pitfall{Code: JoinedNames, Message: n.Msg, Field: "expr", Span: &Span{n.Offset, n.End},
		Vars: []string{n.Src[n.Offset:n.End]}, Fix: "put * between the names"}
	if _, product, ok := strings.Cut(n.Msg, "did you mean "); ok {
		p.Fix = "write " + strings.TrimSuffix(product, "?") + " for the product"
	}
	return p
}

// stepLikeCount reports the grid src of v when it is start:stop:n (or
// arange(start, stop, n)) with a whole n >= 2 giving at most 2 points: n
// was meant as the number of points.
func stepLikeCount(v, src string) (Pitfall, bool) {
	s, err := grid.Parse(src)
	if err != nil || s.Kind != grid.RangeKind || s.N > 2 || s.Step < 2 || s.Step != math.Trunc(s.Step) || s.Step > 1e6 {
		return Pitfall{}, false
	}
	n := int(s.Step)
	t := oneLine(src)
	var meant, steps string
	if strings.Contains(t, "arange(") {
		meant, steps = strings.Replace(t, "arange", "linspace", 1), t+" steps"
	} else {
		meant, steps = t+"j", fmt.Sprintf("%s's grid %s steps", v, t)
	}
	if m, err := grid.Parse(meant); err != nil || m.N != n {
		meant = fmt.Sprintf("linspace(%s, %s, %d)", pyNum(s.Start), pyNum(s.Stop), n)
	}
	pts := make([]string, s.N)
	for i := range pts {
		pts[i] = fmt.Sprintf("%.4g", s.At(i))
	}
	return Pitfall{Code: StepLikeCount, Field: "grid." + v, Span: &Span{0, len(src)}, Vars: []string{v},
		Message: fmt.Sprintf("%s by %d from %s and so has %s (%s); did you mean %s, %d points?",
			steps, n, pts[0], plural(s.N, "point"), strings.Join(pts, ", "), meant, n),
		Fix: "write " + meant}, true
}

// spacingOmitted reports the variables whose step is not 1: np.gradient(F)
// is the change per index step, about ∂f/∂x · dx/di.
func spacingOmitted(f *field.Field, nm *names) (Pitfall, bool) {
	p := Pitfall{Code: SpacingOmitted, Factor: map[string]Range{}}
	var groups []Range
	byRange := map[Range][]string{}
	for a, v := range f.Vars {
		r, ok := localStep(f.Coords[a])
		if !ok || r.Min == r.Max && math.Abs(r.Min-1) <= 1e-12 {
			continue
		}
		p.Vars = append(p.Vars, v)
		p.Factor[v] = r
		if byRange[r] == nil {
			groups = append(groups, r)
		}
		byRange[r] = append(byRange[r], v)
	}
	if len(p.Vars) == 0 {
		return Pitfall{}, false
	}
	parts := make([]string, len(groups))
	for i, r := range groups {
		parts[i] = factorText(r) + " for " + andList(byRange[r])
	}
	p.Message = "np.gradient(" + nm.F + ") without the coordinates gives the change per index step: " +
		strings.Join(parts, "; ") + "."
	p.Fix = "pass the coordinates: " + gradientCall(nm, "")
	return p, true
}

// localStep returns the range of np.gradient(x), the step dx/di at each
// node; on a uniform grid (to 1e-9) Min == Max == (x[n-1]-x[0])/(n-1).
func localStep(x []float64) (Range, bool) {
	n := len(x)
	if n < 2 {
		return Range{}, false
	}
	r := Range{math.Inf(1), math.Inf(-1)}
	for i := range x {
		lo, hi := max(i-1, 0), min(i+1, n-1)
		d := (x[hi] - x[lo]) / float64(hi-lo)
		r.Min, r.Max = math.Min(r.Min, d), math.Max(r.Max, d)
	}
	if r.Max-r.Min <= 1e-9*math.Max(math.Abs(r.Min), math.Abs(r.Max)) {
		h := (x[n-1] - x[0]) / float64(n-1)
		r = Range{h, h}
	}
	return r, true
}

// factorText says how wrong a result multiplied by r is: "25× too large",
// "5× too small", "0.5× to 2×".
func factorText(r Range) string {
	if r.Min != r.Max {
		return "off by a factor from " + short(r.Min) + " to " + short(r.Max)
	}
	h, sign := r.Min, ""
	if h < 0 {
		h, sign = -h, " and of the wrong sign"
	}
	switch {
	case h > 1:
		return short(h) + "× too large" + sign
	case h < 1:
		return short(1/h) + "× too small" + sign
	}
	return "of the wrong sign"
}

// short writes x with 3 significant digits, whole numbers up to a million
// in full: 0.75, 6.67, 3333, 2.5e+07.
func short(x float64) string {
	if a := math.Abs(x); a >= 100 && a < 1e6 {
		return fmt.Sprintf("%.0f", x)
	}
	return fmt.Sprintf("%.3g", x)
}

// andList writes "q", "q and chi", "q, chi and delta".
func andList(xs []string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// gradientCall writes np.gradient(F, q, chi, delta<extra>).
func gradientCall(nm *names, extra string) string {
	return "np.gradient(" + nm.F + ", " + strings.Join(nm.coord, ", ") + extra + ")"
}

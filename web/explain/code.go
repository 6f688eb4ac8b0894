package explain

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// NumpyCode returns a Python program that computes what the page shows for
// st with numpy and draws its figure with matplotlib: the coordinates of
// every variable (the page's, bit for bit), the meshgrid with
// indexing="ij", F, numpy.gradient's arrays dF_d<var> with st's
// edge_order, and the page's slice as filled contours, contour lines and
// arrows of the page's lengths. Errors are those of state.Build.
func NumpyCode(st state.State) (string, error) { return NumpyCodeFrom(nil, st) }

// NumpyCodeFrom is NumpyCode reusing the field of prev (which may be nil)
// as state.BuildFrom does: the page's scene, whose field is st's unless
// the function, the grids or edge_order changed.
func NumpyCodeFrom(prev *state.Scene, st state.State) (string, error) {
	sc, err := state.BuildFrom(prev, st)
	if err != nil {
		return "", err
	}
	e, err := expr.Parse(sc.State.Expr)
	if err != nil {
		return "", err // Build has parsed it: impossible
	}
	w := &writer{sc: sc, e: e, nm: pyNames(sc.Vars)}
	w.compute()
	if len(sc.Vars) == 1 {
		w.linePlot()
	} else {
		w.slicePlot()
	}
	return w.b.String(), nil
}

// writer writes the program.
type writer struct {
	b  strings.Builder
	sc *state.Scene
	e  *expr.Expr
	nm *names
}

func (w *writer) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

// compute writes the coordinates, the grid, F and its gradient.
func (w *writer) compute() {
	sc, nm := w.sc, w.nm
	w.line("# %s and its numpy.gradient, as gradplay shows them.", oneLine(sc.State.Expr))
	w.line("import numpy as np")
	w.line("import matplotlib.pyplot as plt")
	w.line("")
	w.line("# The coordinates of each variable: the page's, bit for bit.")
	for i, v := range sc.Vars {
		src := sc.State.Grid[v]
		spec, _ := grid.Parse(src) // Build has parsed it
		w.line("%s = %s  # %s: %s", nm.coord[i], coordsCode(spec), oneLine(src), plural(spec.Len(), "point"))
	}
	mesh := expr.Format(renamed(w.e.Root, nm.mesh), expr.NumPy)
	if len(sc.Vars) == 1 {
		w.line("%s = %s", nm.F, mesh)
		w.line("")
		w.line("%s = np.gradient(%s, %s, edge_order=%d)", nm.grad[0], nm.F, nm.coord[0], sc.State.EdgeOrder)
		return
	}
	w.line("# Axis i of every array is variable i: indexing=\"ij\" (the default \"xy\" swaps the first two).")
	w.line("%s = np.meshgrid(%s, indexing=\"ij\")", strings.Join(nm.mesh, ", "), strings.Join(nm.coord, ", "))
	w.line("%s = %s", nm.F, mesh)
	w.line("")
	w.line("# One array per variable, in axis order (a list; a tuple from numpy 2.0).")
	w.line("%s = np.gradient(%s, %s, edge_order=%d)", strings.Join(nm.grad, ", "), nm.F,
		strings.Join(nm.coord, ", "), sc.State.EdgeOrder)
}

// linePlot writes the figure of a function of one variable: f, and below
// it numpy's derivative.
func (w *writer) linePlot() {
	nm, h := w.nm, w.nm.helper
	v := w.sc.Vars[0]
	w.line("")
	w.line("%s, (%s, %s) = plt.subplots(2, sharex=True)", h["fig"], h["ax"], h["ax2"])
	w.line("%s.plot(%s, %s, \".-\")", h["ax"], nm.coord[0], nm.F)
	w.line("%s.set(ylabel=\"f\", title=%s)", h["ax"], strconv.Quote(w.sc.State.Expr))
	w.line("%s.plot(%s, %s, \"o-\", label=\"np.gradient\")", h["ax2"], nm.coord[0], nm.grad[0])
	w.line("%s.set(xlabel=%s, ylabel=%s)", h["ax2"], strconv.Quote(v), strconv.Quote("∂f/∂"+v))
	w.line("%s.legend()", h["ax2"])
	w.line("plt.show()")
}

// slicePlot writes the figure of the page's slice.
func (w *writer) slicePlot() {
	sc, nm, h := w.sc, w.nm, w.nm.helper
	st := &sc.State
	xv, yv := sc.XVar, sc.YVar
	x, y := nm.coord[xv], nm.coord[yv]
	w.line("")
	// The slice: the plot axes whole, the other variables at their index.
	idx := make([]string, len(sc.Vars))
	var held, values []string // "delta = 50 (index 6)", "delta = 50"
	for a, v := range sc.Vars {
		idx[a] = ":"
		if a != xv && a != yv {
			idx[a] = strconv.Itoa(sc.Fixed[a])
			values = append(values, fmt.Sprintf("%s = %.4g", v, sc.Field.Coords[a][sc.Fixed[a]]))
			held = append(held, fmt.Sprintf("%s (index %d)", values[len(values)-1], sc.Fixed[a]))
		}
	}
	view := fmt.Sprintf("%s across, %s up", sc.Vars[xv], sc.Vars[yv])
	if len(held) > 0 {
		view += ", " + strings.Join(held, ", ")
	}
	w.line("# The page's view: %s.", view)
	cut := func(a string) string { return a }
	if len(held) > 0 {
		w.line("%s = np.s_[%s]", h["page"], strings.Join(idx, ", "))
		cut = func(a string) string { return a + "[" + h["page"] + "]" }
	}
	tr, why := "", ""
	if xv < yv {
		tr, why = ".T", fmt.Sprintf("  # rows along %s, as matplotlib expects", sc.Vars[yv])
	}
	w.line("%s, %s, %s = %s%s, %s%s, %s%s%s", h["Fs"], h["U"], h["V"], cut(nm.F), tr,
		cut(nm.grad[xv]), tr, cut(nm.grad[yv]), tr, why)
	w.line("%s, %s = plt.subplots()", h["fig"], h["ax"])
	if !st.Hidden("heatmap") {
		w.line("%s = %s.contourf(%s, %s, %s, levels=64, cmap=%q)", h["cf"], h["ax"], x, y, h["Fs"], cmapName(st.Palette))
		w.line("%s.colorbar(%s, ax=%s, label=\"f\")", h["fig"], h["cf"], h["ax"])
	}
	if !st.Hidden("contours") {
		w.line("# The page's 10 contour lines, spread evenly over f's finite values.")
		w.line("%s = %s[np.isfinite(%s)]", h["fin"], h["Fs"], h["Fs"])
		w.line("if %s.size and %s.min() < %s.max():", h["fin"], h["fin"], h["fin"])
		w.line("    %s.contour(%s, %s, %s, levels=%s.min() + np.ptp(%s)*(np.arange(10) + 0.5)/10, colors=\"k\", linewidths=0.6)",
			h["ax"], x, y, h["Fs"], h["fin"], h["fin"])
	}
	if a, ok := sc.Figure.ArrowScale(); ok && !st.Hidden("arrows") {
		w.arrows(a, x, y)
	}
	title := st.Expr
	if len(held) > 0 {
		title += "\n" + strings.Join(values, ", ")
	}
	w.line("%s.set(xlabel=%s, ylabel=%s, title=%s)", h["ax"], strconv.Quote(sc.Vars[xv]), strconv.Quote(sc.Vars[yv]), strconv.Quote(title))
	w.line("plt.show()")
}

// arrows writes the quiver of the page's arrows: at the same nodes, of the
// same lengths in data units.
func (w *writer) arrows(a plots.ArrowScale, x, y string) {
	h := w.nm.helper
	sx, sy := pySlice(a.FirstX, a.EveryX), pySlice(a.FirstY, a.EveryY)
	U, V := h["U"], h["V"]
	pivot := ""
	if a.Pivot != plots.Tail {
		pivot = fmt.Sprintf(", pivot=%q", a.Pivot.String())
	}
	switch a.Mode {
	case plots.Log:
		w.line("# The page's log mode: lengths grow as log10(1 + |grad f|/g0), g0 = %s.", expr.FormatNumber(a.G0))
		w.line("%s = np.hypot(%s, %s)", h["M"], U, V)
		w.line("with np.errstate(invalid=\"ignore\", divide=\"ignore\"):")
		w.line("    %s = np.log10(1 + %s/%s)/%s", h["L"], h["M"], expr.FormatNumber(a.G0), h["M"])
		U, V = U+"*"+h["L"], V+"*"+h["L"]
		if sx != "" || sy != "" {
			U, V = "("+U+")", "("+V+")"
		}
	case plots.Normalized:
		w.line("# The page's normalized mode: arrows of one length, coloured by |grad f|.")
		w.line("%s = np.hypot(%s, %s)", h["M"], U, V)
		w.line("with np.errstate(invalid=\"ignore\", divide=\"ignore\"):")
		w.line("    %s, %s = %s/%s, %s/%s", U, V, U, h["M"], V, h["M"])
	}
	at := func(c, s string) string {
		if s == "" {
			return c
		}
		return c + "[" + s + "]"
	}
	grid2 := func(c string) string {
		if sx == "" && sy == "" {
			return c
		}
		return c + "[" + or(sy, ":") + ", " + or(sx, ":") + "]"
	}
	args := fmt.Sprintf("%s, %s, %s, %s", at(x, sx), at(y, sy), grid2(U), grid2(V))
	if sx != "" || sy != "" {
		w.line("# The page draws an arrow at %s along %s, %s along %s.",
			everyNode(a.EveryX), w.sc.Vars[w.sc.XVar], everyNode(a.EveryY), w.sc.Vars[w.sc.YVar])
	}
	if a.Mode == plots.Normalized {
		w.line("%s = %s.quiver(%s, %s, angles=\"xy\"%s, cmap=\"inferno\")", h["arrows"], h["ax"], args, grid2(h["M"]), pivot)
		w.line("%s.colorbar(%s, ax=%s, label=\"|grad f|\")", h["fig"], h["arrows"], h["ax"])
		return
	}
	w.line("# scale: |grad f| per data unit of arrow, so that the arrows have the page's lengths.")
	w.line("%s.quiver(%s, angles=\"xy\", scale_units=\"xy\", scale=%s%s)", h["ax"], args, expr.FormatNumber(1/a.Factor), pivot)
}

// coordsCode returns numpy's call for the coordinates of spec.
func coordsCode(s grid.Spec) string {
	switch s.Kind {
	case grid.LinspaceKind:
		return fmt.Sprintf("np.linspace(%s, %s, %d)", pyNum(s.Start), pyNum(s.Stop), s.N)
	case grid.RangeKind:
		// Whole numbers would make an integer array: F = x**-1 would fail.
		return fmt.Sprintf("np.arange(%s, %s, %s%s)", pyNum(s.Start), pyNum(s.Stop), pyNum(s.Step),
			floatDtype(s.Start, s.Stop, s.Step))
	}
	parts := make([]string, len(s.Values))
	for i, v := range s.Values {
		parts[i] = pyNum(v)
	}
	return fmt.Sprintf("np.array([%s]%s)", strings.Join(parts, ", "), floatDtype(s.Values...))
}

// floatDtype returns ", dtype=float" when every one of xs would be read by
// Python as an integer.
func floatDtype(xs ...float64) string {
	for _, x := range xs {
		if strings.ContainsAny(pyNum(x), ".en") {
			return ""
		}
	}
	return ", dtype=float"
}

// pyNum writes x as a Python number that reads back to x, with np.pi for
// the multiples and fractions of pi that Python computes to the same value.
func pyNum(x float64) string {
	if x == 0 && math.Signbit(x) {
		return "-0.0"
	}
	if x < 0 {
		return "-" + pyNum(-x)
	}
	if x == math.Pi {
		return "np.pi"
	}
	for k := 2.0; k <= 12; k++ {
		switch x {
		case k * math.Pi:
			return expr.FormatNumber(k) + "*np.pi"
		case math.Pi / k:
			return "np.pi/" + expr.FormatNumber(k)
		}
	}
	return expr.FormatNumber(x)
}

// pySlice writes the slice first::every, or "" for the whole axis.
func pySlice(first, every int) string {
	if first == 0 && every == 1 {
		return ""
	}
	s := ""
	if first > 0 {
		s = strconv.Itoa(first)
	}
	s += ":"
	if every > 1 {
		s += ":" + strconv.Itoa(every)
	}
	return s
}

// cmapName is matplotlib's colour map nearest to the page's palette.
func cmapName(palette string) string {
	p, _ := plots.ParsePalette(palette) // Check has validated it
	return [...]string{plots.Viridis: "viridis", plots.Diverging: "coolwarm", plots.Kindlmann: "turbo", plots.Gray: "gray"}[p]
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// everyNode returns "every node", "every 2nd node", ...
func everyNode(n int) string {
	if n == 1 {
		return "every node"
	}
	return "every " + ordinal(n) + " node"
}

func ordinal(n int) string {
	switch {
	case n%10 == 2 && n%100 != 12:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3 && n%100 != 13:
		return fmt.Sprintf("%drd", n)
	case n%10 == 1 && n%100 != 11:
		return fmt.Sprintf("%dst", n)
	}
	return fmt.Sprintf("%dth", n)
}

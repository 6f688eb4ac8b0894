package state

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/core/srcpos"
)

// CheckExpr refuses a function longer than MaxExprLen characters, the one
// limit of the function field, the link, the view and the JS API alike.
// The error is an *expr.Error (code too_long) that marks the characters
// beyond the limit, so that the page can select them.
func CheckExpr(src string) error {
	n := utf8.RuneCountInString(src)
	if n <= MaxExprLen {
		return nil
	}
	off := 0
	for range MaxExprLen {
		_, w := utf8.DecodeRuneInString(src[off:])
		off += w
	}
	return &expr.Error{Pos: srcpos.At(src, off), End: len(src), Code: expr.TooLong, Src: src,
		Msg: fmt.Sprintf("the function has %d characters; at most %d are allowed", n, MaxExprLen)}
}

// parseExpr parses a function of the page: CheckExpr, then expr.Parse,
// then the names JavaScript objects cannot hold as keys (reservedVar).
func parseExpr(src string) (*expr.Expr, error) {
	if err := CheckExpr(src); err != nil {
		return nil, err
	}
	e, err := expr.Parse(src)
	if err != nil {
		return nil, err
	}
	for _, v := range e.Vars {
		if v == reservedVar {
			off, end := strings.Index(src, v), 0
			if off < 0 {
				off, end = 0, len(src)
			} else {
				end = off + len(v)
			}
			return nil, &expr.Error{Pos: srcpos.At(src, off), End: end, Code: expr.UnknownVariable, Src: src,
				Msg: fmt.Sprintf("%s cannot be a variable's name: JavaScript objects, where the page keeps the grids, give it a meaning of its own; rename it", v)}
		}
	}
	return e, nil
}

// reservedVar is the one name a variable cannot have: obj["__proto__"] =
// spec sets no key in JavaScript, so its grid would be lost between the
// page, Go and the link.
const reservedVar = "__proto__"

// checkGridRows checks the grids of valid rows together, as Build will: the
// point budget (grid.CheckSize; the error goes to the row of the most
// points) and numpy's minimum of edgeOrder+1 points per axis (the error
// goes to each row short of it). It reports whether the grids can be drawn.
func checkGridRows(rows []VarView, infos []*GridInfo, edgeOrder int) bool {
	lens := make([]int, len(rows))
	names := make([]string, len(rows))
	most := 0
	for i, r := range rows {
		lens[i], names[i] = infos[i].N, r.Name
		if lens[i] > lens[most] {
			most = i
		}
	}
	if err := grid.CheckSize(lens, names, 0); err != nil {
		in := ErrorInfo(err, "")
		in.Field, in.Name = "grid."+names[most], names[most]
		rows[most].Error = errorFields(in)
		return false
	}
	ok := true
	for i, n := range lens {
		if n >= edgeOrder+1 {
			continue
		}
		err := tooFewPoints(lens, names, i, edgeOrder)
		if err == nil {
			continue
		}
		in := ErrorInfo(err, "")
		in.Field = "grid." + names[i]
		rows[i].Error = errorFields(in)
		ok = false
	}
	return ok
}

// Usable returns why st cannot be drawn, without evaluating anything: the
// function's text (CheckExpr, expr.Parse), a function without variables,
// a grid that cannot be read, the point budget, or an axis with fewer
// points than edge_order needs. Build fails with the same error (or, for
// a state Usable accepts, only with what evaluation itself finds). nil
// means the state can be built.
func Usable(st State) error {
	st = st.Clone()
	st.Check()
	e, err := parseExpr(st.Expr)
	if err != nil {
		return err
	}
	if len(e.Vars) == 0 {
		return ErrNoVariables
	}
	lens := make([]int, len(e.Vars))
	for i, v := range e.Vars {
		spec, ok := st.Grid[v]
		if !ok {
			spec = DefaultSpec
		}
		s, err := grid.Parse(spec)
		if err != nil {
			return &field.Error{Code: field.GridSyntax, Var: v, Spec: spec, Err: err}
		}
		lens[i] = s.Len()
	}
	if err := grid.CheckSize(lens, e.Vars, 0); err != nil {
		return err
	}
	for i, n := range lens {
		if n < st.EdgeOrder+1 {
			return tooFewPoints(lens, e.Vars, i, st.EdgeOrder)
		}
	}
	return nil
}

// tooFewPoints returns numpy's error for axis i of a grid of lens points
// per variable, from core/fd itself: axis i alone, the other axes of one
// point each (so nothing of size is allocated).
func tooFewPoints(lens []int, names []string, i, edgeOrder int) error {
	one := make([]int, len(lens))
	for k := range one {
		one[k] = 1
	}
	one[i] = lens[i]
	_, err := fd.Gradient(nil, make([]float64, lens[i]), one, &fd.Options{Axes: []int{i}, EdgeOrder: edgeOrder, Names: names})
	return err
}

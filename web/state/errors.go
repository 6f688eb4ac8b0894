package state

import (
	"errors"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/core/srcpos"
)

// Info is an error as the JS API throws it: an Error whose code says what
// went wrong and, for a mistake in a text the user typed, where: Offset and
// End delimit the offending characters in UTF-16 code units (JavaScript's
// string indices, for setSelectionRange), Line and Column (1-based, in
// characters) locate Offset for a person, and Snippet repeats the text with
// a caret line under the mistake.
type Info struct {
	Code    string
	Message string
	Where   bool // Offset, End, Line, Column and Snippet are set
	Offset  int
	End     int
	Line    int
	Column  int
	Snippet string
	Axis    int    // for numpy errors about an axis, else -1
	Name    string // the variable concerned, if any
	Field   string // the input concerned: "expr" or "grid.NAME"
}

// Fields returns the properties to set on the thrown Error, message excluded.
func (in Info) Fields() map[string]any {
	m := map[string]any{"code": in.Code}
	if in.Where {
		m["offset"], m["end"], m["line"], m["column"], m["snippet"] = in.Offset, in.End, in.Line, in.Column, in.Snippet
	}
	if in.Axis >= 0 {
		m["axis"] = in.Axis
	}
	if in.Name != "" {
		m["name"] = in.Name
	}
	if in.Field != "" {
		m["field"] = in.Field
	}
	return m
}

// ErrorInfo describes err for the JS API. Its code is field.Code's, the one
// classification of gradplay's errors (so CodeInternal for an error of no
// known kind), or an *ArgError's own; a mistake in an expression or a grid
// adds where it is. src is the text the error's byte offsets refer to, when
// the error does not carry it (the errors of core/expr and core/grid do).
func ErrorInfo(err error, src string) Info {
	code := field.Code(err)
	in := Info{Code: code, Message: err.Error(), Axis: -1}
	var (
		fe *fd.Error
		ge *grid.SyntaxError
		ae *ArgError
		le *field.Error
	)
	switch {
	case errors.As(err, &le):
		if le.Err != nil {
			in = ErrorInfo(le.Err, le.Spec)
			in.Code, in.Message = code, "the grid of "+le.Var+": "+in.Message
		}
		in.Name, in.Field = le.Var, "grid."+le.Var
	case errors.As(err, &fe):
		in.Axis, in.Name = fe.Axis, fe.Name
	case errors.As(err, &ge):
		in.Message = ge.Msg
		in.setWhere(ge.Src, ge.Pos, ge.End, ge.Snippet())
	case errors.As(err, &ae):
		in.Code = ae.Code
	default:
		exprInfo(err, &in)
	}
	return in
}

// setWhere sets the position fields from a position in src and the byte
// offset of the end of the offending text.
func (in *Info) setWhere(src string, pos srcpos.Pos, end int, snippet string) {
	off := clamp(pos.Offset, 0, len(src))
	end = clamp(end, off, len(src))
	in.Where = true
	in.Offset, in.End = srcpos.UTF16Index(src, off), srcpos.UTF16Index(src, end)
	in.Line, in.Column = pos.Line, pos.Column
	in.Snippet = snippet
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

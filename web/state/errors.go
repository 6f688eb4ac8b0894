package state

import (
	"errors"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/core/grid"
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

// ErrorInfo classifies err for the JS API. src is the text the error's byte
// offsets refer to, when the error does not carry it.
func ErrorInfo(err error, src string) Info {
	in := Info{Code: "error", Message: err.Error(), Axis: -1}
	var (
		fe *fd.Error
		ge *grid.SyntaxError
		se *grid.SizeError
		ae *ArgError
		le *field.Error
	)
	switch {
	case errors.As(err, &le):
		if le.Err != nil {
			in = ErrorInfo(le.Err, le.Spec)
			in.Message = "the grid of " + le.Var + ": " + in.Message
		} else {
			in.Code = le.Code
		}
		in.Name, in.Field = le.Var, "grid."+le.Var
		return in
	case errors.As(err, &fe):
		in.Code, in.Axis, in.Name = string(fe.Code), fe.Axis, fe.Name
	case errors.As(err, &ge):
		in.Code, in.Message = "syntax", ge.Msg
		in.setWhere(ge.Src, ge.Offset, ge.End, ge.Snippet())
	case errors.As(err, &se):
		in.Code = "too_large"
	case errors.As(err, &ae):
		in.Code = ae.Code
	default:
		exprInfo(err, &in)
	}
	return in
}

// setWhere sets the position fields from byte offsets into src.
func (in *Info) setWhere(src string, off, end int, snippet string) {
	off = clamp(off, 0, len(src))
	end = clamp(end, off, len(src))
	in.Where = true
	in.Offset, in.End = UTF16Index(src, off), UTF16Index(src, end)
	in.Line, in.Column = 1, 1
	for _, r := range src[:off] {
		if r == '\n' {
			in.Line, in.Column = in.Line+1, 1
		} else {
			in.Column++
		}
	}
	in.Snippet = snippet
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// UTF16Index converts a byte offset into s to an index in UTF-16 code units,
// as JavaScript counts string positions.
func UTF16Index(s string, byteOff int) int {
	n := 0
	for i, r := range s {
		if i >= byteOff {
			break
		}
		if r == utf8.RuneError {
			n++
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

package expr

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

// Code classifies errors with a stable string, for programs (the page's
// JavaScript API hands it on as error.code).
type Code string

// The error codes.
const (
	// Syntax: text that is not an expression: `x +`, `(x`, `2 $ 3`.
	Syntax Code = "syntax"
	// UnknownFunction: a call of a name that is not a builtin: `sinn(x)`.
	UnknownFunction Code = "unknown_function"
	// UnknownVariable: a name that is not among the caller's variables.
	UnknownVariable Code = "unknown_variable"
	// NotAFunction: a call of a variable or constant: `pi(2)`.
	NotAFunction Code = "not_a_function"
	// Arity: a call with the wrong number of arguments: `atan2(y)`.
	Arity Code = "arity"
	// TooLong: a source longer than MaxSource bytes.
	TooLong Code = "too_long"
	// TooDeep: nesting deeper than MaxDepth.
	TooDeep Code = "too_deep"
	// TooManyNodes: a tree of more than MaxNodes nodes.
	TooManyNodes Code = "too_many_nodes"
	// LookAlikeLetter: a Cyrillic or Greek letter that looks like a Latin
	// one where it cannot be meant: хy or х*y with a Cyrillic х (see
	// Parse).
	LookAlikeLetter Code = "look_alike_letter"
	// NumberTooLarge: a number literal beyond the largest float64: 1e400.
	NumberTooLarge Code = "number_too_large"

	// The codes of notes (Expr.Notes), which are not errors.

	// JoinedNames: a variable whose name is the concatenation of other
	// variables, xy beside x and y.
	JoinedNames Code = "joined_names"
	// LookAlike: a character that looks like ASCII and is read as it:
	// `U+2212 MINUS SIGN read as "-"` (see Parse).
	LookAlike Code = "look_alike"
	// NumberTooSmall: a number literal below the smallest normal float64,
	// read as 0 (1e-400) or as a subnormal with fewer digits (1e-310).
	NumberTooSmall Code = "number_too_small"
)

// Pos is a position in a source: a byte offset, and the 1-based line and
// column, the column counted in characters (runes), as go/token.Position. It
// prints as "line:column". It is srcpos.Pos, which core/grid's errors carry
// too.
type Pos = srcpos.Pos

// Error is a mistake in an expression, at a position. The offending text is
// Src[Offset:End] (End == Offset at the end of the input), so a page can select
// it. Msg is written for a person: `unknown function "sinn" (did you mean
// "sin"?)`. It has the shape of grid.SyntaxError, plus a Code.
type Error struct {
	Pos
	End  int    `json:"end"`
	Code Code   `json:"code"`
	Msg  string `json:"message"`
	Src  string `json:"-"`
}

// Error returns "line:column: message", as go/scanner: 1:6: expected ')',
// found the end.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Snippet returns the line of the source holding the mistake, and under it
// carets marking the offending text, followed by the message (see
// srcpos.Snippet):
//
//	sinn(x) * y
//	^^^^ unknown function "sinn" (did you mean "sin"?)
func (e *Error) Snippet() string { return srcpos.Snippet(e.Src, e.Offset, e.End, e.Msg) }

// errorAt returns an *Error for src[off:end].
func errorAt(src string, off, end int, code Code, format string, args ...any) *Error {
	return &Error{Pos: srcpos.At(src, off), End: end, Code: code, Msg: fmt.Sprintf(format, args...), Src: src}
}

// suggest returns the candidate closest to name in edit distance, when it is
// close enough to be a likely misspelling (1 edit for names of 2 or 3
// characters, 2 beyond; none for single letters, which are all one edit
// apart), or "".
func suggest(name string, candidates []string) string {
	limit := 1
	switch n := utf8.RuneCountInString(name); {
	case n <= 1:
		return ""
	case n > 3:
		limit = 2
	}
	best, bestD := "", limit+1
	for _, c := range candidates {
		if c == name {
			continue
		}
		if d := editDistance(name, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Damerau-Levenshtein distance (with adjacent
// transpositions) between a and b, in runes.
func editDistance(a, b string) int {
	s, t := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}

// splitNames splits name into two or more of the given variables, joined in
// order (xy into x, y), or returns nil. Among several splits it returns one
// with the fewest parts.
func splitNames(name string, vars []string) []string {
	// parts[i] is the fewest variables spelling name[i:], or -1; next[i] the first.
	n := len(name)
	parts := make([]int, n+1)
	next := make([]string, n+1)
	for i := n - 1; i >= 0; i-- {
		parts[i] = -1
		for _, v := range vars {
			if v == "" || v == name || !strings.HasPrefix(name[i:], v) || parts[i+len(v)] < 0 {
				continue
			}
			if p := parts[i+len(v)] + 1; parts[i] < 0 || p < parts[i] {
				parts[i], next[i] = p, v
			}
		}
	}
	if parts[0] < 2 {
		return nil
	}
	var out []string
	for i := 0; i < n; i += len(next[i]) {
		out = append(out, next[i])
	}
	return out
}

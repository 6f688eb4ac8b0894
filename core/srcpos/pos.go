package srcpos

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Pos is a position in a source text: a byte offset, and the 1-based line and
// column of that byte, the column counted in characters (runes), as
// go/token.Position. The zero Pos is not a position (Line 0).
type Pos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// String returns "line:column", as go/token.Position does without a file
// name.
func (p Pos) String() string { return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) }

// At returns the Pos of byte offset in src. An offset outside src is
// clamped to [0, len(src)], so that At never panics; an offset inside a
// multi-byte character is that character's column. An invalid UTF-8 byte
// counts as one character.
func At(src string, offset int) Pos {
	offset = clamp(offset, 0, len(src))
	first := runeStart(src, offset)
	start := strings.LastIndexByte(src[:first], '\n') + 1
	return Pos{
		Offset: offset,
		Line:   1 + strings.Count(src[:start], "\n"),
		Column: 1 + utf8.RuneCountInString(src[start:first]),
	}
}

// runeStart returns the offset of the first byte of the character holding
// src[off], off itself when it starts one or is not inside a valid UTF-8
// sequence.
func runeStart(src string, off int) int {
	if off >= len(src) || utf8.RuneStart(src[off]) {
		return off
	}
	for i := off - 1; i >= 0 && i > off-utf8.UTFMax; i-- {
		if utf8.RuneStart(src[i]) {
			if r, n := utf8.DecodeRuneInString(src[i:]); r != utf8.RuneError && i+n > off {
				return i
			}
			break
		}
	}
	return off
}

// UTF16Index converts a byte offset into src to an index in UTF-16 code
// units, as JavaScript counts string positions (for setSelectionRange). A
// character beyond U+FFFF counts 2; an invalid UTF-8 byte counts 1, as the
// U+FFFD that replaces it. An offset inside a character counts that
// character as not yet reached; an offset beyond src counts the whole of it.
func UTF16Index(src string, offset int) int {
	n := 0
	for i, r := range src {
		if i >= offset {
			break
		}
		if r == utf8.RuneError {
			n++
			continue
		}
		n += utf16.RuneLen(r)
	}
	return n
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

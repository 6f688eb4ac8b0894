package srcpos

import (
	"strings"
	"unicode/utf8"
)

// Snippet shows a mistake in src: the line holding byte offset, then a line
// of carets under the characters of src[offset:end], followed by msg:
//
//	linspace(0, 1, 2.5)
//	               ^^^ the number of points must be a whole number
//
// In a source of several lines only the offending line is shown, and a span
// running past its end is cut there. An empty span (end <= offset, a
// mistake at the end of the input) gets one caret. Tabs are shown as
// spaces, so that the carets line up with one column per character.
// Offsets outside src are clamped to it; an offset inside a character
// stands for that character.
func Snippet(src string, offset, end int, msg string) string {
	offset = runeStart(src, clamp(offset, 0, len(src)))
	start := strings.LastIndexByte(src[:offset], '\n') + 1
	stop := len(src)
	if i := strings.IndexByte(src[offset:], '\n'); i >= 0 {
		stop = offset + i
	}
	end = clamp(end, offset, stop)
	indent := utf8.RuneCountInString(src[start:offset])
	width := 0 // the characters starting in [offset, end)
	for i := range src[offset:stop] {
		if offset+i >= end {
			break
		}
		width++
	}
	width = max(width, 1)
	var b strings.Builder
	b.Grow(stop - start + indent + width + 2 + len(msg))
	b.WriteString(strings.Map(tabToSpace, src[start:stop]))
	b.WriteByte('\n')
	b.WriteString(strings.Repeat(" ", indent))
	b.WriteString(strings.Repeat("^", width))
	b.WriteByte(' ')
	b.WriteString(msg)
	return b.String()
}

func tabToSpace(r rune) rune {
	if r == '\t' {
		return ' '
	}
	return r
}

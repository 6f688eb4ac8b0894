package expr

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

// An expression pasted from a PDF or a word processor holds characters
// that look like ASCII but are not (srcpos.Replace): U+2212 MINUS SIGN, a
// no-break space, fullwidth digits, 𝑥 from an equation editor. The scanner
// reads the source through a copy in which each of them is replaced by its
// ASCII text, and every replacement gets a note (LookAlike) at the
// character's first occurrence. Superscripts are powers: a run of them,
// with an optional leading sign, is read as ** and the digits (x² is
// x**2, x⁻¹ is x**-1); a space is put after the digits when a digit, '.', e
// or E follows, so that x²5 is not x**25.

// normalized is a source with its look-alikes replaced: text is what the
// scanner reads; from and to give, for each byte of text, the span of the
// source's characters it comes from (nil when text is the source itself).
type normalized struct {
	text     string
	from, to []int
	srcLen   int
	notes    []*Error
}

// span returns the source span of text[a:b].
func (n *normalized) span(a, b int) (pos, end int) {
	if n.from == nil {
		return a, b
	}
	pos = n.srcLen
	if a < len(n.text) {
		pos = n.from[a]
	}
	end = pos
	if b > a {
		end = max(n.to[b-1], pos)
	}
	return pos, end
}

// normalize replaces the look-alike characters of src.
func normalize(src string) *normalized {
	n := &normalized{text: src, srcLen: len(src)}
	ascii := true
	for i := 0; i < len(src); i++ {
		if src[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return n
	}
	var b strings.Builder
	b.Grow(len(src))
	n.from, n.to = make([]int, 0, len(src)), make([]int, 0, len(src))
	emit := func(s string, pos, end int) {
		b.WriteString(s)
		for range len(s) {
			n.from, n.to = append(n.from, pos), append(n.to, end)
		}
	}
	notes := map[string]*Error{} // by message, to count repeats
	counts := map[string]int{}
	note := func(pos, end int, msg string) {
		if counts[msg]++; counts[msg] == 1 {
			e := errorAt(src, pos, end, LookAlike, "%s", msg)
			notes[msg] = e
			n.notes = append(n.notes, e)
		}
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		rep, ok := srcpos.Replace(r)
		switch {
		case !ok:
			for k := range size {
				emit(src[i+k:i+k+1], i+k, i+k+1)
			}
		case rep.Super != "":
			end, text := superscripts(src, i)
			if end == i+size {
				note(i, end, fmt.Sprintf("%s read as %q", srcpos.RuneName(r), text))
			} else {
				note(i, end, fmt.Sprintf("superscripts %s read as %q", src[i:end], text))
			}
			if c := asciiAt(src, end); c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' {
				text += " "
			}
			emit(text, i, end)
			size = end - i
		case rep.ASCII == "":
			note(i, i+size, srcpos.RuneName(r)+" ignored")
		case rep.ASCII == " ":
			emit(" ", i, i+size)
			note(i, i+size, srcpos.RuneName(r)+" read as a space")
		default:
			emit(rep.ASCII, i, i+size)
			note(i, i+size, fmt.Sprintf("%s read as %q", srcpos.RuneName(r), rep.ASCII))
		}
		i += size
	}
	for msg, e := range notes {
		if c := counts[msg]; c > 1 {
			e.Msg += fmt.Sprintf(" (%d times)", c)
		}
	}
	n.text = b.String()
	return n
}

// superscripts reads the run of superscripts at src[i:]: signs, then
// digits. It returns its end and the ASCII text it is read as, ** and the
// exponent.
func superscripts(src string, i int) (end int, text string) {
	var b strings.Builder
	b.WriteString("**")
	digits := false
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		rep, ok := srcpos.Replace(r)
		if !ok || rep.Super == "" || digits && (rep.Super == "+" || rep.Super == "-") {
			break
		}
		digits = digits || rep.Super != "+" && rep.Super != "-"
		b.WriteString(rep.Super)
		i += size
	}
	return i, b.String()
}

// asciiAt returns the ASCII character src[i:] starts with or is read as,
// or 0.
func asciiAt(src string, i int) byte {
	if i >= len(src) {
		return 0
	}
	if src[i] < utf8.RuneSelf {
		return src[i]
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	if rep, ok := srcpos.Replace(r); ok && len(rep.ASCII) == 1 {
		return rep.ASCII[0]
	}
	return 0
}

// confusable returns the offset in name (and the table entry) of a letter
// that looks like a Latin letter but is not one, in a name where it cannot
// be meant: a Cyrillic or Greek look-alike (srcpos.Confuse) in a name that
// also holds a Latin letter (хy with a Cyrillic х), or in a Cyrillic name
// made of look-alikes only (х alone, со). A Greek name is a name (ν, Χ, χ
// are physics' own), and so is a Cyrillic one with a letter that looks like
// no Latin letter (ж, время). It returns -1 when there is none.
func confusable(name string) (int, srcpos.Confusable) {
	latin, cyrillicOwn := false, false
	first, firstCyr := -1, -1
	var c, cCyr srcpos.Confusable
	for i, r := range name {
		if k, ok := srcpos.Confuse(r); ok {
			if first < 0 {
				first, c = i, k
			}
			if k.Script == "Cyrillic" && firstCyr < 0 {
				firstCyr, cCyr = i, k
			}
			continue
		}
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			cyrillicOwn = true
		}
	}
	switch {
	case first >= 0 && latin:
		return first, c
	case firstCyr >= 0 && !cyrillicOwn:
		return firstCyr, cCyr
	}
	return -1, srcpos.Confusable{}
}

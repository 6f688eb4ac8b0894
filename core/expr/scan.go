package expr

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

// tokKind is the kind of a token.
type tokKind byte

const (
	tEOF tokKind = iota
	tNum
	tName // possibly dotted: np.sin
	tOp   // + - * / ^ ( ) , (with ** folded into ^)
	tBad  // a character that starts no token
)

// token is a lexical token of a source: src[pos:end].
type token struct {
	kind tokKind
	op   byte // the operator, for tOp: + - * / ^ ( ) ,
	pos  int
	end  int
	text string  // the text read, look-alikes replaced (see normalize): a name, "**"
	lit  string  // the source text, src[pos:end]
	val  float64 // the value of a number
}

// describe returns the token as a message shows it: the end, '(', x, 2.5, '×'.
func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "the end"
	case tOp:
		if t.op == '^' || t.lit != t.text {
			return "'" + t.lit + "'"
		}
		return "'" + string(t.op) + "'"
	case tBad:
		r, _ := utf8.DecodeRuneInString(t.lit)
		if r < utf8.RuneSelf {
			return strconv.QuoteRune(r)
		}
		return strconv.QuoteRune(r) + " (" + srcpos.RuneName(r) + ")"
	}
	return t.text
}

// scanner splits a source into tokens. It reads the normalized text (the
// source with its look-alikes replaced, see normalize); the tokens' spans
// are the source's.
type scanner struct {
	src   string      // the source
	norm  *normalized // what is read
	text  string      // norm.text
	pos   int         // in text
	notes []*Error    // LookAlike and NumberTooSmall notes
}

func newScanner(src string) scanner {
	n := normalize(src)
	return scanner{src: src, norm: n, text: n.text, notes: n.notes}
}

func isLetter(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isSpace(b byte) bool  { return b == ' ' || '\t' <= b && b <= '\r' }

// next returns the next token, skipping white space (ASCII's: the others
// are replaced by spaces, with a note).
func (s *scanner) next() token {
	for s.pos < len(s.text) && isSpace(s.text[s.pos]) {
		s.pos++
	}
	start := s.pos
	t := s.scan()
	t.text = s.text[start:s.pos]
	t.pos, t.end = s.norm.span(start, s.pos)
	t.lit = s.src[t.pos:t.end]
	return t
}

// scan reads the token at s.pos, in the normalized text.
func (s *scanner) scan() token {
	start := s.pos
	if start == len(s.text) {
		return token{kind: tEOF}
	}
	c := s.text[start]
	switch {
	case isDigit(c) || c == '.' && start+1 < len(s.text) && isDigit(s.text[start+1]):
		return s.number()
	case c == '*' && start+1 < len(s.text) && s.text[start+1] == '*':
		s.pos += 2
		return token{kind: tOp, op: '^'}
	}
	switch c {
	case '+', '-', '*', '/', '^', '(', ')', ',':
		s.pos++
		return token{kind: tOp, op: c}
	}
	r, n := utf8.DecodeRuneInString(s.text[start:])
	if isLetter(r) {
		return s.name()
	}
	s.pos += n
	return token{kind: tBad}
}

// number scans a decimal literal (srcpos.ScanNumber): digits [. digits]
// [e [+-] digits]; an 'e' not followed by digits is left for the next token
// (2e is 2*e). A literal beyond the largest float64 is an error
// (NumberTooLarge); one below the smallest normal float64, read as 0 or as
// a subnormal, gets a note (NumberTooSmall).
func (s *scanner) number() token {
	start := s.pos
	end, v := srcpos.ScanNumber(s.text, start)
	s.pos = end
	pos, srcEnd := s.norm.span(start, end)
	switch r, msg := srcpos.CheckRange(s.text[start:end], v); r {
	case srcpos.Overflow:
		panic(bailout{errorAt(s.src, pos, srcEnd, NumberTooLarge, "%s", msg)})
	case srcpos.Underflow, srcpos.Subnormal:
		s.notes = append(s.notes, errorAt(s.src, pos, srcEnd, NumberTooSmall, "%s", msg))
	}
	return token{kind: tNum, val: v}
}

// name scans a name, with dotted parts (np.sin) when a letter follows the
// dot. A letter of another script that looks like a Latin one, where it
// cannot be meant (see confusable), is an error (LookAlikeLetter).
func (s *scanner) name() token {
	start := s.pos
	for {
		for s.pos < len(s.text) {
			r, n := utf8.DecodeRuneInString(s.text[s.pos:])
			if !isLetter(r) && !unicode.IsDigit(r) {
				break
			}
			s.pos += n
		}
		if s.pos+1 < len(s.text) && s.text[s.pos] == '.' {
			if r, _ := utf8.DecodeRuneInString(s.text[s.pos+1:]); isLetter(r) {
				s.pos++
				continue
			}
		}
		break
	}
	// Each dotted part is a name of its own: np.хy is refused for хy.
	for off := start; off < s.pos; {
		part, _, _ := strings.Cut(s.text[off:s.pos], ".")
		if i, c := confusable(part); i >= 0 {
			r, size := utf8.DecodeRuneInString(s.text[off+i:])
			pos, end := s.norm.span(off+i, off+i+size)
			panic(bailout{errorAt(s.src, pos, end, LookAlikeLetter,
				"%s looks like %s (type the Latin letter)", srcpos.RuneName(r), c.Latin)})
		}
		off += len(part) + 1
	}
	return token{kind: tName}
}

// Names returns the names src spells, in order of first appearance, as the
// parser reads them (look-alike letters replaced, np.sin one name), whether
// or not src parses: up to a mistake the scanner stops at (a number too
// large, a look-alike letter where none can be meant); none for a source
// longer than MaxSource. The variables of a function that parses come in
// this order (Expr.Vars), among the names of its functions and constants.
func Names(src string) (names []string) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	if len(src) > MaxSource {
		return nil
	}
	s := newScanner(src)
	for t := s.next(); t.kind != tEOF; t = s.next() {
		if t.kind == tName && !slices.Contains(names, t.text) {
			names = append(names, t.text)
		}
	}
	return names
}

package expr

import (
	"strconv"
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
	text string  // the source text
	val  float64 // the value of a number
}

// describe returns the token as a message shows it: EOF, '(', x, 2.5.
func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "EOF"
	case tOp:
		if t.op == '^' {
			return "'" + t.text + "'"
		}
		return "'" + string(t.op) + "'"
	case tBad:
		return strconv.QuoteRune([]rune(t.text)[0])
	}
	return t.text
}

// scanner splits a source into tokens.
type scanner struct {
	src string
	pos int
}

func isLetter(r rune) bool { return r == '_' || unicode.IsLetter(r) }
func isDigit(b byte) bool  { return '0' <= b && b <= '9' }

// next returns the next token, skipping white space.
func (s *scanner) next() token {
	for s.pos < len(s.src) {
		r, n := utf8.DecodeRuneInString(s.src[s.pos:])
		if !unicode.IsSpace(r) {
			break
		}
		s.pos += n
	}
	start := s.pos
	if start == len(s.src) {
		return token{kind: tEOF, pos: start, end: start}
	}
	c := s.src[start]
	switch {
	case isDigit(c) || c == '.' && start+1 < len(s.src) && isDigit(s.src[start+1]):
		return s.number()
	case c == '*' && start+1 < len(s.src) && s.src[start+1] == '*':
		s.pos += 2
		return token{kind: tOp, op: '^', pos: start, end: s.pos, text: "**"}
	}
	switch c {
	case '+', '-', '*', '/', '^', '(', ')', ',':
		s.pos++
		return token{kind: tOp, op: c, pos: start, end: s.pos, text: s.src[start:s.pos]}
	}
	r, n := utf8.DecodeRuneInString(s.src[start:])
	if isLetter(r) {
		return s.name()
	}
	s.pos += n
	t := token{kind: tOp, pos: start, end: s.pos, text: s.src[start:s.pos]}
	switch r {
	case '−': // U+2212 MINUS SIGN
		t.op = '-'
	case '×', '·', '⋅':
		t.op = '*'
	case '÷':
		t.op = '/'
	default:
		t.kind = tBad
	}
	return t
}

// number scans a decimal literal (srcpos.ScanNumber): digits [. digits]
// [e [+-] digits]; an 'e' not followed by digits is left for the next token
// (2e is 2*e). A range error gives ±Inf or 0, as Python.
func (s *scanner) number() token {
	start := s.pos
	end, v := srcpos.ScanNumber(s.src, start)
	s.pos = end
	return token{kind: tNum, pos: start, end: end, text: s.src[start:end], val: v}
}

// name scans a name, with dotted parts (np.sin) when a letter follows the dot.
func (s *scanner) name() token {
	start := s.pos
	for {
		for s.pos < len(s.src) {
			r, n := utf8.DecodeRuneInString(s.src[s.pos:])
			if !isLetter(r) && !unicode.IsDigit(r) {
				break
			}
			s.pos += n
		}
		if s.pos+1 < len(s.src) && s.src[s.pos] == '.' {
			if r, _ := utf8.DecodeRuneInString(s.src[s.pos+1:]); isLetter(r) {
				s.pos++
				continue
			}
		}
		break
	}
	return token{kind: tName, pos: start, end: s.pos, text: s.src[start:s.pos]}
}

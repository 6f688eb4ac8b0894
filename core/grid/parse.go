package grid

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

// SyntaxError is a grid specification that cannot be read, with the position
// of the mistake: the offending text is Src[Offset:End] (End == Offset at the
// end of the input), Line and Column (1-based, in characters) locate Offset
// for a person. It has the shape of expr.Error: the same srcpos.Pos, the
// same Error and Snippet.
type SyntaxError struct {
	srcpos.Pos
	End int    `json:"end"`
	Msg string `json:"message"`
	Src string `json:"-"`
}

// Error returns "line:column: message", as go/scanner and expr.Error:
// 1:16: the number of points must be a whole number.
func (e *SyntaxError) Error() string { return e.Pos.String() + ": " + e.Msg }

// Snippet returns the specification with a caret line under the mistake and
// the message (see srcpos.Snippet):
//
//	linspace(0, 1, 2.5)
//	               ^^^ the number of points must be a whole number
func (e *SyntaxError) Snippet() string { return srcpos.Snippet(e.Src, e.Offset, e.End, e.Msg) }

// Parse reads a grid specification (see the package documentation). It
// computes no coordinates: the Spec says how many there are, for CheckSize.
func Parse(src string) (Spec, error) {
	p := &parser{src: src}
	if err := p.lookAlikes(); err != nil {
		return Spec{}, err
	}
	s, err := p.spec()
	if err != nil {
		return Spec{}, err
	}
	return s, nil
}

type parser struct {
	src string
	pos int
}

func (p *parser) errAt(off, end int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Pos: srcpos.At(p.src, off), End: end, Msg: fmt.Sprintf(format, args...), Src: p.src}
}

// skipSpace skips ASCII white space (lookAlikes refuses the rest).
func (p *parser) skipSpace() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || '\t' <= p.src[p.pos] && p.src[p.pos] <= '\r') {
		p.pos++
	}
}

// lookAlikes refuses the first character of the spec that looks like ASCII
// but is not (srcpos.Replace: U+2212 MINUS SIGN, a no-break space, a
// fullwidth digit) or is a Cyrillic or Greek letter that looks like a Latin
// one (srcpos.Confuse), naming it and saying what to type. A grid has no
// notes to tell of a replacement, so none is made.
func (p *parser) lookAlikes() error {
	for i, r := range p.src {
		if r < utf8.RuneSelf {
			continue
		}
		end := i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			end = i + 1
		}
		name := srcpos.RuneName(r)
		if rep, ok := srcpos.Replace(r); ok {
			switch {
			case rep.Super != "":
				return p.errAt(i, end, "%s: a grid has no powers (type the number)", name)
			case rep.ASCII == "":
				return p.errAt(i, end, "%s: an invisible character (delete it)", name)
			case rep.ASCII == " ":
				return p.errAt(i, end, "%s: type a space instead", name)
			}
			return p.errAt(i, end, "%s: type %s instead", name, rep.ASCII)
		}
		if c, ok := srcpos.Confuse(r); ok {
			return p.errAt(i, end, "%s looks like %s (type the Latin letter)", name, c.Latin)
		}
	}
	return nil
}

// accept skips spaces and consumes tok if it comes next.
func (p *parser) accept(tok string) bool {
	p.skipSpace()
	if strings.HasPrefix(p.src[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

// expect consumes tok or reports what was found instead.
func (p *parser) expect(tok, what string) error {
	if p.accept(tok) {
		return nil
	}
	return p.unexpected(what)
}

func (p *parser) unexpected(what string) error {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return p.errAt(p.pos, p.pos, "expected %s, found the end", what)
	}
	_, n := utf8.DecodeRuneInString(p.src[p.pos:])
	return p.errAt(p.pos, p.pos+n, "expected %s, found %q", what, p.src[p.pos:p.pos+n])
}

func (p *parser) spec() (Spec, error) {
	p.skipSpace()
	if p.pos == len(p.src) {
		return Spec{}, p.errAt(p.pos, p.pos, "empty grid: write e.g. -2:2:21j, linspace(-2, 2, 21) or [0, 0.5, 2]")
	}
	var s Spec
	var err error
	switch {
	case p.accept("["):
		s, err = p.list()
	case p.acceptWord("linspace"):
		s, err = p.linspace()
	case p.acceptWord("arange"):
		s, err = p.arange()
	default:
		s, err = p.colon()
	}
	if err != nil {
		return Spec{}, err
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return Spec{}, p.errAt(p.pos, len(p.src), "unexpected %q after the grid", p.src[p.pos:])
	}
	return s, nil
}

// acceptWord consumes name, optionally prefixed by np., numpy. or math.
func (p *parser) acceptWord(name string) bool {
	p.skipSpace()
	save := p.pos
	for _, prefix := range []string{"np.", "numpy.", "math.", ""} {
		p.pos = save
		if p.accept(prefix + name) {
			if p.pos < len(p.src) {
				r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
				if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			return true
		}
	}
	p.pos = save
	return false
}

func (p *parser) linspace() (Spec, error) {
	if err := p.expect("(", "'(' after linspace"); err != nil {
		return Spec{}, err
	}
	start, _, err := p.number()
	if err != nil {
		return Spec{}, err
	}
	if err := p.expect(",", "',' after the start"); err != nil {
		return Spec{}, err
	}
	stop, _, err := p.number()
	if err != nil {
		return Spec{}, err
	}
	if err := p.expect(",", "',' and the number of points after the stop"); err != nil {
		return Spec{}, err
	}
	n, err := p.count()
	if err != nil {
		return Spec{}, err
	}
	if err := p.expect(")", "')' after the number of points"); err != nil {
		return Spec{}, err
	}
	return Linspaced(start, stop, n), nil
}

// arange reads numpy.arange's arguments after the name: (stop), (start,
// stop) or (start, stop, step), numbers as everywhere; start defaults to 0
// and step to 1, as in numpy.
func (p *parser) arange() (Spec, error) {
	if err := p.expect("(", "'(' after arange"); err != nil {
		return Spec{}, err
	}
	var args [3]float64
	var off, end int // the last argument's span
	n := 0
	for n < 3 {
		p.skipSpace()
		off = p.pos
		v, e, err := p.number()
		if err != nil {
			return Spec{}, err
		}
		if p.acceptJ() {
			return Spec{}, p.errAt(off, p.pos, "arange takes a real step; for a number of points write linspace(start, stop, n)")
		}
		args[n], end = v, e
		n++
		if !p.accept(",") {
			break
		}
		if p.skipSpace(); p.pos < len(p.src) && p.src[p.pos] == ')' {
			break // a trailing comma
		}
	}
	if err := p.expect(")", "')' after arange's arguments"); err != nil {
		return Spec{}, err
	}
	const what = "arange(start, stop, step)"
	switch n {
	case 1:
		return p.rangeSpec(0, args[0], 1, off, end, what)
	case 2:
		return p.rangeSpec(args[0], args[1], 1, off, end, what)
	}
	return p.rangeSpec(args[0], args[1], args[2], off, end, what)
}

// colon reads start:stop:nj, start:stop:step or start:stop (step 1).
func (p *parser) colon() (Spec, error) {
	start, _, err := p.number()
	if err != nil {
		return Spec{}, err
	}
	if err := p.expect(":", "':' after the start (write start:stop:nj or start:stop:step)"); err != nil {
		return Spec{}, err
	}
	stop, _, err := p.number()
	if err != nil {
		return Spec{}, err
	}
	step := 1.0
	stepOff, stepEnd := p.pos, p.pos
	if p.accept(":") {
		p.skipSpace()
		stepOff = p.pos
		if step, stepEnd, err = p.number(); err != nil {
			return Spec{}, err
		}
		if p.acceptJ() {
			// numpy.mgrid's complex step: the number of points.
			switch {
			case step != math.Trunc(step):
				return Spec{}, p.errAt(stepOff, p.pos, "the number of points before j must be a whole number")
			case step < 1:
				return Spec{}, p.errAt(stepOff, p.pos, "the number of points must be at least 1")
			case step > MaxAxisPoints:
				return Spec{}, p.errAt(stepOff, p.pos, "%s points on one axis is too many (at most %d)", fmtNum(step), MaxAxisPoints)
			}
			return Linspaced(start, stop, int(step)), nil
		}
	}
	return p.rangeSpec(start, stop, step, stepOff, stepEnd, "start:stop:step")
}

// rangeSpec checks numpy.arange(start, stop, step) and returns its Spec;
// src[stepOff:stepEnd] is the step, for the errors about it, and what the
// notation, for the message of a count that is not finite.
func (p *parser) rangeSpec(start, stop, step float64, stepOff, stepEnd int, what string) (Spec, error) {
	if step == 0 {
		return Spec{}, p.errAt(stepOff, stepEnd, "the step must not be zero")
	}
	n, ok := arangeLen(start, stop, step)
	switch {
	case !ok:
		return Spec{}, p.errAt(stepOff, stepEnd, "%s does not give a finite number of points", what)
	case n == 0:
		dir := "above"
		if step < 0 {
			dir = "below"
		}
		return Spec{}, p.errAt(0, p.pos, "no points: with step %s, stop must be %s start", fmtNum(step), dir)
	case n > MaxAxisPoints:
		return Spec{}, p.errAt(stepOff, stepEnd, "%.4g points on one axis is too many (at most %d)", n, MaxAxisPoints)
	}
	return Spec{Kind: RangeKind, Start: start, Stop: stop, Step: step, N: int(n)}, nil
}

func (p *parser) acceptJ() bool {
	if p.pos < len(p.src) && (p.src[p.pos] == 'j' || p.src[p.pos] == 'J') {
		p.pos++
		return true
	}
	return false
}

// list reads explicit coordinates after '['.
func (p *parser) list() (Spec, error) {
	var vals []float64
	for {
		if p.accept("]") {
			break
		}
		off := p.pos
		v, end, err := p.number()
		if err != nil {
			return Spec{}, err
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return Spec{}, p.errAt(off, end, "coordinates must be finite")
		}
		if n := len(vals); n >= 1 {
			prev := vals[n-1]
			increasing := n < 2 || vals[1] > vals[0]
			if v == prev || (n >= 2 && (v > prev) != increasing) {
				return Spec{}, p.errAt(off, end, "coordinates must be strictly increasing or decreasing: %s follows %s", fmtNum(v), fmtNum(prev))
			}
		}
		vals = append(vals, v)
		if len(vals) > MaxAxisPoints {
			return Spec{}, p.errAt(off, end, "too many coordinates")
		}
		if p.accept(",") {
			continue
		}
		if err := p.expect("]", "',' or ']'"); err != nil {
			return Spec{}, err
		}
		break
	}
	if len(vals) == 0 {
		return Spec{}, p.errAt(0, p.pos, "an empty list has no points")
	}
	return Spec{Kind: ListKind, N: len(vals), Values: vals}, nil
}

// count reads a whole number of points (>= 1).
func (p *parser) count() (int, error) {
	p.skipSpace()
	off := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	if p.pos == off {
		return 0, p.unexpected("the number of points")
	}
	if p.pos < len(p.src) && strings.ContainsRune(".eE", rune(p.src[p.pos])) && !(p.src[p.pos] == 'e' && p.pos+1 == len(p.src)) {
		p.pos = off
		_, end, _ := p.number()
		return 0, p.errAt(off, max(end, off+1), "the number of points must be a whole number")
	}
	n, err := strconv.Atoi(p.src[off:p.pos])
	if err != nil || n > MaxAxisPoints {
		return 0, p.errAt(off, p.pos, "%s points on one axis is too many (at most %d)", p.src[off:p.pos], MaxAxisPoints)
	}
	if n < 1 {
		return 0, p.errAt(off, p.pos, "the number of points must be at least 1")
	}
	return n, nil
}

// number reads a signed product or quotient of numbers and pi: 2, -2.5e3,
// pi, -pi/2, 2*pi, 2pi. It returns the value and the end offset.
func (p *parser) number() (float64, int, error) {
	p.skipSpace()
	neg := false
	for p.pos < len(p.src) && (p.src[p.pos] == '-' || p.src[p.pos] == '+') {
		if p.src[p.pos] == '-' {
			neg = !neg
		}
		p.pos++
		p.skipSpace()
	}
	v, err := p.atom()
	if err != nil {
		return 0, p.pos, err
	}
	for {
		save := p.pos
		switch {
		case p.accept("*"):
			w, err := p.atom()
			if err != nil {
				return 0, p.pos, err
			}
			v *= w
		case p.accept("/"):
			w, err := p.atom()
			if err != nil {
				return 0, p.pos, err
			}
			v /= w
		case p.pos == save && p.peekPi():
			w, _ := p.atom()
			v *= w
		default:
			p.pos = save
			if neg {
				v = -v
			}
			return v, p.pos, nil
		}
	}
}

func (p *parser) peekPi() bool {
	save := p.pos
	ok := p.acceptWord("pi")
	p.pos = save
	return ok
}

func (p *parser) atom() (float64, error) {
	p.skipSpace()
	if p.acceptWord("pi") {
		return math.Pi, nil
	}
	off := p.pos
	i, v := srcpos.ScanNumber(p.src, off)
	if i == off {
		if p.acceptWord("inf") || p.acceptWord("nan") {
			return 0, p.errAt(off, p.pos, "grid bounds must be finite numbers")
		}
		return 0, p.unexpected("a number")
	}
	switch r, msg := srcpos.CheckRange(p.src[off:i], v); r {
	case srcpos.Overflow:
		return 0, p.errAt(off, i, "%s", msg)
	case srcpos.Underflow:
		return 0, p.errAt(off, i, "%s is below the smallest float64 and would read as 0 (write 0 for 0)", p.src[off:i])
	}
	p.pos = i
	return v, nil
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

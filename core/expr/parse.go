package expr

import (
	"fmt"
	"slices"
	"strings"
)

// The limits of a source; beyond them Parse returns an error.
const (
	MaxSource = 10 << 10 // bytes of source (10 KB)
	MaxNodes  = 10000    // nodes of the tree
	MaxDepth  = 256      // nesting of parentheses, calls, unary minus and powers
)

// Parse parses src. Every name that is not a builtin is a variable; the
// variables are listed in Expr.Vars in order of first appearance. A mistake
// is returned as an *Error. Characters pasted from a PDF or a word
// processor that look like ASCII are read as it, with a note; look-alike
// letters of other scripts are errors (see the package documentation,
// "Pasted text").
func Parse(src string) (*Expr, error) { return parse(src, nil, false) }

// ParseVars parses src with the given variables, in that order: a name that
// is neither a builtin nor one of vars is an error (UnknownVariable, with a
// suggestion). A variable may shadow a constant (e, say), but not a function
// call: sin(x) is always the sine.
func ParseVars(src string, vars []string) (*Expr, error) {
	return parse(src, slices.Clone(vars), true)
}

// parser holds the state of one Parse. Errors abort the parse by panicking
// with a *Error, recovered in parse (as text/template does).
type parser struct {
	scanner
	tok, prev token
	vars      []string
	fixed     bool // vars were given by the caller
	firstSpan []Loc
	depth     int
	nodes     int
}

// bailout carries an *Error through a panic to parse.
type bailout struct{ err *Error }

func parse(src string, vars []string, fixed bool) (e *Expr, err error) {
	if len(src) > MaxSource {
		return nil, errorAt(src, MaxSource, len(src), TooLong,
			"the expression is %d bytes long, more than the limit of %d", len(src), MaxSource)
	}
	p := &parser{scanner: newScanner(src), vars: vars, fixed: fixed}
	p.firstSpan = make([]Loc, len(vars))
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			e, err = nil, b.err
		}
	}()
	p.advance()
	p.depth = -1 // the top level is not nested
	if p.tok.kind == tEOF {
		p.fail(p.tok.pos, p.tok.end, Syntax, "empty expression")
	}
	root := p.expr()
	if p.tok.kind != tEOF {
		p.unexpectedAfter()
	}
	e = &Expr{Src: src, Root: root, Vars: p.vars, Notes: p.scanner.notes}
	if !fixed {
		e.Notes = append(e.Notes, p.notes()...)
	}
	slices.SortStableFunc(e.Notes, func(a, b *Error) int { return a.Offset - b.Offset })
	return e, nil
}

func (p *parser) fail(pos, end int, code Code, format string, args ...any) {
	panic(bailout{errorAt(p.src, pos, end, code, format, args...)})
}

func (p *parser) advance() {
	p.prev = p.tok
	p.tok = p.next()
	if p.tok.kind == tBad {
		msg := fmt.Sprintf("unexpected character %s", p.tok.describe())
		switch p.tok.text {
		case "=":
			msg += " (write only the right-hand side: x**2, not f = x**2)"
		case "[", "]", "{", "}":
			msg += " (use ( and ) for grouping)"
		}
		p.fail(p.tok.pos, p.tok.end, Syntax, "%s", msg)
	}
}

func (p *parser) isOp(op byte) bool { return p.tok.kind == tOp && p.tok.op == op }

func (p *parser) expect(op byte) token {
	if !p.isOp(op) {
		p.fail(p.tok.pos, p.tok.end, Syntax, "expected '%c', found %s", op, p.tok.describe())
	}
	t := p.tok
	p.advance()
	return t
}

// enter and leave bound the nesting depth.
func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		p.fail(p.tok.pos, p.tok.end, TooDeep, "the expression is nested more than %d deep", MaxDepth)
	}
}

func (p *parser) leave() { p.depth-- }

// made counts a new node and returns it.
func (p *parser) made(n Node) Node { // the error points at the last token read
	p.nodes++
	if p.nodes > MaxNodes {
		p.fail(p.prev.pos, p.prev.end, TooManyNodes, "the expression has more than %d parts", MaxNodes)
	}
	return n
}

// expr := term { ('+' | '-') term }
func (p *parser) expr() Node {
	p.enter()
	defer p.leave()
	x := p.term()
	for p.isOp('+') || p.isOp('-') {
		op := Op(p.tok.op)
		p.advance()
		y := p.term()
		x = p.made(&Binary{Loc: span(x, y), Op: op, X: x, Y: y})
	}
	return x
}

// term := unary { ('*' | '/' | implicit) unary }; a number directly
// followed by a name or '(' multiplies (2x, 3(x+1)).
func (p *parser) term() Node {
	x := p.unary()
	for {
		var op Op
		switch {
		case p.isOp('*'):
			op = Mul
			p.advance()
		case p.isOp('/'):
			op = Div
			p.advance()
		case p.prev.kind == tNum && p.tok.pos == p.prev.end && (p.tok.kind == tName || p.isOp('(')):
			op = Mul
		default:
			return x
		}
		y := p.unary()
		x = p.made(&Binary{Loc: span(x, y), Op: op, X: x, Y: y})
	}
}

// unary := ('-' | '+') unary | power
func (p *parser) unary() Node {
	if p.isOp('-') || p.isOp('+') {
		t := p.tok
		p.enter()
		defer p.leave()
		p.advance()
		x := p.unary()
		if t.op == '+' {
			return x
		}
		_, end := x.Span()
		return p.made(&Unary{Loc: Loc{t.pos, end}, X: x})
	}
	return p.power()
}

// power := primary [ ('**' | '^') unary ]: right-associative, and binding
// tighter than a unary minus on its left (-y**2 is -(y**2)).
func (p *parser) power() Node {
	x := p.primary()
	if p.isOp('^') {
		p.enter()
		defer p.leave()
		p.advance()
		y := p.unary()
		return p.made(&Binary{Loc: span(x, y), Op: Pow, X: x, Y: y})
	}
	return x
}

func span(x, y Node) Loc {
	pos, _ := x.Span()
	_, end := y.Span()
	return Loc{pos, end}
}

// primary := number | name | name '(' args ')' | '(' expr ')'
func (p *parser) primary() Node {
	t := p.tok
	switch {
	case t.kind == tNum:
		p.advance()
		return p.made(&Num{Loc: Loc{t.pos, t.end}, Value: t.val})
	case t.kind == tName:
		p.advance()
		if p.isOp('(') {
			return p.call(t)
		}
		return p.name(t)
	case p.isOp('('):
		p.advance()
		x := p.expr()
		p.expect(')')
		return x
	}
	p.fail(t.pos, t.end, Syntax, "expected operand, found %s", t.describe())
	return nil
}

// unexpectedAfter reports the token after a complete expression.
func (p *parser) unexpectedAfter() {
	t := p.tok
	switch {
	case p.isOp(')'):
		p.fail(t.pos, t.end, Syntax, "unmatched ')'")
	case t.kind == tName || t.kind == tNum || p.isOp('('):
		p.fail(t.pos, t.end, Syntax, "expected operator, found %s (write * to multiply)", t.describe())
	}
	p.fail(t.pos, t.end, Syntax, "expected operator, found %s", t.describe())
}

// stripModule removes an np., numpy. or math. prefix.
func stripModule(name string) string {
	for _, prefix := range []string{"np.", "numpy.", "math."} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			return rest
		}
	}
	return name
}

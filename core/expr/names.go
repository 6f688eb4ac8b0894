package expr

import (
	"fmt"
	"slices"
	"strings"
)

// call parses the arguments of the call of name t; the current token is '('.
func (p *parser) call(t token) Node {
	b := Lookup(t.text)
	if b == nil || b.Arity() == 0 {
		p.notAFunction(t, b)
	}
	p.advance() // '(': the arguments' expr counts the nesting
	var args []Node
	if !p.isOp(')') {
		for {
			args = append(args, p.expr())
			if !p.isOp(',') {
				break
			}
			p.advance()
		}
	}
	if !p.isOp(')') {
		p.fail(p.tok.pos, p.tok.end, Syntax, "expected ',' or ')' in the call of %s, found %s", t.text, p.tok.describe())
	}
	end := p.tok.end
	p.advance()
	if len(args) != b.Arity() {
		p.fail(t.pos, end, Arity, "%s takes %s, got %d", b.Signature(), plural(b.Arity(), "argument"), len(args))
	}
	return p.made(&Call{Loc: Loc{t.pos, end}, B: b, Args: args})
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// notAFunction reports a call of a name that is not a function.
func (p *parser) notAFunction(t token, b *Builtin) {
	name := t.text
	switch {
	case b != nil:
		p.fail(t.pos, t.end, NotAFunction, "%s is a constant, not a function (to multiply, write %s*(...))", name, name)
	case slices.Contains(p.vars, name):
		p.fail(t.pos, t.end, NotAFunction, "%s is a variable, not a function (to multiply, write %s*(...))", name, name)
	}
	var funcs []string
	for _, n := range builtinNames {
		if byName[n].Arity() > 0 {
			funcs = append(funcs, n)
		}
	}
	if s := suggest(stripModule(name), funcs); s != "" {
		p.fail(t.pos, t.end, UnknownFunction, "unknown function %q (did you mean %q?)", name, s)
	}
	if strings.Contains(name, ".") {
		p.fail(t.pos, t.end, UnknownFunction, "unknown function %q", name)
	}
	p.fail(t.pos, t.end, UnknownFunction, "unknown function %q (to multiply, write %s*(...))", name, name)
}

// name resolves a name that is not called: a caller's variable, a constant,
// or a new variable.
func (p *parser) name(t token) Node {
	sp := Loc{t.pos, t.end}
	if p.fixed {
		if i := slices.Index(p.vars, t.text); i >= 0 {
			return p.variable(t, i)
		}
	}
	b := Lookup(t.text)
	switch {
	case b != nil && b.Arity() == 0:
		return p.made(&Const{Loc: sp, B: b})
	case b != nil:
		p.fail(t.pos, t.end, Syntax, "expected '(' after the function %s, found %s", t.text, p.tok.describe())
	case strings.Contains(t.text, "."):
		p.fail(t.pos, t.end, UnknownVariable, "unknown name %q (only np., numpy. and math. prefixes are known)", t.text)
	case p.fixed:
		p.unknownVariable(t)
	}
	i := slices.Index(p.vars, t.text)
	if i < 0 {
		i = len(p.vars)
		p.vars = append(p.vars, t.text)
		p.firstSpan = append(p.firstSpan, sp)
	}
	return p.variable(t, i)
}

func (p *parser) variable(t token, i int) Node {
	if p.firstSpan[i] == (Loc{}) {
		p.firstSpan[i] = Loc{t.pos, t.end}
	}
	return p.made(&Var{Loc: Loc{t.pos, t.end}, Name: t.text, Index: i})
}

// unknownVariable reports a name that is not among the caller's variables.
func (p *parser) unknownVariable(t token) {
	if parts := splitNames(t.text, p.vars); parts != nil {
		p.fail(t.pos, t.end, UnknownVariable, "unknown variable %q (did you mean %s?)", t.text, strings.Join(parts, "*"))
	}
	if s := suggest(t.text, p.vars); s != "" {
		p.fail(t.pos, t.end, UnknownVariable, "unknown variable %q (did you mean %q?)", t.text, s)
	}
	if len(p.vars) == 0 {
		p.fail(t.pos, t.end, UnknownVariable, "unknown variable %q (the expression has no variables)", t.text)
	}
	p.fail(t.pos, t.end, UnknownVariable, "unknown variable %q (the variables are %s)", t.text, strings.Join(p.vars, ", "))
}

// notes returns a JoinedNames note for every detected variable whose name
// joins other variables of the expression: xy beside x and y.
func (p *parser) notes() []*Error {
	var out []*Error
	for i, v := range p.vars {
		if parts := splitNames(v, p.vars); parts != nil {
			sp := p.firstSpan[i]
			out = append(out, errorAt(p.src, sp.Pos, sp.End, JoinedNames,
				"%s is one variable; did you mean %s?", v, strings.Join(parts, "*")))
		}
	}
	return out
}

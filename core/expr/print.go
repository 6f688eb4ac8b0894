package expr

import (
	"math"
	"strconv"
	"strings"
)

// Style selects how Format writes a tree.
type Style int

// The styles of Format.
const (
	// Python is Python syntax with bare names, which Parse reads back to the
	// same tree: 2*x**2 + sin(pi*y).
	Python Style = iota
	// NumPy is Python syntax that pastes into numpy code: 2*x**2 +
	// np.sin(np.pi*y), with np.minimum for min and so on.
	NumPy
	// Pretty is text for reading on the page: 2x² + sin(π·y).
	Pretty
)

// Precedence levels, as in Python's grammar.
const (
	precAdd   = 1 // + -
	precMul   = 2 // * /
	precUnary = 3 // unary -
	precPow   = 4 // **
	precAtom  = 5
)

// Format writes the tree n in the given style, with only the parentheses the
// tree's structure needs (a + (b + c) keeps its parentheses: floating-point
// addition is not associative).
func Format(n Node, s Style) string {
	var b strings.Builder
	p := printer{b: &b, style: s}
	p.node(n, 0)
	return b.String()
}

type printer struct {
	b     *strings.Builder
	style Style
}

func prec(n Node) int {
	switch n := n.(type) {
	case *Num:
		if math.Signbit(n.Value) && !math.IsNaN(n.Value) {
			return precUnary
		}
	case *Unary:
		return precUnary
	case *Binary:
		switch n.Op {
		case Add, Sub:
			return precAdd
		case Mul, Div:
			return precMul
		}
		return precPow
	}
	return precAtom
}

// node writes n, in parentheses when its precedence is below min.
func (p *printer) node(n Node, min int) {
	if prec(n) < min {
		p.b.WriteByte('(')
		defer p.b.WriteByte(')')
	}
	switch n := n.(type) {
	case *Num:
		p.num(n.Value)
	case *Const:
		p.name(n.B)
	case *Var:
		p.b.WriteString(n.Name)
	case *Unary:
		p.minus()
		// --x reads badly: write -(-x).
		p.node(n.X, precUnary+boolInt(prec(n.X) == precUnary))
	case *Call:
		p.name(n.B)
		p.b.WriteByte('(')
		for i, a := range n.Args {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.node(a, 0)
		}
		p.b.WriteByte(')')
	case *Binary:
		p.binary(n)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *printer) binary(n *Binary) {
	switch n.Op {
	case Add, Sub:
		p.node(n.X, precAdd)
		if p.style == Pretty && n.Op == Sub {
			p.b.WriteString(" − ")
		} else {
			p.b.WriteString(" " + string(n.Op) + " ")
		}
		p.node(n.Y, precAdd+1)
	case Mul, Div:
		p.node(n.X, precMul)
		switch {
		case n.Op == Div:
			p.b.WriteByte('/')
		case p.style != Pretty:
			p.b.WriteByte('*')
		case juxtapose(n):
		default:
			p.b.WriteString("·")
		}
		p.node(n.Y, precMul+1)
	case Pow:
		// The base is a primary ((-x)**2, (x**2)**3); the exponent a unary
		// expression (x**-1, x**y**z).
		p.node(n.X, precPow+1)
		if p.style == Pretty {
			if s, ok := superscript(n.Y); ok {
				p.b.WriteString(s)
				return
			}
			p.b.WriteByte('^')
		} else {
			p.b.WriteString("**")
		}
		p.node(n.Y, precUnary)
	}
}

// juxtapose reports whether Pretty writes the product n without a sign: a
// number before a variable or a power of one (2x, 3y²).
func juxtapose(n *Binary) bool {
	if x, ok := n.X.(*Num); !ok || math.IsInf(x.Value, 0) || math.IsNaN(x.Value) {
		return false
	}
	y := n.Y
	if b, ok := y.(*Binary); ok && b.Op == Pow {
		y = b.X
	}
	_, ok := y.(*Var)
	return ok
}

var superDigits = strings.NewReplacer("0", "⁰", "1", "¹", "2", "²", "3", "³", "4", "⁴",
	"5", "⁵", "6", "⁶", "7", "⁷", "8", "⁸", "9", "⁹", "-", "⁻")

// superscript returns a small integer exponent as superscript digits.
func superscript(n Node) (string, bool) {
	c, r := coef(n)
	if r != nil || c != math.Trunc(c) || math.Abs(c) >= 1000 {
		return "", false
	}
	return superDigits.Replace(strconv.FormatFloat(c, 'f', -1, 64)), true
}

func (p *printer) minus() {
	if p.style == Pretty {
		p.b.WriteString("−")
	} else {
		p.b.WriteByte('-')
	}
}

func (p *printer) name(b *Builtin) {
	switch {
	case p.style == NumPy:
		p.b.WriteString(b.NumPy)
	case p.style == Pretty && b.Name == "pi":
		p.b.WriteString("π")
	case p.style == Pretty && b.Name == "inf":
		p.b.WriteString("∞")
	default:
		p.b.WriteString(b.Name)
	}
}

func (p *printer) num(v float64) {
	if math.Signbit(v) && !math.IsNaN(v) {
		p.minus()
		v = -v
	}
	switch {
	case math.IsNaN(v):
		p.name(byName["nan"])
	case math.IsInf(v, 0):
		p.name(byName["inf"])
	default:
		p.b.WriteString(FormatNumber(v))
	}
}

// FormatNumber writes a finite number as Python's repr does, except that
// whole numbers below 1e16 have no ".0": 2, 0.5, 1e-06, 1.5e+16.
func FormatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e16 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	e := strconv.FormatFloat(v, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if -4 <= exp && exp < 16 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return e
}

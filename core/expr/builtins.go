package expr

import (
	"math"
	"strings"
)

// Builtin is one entry of the table of functions and constants. The same
// entry serves the parser (names, arity), the evaluator (F1, F2, Value), the
// differentiator (the partial derivatives) and the page's help (Doc,
// Signature, Derivatives).
type Builtin struct {
	Name    string   // the canonical name, numpy's: "arcsin"
	Aliases []string // other accepted names: "asin"
	Params  []string // the parameter names; none for a constant
	NumPy   string   // the numpy spelling, for code that pastes into numpy: "np.arcsin"
	Doc     string   // one line of help
	Value   float64  // the value of a constant

	F1 func(x float64) float64    // the function of one argument
	F2 func(x, y float64) float64 // the function of two arguments

	// partials returns the partial derivatives with respect to each
	// argument, as trees in terms of the arguments.
	partials func(a []Node) []Node
	// dual returns the partial derivatives' values, given the arguments and
	// the function's value f there.
	dual func(x, y, f float64) (dx, dy float64)
}

// Arity returns the number of arguments; 0 for a constant.
func (b *Builtin) Arity() int { return len(b.Params) }

// Signature returns the call as the help shows it: "arctan2(y, x)", or the
// name of a constant.
func (b *Builtin) Signature() string {
	if len(b.Params) == 0 {
		return b.Name
	}
	return b.Name + "(" + strings.Join(b.Params, ", ") + ")"
}

// Derivatives returns the partial derivative with respect to each parameter,
// in Python syntax in terms of the parameters: "cos(x)" for sin. The
// conventions at points where the function is not differentiable are the
// ones documented in Derivative.
func (b *Builtin) Derivatives() []string {
	if b.partials == nil {
		return nil
	}
	args := make([]Node, len(b.Params))
	for i, p := range b.Params {
		args[i] = &Var{Name: p, Index: i}
	}
	var out []string
	for _, d := range b.partials(args) {
		out = append(out, Format(d, Python))
	}
	return out
}

// Builtins returns the table of functions and constants, in the order the
// help lists them. The entries must not be modified.
func Builtins() []*Builtin { return builtins }

// Lookup returns the builtin called name (a canonical name or an alias,
// optionally prefixed by np., numpy. or math.), or nil.
func Lookup(name string) *Builtin {
	for _, prefix := range []string{"np.", "numpy.", "math."} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			name = rest
			break
		}
	}
	return byName[name]
}

var byName = map[string]*Builtin{}

// builtinNames lists every accepted name, for "did you mean".
var builtinNames []string

func init() {
	for _, b := range builtins {
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			byName[n] = b
			builtinNames = append(builtinNames, n)
		}
	}
}

// call returns the call of the builtin called name, simplified.
func call(name string, args ...Node) Node { return simpleCall(byName[name], args...) }

var (
	x1 = []string{"x"}
	xy = []string{"x", "y"}
)

func fn1(name string, aliases []string, doc string, f func(float64) float64,
	partial func(x Node) Node, dual func(x, f float64) float64) *Builtin {
	return &Builtin{Name: name, Aliases: aliases, Params: x1, NumPy: "np." + name, Doc: doc, F1: f,
		partials: func(a []Node) []Node { return []Node{partial(a[0])} },
		dual:     func(x, _, f float64) (float64, float64) { return dual(x, f), 0 }}
}

func constant(name string, aliases []string, doc string, v float64) *Builtin {
	return &Builtin{Name: name, Aliases: aliases, NumPy: "np." + name, Doc: doc, Value: v}
}

func zero(Node) Node                    { return num(0) }
func zeroDual(float64, float64) float64 { return 0 }

// signOf is numpy.sign: -1, 0 or 1, and NaN for NaN.
func signOf(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	case x == 0:
		return 0
	}
	return x
}

// minimum and maximum are numpy.minimum and numpy.maximum: NaN if either is.
func minimum(x, y float64) float64 {
	if x != x || y != y {
		return math.NaN()
	}
	if y < x {
		return y
	}
	return x
}

func maximum(x, y float64) float64 {
	if x != x || y != y {
		return math.NaN()
	}
	if y > x {
		return y
	}
	return x
}

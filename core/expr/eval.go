package expr

import "math"

// fold returns n with every subtree that depends on no variable replaced by
// its value (constants included), computed as numpy computes it.
func fold(n Node) Node {
	switch m := n.(type) {
	case *Const:
		return &Num{Loc: m.Loc, Value: m.B.Value}
	case *Unary:
		x := fold(m.X)
		if v, ok := x.(*Num); ok {
			return &Num{Loc: m.Loc, Value: -v.Value}
		}
		return &Unary{Loc: m.Loc, X: x}
	case *Binary:
		x, y := fold(m.X), fold(m.Y)
		a, okx := x.(*Num)
		b, oky := y.(*Num)
		if okx && oky {
			return &Num{Loc: m.Loc, Value: binary(m.Op, a.Value, b.Value, true)}
		}
		return &Binary{Loc: m.Loc, Op: m.Op, X: x, Y: y}
	case *Call:
		args := make([]Node, len(m.Args))
		all := true
		for i, a := range m.Args {
			args[i] = fold(a)
			_, ok := args[i].(*Num)
			all = all && ok
		}
		c := &Call{Loc: m.Loc, B: m.B, Args: args}
		if all {
			return &Num{Loc: m.Loc, Value: evalNode(c, nil)}
		}
		return c
	}
	return n
}

// binary applies op; constExp says whether y is a constant exponent, which
// takes numpy's fast paths (powValue).
func binary(op Op, x, y float64, constExp bool) float64 {
	switch op {
	case Add:
		return x + y
	case Sub:
		return x - y
	case Mul:
		return x * y
	case Div:
		return x / y
	}
	if constExp {
		return powValue(x, y)
	}
	return math.Pow(x, y)
}

// evalNode evaluates n at the point x (x[i] is variable i) by walking the
// tree: the reference semantics that Program reproduces. A power's exponent
// is constant when it depends on no variable.
func evalNode(n Node, x []float64) float64 {
	switch n := n.(type) {
	case *Num:
		return n.Value
	case *Const:
		return n.B.Value
	case *Var:
		return x[n.Index]
	case *Unary:
		return -evalNode(n.X, x)
	case *Binary:
		return binary(n.Op, evalNode(n.X, x), evalNode(n.Y, x), n.Op == Pow && !hasVar(n.Y))
	case *Call:
		if n.B.F1 != nil {
			return n.B.F1(evalNode(n.Args[0], x))
		}
		return n.B.F2(evalNode(n.Args[0], x), evalNode(n.Args[1], x))
	}
	panic("expr: unknown node")
}

// hasVar reports whether n depends on a variable.
func hasVar(n Node) bool {
	switch n := n.(type) {
	case *Var:
		return true
	case *Unary:
		return hasVar(n.X)
	case *Binary:
		return hasVar(n.X) || hasVar(n.Y)
	case *Call:
		for _, a := range n.Args {
			if hasVar(a) {
				return true
			}
		}
	}
	return false
}

// Eval returns the value of e at the point x, where x[i] is the value of
// e.Vars[i]. It panics if x is shorter than Vars.
func (e *Expr) Eval(x []float64) float64 {
	if len(x) < len(e.Vars) {
		panic("expr: Eval needs a value for every variable")
	}
	return evalNode(e.Root, x)
}

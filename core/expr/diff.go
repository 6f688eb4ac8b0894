package expr

import "slices"

// MaxDerivativeNodes bounds the size of a derivative, written out as a tree:
// differentiating a long product repeats its factors.
const MaxDerivativeNodes = 200000

// Derivative returns the partial derivative of e with respect to the variable
// v, simplified (numbers folded, 0 and 1 identities, numeric factors in
// front, like terms merged). It has the same Vars as e, so it evaluates on
// the same grid; a variable that e does not have gives 0. Print it with
// String (Python) or Format.
//
// Where a function is not differentiable, the derivative follows these
// conventions (numpy's sign(0) is 0):
//
//	abs(u)'      = sign(u)*u'                    0 at u == 0
//	sign, floor, ceil: derivative 0              (also at their jumps)
//	min(u, v)'   = (1 - sign(u - v))/2*u' + (1 + sign(u - v))/2*v'   half each at a tie
//	max(u, v)'   = (1 + sign(u - v))/2*u' + (1 - sign(u - v))/2*v'
//	sqrt(u)' = u'/(2*sqrt(u)), hypot(u, v)' = (u*u' + v*v')/hypot(u, v): Inf or NaN at 0
//
// and a zero term is dropped even where its other factor is infinite or NaN
// (0*u is 0). An error (TooManyNodes) is returned when the derivative would
// have more than MaxDerivativeNodes nodes.
func (e *Expr) Derivative(v string) (*Expr, error) {
	i := slices.Index(e.Vars, v)
	d := num(0)
	if i >= 0 {
		d = derive(e.Root, i)
	}
	if n := treeSize(d, map[Node]int{}); n > MaxDerivativeNodes {
		return nil, &Error{Pos: Pos{Line: 1, Column: 1}, Code: TooManyNodes, Src: e.Src,
			End: len(e.Src), Msg: "the derivative with respect to " + v + " is too large to write out"}
	}
	return &Expr{Root: d, Vars: e.Vars}, nil
}

// Gradient returns the partial derivatives with respect to every variable,
// in the order of Vars.
func (e *Expr) Gradient() ([]*Expr, error) {
	out := make([]*Expr, len(e.Vars))
	for i, v := range e.Vars {
		d, err := e.Derivative(v)
		if err != nil {
			return nil, err
		}
		out[i] = d
	}
	return out, nil
}

// treeSize counts the nodes of n written out as a tree, remembering shared
// subtrees, so that it takes time proportional to the distinct nodes.
func treeSize(n Node, memo map[Node]int) int {
	if c, ok := memo[n]; ok {
		return c
	}
	c := 1
	switch n := n.(type) {
	case *Unary:
		c += treeSize(n.X, memo)
	case *Binary:
		c += treeSize(n.X, memo) + treeSize(n.Y, memo)
	case *Call:
		for _, a := range n.Args {
			c += treeSize(a, memo)
		}
	}
	c = min(c, MaxDerivativeNodes+1)
	memo[n] = c
	return c
}

// derive returns the derivative of n with respect to variable i.
func derive(n Node, i int) Node {
	switch n := n.(type) {
	case *Var:
		if n.Index == i {
			return num(1)
		}
		return num(0)
	case *Unary:
		return neg(derive(n.X, i))
	case *Binary:
		dx, dy := derive(n.X, i), derive(n.Y, i)
		switch n.Op {
		case Add:
			return add(dx, dy)
		case Sub:
			return sub(dx, dy)
		case Mul:
			return add(mul(dx, n.Y), mul(n.X, dy))
		case Div:
			if isNum(dy, 0) {
				return div(dx, n.Y)
			}
			return div(sub(mul(dx, n.Y), mul(n.X, dy)), pow(n.Y, num(2)))
		case Pow:
			return derivePow(n, dx, dy)
		}
	case *Call:
		partials := n.B.partials(n.Args)
		d := num(0)
		for k, a := range n.Args {
			d = add(d, mul(partials[k], derive(a, i)))
		}
		return d
	}
	return num(0) // numbers and constants
}

// derivePow differentiates u**w: w*u**(w-1)*u' for a constant w,
// u**w*log(u)*w' for a constant u, and u**w*(w'*log(u) + w*u'/u) otherwise.
func derivePow(n *Binary, du, dw Node) Node {
	u, w := n.X, n.Y
	switch {
	case isNum(dw, 0):
		if isNum(du, 0) {
			return num(0)
		}
		return mul(mul(w, pow(u, sub(w, num(1)))), du)
	case isNum(du, 0):
		return mul(mul(n, call("log", u)), dw)
	}
	return mul(n, add(mul(dw, call("log", u)), div(mul(w, du), u)))
}

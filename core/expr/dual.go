package expr

import "math"

// Dual returns the value of e at the point x and its partial derivatives with
// respect to every variable, computed in one pass by forward-mode automatic
// differentiation: every intermediate value carries its gradient (a dual
// number), and each operation applies its derivative rule to it. The result
// is exact up to the rounding of each operation, and follows the conventions
// of Derivative at points where a function is not differentiable.
func (e *Expr) Dual(x []float64) (f float64, grad []float64) {
	if len(x) < len(e.Vars) {
		panic("expr: Dual needs a value for every variable")
	}
	d := dualEval{x: x, n: len(e.Vars)}
	v, g := d.node(e.Root)
	if g == nil {
		g = make([]float64, len(e.Vars))
	}
	return v, g
}

type dualEval struct {
	x []float64
	n int
}

// node returns the value of n and its gradient; a nil gradient is zero.
func (d *dualEval) node(n Node) (float64, []float64) {
	switch n := n.(type) {
	case *Num:
		return n.Value, nil
	case *Const:
		return n.B.Value, nil
	case *Var:
		g := make([]float64, d.n)
		g[n.Index] = 1
		return d.x[n.Index], g
	case *Unary:
		v, g := d.node(n.X)
		return -v, d.lin(-1, g, 0, nil)
	case *Binary:
		return d.binary(n)
	case *Call:
		a, ga := d.node(n.Args[0])
		if n.B.F1 != nil {
			v := n.B.F1(a)
			p, _ := n.B.dual(a, 0, v)
			return v, d.lin(p, ga, 0, nil)
		}
		b, gb := d.node(n.Args[1])
		v := n.B.F2(a, b)
		p, q := n.B.dual(a, b, v)
		return v, d.lin(p, ga, q, gb)
	}
	panic("expr: unknown node")
}

// lin returns p*ga + q*gb, skipping nil (zero) gradients, with every product
// rounded (no fused multiply-add).
func (d *dualEval) lin(p float64, ga []float64, q float64, gb []float64) []float64 {
	if ga == nil && gb == nil {
		return nil
	}
	g := make([]float64, d.n)
	for i := range g {
		var s float64
		if ga != nil && ga[i] != 0 {
			s = float64(p * ga[i])
		}
		if gb != nil && gb[i] != 0 {
			s += float64(q * gb[i])
		}
		g[i] = s
	}
	return g
}

func (d *dualEval) binary(n *Binary) (float64, []float64) {
	a, ga := d.node(n.X)
	b, gb := d.node(n.Y)
	switch n.Op {
	case Add:
		return a + b, d.lin(1, ga, 1, gb)
	case Sub:
		return a - b, d.lin(1, ga, -1, gb)
	case Mul:
		return a * b, d.lin(b, ga, a, gb)
	case Div:
		v := a / b
		if ga == nil && gb == nil {
			return v, nil
		}
		g := make([]float64, d.n) // (da - v*db)/b
		for i := range g {
			var s float64
			if ga != nil {
				s = ga[i]
			}
			if gb != nil && gb[i] != 0 {
				s -= float64(v * gb[i])
			}
			g[i] = s / b
		}
		return v, g
	}
	if gb == nil && !hasVar(n.Y) {
		v := powValue(a, b)
		var p float64 // d(a**b)/da, from numpy's value v where it can
		switch powFast(b) {
		case powSquare:
			p = 2 * a
		case powSqrt:
			p = 0.5 / v
		case powRecip:
			p = -(v * v)
		case powIdentity:
			p = 1
		case powOne:
			p = 0
		default:
			p = b * math.Pow(a, b-1)
		}
		return v, d.lin(p, ga, 0, nil)
	}
	v := math.Pow(a, b)
	// d(a**b) = b*a**(b-1)*da + a**b*log(a)*db; each term only where its
	// gradient is not zero, so that log(a) of a negative base stays out.
	var p, q float64
	if ga != nil {
		p = b * math.Pow(a, b-1)
	}
	if gb != nil {
		q = v * math.Log(a)
	}
	return v, d.lin(p, ga, q, gb)
}

package expr

import "math"

// A plan evaluates one node of the tree for the current block of a worker:
// as a scalar s when the node does not depend on the last variable (it is
// constant along a row), else as a vector v over the block. v writes into dst
// (of the block's length) or returns a view of coordinates or of a cache.
type plan struct {
	s sfn
	v vfn
}

type (
	sfn func(w *worker) float64
	vfn func(w *worker, dst []float64) []float64
)

// block writes the node's values for the worker's block into out.
func (p plan) block(w *worker, out []float64) {
	if p.v == nil {
		fillV(out, p.s(w))
		return
	}
	if r := p.v(w, out); &r[0] != &out[0] {
		copy(out, r)
	}
}

// Dependencies of a node on the grid's axes.
const (
	onLast  = 1 << iota // depends on the last variable
	onOuter             // depends on another variable
)

// compiler builds the plans of one Grid call.
type compiler struct {
	coords [][]float64
	last   int          // the index of the last variable
	rows   int          // the number of rows (points / len(coords[last]))
	slots  int          // scratch blocks a worker needs
	cached int          // floats held by caches
	deps   map[Node]int // onLast | onOuter, by node
}

// maxCached bounds the floats held by the caches of one Grid call (a
// variable for the tests).
var maxCached = 1 << 22

func (c *compiler) plan(root Node) plan {
	c.deps = map[Node]int{}
	c.dep(root)
	return c.node(root, 0)
}

func (c *compiler) dep(n Node) int {
	d := 0
	switch n := n.(type) {
	case *Var:
		d = onOuter
		if n.Index == c.last {
			d = onLast
		}
	case *Unary:
		d = c.dep(n.X)
	case *Binary:
		d = c.dep(n.X) | c.dep(n.Y)
	case *Call:
		for _, a := range n.Args {
			d |= c.dep(a)
		}
	}
	c.deps[n] = d
	return d
}

// node plans n; its vector scratch blocks are the slots from base up.
func (c *compiler) node(n Node, base int) plan {
	d := c.deps[n]
	_, isVar := n.(*Var)
	if d&onLast == 0 {
		if d != 0 && !isVar && c.rows > 1 && c.cached+c.rows <= maxCached {
			c.cached += c.rows
			return c.outer(n)
		}
		return plan{s: c.scalar(n)}
	}
	if d == onLast && !isVar && c.rows > 1 {
		if L := len(c.coords[c.last]); c.cached+L <= maxCached {
			c.cached += L
			return c.cache(c.vector(n, base))
		}
	}
	return plan{v: c.vector(n, base)}
}

// cache evaluates v, which depends on the last variable alone, once along the
// whole last axis, and returns the plan that reads it.
func (c *compiler) cache(v vfn) plan {
	values := make([]float64, len(c.coords[c.last]))
	w := c.newWorker()
	for c0 := 0; c0 < len(values); c0 += blockLen {
		w.c0, w.n = c0, min(blockLen, len(values)-c0)
		out := values[c0 : c0+w.n]
		if r := v(w, out); &r[0] != &out[0] {
			copy(out, r)
		}
	}
	return plan{v: func(w *worker, _ []float64) []float64 { return values[w.c0 : w.c0+w.n] }}
}

// outer evaluates n, which does not depend on the last variable but on
// others, once per row: on the grid of the other variables, by the same
// machinery (so its own parts get cached in turn), and returns the plan that
// reads it. Each value is computed with the operations of the scalar plan,
// so the bits are the same.
func (c *compiler) outer(n Node) plan {
	values := (&Program{root: n, nvars: c.last}).Grid(make([]float64, c.rows), c.coords[:c.last])
	return plan{s: func(w *worker) float64 { return values[w.r] }}
}

// scalar compiles n, which does not depend on the last variable.
func (c *compiler) scalar(n Node) sfn {
	switch n := n.(type) {
	case *Num:
		v := n.Value
		return func(*worker) float64 { return v }
	case *Var:
		i := n.Index
		return func(w *worker) float64 { return w.x[i] }
	case *Unary:
		x := c.scalar(n.X)
		return func(w *worker) float64 { return -x(w) }
	case *Binary:
		x, y := c.scalar(n.X), c.scalar(n.Y)
		switch n.Op {
		case Add:
			return func(w *worker) float64 { return x(w) + y(w) }
		case Sub:
			return func(w *worker) float64 { return x(w) - y(w) }
		case Mul:
			return func(w *worker) float64 { return x(w) * y(w) }
		case Div:
			return func(w *worker) float64 { return x(w) / y(w) }
		}
		if e, ok := n.Y.(*Num); ok {
			v := e.Value
			return func(w *worker) float64 { return powValue(x(w), v) }
		}
		return func(w *worker) float64 { return math.Pow(x(w), y(w)) }
	case *Call:
		if f := n.B.F1; f != nil {
			x := c.scalar(n.Args[0])
			return func(w *worker) float64 { return f(x(w)) }
		}
		f, x, y := n.B.F2, c.scalar(n.Args[0]), c.scalar(n.Args[1])
		return func(w *worker) float64 { return f(x(w), y(w)) }
	}
	panic("expr: cannot compile node")
}

// vector compiles n, which depends on the last variable.
func (c *compiler) vector(n Node, base int) vfn {
	switch n := n.(type) {
	case *Var:
		x := c.coords[c.last]
		return func(w *worker, _ []float64) []float64 { return x[w.c0 : w.c0+w.n] }
	case *Unary:
		return unary(negV, c.node(n.X, base).v)
	case *Binary:
		if e, ok := n.Y.(*Num); ok && n.Op == Pow {
			return powConst(c.node(n.X, base).v, e.Value)
		}
		return c.binary(n.Op, nil, n.X, n.Y, base)
	case *Call:
		if f := n.B.F1; f != nil {
			return call1(n.B.Name, f, c.node(n.Args[0], base).v)
		}
		return c.binary(0, n.B.F2, n.Args[0], n.Args[1], base)
	}
	panic("expr: cannot compile node")
}

// binary compiles x op y, or f(x, y) when f is not nil.
func (c *compiler) binary(op Op, f func(x, y float64) float64, x, y Node, base int) vfn {
	if op == Pow { // a power whose exponent is not a constant
		op, f = 0, math.Pow
	}
	px := c.node(x, base)
	switch {
	case px.v == nil:
		return sv(op, f, px.s, c.node(y, base).v)
	case c.deps[y]&onLast == 0:
		return vs(op, f, px.v, c.node(y, base).s)
	}
	c.slots = max(c.slots, base+1)
	return vv(op, f, px.v, c.node(y, base+1).v, base)
}

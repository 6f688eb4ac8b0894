package expr

// The constructors below build the trees of derivatives, simplified enough to
// read: numbers are folded, 0 and 1 are identities, a product's numeric
// factors are gathered in front (2*x*3 is 6*x), like terms are merged
// (x + x is 2*x) and a sum of a negative term is a difference. They do not
// reorder anything else. Note that 0*u is 0 even where u is infinite or NaN:
// a derivative's zero term stays zero.

func num(v float64) Node { return &Num{Value: v} }

func isNum(n Node, v float64) bool {
	x, ok := n.(*Num)
	return ok && x.Value == v
}

// coef splits n into a numeric factor and the rest (nil when n is a number).
// A quotient's factor comes from its numerator: coef(2*x/y) is 2, x/y.
func coef(n Node) (float64, Node) {
	switch n := n.(type) {
	case *Num:
		return n.Value, nil
	case *Unary:
		c, r := coef(n.X)
		return -c, r
	case *Binary:
		switch n.Op {
		case Mul:
			c1, r1 := coef(n.X)
			c2, r2 := coef(n.Y)
			switch {
			case r1 == nil:
				return c1 * c2, r2
			case r2 == nil:
				return c1 * c2, r1
			case c1 != 1 || c2 != 1:
				return c1 * c2, &Binary{Op: Mul, X: r1, Y: r2}
			}
		case Div:
			if c, r := coef(n.X); c != 1 {
				if r == nil {
					r = num(1)
				}
				return c, &Binary{Op: Div, X: r, Y: n.Y}
			}
		}
	}
	return 1, n
}

// scale returns c*r, with r nil meaning 1; c*(p/q) is written (c*p)/q.
func scale(c float64, r Node) Node {
	switch {
	case r == nil:
		return num(c)
	case c == 0:
		return num(0)
	case c == 1:
		return r
	}
	if d, ok := r.(*Binary); ok && d.Op == Div {
		if isNum(d.X, 1) {
			return &Binary{Op: Div, X: num(c), Y: d.Y}
		}
		return &Binary{Op: Div, X: scale(c, d.X), Y: d.Y}
	}
	if m, ok := r.(*Binary); ok && m.Op == Mul {
		return &Binary{Op: Mul, X: scale(c, m.X), Y: m.Y}
	}
	if c == -1 {
		return &Unary{X: r}
	}
	return &Binary{Op: Mul, X: num(c), Y: r}
}

func add(a, b Node) Node {
	ca, ra := coef(a)
	cb, rb := coef(b)
	switch {
	case ra == nil && rb == nil:
		return num(ca + cb)
	case ca == 0 && ra == nil:
		return b
	case cb == 0 && rb == nil:
		return a
	case ra != nil && rb != nil && equal(ra, rb):
		return scale(ca+cb, ra)
	case cb < 0:
		return &Binary{Op: Sub, X: a, Y: scale(-cb, rb)}
	}
	return &Binary{Op: Add, X: a, Y: b}
}

func sub(a, b Node) Node {
	ca, ra := coef(a)
	cb, rb := coef(b)
	switch {
	case ra == nil && rb == nil:
		return num(ca - cb)
	case cb == 0 && rb == nil:
		return a
	case ca == 0 && ra == nil:
		return neg(b)
	case ra != nil && rb != nil && equal(ra, rb):
		return scale(ca-cb, ra)
	case cb < 0:
		return &Binary{Op: Add, X: a, Y: scale(-cb, rb)}
	}
	return &Binary{Op: Sub, X: a, Y: b}
}

func neg(a Node) Node {
	c, r := coef(a)
	return scale(-c, r)
}

func mul(a, b Node) Node {
	ca, ra := coef(a)
	cb, rb := coef(b)
	c := ca * cb
	if ca == 0 || cb == 0 {
		return num(0)
	}
	switch {
	case ra == nil:
		return scale(c, rb)
	case rb == nil:
		return scale(c, ra)
	}
	return scale(c, mulRest(ra, rb))
}

// mulRest multiplies two factors without numeric coefficients.
func mulRest(a, b Node) Node {
	if equal(a, b) {
		return &Binary{Op: Pow, X: a, Y: num(2)}
	}
	if d, ok := b.(*Binary); ok && d.Op == Div {
		if isNum(d.X, 1) {
			return div(a, d.Y)
		}
		return div(mulRest(a, d.X), d.Y)
	}
	if d, ok := a.(*Binary); ok && d.Op == Div {
		if isNum(d.X, 1) {
			return div(b, d.Y)
		}
		return div(mulRest(d.X, b), d.Y)
	}
	if rank(b) < rank(a) {
		a, b = b, a // exact: floating-point products commute
	}
	return &Binary{Op: Mul, X: a, Y: b}
}

// rank orders the factors of a product for reading: constants, variables,
// powers of variables, then the rest (pi*x*cos(y)).
func rank(n Node) int {
	switch n := n.(type) {
	case *Const:
		return 0
	case *Var:
		return 1
	case *Binary:
		if _, ok := n.X.(*Var); ok && n.Op == Pow {
			return 2
		}
		if n.Op == Mul {
			return max(rank(n.X), rank(n.Y))
		}
	}
	return 3
}

func div(a, b Node) Node {
	ca, ra := coef(a)
	cb, rb := coef(b)
	switch {
	case ca == 0 && ra == nil:
		return num(0)
	case rb == nil && (ra == nil || ca != 1 || cb == 1 || cb == -1):
		return scale(ca/cb, ra)
	case rb == nil && cb < 0:
		return &Binary{Op: Div, X: &Unary{X: ra}, Y: num(-cb)}
	case rb == nil:
		return &Binary{Op: Div, X: ra, Y: b}
	case ra != nil && equal(ra, rb):
		return num(ca / cb)
	case ra == nil:
		return scale(ca/cb, &Binary{Op: Div, X: num(1), Y: rb})
	}
	return scale(ca/cb, &Binary{Op: Div, X: ra, Y: rb})
}

func pow(a, b Node) Node {
	switch {
	case isNum(b, 0):
		return num(1)
	case isNum(b, 1):
		return a
	}
	if x, ok := a.(*Num); ok {
		if y, ok := b.(*Num); ok {
			return num(powValue(x.Value, y.Value))
		}
	}
	return &Binary{Op: Pow, X: a, Y: b}
}

// simpleCall returns the call of b on args.
func simpleCall(b *Builtin, args ...Node) Node { return &Call{B: b, Args: args} }

package expr_test

import (
	"errors"
	"math"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
)

var fuzzSeeds = []string{
	"q*chi*delta", "2*x**2 + 3*y**2 - 4*z", "np.sin(x)*np.exp(-y**2)", "2x^2 - 3(x+1)", "-x**-1",
	"arctan2(y, x) + hypot(x, y)", "min(x, max(y, z))", "(((x)))", "χ*δ", "sinn(x)", "x +", "1e999*x", "1e-400*x", "х*y", "x²y − 2×y", "ｘ＋１", "𝑥⁻¹\u00a0·\u200by",
	"abs(x - 0.3)*y", "x**y**z", "--x", "2e", ".5x", "log(-1) + 1/0", "xy + x*y", "math.pi*e",
}

// FuzzParse checks that Parse never panics, that its errors point inside the
// input, and that printing is stable: print, parse, print gives the same text.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := expr.Parse(src)
		names := expr.Names(src)
		if err == nil {
			// The variables are among the names, in the same order.
			k := 0
			for _, n := range names {
				if k < len(e.Vars) && n == e.Vars[k] {
					k++
				}
			}
			if k != len(e.Vars) {
				t.Fatalf("%q: variables %q not in the order of Names %q", src, e.Vars, names)
			}
		}
		if err != nil {
			var pe *expr.Error
			if !errors.As(err, &pe) {
				t.Fatalf("%q: error %T %v", src, err, err)
			}
			if pe.Offset < 0 || pe.Offset > len(src) || pe.End < pe.Offset || pe.End > len(src) {
				t.Fatalf("%q: error span [%d, %d) outside the input: %v", src, pe.Offset, pe.End, err)
			}
			_ = pe.Snippet()
			return
		}
		s1 := e.String()
		e2, err := expr.ParseVars(s1, e.Vars)
		if err != nil {
			var pe *expr.Error
			if errors.As(err, &pe) && (pe.Code == expr.TooLong || pe.Code == expr.TooDeep) {
				return // the printed form has more spaces or -(-x) parentheses
			}
			t.Fatalf("%q prints as %q, which does not parse: %v", src, s1, err)
		}
		if s2 := e2.String(); s2 != s1 {
			t.Fatalf("%q prints as %q, then as %q", src, s1, s2)
		}
		_ = expr.Format(e.Root, expr.Pretty)
		_ = expr.Format(e.Root, expr.NumPy)
		for _, v := range e.Vars {
			d, err := e.Derivative(v)
			if err != nil {
				continue
			}
			// The derivative prints as Python that parses.
			if s := d.String(); len(s) <= expr.MaxSource {
				var pe *expr.Error
				if _, err := expr.ParseVars(s, e.Vars); errors.As(err, &pe) &&
					pe.Code != expr.TooLong && pe.Code != expr.TooDeep && pe.Code != expr.TooManyNodes {
					t.Fatalf("%q: d/d%s = %q: %v", src, v, s, err)
				}
			}
		}
	})
}

// reference evaluates n at x by walking the tree, with numpy's rules: the
// plain reference the compiled program must agree with.
func reference(n expr.Node, x []float64) float64 {
	switch n := n.(type) {
	case *expr.Num:
		return n.Value
	case *expr.Const:
		return n.B.Value
	case *expr.Var:
		return x[n.Index]
	case *expr.Unary:
		return -reference(n.X, x)
	case *expr.Call:
		if n.B.F1 != nil {
			return n.B.F1(reference(n.Args[0], x))
		}
		return n.B.F2(reference(n.Args[0], x), reference(n.Args[1], x))
	case *expr.Binary:
		a, b := reference(n.X, x), reference(n.Y, x)
		switch n.Op {
		case expr.Add:
			return a + b
		case expr.Sub:
			return a - b
		case expr.Mul:
			return a * b
		case expr.Div:
			return a / b
		}
		if constant(n.Y) {
			switch b { // numpy's fast paths for a scalar exponent
			case 2:
				return a * a
			case 0.5:
				return math.Sqrt(a)
			case -1:
				return 1 / a
			case 1:
				return a
			case 0:
				return 1
			}
		}
		return math.Pow(a, b)
	}
	panic("unknown node")
}

func constant(n expr.Node) bool {
	switch n := n.(type) {
	case *expr.Var:
		return false
	case *expr.Unary:
		return constant(n.X)
	case *expr.Binary:
		return constant(n.X) && constant(n.Y)
	case *expr.Call:
		for _, a := range n.Args {
			if !constant(a) {
				return false
			}
		}
	}
	return true
}

// FuzzEval checks the compiled program, on a grid and at a point, against
// the plain tree walk, bit for bit.
func FuzzEval(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, float64(i)*0.37-2, 0.5, -1.25)
	}
	f.Fuzz(func(t *testing.T, src string, a, b, c float64) {
		e, err := expr.ParseVars(src, []string{"x", "y", "z"})
		if err != nil {
			return
		}
		p := expr.Compile(e)
		// The last axis is longer than one unrolled iteration of the loops.
		last := []float64{c, a, b, 0.5, -a}
		for k := range 16 {
			last = append(last, a+float64(k)*(b-a)/16)
		}
		coords := [][]float64{{a, b}, {b, c, a}, last}
		grid := p.Grid(nil, coords)
		k := 0
		for _, x := range coords[0] {
			for _, y := range coords[1] {
				for _, z := range coords[2] {
					pt := []float64{x, y, z}
					want := reference(e.Root, pt)
					if !same(grid[k], want) {
						t.Fatalf("%q at %v: Grid %v, reference %v", src, pt, grid[k], want)
					}
					if got := p.At(pt); !same(got, want) {
						t.Fatalf("%q at %v: At %v, reference %v", src, pt, got, want)
					}
					k++
				}
			}
		}
	})
}

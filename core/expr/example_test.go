package expr_test

import (
	"fmt"

	"github.com/gradplay/gradplay/core/expr"
)

func ExampleParse() {
	e, err := expr.Parse("np.sin(x)*np.exp(-y**2) + 2x")
	if err != nil {
		panic(err)
	}
	fmt.Println(e.Vars)
	fmt.Println(e)
	fmt.Println(expr.Format(e.Root, expr.Pretty))
	fmt.Println(expr.Format(e.Root, expr.NumPy))
	// Output:
	// [x y]
	// sin(x)*exp(-y**2) + 2*x
	// sin(x)·exp(−y²) + 2x
	// np.sin(x)*np.exp(-y**2) + 2*x
}

func ExampleError() {
	_, err := expr.Parse("sinn(x) * y")
	if e, ok := err.(*expr.Error); ok {
		fmt.Println(e.Code, e.Offset, e.End, e.Line, e.Column)
		fmt.Println(e.Snippet())
	}
	// Output:
	// unknown_function 0 4 1 1
	// sinn(x) * y
	// ^^^^ unknown function "sinn" (did you mean "sin"?)
}

func ExampleParseVars() {
	_, err := expr.ParseVars("q*chidelta", []string{"q", "chi", "delta"})
	fmt.Println(err.(*expr.Error).Snippet())
	// Output:
	// q*chidelta
	//   ^^^^^^^^ unknown variable "chidelta" (did you mean chi*delta?)
}

func ExampleExpr_Derivative() {
	e, _ := expr.Parse("q*chi*delta + exp(-chi**2)")
	for _, v := range e.Vars {
		d, _ := e.Derivative(v)
		fmt.Printf("∂f/∂%s = %s\n", v, d)
	}
	// Output:
	// ∂f/∂q = chi*delta
	// ∂f/∂chi = q*delta - 2*chi*exp(-chi**2)
	// ∂f/∂delta = q*chi
}

func ExampleCompile() {
	e, _ := expr.Parse("x*10 + y")
	// numpy.meshgrid(x, y, indexing='ij'), flattened, without the meshgrid.
	f := expr.Compile(e).Grid(nil, [][]float64{{1, 2}, {0.5, 0.25, 0}})
	fmt.Println(f)
	// Output:
	// [10.5 10.25 10 20.5 20.25 20]
}

func ExampleExpr_Dual() {
	e, _ := expr.Parse("q*chi*delta")
	f, grad := e.Dual([]float64{2, 3, 5})
	fmt.Println(f, grad)
	// Output:
	// 30 [15 10 6]
}

func ExampleExpr_Partials() {
	e, _ := expr.Parse("x**3")
	for _, m := range []expr.Method{expr.Forward, expr.Central, expr.Richardson, expr.Dual} {
		r, _ := e.Partials([]float64{2}, m, nil)
		fmt.Printf("%-10s %.12f\n", m, r.Grad[0])
	}
	// Output:
	// forward    12.000000000000
	// central    12.000000000099
	// richardson 12.000000000000
	// dual       12.000000000000
}

func ExampleBuiltins() {
	for _, b := range expr.Builtins()[:3] {
		fmt.Printf("%-8s %-20s derivative %s\n", b.Signature(), b.Doc, b.Derivatives())
	}
	// Output:
	// sin(x)   sine (radians)       derivative [cos(x)]
	// cos(x)   cosine (radians)     derivative [-sin(x)]
	// tan(x)   tangent (radians)    derivative [1 + tan(x)**2]
}

// The names of a function with a mistake, in the order its variables will
// have once it parses.
func ExampleNames() {
	fmt.Println(expr.Names("q*chi*sin(delta"))
	_, err := expr.Parse("q*chi*sin(delta")
	fmt.Println(err != nil)
	// Output:
	// [q chi sin delta]
	// true
}

package field_test

import (
	"fmt"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/field"
)

func ExampleCompute() {
	f, err := field.Compute("q*chi*delta", map[string]string{
		"q": "linspace(-100, 100, 9)", "chi": "-100:101:25", "delta": "[-1, 0, 2]",
	}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Vars, f.Shape, len(f.F))
	for i, v := range f.Vars {
		fmt.Printf("∂f/∂%s = %s; numpy.gradient %v, exact %v at the first point\n",
			v, f.ExactExpr[i], f.Grad[i][0], f.Exact[i][0])
	}
	// Output:
	// [q chi delta] [9 9 3] 243
	// ∂f/∂q = chi*delta; numpy.gradient 100, exact 100 at the first point
	// ∂f/∂chi = q*delta; numpy.gradient 100, exact 100 at the first point
	// ∂f/∂delta = q*chi; numpy.gradient 10000, exact 10000 at the first point
}

func ExampleCompute_errors() {
	specs := map[string]string{"x": "linspace(0, 1, 2.5)", "y": "0:1:3j"}
	for _, src := range []string{"sinn(x)*y", "x*y"} {
		_, err := field.Compute(src, specs, nil)
		fmt.Println(field.Code(err)+":", err)
	}
	_, err := field.Compute("x*y", map[string]string{"x": "0:1:2j", "y": "0:1:2j"}, &field.Options{EdgeOrder: 2})
	fmt.Println(field.Code(err)+":", err)
	_, err = field.Compute("x*y", map[string]string{"x": "0:1:5000j", "y": "0:1:5000j"}, nil)
	fmt.Println(field.Code(err)+":", err)
	// Output:
	// unknown_function: 1:1: unknown function "sinn" (did you mean "sin"?)
	// grid_syntax: the grid of x: 1:16: the number of points must be a whole number
	// too_few_points: x (axis 0) has 2 point(s): a gradient with edge_order 2 needs at least 3
	// too_large: the grid has 5000 (x) × 5000 (y) = 25,000,000 points, more than the limit of 16,777,216: use fewer points per variable
}

func ExampleAtPoint() {
	p, err := field.AtPoint("sin(x)*exp(y)", map[string]float64{"x": 1, "y": 0.5},
		&field.PointOptions{Methods: []expr.Method{expr.Exact, expr.Dual, expr.Richardson, expr.Forward}})
	if err != nil {
		panic(err)
	}
	fmt.Printf("f = %.12f\n", p.Value)
	for _, r := range p.Partials {
		fmt.Printf("%-10s %.12f %.12f\n", r.Method, r.Grad[0], r.Grad[1])
	}
	// Output:
	// f = 1.387351111330
	// exact      0.890807904293 1.387351111330
	// dual       0.890807904293 1.387351111330
	// richardson 0.890807904293 1.387351111330
	// forward    0.890807896852 1.387351110578
}

// ExampleField_Node explains numpy.gradient at two nodes of x**2 on
// numpy's non-uniform example grid: the formula, the neighbours, the
// weights, the result next to the exact derivative 2x.
func ExampleField_Node() {
	f, err := field.Compute("x**2", map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}, &field.Options{EdgeOrder: 2})
	if err != nil {
		panic(err)
	}
	for _, i := range []int{0, 2} {
		n, _ := f.Node([]int{i})
		p := n.Partials[0]
		fmt.Printf("x = %v, f = %v: %s, order %d\n", n.At[0], n.F, p.Kind, p.Order)
		fmt.Printf("  x %v, f %v, weights %.4g\n", p.Coords, p.Values, p.Weights)
		fmt.Printf("  numpy %v, exact %v, error %.3g\n", p.Result, p.Exact, p.Error)
	}
	// Output:
	// x = 0, f = 0: edge_order2, order 2
	//   x [0 1 1.5], f [0 1 2.25], weights [-1.667 3 -1.333]
	//   numpy 0, exact 0, error 0
	// x = 1.5, f = 2.25: interior_nonuniform, order 2
	//   x [1 1.5 3.5], f [1 2.25 12.25], weights [-1.6 1.5 0.1]
	//   numpy 3, exact 3, error 0
}

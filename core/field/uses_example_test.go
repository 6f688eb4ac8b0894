package field_test

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/field"
)

func ExampleField_Directional() {
	f, err := field.Compute("x**2*y", map[string]string{"x": "0:4:5j", "y": "0:2:3j"}, nil)
	if err != nil {
		panic(err)
	}
	d, err := f.Directional([]float64{3, 1}, []float64{1, 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("u = (%.4f, %.4f)\n", d.U[0], d.U[1])
	fmt.Printf("grid ∇f = %v, ∇f·u = %.6f\n", d.Grid, d.GridValue)
	fmt.Printf("exact ∇f = %v, ∇f·u = %.6f\n", d.Exact, d.ExactValue)
	// Output:
	// u = (0.7071, 0.7071)
	// grid ∇f = [6 9], ∇f·u = 10.606602
	// exact ∇f = [6 9], ∇f·u = 10.606602
}

func ExampleField_Path() {
	f, err := field.Compute("exp(-x**2 - y**2)", map[string]string{"x": "-2:2:41j", "y": "-2:2:41j"}, nil)
	if err != nil {
		panic(err)
	}
	up, err := f.Path([]float64{0.5, 0.3}, nil)
	if err != nil {
		panic(err)
	}
	end := up.Grid[len(up.Grid)-1]
	fmt.Printf("ascent: %s after %d steps of at most %.3f, %.1e from the maximum\n",
		up.GridStop, len(up.Grid)-1, up.Step, math.Hypot(end[0], end[1]))
	down, _ := f.Path([]float64{0.5, 0.3}, &field.PathOptions{Descent: true})
	end = down.Exact[len(down.Exact)-1]
	fmt.Printf("descent on the exact gradient: %s at (%.3f, %.3f)\n", down.ExactStop, end[0], end[1])
	// Output:
	// ascent: critical after 30 steps of at most 0.025, 3.4e-04 from the maximum
	// descent on the exact gradient: edge at (2.000, 1.200)
}

func ExampleField_Laplacian() {
	f, err := field.Compute("sin(x)*exp(-y**2)", map[string]string{"x": "-2:2:41j", "y": "-2:2:41j"}, nil)
	if err != nil {
		panic(err)
	}
	l, err := f.Laplacian()
	if err != nil {
		panic(err)
	}
	p := 25*41 + 20 // the node (0.5, 0)
	fmt.Printf("∇²f at (0.5, 0): exact %.6f, compact %.6f, numpy.gradient twice %.6f\n",
		l.Exact[p], l.Compact[p], l.GradTwice[p])
	fmt.Println("from", l.SecondExpr[0], "and", l.SecondExpr[1])
	// Output:
	// ∇²f at (0.5, 0): exact -1.438277, compact -1.433099, numpy.gradient twice -1.417757
	// from -sin(x)*exp(-y**2) and -2*sin(x)*(exp(-y**2) - 2*y*(y*exp(-y**2)))
}

func ExampleField_Hessian() {
	f, err := field.Compute("x**2*y + sin(y)", map[string]string{"x": "-2:2:9j", "y": "-1:1:9j"}, nil)
	if err != nil {
		panic(err)
	}
	h, err := f.Hessian([]float64{1, 0.5})
	if err != nil {
		panic(err)
	}
	for i, v := range h.Vars {
		fmt.Printf("∂²f/∂%s∂·: exact [%.4f %.4f], grid [%.4f %.4f]\n", v, h.Exact[i][0], h.Exact[i][1], h.Grid[i][0], h.Grid[i][1])
	}
	// Output:
	// ∂²f/∂x∂·: exact [1.0000 2.0000], grid [1.0000 2.0000]
	// ∂²f/∂y∂·: exact [2.0000 -0.4794], grid [2.0000 -0.4695]
}

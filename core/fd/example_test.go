package fd_test

import (
	"errors"
	"fmt"

	"github.com/gradplay/gradplay/core/fd"
)

// ExampleGradient reproduces the examples of numpy.gradient's documentation,
// with numpy's exact results (numpy's docs print them rounded: 3, 6.7, 1.7).
func ExampleGradient() {
	f := []float64{1, 2, 4, 7, 11, 16}
	shape := []int{6}

	g, _ := fd.Gradient(nil, f, shape, nil) // np.gradient(f)
	fmt.Println(g[0])

	g, _ = fd.Gradient(nil, f, shape, &fd.Options{Spacing: []fd.Spacing{fd.Step(2)}}) // np.gradient(f, 2)
	fmt.Println(g[0])

	x := []float64{0, 1, 1.5, 3.5, 4, 6}
	g, _ = fd.Gradient(nil, f, shape, &fd.Options{Spacing: []fd.Spacing{fd.Coords(x)}}) // np.gradient(f, x)
	fmt.Println(g[0])

	// A 2-D array: one result per axis, d/d(axis 0) first.
	f2 := []float64{1, 2, 6, 3, 4, 5}
	g, _ = fd.Gradient(nil, f2, []int{2, 3}, nil)
	fmt.Println(g[0], g[1])

	// np.gradient(f2, 2., [1., 1.5, 3.5]): a step for axis 0, coordinates for axis 1.
	g, _ = fd.Gradient(nil, f2, []int{2, 3}, &fd.Options{
		Spacing: []fd.Spacing{fd.Step(2), fd.Coords([]float64{1, 1.5, 3.5})}})
	fmt.Println(g[0], g[1])

	// x**2 with first- and second-order edges.
	sq := []float64{0, 1, 4, 9, 16}
	g1, _ := fd.Gradient(nil, sq, []int{5}, &fd.Options{EdgeOrder: 1})
	g2, _ := fd.Gradient(nil, sq, []int{5}, &fd.Options{EdgeOrder: 2})
	fmt.Println(g1[0], g2[0])
	// Output:
	// [1 1.5 2.5 3.5 4.5 5]
	// [0.5 0.75 1.25 1.75 2.25 2.5]
	// [1 2.9999999999999996 3.5 6.700000000000001 6.899999999999999 2.5]
	// [2 2 -1 2 2 -1] [1 2.5 4 1 1 1]
	// [1 1 -0.5 1 1 -0.5] [2 2 2 2 1.6999999999999993 0.5]
	// [1 2 4 6 7] [0 2 4 6 8]
}

// ExampleGradient_axes differentiates along selected axes only, in the order
// given, and names the variables for error messages.
func ExampleGradient_axes() {
	f := []float64{1, 2, 6, 3, 4, 5}
	g, _ := fd.Gradient(nil, f, []int{2, 3}, &fd.Options{Axes: []int{-1}})
	fmt.Println(len(g), g[0])

	_, err := fd.Gradient(nil, f, []int{2, 3}, &fd.Options{EdgeOrder: 2, Names: []string{"q", "chi"}})
	var e *fd.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Name)
		fmt.Println(e)
	}
	// Output:
	// 1 [1 2.5 4 1 1 1]
	// too_few_points q
	// q (axis 0) has 2 point(s): a gradient with edge_order 2 needs at least 3
}

// ExampleStencilAt shows the formula numpy.gradient uses at points of
// np.gradient(f, x, edge_order=2) for the non-uniform x of numpy's
// documentation, and at an interior point with a uniform step.
func ExampleStencilAt() {
	f := []float64{1, 2, 4, 7, 11, 16}
	x := []float64{0, 1, 1.5, 3.5, 4, 6}
	opts := &fd.Options{Spacing: []fd.Spacing{fd.Coords(x)}, EdgeOrder: 2}
	for _, i := range []int{0, 3} {
		s, _ := fd.StencilAt(f, []int{6}, opts, []int{i}, 0)
		fmt.Println(s.Kind, s.Order, s.Steps, s.Indices, s.Values)
		fmt.Println(" ", s.Weights, "->", s.Result)
	}
	s, _ := fd.StencilAt(f, []int{6}, &fd.Options{Spacing: []fd.Spacing{fd.Step(2)}}, []int{3}, 0)
	fmt.Println(s.Kind, s.Order, s.Steps, s.Indices, s.Values, s.Weights, "->", s.Result)
	// Output:
	// edge_order2 2 [1 0.5] [0 1 2] [1 2 4]
	//   [-1.6666666666666667 3 -1.3333333333333333] -> -1
	// interior_nonuniform 2 [2 0.5] [2 3 4] [4 7 11]
	//   [-0.1 -1.5 1.6] -> 6.700000000000001
	// interior_uniform 2 [2] [2 4] [4 11] [-0.25 0.25] -> 1.75
}

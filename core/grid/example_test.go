package grid_test

import (
	"fmt"

	"github.com/gradplay/gradplay/core/grid"
)

// ExampleParse reads the grid notations numpy users know.
func ExampleParse() {
	for _, src := range []string{"-100:101:25", "-1:1:5j", "linspace(0, 1, 3)", "np.arange(0, 1, 0.25)", "[0, 0.1, 0.3, 0.7]"} {
		spec, _ := grid.Parse(src)
		fmt.Println(spec.Len(), spec.Coords())
	}
	_, err := grid.Parse("linspace(0, 1, 2.5)")
	fmt.Println(err.(*grid.SyntaxError).Snippet())
	// Output:
	// 9 [-100 -75 -50 -25 0 25 50 75 100]
	// 5 [-1 -0.5 0 0.5 1]
	// 3 [0 0.5 1]
	// 4 [0 0.25 0.5 0.75]
	// 4 [0 0.1 0.3 0.7]
	// linspace(0, 1, 2.5)
	//                ^^^ the number of points must be a whole number
}

// ExampleLinspace matches numpy.linspace bit for bit.
func ExampleLinspace() {
	fmt.Println(grid.Linspace(0, 1, 11))
	// Output:
	// [0 0.1 0.2 0.30000000000000004 0.4 0.5 0.6000000000000001 0.7000000000000001 0.8 0.9 1]
}

// ExampleCheckSize refuses a grid before anything is allocated.
func ExampleCheckSize() {
	fmt.Println(grid.CheckSize([]int{512, 512, 512}, []string{"x", "y", "z"}, 0))
	// Output:
	// the grid has 512 (x) × 512 (y) × 512 (z) = 134,217,728 points, more than the limit of 16,777,216: use fewer points per variable
}

package state_test

import (
	"fmt"

	"github.com/gradplay/gradplay/web/state"
)

// Resolve gives the page what it shows for a state: the grid rows, the
// axes, the sliders with their labels, and the display options with their
// defaults.
func ExampleResolve() {
	st, _ := state.Decode("#expr=x*y*z&grid.x=-100:101:25&grid.z=0:1:5j&at.z=3&mode=fit")
	v := state.Resolve(st)
	for _, r := range v.Vars {
		fmt.Printf("%s: %s (%s: %s %s %s)\n", r.Name, r.Info, r.Parts.Kind, r.Parts.Start, r.Parts.Stop, r.Parts.Count)
	}
	fmt.Println("axes:", v.X, v.Y)
	for _, s := range v.Sliders {
		fmt.Printf("%s at %d of 0..%d: %s = %s\n", s.Var, s.At, s.Max, s.Var, s.Labels[s.At])
	}
	fmt.Println(v.Display.Mode, v.Display.Palette, v.Display.Density, v.Display.Applies)
	fmt.Println(v.State.Encode())
	// Output:
	// x: 9 points, -100 … 100 (range: -100 101 25)
	// y: 21 points, -2 … 2 (linspace: -2 2 21)
	// z: 5 points, 0 … 1 (linspace: 0 1 5)
	// axes: x y
	// z at 3 of 0..4: z = 0.75
	// fit viridis 21 true
	// expr=x*y*z&grid.x=-100:101:25&grid.y=-2:2:21j&grid.z=0:1:5j&at.z=3
}

// While the function has a mistake it has no variables: ResolveRows gives
// the rows the page shows their views, each grid with its own check, and
// the link keeps the grids.
func ExampleResolveRows() {
	st, _ := state.Decode("#expr=x*(y&grid.x=0:1:1j&grid.y=-1:1:5j")
	v := state.ResolveRows(st, []string{"x", "y"})
	fmt.Println(v.Expr.Error["code"])
	for _, r := range v.Vars {
		fmt.Printf("%s: %s %v\n", r.Name, r.Info, r.Error["code"])
	}
	fmt.Println(v.State.Encode())
	// Output:
	// syntax
	// x: 1 point: 0 too_few_points
	// y: 5 points, -1 … 1 <nil>
	// expr=x*(y&grid.x=0:1:1j&grid.y=-1:1:5j
}

// A grid row switched from points to a step keeps its grid's spacing;
// editing a field keeps the row's notation.
func ExampleConvertGrid() {
	p, _ := state.ConvertGrid(state.GridParts{Kind: "linspace", Start: "-2", Stop: "2", Count: "21", Spec: "-2:2:21j"}, "range")
	fmt.Println(p.Count, p.Spec)
	spec, _ := state.GridFromParts(state.GridParts{Kind: "linspace", Start: "-1", Stop: "1", Count: "9", Spec: "linspace(-1, 1, 5)"})
	fmt.Println(spec)
	// Output:
	// 0.2 -2:2:0.2
	// linspace(-1, 1, 9)
}

// Label writes numbers as the page's labels show them.
func ExampleLabel() {
	fmt.Println(state.Label(1.0/3), state.Label(-2), state.Label(123456), state.Label(0.00025))
	// Output: 0.333333 -2 1.235e+5 2.500e-4
}

func ExampleResolveTheme() {
	fmt.Println(state.ResolveTheme("", false), state.ResolveTheme("", true))
	fmt.Println(state.ResolveTheme("light", true), state.ResolveTheme("dark", false))
	// Output:
	// light dark
	// light dark
}

package state_test

import (
	"fmt"

	"github.com/gradplay/gradplay/web/state"
)

// The page's whole state round-trips through the URL fragment.
func ExampleDecode() {
	st, problems := state.Decode("#expr=q*chi*delta&grid.q=linspace(-100,%20100,%209)&at.delta=6&mode=%3Cb%3E")
	fmt.Println(st.Expr, st.Grid["q"], st.At["delta"])
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println(st.Encode())
	// Output:
	// q*chi*delta linspace(-100, 100, 9) 6
	// mode: unknown arrow mode "<b>"
	// expr=q*chi*delta&grid.q=linspace(-100,%20100,%209)&at.delta=6
}

// Build evaluates a state; Readout gives what the page shows at a node.
func ExampleScene_Readout() {
	sc, err := state.Build(state.State{Expr: "x**2", Grid: map[string]string{"x": "[0, 1, 3]"}, EdgeOrder: 1})
	if err != nil {
		panic(err)
	}
	r, _ := sc.Readout(1, 0)
	fmt.Println(r.Point["x"], r.F, r.Grad["x"], r.Exact["x"])
	// Output: 1 1 2 2
}

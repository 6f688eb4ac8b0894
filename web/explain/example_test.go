package explain_test

import (
	"fmt"

	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/state"
)

// ExampleNumpyCode writes the numpy code of q*chi*delta on numpy.mgrid's
// -100:101:25, shown at delta = 50.
func ExampleNumpyCode() {
	code, err := explain.NumpyCode(state.State{Expr: "q*chi*delta",
		Grid: map[string]string{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"},
		At:   map[string]int{"delta": 6}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(code)
	// Output:
	// # q*chi*delta and its numpy.gradient, as gradplay shows them.
	// import numpy as np
	// import matplotlib.pyplot as plt
	//
	// # The coordinates of each variable: the page's, bit for bit.
	// q = np.arange(-100, 101, 25, dtype=float)  # -100:101:25: 9 points
	// chi = np.arange(-100, 101, 25, dtype=float)  # -100:101:25: 9 points
	// delta = np.arange(-100, 101, 25, dtype=float)  # -100:101:25: 9 points
	// # Axis i of every array is variable i: indexing="ij" (the default "xy" swaps the first two).
	// Q, CHI, DELTA = np.meshgrid(q, chi, delta, indexing="ij")
	// F = Q*CHI*DELTA
	//
	// # One array per variable, in axis order (a list; a tuple from numpy 2.0).
	// dF_dq, dF_dchi, dF_ddelta = np.gradient(F, q, chi, delta, edge_order=1)
	//
	// # The page's view: q across, chi up, delta = 50 (index 6).
	// page = np.s_[:, :, 6]
	// Fs, U, V = F[page].T, dF_dq[page].T, dF_dchi[page].T  # rows along chi, as matplotlib expects
	// fig, ax = plt.subplots()
	// cf = ax.contourf(q, chi, Fs, levels=64, cmap="viridis")
	// fig.colorbar(cf, ax=ax, label="f")
	// # The page's 10 contour lines, spread evenly over f's finite values.
	// fin = Fs[np.isfinite(Fs)]
	// if fin.size and fin.min() < fin.max():
	//     ax.contour(q, chi, Fs, levels=fin.min() + np.ptp(fin)*(np.arange(10) + 0.5)/10, colors="k", linewidths=0.6)
	// # scale: |grad f| per data unit of arrow, so that the arrows have the page's lengths.
	// ax.quiver(q, chi, U, V, angles="xy", scale_units="xy", scale=444.4444444444444)
	// ax.set(xlabel="q", ylabel="chi", title="q*chi*delta\ndelta = 50")
	// plt.show()
}

// ExamplePitfalls lists what numpy code could get wrong for the seed.
func ExamplePitfalls() {
	ps, _ := explain.Pitfalls(state.State{Expr: "q*chi*delta",
		Grid: map[string]string{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"}})
	for _, p := range ps {
		fmt.Printf("%s: %s\n  fix: %s\n", p.Code, p.Message, p.Fix)
	}
	// Output:
	// spacing_omitted: np.gradient(F) without the coordinates gives the change per index step: 25× too large for q, chi and delta.
	//   fix: pass the coordinates: np.gradient(F, q, chi, delta)
	// returns_list: With 3 variables np.gradient returns a list of 3 arrays of shape (9, 9, 9) (a tuple from numpy 2.0), one per variable in axis order, not one array; np.array of it has shape (3, 9, 9, 9).
	//   fix: unpack it: dF_dq, dF_dchi, dF_ddelta = np.gradient(F, q, chi, delta)
}

package plots_test

import (
	"log"
	"os"
	"slices"
	"testing"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/plots"
)

// convergence is the Convergence of numpy.gradient of src on the grids.
func convergence(src string, specs map[string]string, opts *field.ConvergenceOptions) *plots.Convergence {
	st, err := field.Convergence(src, specs, opts)
	if err != nil {
		log.Fatal(err)
	}
	d := &plots.Convergence{Order: st.Order}
	for _, l := range st.Levels {
		d.H = append(d.H, slices.Max(l.H))
		d.Interior = append(d.Interior, l.Interior)
		d.Edge = append(d.Edge, l.Edge)
	}
	return d
}

// ExampleConvergencePlot draws the grid refinement of sin(x)*exp(y) over
// five levels: the interior's central differences converge as h², the
// edges' one-sided ones (numpy's default edge_order=1) as h.
func ExampleConvergencePlot() {
	d := convergence("sin(x)*exp(y)", map[string]string{"x": "0:2:11j", "y": "-1:1:11j"},
		&field.ConvergenceOptions{Levels: 5})
	b, err := plots.NewConvergencePlot(d).PNG(480, 320, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/convplot.png", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

func TestConvergencePlot(t *testing.T) {
	checkGolden(t, ExampleConvergencePlot, "convplot.png")
}

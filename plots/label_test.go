package plots_test

import (
	"testing"

	"github.com/gradplay/gradplay/plots"
)

func TestLabel(t *testing.T) {
	c := linspace(-1, 1, 5)
	f2 := plots.TestField("x*y", []string{"x", "y"}, [][]float64{c, c},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} })
	line := &plots.Field{Expr: "x**2", Vars: []string{"x"}, Coords: [][]float64{c},
		F: []float64{1, 0.25, 0, 0.25, 1}, Grad: [][]float64{{-1.5, -1, 0, 1, 1.5}}}
	lineOnly := &plots.Field{Expr: "x**2", Vars: []string{"x"}, Coords: [][]float64{c}, F: []float64{1, 0.25, 0, 0.25, 1}}
	for _, c := range []struct {
		f    *plots.Field
		opt  *plots.Options
		want string
	}{
		{f2, nil, "Heatmap and contours of f = x*y with arrows of its gradient"},
		{f2, &plots.Options{Layers: plots.Layers{NoArrows: true}}, "Heatmap and contours of f = x*y"},
		{f2, &plots.Options{Layers: plots.Layers{NoHeatmap: true}}, "Contours of f = x*y with arrows of its gradient"},
		{f2, &plots.Options{Layers: plots.Layers{NoContours: true, NoHeatmap: true}}, "Plot of f = x*y with arrows of its gradient"},
		{line, nil, "Line plot of f = x**2 and of its derivative from the grid"},
		{lineOnly, nil, "Line plot of f = x**2"},
	} {
		fg, err := plots.New(c.f, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		if got := fg.Label(); got != c.want {
			t.Errorf("Label of %s %+v: %q, want %q", c.f.Expr, c.opt, got, c.want)
		}
	}
}

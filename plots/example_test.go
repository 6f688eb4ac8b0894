package plots_test

import (
	"log"
	"math"
	"os"

	"github.com/gradplay/gradplay/plots"
)

// grid2 samples fn on the given coordinates and returns the field with
// second-order central differences inside and one-sided ones at the edges
// (numpy.gradient, edge_order=1), and the exact gradient from dfn.
func grid2(expr string, vars []string, coords [][]float64, fn func(p []float64) float64, dfn func(p []float64) []float64) *plots.Field {
	return plots.TestField(expr, vars, coords, fn, dfn)
}

func writePNG(fg *plots.Figure, name string, w, h int) {
	b, err := fg.PNG(w, h, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/"+name, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// ExampleFigure draws the default figure of sin(x)*exp(-y**2): viridis
// heatmap with colour bar, 10 contours, 21×21 arrows in fit mode with key.
func ExampleFigure() {
	f := grid2("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{linspace(-3, 3, 101), linspace(-2, 2, 101)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
	fg, err := plots.New(f, nil)
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "figure.png", 640, 480)
}

// ExampleFigure_normalized draws unit-length arrows coloured by |grad f|,
// pivoting about their middle, over a diverging palette for signed data.
func ExampleFigure_normalized() {
	f := grid2("x*y", []string{"x", "y"},
		[][]float64{linspace(-1, 1, 21), linspace(-1, 1, 21)},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} })
	fg, err := plots.New(f, &plots.Options{Mode: plots.Normalized, Pivot: plots.Middle, Palette: plots.Diverging, Every: 2})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "normalized.png", 480, 480)
}

// ExampleFigure_threeVars slices a field of three variables on a
// non-uniform grid at delta = 0.5, colouring arrows by ∂f/∂delta.
func ExampleFigure_threeVars() {
	xs := []float64{-2, -1.5, -1.1, -0.8, -0.5, -0.3, -0.1, 0, 0.1, 0.3, 0.5, 0.8, 1.1, 1.5, 2}
	f := grid2("exp(-(x**2+y**2)) * (1 + delta*x)", []string{"x", "y", "delta"},
		[][]float64{xs, linspace(-2, 2, 17), linspace(0, 1, 3)},
		func(p []float64) float64 { return math.Exp(-(p[0]*p[0] + p[1]*p[1])) * (1 + p[2]*p[0]) },
		func(p []float64) []float64 {
			e := math.Exp(-(p[0]*p[0] + p[1]*p[1]))
			return []float64{e * (p[2] - 2*p[0]*(1+p[2]*p[0])), -2 * p[1] * e * (1 + p[2]*p[0]), e * p[0]}
		})
	fg, err := plots.New(f, &plots.Options{Fixed: []int{0, 0, 1}, ColorByOutOfPlane: true, Every: 1, Mode: plots.Raw, Scale: 0.3})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "threevars.png", 640, 480)
}

// ExampleFigure_errorMap shows log10 |grad f numeric − exact| as the
// heatmap; the one-sided edges stand out.
func ExampleFigure_errorMap() {
	f := grid2("sin(x)*cos(y)", []string{"x", "y"},
		[][]float64{linspace(0, 3, 31), linspace(0, 3, 31)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Cos(p[1]) },
		func(p []float64) []float64 {
			return []float64{math.Cos(p[0]) * math.Cos(p[1]), -math.Sin(p[0]) * math.Sin(p[1])}
		})
	fg, err := plots.New(f, &plots.Options{Error: plots.ErrorNorm, Layers: plots.Layers{NoArrows: true}})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "errormap.png", 640, 480)
}

// ExampleFigure_holes draws log(x*y), undefined where x*y <= 0: the holes
// are drawn in their own colour, listed under the colour bar.
func ExampleFigure_holes() {
	f := grid2("log(x*y)", []string{"x", "y"},
		[][]float64{linspace(-1, 2, 31), linspace(-1, 2, 31)},
		func(p []float64) float64 {
			if p[0]*p[1] <= 0 {
				return math.NaN()
			}
			return math.Log(p[0] * p[1])
		},
		func(p []float64) []float64 { return []float64{1 / p[0], 1 / p[1]} })
	fg, err := plots.New(f, &plots.Options{Mode: plots.Log, Arrows: 11})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "holes.png", 640, 480)
}

// ExampleFigure_line draws a function of one variable: f, and below it the
// grid derivative (points, one-sided ends in red) against the exact one.
func ExampleFigure_line() {
	f := grid2("x**2", []string{"x"}, [][]float64{linspace(-2, 2, 9)},
		func(p []float64) float64 { return p[0] * p[0] },
		func(p []float64) []float64 { return []float64{2 * p[0]} })
	fg, err := plots.New(f, nil)
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "line.png", 640, 480)
}

// ExampleFigure_AltText prints the description of a figure.
func ExampleFigure_AltText() {
	f := grid2("x**2 - y**2", []string{"x", "y"},
		[][]float64{linspace(-1, 1, 21), linspace(-1, 1, 21)},
		func(p []float64) float64 { return p[0]*p[0] - p[1]*p[1] },
		func(p []float64) []float64 { return []float64{2 * p[0], -2 * p[1]} })
	fg, err := plots.New(f, nil)
	if err != nil {
		log.Fatal(err)
	}
	os.Stdout.WriteString(fg.AltText() + "\n")
	// Output:
	// Heatmap and contours of f = x**2 - y**2 for x from -1 to 1 (horizontal) and y from -1 to 1 (vertical). f ranges from -1 at (0, -1) to 1 at (-1, 0). The largest gradient magnitude, 2.687, is at (-1, -1). Approximate critical points: a saddle near (0, 0) where f = 0. Arrows show the gradient at every node; an arrow 0.09474 units long in x means a gradient magnitude of 2.
}

package plots_test

import (
	"log"
	"math"
	"os"

	"github.com/gradplay/gradplay/plots"
)

// writePNG renders fg at w×h pixels into testdata/name, which the golden
// tests compare with testdata/name_golden.png.
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
	// Sample f on a 101×101 grid; node (i, j), at (x[i], y[j]), is at
	// index i*n+j.
	const n = 101
	x, y := make([]float64, n), make([]float64, n)
	for i := range n {
		x[i], y[i] = -3+6*float64(i)/(n-1), -2+4*float64(i)/(n-1)
	}
	f := make([]float64, n*n)
	for i := range n {
		for j := range n {
			f[i*n+j] = math.Sin(x[i]) * math.Exp(-y[j]*y[j])
		}
	}
	// Its gradient as numpy.gradient computes it on a uniform grid:
	// central differences inside, one-sided ones at the edges.
	fx, fy := make([]float64, n*n), make([]float64, n*n)
	for i := range n {
		for j := range n {
			i0, i1, j0, j1 := max(i-1, 0), min(i+1, n-1), max(j-1, 0), min(j+1, n-1)
			fx[i*n+j] = (f[i1*n+j] - f[i0*n+j]) / (x[i1] - x[i0])
			fy[i*n+j] = (f[i*n+j1] - f[i*n+j0]) / (y[j1] - y[j0])
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "sin(x)*exp(-y**2)", Vars: []string{"x", "y"},
		Coords: [][]float64{x, y}, F: f, Grad: [][]float64{fx, fy}}, nil)
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "figure.png", 640, 480)
}

// ExampleFigure_normalized draws unit-length arrows coloured by |grad f|,
// pivoting about their middle, over a diverging palette for signed data.
func ExampleFigure_normalized() {
	// f = x*y on a 21×21 grid over [-1, 1]²: its differences are exact, so
	// the gradient is simply (y, x).
	const n = 21
	c := make([]float64, n)
	for i := range n {
		c[i] = -1 + 2*float64(i)/(n-1)
	}
	f, fx, fy := make([]float64, n*n), make([]float64, n*n), make([]float64, n*n)
	for i, x := range c {
		for j, y := range c {
			f[i*n+j], fx[i*n+j], fy[i*n+j] = x*y, y, x
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "x*y", Vars: []string{"x", "y"},
		Coords: [][]float64{c, c}, F: f, Grad: [][]float64{fx, fy}},
		&plots.Options{Mode: plots.Normalized, Pivot: plots.Middle, Palette: plots.Diverging, Every: 2})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "normalized.png", 480, 480)
}

// ExampleFigure_threeVars slices a field of three variables on a
// non-uniform grid at delta = 0.5, colouring arrows by ∂f/∂delta.
func ExampleFigure_threeVars() {
	// f = exp(-(x**2+y**2)) * (1 + delta*x); node (i, j, k) is at index
	// (i*len(ys) + j)*len(ds) + k, as numpy's meshgrid with indexing="ij".
	// For brevity the exact gradient stands in for the numeric one.
	xs := []float64{-2, -1.5, -1.1, -0.8, -0.5, -0.3, -0.1, 0, 0.1, 0.3, 0.5, 0.8, 1.1, 1.5, 2}
	ys := make([]float64, 17)
	for j := range ys {
		ys[j] = -2 + 4*float64(j)/16
	}
	ds := []float64{0, 0.5, 1}
	var f, fx, fy, fd []float64
	for _, x := range xs {
		for _, y := range ys {
			for _, d := range ds {
				e := math.Exp(-(x*x + y*y))
				f = append(f, e*(1+d*x))
				fx = append(fx, e*(d-2*x*(1+d*x)))
				fy = append(fy, -2*y*e*(1+d*x))
				fd = append(fd, e*x)
			}
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "exp(-(x**2+y**2)) * (1 + delta*x)", Vars: []string{"x", "y", "delta"},
		Coords: [][]float64{xs, ys, ds}, F: f, Grad: [][]float64{fx, fy, fd}},
		&plots.Options{Fixed: []int{0, 0, 1}, ColorByOutOfPlane: true, Every: 1, Mode: plots.Raw, Scale: 0.3})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "threevars.png", 640, 480)
}

// qChiDelta returns q*chi*delta on the grid -100:101:25 (9 points per
// variable) with numpy.gradient's differences, exact for a trilinear f
// (central inside, one-sided at the edges), and the options slicing it at
// delta = coords[k].
func qChiDelta(k int) (*plots.Field, *plots.Options) {
	c := make([]float64, 9)
	for i := range c {
		c[i] = -100 + 25*float64(i)
	}
	var f, fq, fc, fd []float64
	for _, q := range c {
		for _, chi := range c {
			for _, d := range c {
				f = append(f, q*chi*d)
				fq, fc, fd = append(fq, chi*d), append(fc, q*d), append(fd, q*chi)
			}
		}
	}
	return &plots.Field{Expr: "q*chi*delta", Vars: []string{"q", "chi", "delta"},
			Coords: [][]float64{c, c, c}, F: f, Grad: [][]float64{fq, fc, fd}, EdgeOrder: 1},
		&plots.Options{Fixed: []int{0, 0, k}}
}

// ExampleFigure_outOfPlane slices q*chi*delta at delta = 0, where f and
// the in-plane gradient vanish: the figure shows ∂f/∂delta = q*chi as
// markers, ⊙ out of the page where it is positive, ⊗ into it where
// negative, sized on the arrows' scale, and says so in the subtitle.
func ExampleFigure_outOfPlane() {
	fg, err := plots.New(qChiDelta(4))
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "outofplane.png", 640, 480)
	writePNG(fg, "outofplane_small.png", 480, 360)
}

// ExampleFigure_outOfPlaneTilted slices q*chi*delta at delta = 50: the
// in-plane arrows (chi*delta, q*delta) and the markers of q*chi share one
// length scale.
func ExampleFigure_outOfPlaneTilted() {
	fg, err := plots.New(qChiDelta(6))
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "outofplane50.png", 640, 480)
	writePNG(fg, "outofplane50_small.png", 480, 360)
}

// ExampleFigure_errorMap shows log10 |grad f numeric − exact| as the
// heatmap; the one-sided edges stand out.
func ExampleFigure_errorMap() {
	// f = sin(x)*cos(y) on a 31×31 grid over [0, 3]², with the gradient
	// as numpy.gradient computes it (central differences inside,
	// one-sided at the edges) and the exact one.
	const n = 31
	c := make([]float64, n)
	for i := range n {
		c[i] = 3 * float64(i) / (n - 1)
	}
	f, ex, ey := make([]float64, n*n), make([]float64, n*n), make([]float64, n*n)
	for i, x := range c {
		for j, y := range c {
			f[i*n+j] = math.Sin(x) * math.Cos(y)
			ex[i*n+j], ey[i*n+j] = math.Cos(x)*math.Cos(y), -math.Sin(x)*math.Sin(y)
		}
	}
	fx, fy := make([]float64, n*n), make([]float64, n*n)
	for i := range n {
		for j := range n {
			i0, i1, j0, j1 := max(i-1, 0), min(i+1, n-1), max(j-1, 0), min(j+1, n-1)
			fx[i*n+j] = (f[i1*n+j] - f[i0*n+j]) / (c[i1] - c[i0])
			fy[i*n+j] = (f[i*n+j1] - f[i*n+j0]) / (c[j1] - c[j0])
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "sin(x)*cos(y)", Vars: []string{"x", "y"},
		Coords: [][]float64{c, c}, F: f, Grad: [][]float64{fx, fy}, Exact: [][]float64{ex, ey}},
		&plots.Options{Error: plots.ErrorNorm, Layers: plots.Layers{NoArrows: true}})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "errormap.png", 640, 480)
}

// ExampleFigure_holes draws log(x*y), undefined where x*y <= 0: the holes
// are drawn in their own colour, listed under the colour bar.
func ExampleFigure_holes() {
	// f on a 31×31 grid over [-1, 2]², NaN where x*y <= 0; differences
	// that touch a hole are NaN too, and those arrows are not drawn.
	const n = 31
	c := make([]float64, n)
	for i := range n {
		c[i] = -1 + 3*float64(i)/(n-1)
	}
	f := make([]float64, n*n)
	for i, x := range c {
		for j, y := range c {
			f[i*n+j] = math.NaN()
			if x*y > 0 {
				f[i*n+j] = math.Log(x * y)
			}
		}
	}
	fx, fy := make([]float64, n*n), make([]float64, n*n)
	for i := range n {
		for j := range n {
			i0, i1, j0, j1 := max(i-1, 0), min(i+1, n-1), max(j-1, 0), min(j+1, n-1)
			fx[i*n+j] = (f[i1*n+j] - f[i0*n+j]) / (c[i1] - c[i0])
			fy[i*n+j] = (f[i*n+j1] - f[i*n+j0]) / (c[j1] - c[j0])
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "log(x*y)", Vars: []string{"x", "y"},
		Coords: [][]float64{c, c}, F: f, Grad: [][]float64{fx, fy}},
		&plots.Options{Mode: plots.Log, Arrows: 11})
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "holes.png", 640, 480)
}

// ExampleFigure_line draws a function of one variable: f, and below it the
// grid derivative (points, one-sided ends in red) against the exact one.
func ExampleFigure_line() {
	// f = x**2 at 9 points over [-2, 2]; numpy.gradient's central
	// differences are exact inside, the one-sided ones at the ends are not.
	const n = 9
	x, f, exact := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range n {
		x[i] = -2 + 4*float64(i)/(n-1)
		f[i], exact[i] = x[i]*x[i], 2*x[i]
	}
	g := make([]float64, n)
	for i := range n {
		i0, i1 := max(i-1, 0), min(i+1, n-1)
		g[i] = (f[i1] - f[i0]) / (x[i1] - x[i0])
	}
	fg, err := plots.New(&plots.Field{Expr: "x**2", Vars: []string{"x"}, Coords: [][]float64{x},
		F: f, Grad: [][]float64{g}, Exact: [][]float64{exact}}, nil)
	if err != nil {
		log.Fatal(err)
	}
	writePNG(fg, "line.png", 640, 480)
}

// ExampleFigure_AltText prints the description of a figure.
func ExampleFigure_AltText() {
	// f = x**2 - y**2 on a 21×21 grid over [-1, 1]², with numpy.gradient's
	// differences: exact inside, one-sided (and off by h) at the edges.
	const n = 21
	c := make([]float64, n)
	for i := range n {
		c[i] = -1 + 2*float64(i)/(n-1)
	}
	f := make([]float64, n*n)
	for i, x := range c {
		for j, y := range c {
			f[i*n+j] = x*x - y*y
		}
	}
	fx, fy := make([]float64, n*n), make([]float64, n*n)
	for i := range n {
		for j := range n {
			i0, i1, j0, j1 := max(i-1, 0), min(i+1, n-1), max(j-1, 0), min(j+1, n-1)
			fx[i*n+j] = (f[i1*n+j] - f[i0*n+j]) / (c[i1] - c[i0])
			fy[i*n+j] = (f[i*n+j1] - f[i*n+j0]) / (c[j1] - c[j0])
		}
	}
	fg, err := plots.New(&plots.Field{Expr: "x**2 - y**2", Vars: []string{"x", "y"},
		Coords: [][]float64{c, c}, F: f, Grad: [][]float64{fx, fy}}, nil)
	if err != nil {
		log.Fatal(err)
	}
	os.Stdout.WriteString(fg.AltText() + "\n")
	// Output:
	// Heatmap and contours of f = x**2 - y**2 for x from -1 to 1 (horizontal) and y from -1 to 1 (vertical). f ranges from -1 at (0, -1) to 1 at (-1, 0). The largest gradient magnitude, 2.687, is at (-1, -1). Approximate critical points: a saddle near (0, 0) where f = 0. Arrows show the gradient at every node; an arrow 0.09474 units long in x means a gradient magnitude of 2.
}

// ExampleFigure_Partials draws the small multiples of q*chi*delta at
// delta = 50: one heatmap per gradient component on the figure's slice.
func ExampleFigure_Partials() {
	fg, err := plots.New(qChiDelta(6))
	if err != nil {
		log.Fatal(err)
	}
	b, err := fg.PartialsPNG(900, 300, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/partials.png", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

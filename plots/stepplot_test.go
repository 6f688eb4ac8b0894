package plots_test

import (
	"log"
	"math"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/plots"
)

// stepSweep is the StepSweep of ∂f/∂v of src at the point, with the
// default steps of core/fd there.
func stepSweep(src string, at map[string]float64, v string) *plots.StepSweep {
	s, err := field.StepSweep(src, at, v, nil)
	if err != nil {
		log.Fatal(err)
	}
	d := &plots.StepSweep{Var: s.Var, H: s.H, Forward: s.Forward, Central: s.Central,
		Richardson: s.Richardson, Complex: s.Complex, Best: s.Best}
	d.Defaults.Forward = fd.ForwardStep
	d.Defaults.Central = fd.CentralStep * math.Max(1, math.Abs(at[v]))
	return d
}

// ExampleStepPlot draws the V curve of ∂/∂x of exp(x)*sin(3*y) at (1, 0.5):
// the forward difference's error falls as h until rounding (1/h) takes
// over near 1e-8, the central one's as h² until about 1e-5, Richardson's
// faster still, and the complex step's stays at the rounding of f.
func ExampleStepPlot() {
	sp := plots.NewStepPlot(stepSweep("exp(x)*sin(3*y)", map[string]float64{"x": 1, "y": 0.5}, "x"))
	b, err := sp.PNG(480, 320, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/stepplot.png", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

func TestStepPlot(t *testing.T) {
	checkGoldenPerArch(t, ExampleStepPlot, "stepplot.png")
}

// ExampleStepPlot_floor draws the V curve of ∂/∂x of x**2*y at (3, 1) at
// 640×400: the central difference of a quadratic has no truncation error,
// so its error is rounding alone, often exactly 0 and drawn at the floor,
// 1e-18, as the legend says.
func ExampleStepPlot_floor() {
	sp := plots.NewStepPlot(stepSweep("x**2*y", map[string]float64{"x": 3, "y": 1}, "x"))
	sp.Title = "|error| of ∂f/∂x of x**2*y at x = 3, y = 1"
	b, err := sp.PNG(640, 400, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("testdata/stepplot_floor.png", b, 0o644); err != nil {
		log.Fatal(err)
	}
}

func TestStepPlotFloor(t *testing.T) {
	checkGoldenPerArch(t, ExampleStepPlot_floor, "stepplot_floor.png")
}

// checkGoldenPerArch is checkGolden with a golden image of its own under
// WebAssembly (name_wasm_golden.png): the errors of a step sweep are
// rounding errors, which depend on the last bit of f, and WebAssembly's
// pure-Go math (no assembly for Exp and Log, as on amd64) moves the
// rounding branches' samples, the optimum and the spikes of exact zeros.
func checkGoldenPerArch(t *testing.T, fn func(), name string) {
	t.Helper()
	if runtime.GOARCH != "wasm" {
		checkGolden(t, fn, name)
		return
	}
	wasm := strings.TrimSuffix(name, ".png") + "_wasm.png"
	checkGolden(t, func() {
		fn()
		if err := os.Rename("testdata/"+name, "testdata/"+wasm); err != nil {
			t.Fatal(err)
		}
	}, wasm)
}

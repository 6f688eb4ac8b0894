package explain_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/explain"
	"github.com/gradplay/gradplay/web/state"
)

// python is Debian's interpreter, with python3-numpy and python3-matplotlib.
const python = "/usr/bin/python3"

// needPython skips the test when the generated code cannot be run here:
// under WebAssembly (no processes), or without python3, numpy and
// matplotlib (build.sh installs python3-numpy and python3-matplotlib).
func needPython(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("running python needs processes, which " + runtime.GOOS + " has not")
	}
	out, err := exec.Command(python, "-c", "import numpy, matplotlib").CombinedOutput()
	if err != nil {
		t.Skipf("%s with numpy and matplotlib is needed (apt-get install python3-numpy python3-matplotlib): %v %s", python, err, out)
	}
}

// codeStates are states whose generated code is run: the seed, a 2-D
// function with edge_order 2 and the axes swapped, a non-uniform grid of one
// variable, four variables in several notations, ranges and aranges, and
// names Python cannot take as they are.
var codeStates = []state.State{
	{Expr: "q*chi*delta", Grid: map[string]string{"q": "-100:101:25", "chi": "-100:101:25", "delta": "-100:101:25"},
		At: map[string]int{"delta": 6}},
	{Expr: "sin(x)*exp(-y**2)", Grid: map[string]string{"x": "-3:3:41j", "y": "-2:2:41j"}, EdgeOrder: 2},
	{Expr: "sin(x)*exp(-y**2)", Grid: map[string]string{"x": "-3:3:41j", "y": "-2:2:41j"}, EdgeOrder: 2,
		X: "y", Mode: "log", Palette: "diverging", Density: 8},
	{Expr: "x**2", Grid: map[string]string{"x": "[0, 1, 1.5, 3.5, 4, 6]"}},
	{Expr: "a*b**2 + sin(c)*d/(1 + a**2)", Grid: map[string]string{"a": "linspace(0, 1, 5)", "b": "[0, 0.5, 2, 3]",
		"c": "-pi:pi:7j", "d": "0:1:0.25"}, X: "c", Y: "a", At: map[string]int{"b": 1, "d": 2}, Mode: "normalized", EdgeOrder: 2},
	{Expr: "x*exp(-x*y) + 1/(1 + y**2) + z**3", Grid: map[string]string{"x": "0.1:1:0.3", "y": "np.arange(-1e-3, 1e-3, 3e-4)",
		"z": "numpy.arange(-0.5, 0.5, 0.125)"}, Mode: "raw", Hide: []string{"contours"}},
	{Expr: "lambda*np + F*χ - ϑ**2 + hypot(np, F)", Grid: map[string]string{"lambda": "arange(3)", "np": "[0, 1, 2.5]",
		"F": "-1:1:4j", "χ": "[1, 2, 4]", "ϑ": "0:1:3j"}, Hide: []string{"heatmap"}, Density: 2},
}

// TestNumpyCodeRuns runs the generated code with numpy and matplotlib and
// compares its arrays with the page's: the coordinates bit for bit, F and
// the gradient to rounding (numpy calls the C library's sin and exp, which
// may differ from Go's in the last place).
func TestNumpyCodeRuns(t *testing.T) {
	needPython(t)
	var codes []string
	var scenes []*state.Scene
	for _, st := range codeStates {
		code, err := explain.NumpyCode(st)
		if err != nil {
			t.Fatalf("%s: %v", st.Expr, err)
		}
		sc, err := state.Build(st)
		if err != nil {
			t.Fatal(err)
		}
		codes, scenes = append(codes, code), append(scenes, sc)
	}
	results := runCodes(t, codes, scenes)
	for k, sc := range scenes {
		got, f, name := results[k], sc.Field, sc.State.Expr
		if got.Error != "" {
			t.Errorf("%s: python: %s\nthe code:\n%s", name, got.Error, codes[k])
			continue
		}
		// F may differ by a few ulps, and a difference quotient by a few
		// ulps of F over the smallest step.
		ulpF := 0x1p-52 * explain.MaxAbs(f.F)
		for a, v := range sc.Vars {
			if !explain.SameBits(got.Coords[a], f.Coords[a]) {
				t.Errorf("%s: coordinates of %s: numpy %v, page %v", name, v, got.Coords[a], f.Coords[a])
			}
			if msg := closeTo(got.Grad[a], f.Grad[a], 8*ulpF/minStep(f.Coords[a])); msg != "" {
				t.Errorf("%s: ∂f/∂%s: %s", name, v, msg)
			}
		}
		if msg := closeTo(got.F, f.F, 0); msg != "" {
			t.Errorf("%s: F: %s", name, msg)
		}
		if fmt.Sprint(got.Shape) != fmt.Sprint(f.Shape) {
			t.Errorf("%s: shape %v, page %v", name, got.Shape, f.Shape)
		}
	}
}

// result is what the lines appended to a program print, or the error it
// raised.
type result struct {
	Error  string
	Shape  []int
	Coords [][]float64
	F      []float64
	Grad   [][]float64
}

// runCodes runs the programs codes of scenes, each followed by lines that
// print its arrays, with float.hex for exactness.
func runCodes(t *testing.T, codes []string, scenes []*state.Scene) []result {
	t.Helper()
	var progs []string
	for k, code := range codes {
		coord, f, grad := explain.PyNames(scenes[k].Vars)
		progs = append(progs, code+`
_hex = lambda a: [x.hex() for x in np.asarray(a).ravel().tolist()]
_dump({"shape": list(np.shape(`+f+`)), "coords": [_hex(c) for c in [`+strings.Join(coord, ", ")+`]],
    "F": _hex(`+f+`), "grad": [_hex(g) for g in [`+strings.Join(grad, ", ")+`]]})
`)
	}
	var raw []struct {
		Error  string
		Shape  []int
		Coords [][]string
		F      []string
		Grad   [][]string
	}
	runPython(t, progs, &raw)
	rs := make([]result, len(raw))
	for k, r := range raw {
		rs[k] = result{Error: r.Error, Shape: r.Shape, F: unhex(t, r.F)}
		for _, c := range r.Coords {
			rs[k].Coords = append(rs[k].Coords, unhex(t, c))
		}
		for _, g := range r.Grad {
			rs[k].Grad = append(rs[k].Grad, unhex(t, g))
		}
	}
	return rs
}

// runPython runs the programs in one interpreter (matplotlib takes seconds
// to import), each in its own namespace, and decodes into out the list of
// what each passed to _dump, or {"error": traceback} if it raised.
func runPython(t *testing.T, progs []string, out any) {
	t.Helper()
	in, _ := json.Marshal(progs)
	const driver = `
import json, sys, traceback
import matplotlib.pyplot
out = []
for prog in json.load(sys.stdin):
    try:
        exec(compile(prog, "<numpycode>", "exec"), {"_dump": out.append})
    except Exception:
        out.append({"error": traceback.format_exc()})
    matplotlib.pyplot.close("all")
print(json.dumps(out))
`
	cmd := exec.Command(python, "-c", driver)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Env = append(os.Environ(), "MPLBACKEND=Agg")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(b, out); err != nil || reflect.ValueOf(out).Elem().Len() != len(progs) {
		t.Fatalf("python printed %.200q: %v", b, err)
	}
}

func unhex(t *testing.T, s []string) []float64 {
	x := make([]float64, len(s))
	for i, h := range s {
		v, err := strconv.ParseFloat(h, 64)
		if err != nil {
			t.Fatalf("float.hex %q: %v", h, err)
		}
		x[i] = v
	}
	return x
}

// minStep returns the smallest distance between neighbouring coordinates.
func minStep(c []float64) float64 {
	h := math.Inf(1)
	for i := 1; i < len(c); i++ {
		h = math.Min(h, math.Abs(c[i]-c[i-1]))
	}
	return h
}

// closeTo compares numpy's values with the page's: each within 1e-12 of
// the larger of its own magnitude and the largest finite magnitude of want,
// or within floor; NaN for NaN and the same infinities. It returns "" or
// what differs.
func closeTo(got, want []float64, floor float64) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d values, want %d", len(got), len(want))
	}
	scale := explain.MaxAbs(want)
	for i, w := range want {
		g := got[i]
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			if !(math.IsNaN(w) && math.IsNaN(g)) && g != w {
				return fmt.Sprintf("[%d] = %v, want %v", i, g, w)
			}
		case math.Abs(g-w) > math.Max(1e-12*math.Max(math.Abs(w), scale), floor):
			return fmt.Sprintf("[%d] = %v, want %v", i, g, w)
		}
	}
	return ""
}

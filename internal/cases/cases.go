// Package cases loads the numpy reference cases
// (numpy_gradient_cases.json, generated with numpy 1.24.2 and sympy 1.11.1)
// for the tests of the core packages and the end-to-end tests.
//
// The file is the one named by the environment variable
// GRADPLAY_NUMPY_CASES when it is set; otherwise the shared copy beside the
// project's checkout (../shared/testdata), or else the project's own copy
// (core/testdata).
package cases

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
)

// EnvVar names the environment variable that overrides the case file.
const EnvVar = "GRADPLAY_NUMPY_CASES"

// Num is a float64 that also decodes numpy's non-finite values, written as the
// strings "nan", "inf" and "-inf".
type Num float64

// UnmarshalJSON decodes a JSON number or one of "nan", "inf", "-inf".
func (n *Num) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		switch s {
		case "nan":
			*n = Num(math.NaN())
		case "inf":
			*n = Num(math.Inf(1))
		case "-inf":
			*n = Num(math.Inf(-1))
		default:
			return fmt.Errorf("cases: bad number %q", s)
		}
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*n = Num(f)
	return nil
}

// Floats converts a slice of Num.
func Floats(v []Num) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
	}
	return out
}

// Grad is one numpy.gradient call and its result or error.
type Grad struct {
	Name        string          `json:"name"`
	Shape       []int           `json:"shape"`
	F           []Num           `json:"f"`
	Dtype       string          `json:"dtype"`
	Spacing     json.RawMessage `json:"spacing"` // absent, a number, or a list of null | number | list
	Axis        json.RawMessage `json:"axis"`    // null, an int, or a list of ints
	EdgeOrder   int             `json:"edge_order"`
	ReturnsList bool            `json:"returns_list"`
	Expect      [][]Num         `json:"expect"`
	Error       string          `json:"error"`
	NumpyError  string          `json:"numpy_error"`

	Raw json.RawMessage `json:"-"` // the case as written in the file (set by Load)
}

// Range is a numpy.linspace(start, stop, num) grid axis.
type Range struct {
	Start float64 `json:"start"`
	Stop  float64 `json:"stop"`
	Num   int     `json:"num"`
}

// Expr is an expression sampled on a grid, with numpy's gradient and the exact
// partial derivatives.
type Expr struct {
	Name      string           `json:"name"`
	Expr      string           `json:"expr"`
	Vars      []string         `json:"vars"`
	Grid      map[string]Range `json:"grid"`
	EdgeOrder int              `json:"edge_order"`
	Shape     []int            `json:"shape"`
	Coords    map[string][]Num `json:"coords"`
	F         []Num            `json:"f"`
	Grad      map[string][]Num `json:"grad"`
	Exact     map[string][]Num `json:"exact"`
}

// Point is an expression's value and partial derivatives at one point.
type Point struct {
	Name                string         `json:"name"`
	Expr                string         `json:"expr"`
	Vars                []string       `json:"vars"`
	Point               map[string]Num `json:"point"`
	F                   Num            `json:"f"`
	Epsilon             float64        `json:"epsilon"`
	ApproxFprime        map[string]Num `json:"approx_fprime"`
	ApproxFprimeDefault map[string]Num `json:"approx_fprime_default"`
	Exact               map[string]Num `json:"exact"`
}

// File is the whole case file.
type File struct {
	Generator  map[string]string `json:"generator"`
	Cases      []Grad            `json:"cases"`
	ExprCases  []Expr            `json:"expr_cases"`
	PointCases []Point           `json:"point_cases"`
}

// Path returns the case file to use: $GRADPLAY_NUMPY_CASES, else the shared
// file beside the checkout, else the project's copy. It looks for the module
// root (the directory holding go.mod) upwards from the working directory.
func Path() (string, error) {
	if p := os.Getenv(EnvVar); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("cases: no go.mod above the working directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared", "testdata", "numpy_gradient_cases.json")
	if _, err := os.Stat(shared); err == nil {
		return shared, nil
	}
	return filepath.Join(dir, "core", "testdata", "numpy_gradient_cases.json"), nil
}

// Load reads and decodes the case file chosen by Path.
func Load() (*File, string, error) {
	p, err := Path()
	if err != nil {
		return nil, "", err
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, p, err
	}
	var f File
	var raw struct {
		Cases []json.RawMessage `json:"cases"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, p, fmt.Errorf("cases: %s: %v", p, err)
	}
	if err := json.Unmarshal(b, &raw); err != nil || len(raw.Cases) != len(f.Cases) {
		return nil, p, fmt.Errorf("cases: %s: the cases again as raw JSON: %v", p, err)
	}
	for i := range f.Cases {
		f.Cases[i].Raw = raw.Cases[i]
	}
	return &f, p, nil
}

// Same reports whether got and want are the same float64 bit for bit, except
// that any NaN matches any NaN (numpy's NaN payloads are not specified).
func Same(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Float64bits(got) == math.Float64bits(want)
}

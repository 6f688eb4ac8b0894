package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// The numpy reference cases (numpy 1.24.2, sympy 1.11.1): only what the
// browser tests need. core/internal/cases is internal to core.

// num is a float64 that also decodes "nan", "inf" and "-inf".
type num float64

func (n *num) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"nan"`:
		*n = num(math.NaN())
	case `"inf"`:
		*n = num(math.Inf(1))
	case `"-inf"`:
		*n = num(math.Inf(-1))
	default:
		var f float64
		if err := json.Unmarshal(b, &f); err != nil {
			return err
		}
		*n = num(f)
	}
	return nil
}

type gradCase struct {
	Name   string          `json:"name"`
	Raw    json.RawMessage `json:"-"` // the case as in the file, for the browser
	Expect [][]num         `json:"expect"`
	Error  string          `json:"error"`
}

type exprCase struct {
	Name string `json:"name"`
	Expr string `json:"expr"`
	Vars []string
	Grid map[string]struct {
		Start, Stop float64
		Num         int
	} `json:"grid"`
	EdgeOrder int              `json:"edge_order"`
	Shape     []int            `json:"shape"`
	F         []num            `json:"f"`
	Grad      map[string][]num `json:"grad"`
	Exact     map[string][]num `json:"exact"`
}

type pointCase struct {
	Name                string         `json:"name"`
	Expr                string         `json:"expr"`
	Vars                []string       `json:"vars"`
	Point               map[string]num `json:"point"`
	Epsilon             float64        `json:"epsilon"`
	ApproxFprime        map[string]num `json:"approx_fprime"`
	ApproxFprimeDefault map[string]num `json:"approx_fprime_default"`
	Exact               map[string]num `json:"exact"`
}

type caseFile struct {
	Cases      []gradCase
	ExprCases  []exprCase
	PointCases []pointCase
}

// loadCases reads $GRADPLAY_NUMPY_CASES or ../../shared/testdata (beside
// the module root), else the module's core/testdata copy.
func loadCases(tb testing.TB) *caseFile {
	tb.Helper()
	p := os.Getenv("GRADPLAY_NUMPY_CASES")
	if p == "" {
		p = filepath.Join("..", "..", "shared", "testdata", "numpy_gradient_cases.json")
		if _, err := os.Stat(p); err != nil {
			p = filepath.Join("..", "core", "testdata", "numpy_gradient_cases.json")
		}
	}
	b, err := os.ReadFile(p)
	if err != nil {
		tb.Fatal(err)
	}
	var raw struct {
		Cases      []json.RawMessage `json:"cases"`
		ExprCases  []exprCase        `json:"expr_cases"`
		PointCases []pointCase       `json:"point_cases"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		tb.Fatalf("%s: %v", p, err)
	}
	f := &caseFile{ExprCases: raw.ExprCases, PointCases: raw.PointCases}
	for _, r := range raw.Cases {
		var c gradCase
		if err := json.Unmarshal(r, &c); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		c.Raw = r
		f.Cases = append(f.Cases, c)
	}
	if len(f.Cases) == 0 || len(f.ExprCases) == 0 {
		tb.Fatalf("%s: no cases", p)
	}
	return f
}

// exprCaseNamed returns the expression case with the given name.
func (f *caseFile) exprCaseNamed(tb testing.TB, name string) *exprCase {
	for i := range f.ExprCases {
		if f.ExprCases[i].Name == name {
			return &f.ExprCases[i]
		}
	}
	tb.Fatalf("no expression case %q", name)
	return nil
}

// same reports bit-for-bit equality, any NaN matching any NaN.
func same(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Float64bits(got) == math.Float64bits(want)
}

// linspaceSpec writes a case's grid axis in the page's notation.
func linspaceSpec(start, stop float64, n int) string {
	return fmt.Sprintf("linspace(%v, %v, %d)", start, stop, n)
}

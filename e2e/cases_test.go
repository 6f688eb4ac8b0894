package e2e

import (
	"fmt"
	"testing"

	"github.com/gradplay/gradplay/internal/cases"
)

// loadCases reads the numpy reference cases (numpy 1.24.2, sympy 1.11.1)
// chosen by cases.Path: $GRADPLAY_NUMPY_CASES, the shared copy beside the
// checkout, or the module's core/testdata copy.
func loadCases(tb testing.TB) *cases.File {
	tb.Helper()
	f, path, err := cases.Load()
	if err != nil {
		tb.Fatal(err)
	}
	if len(f.Cases) == 0 || len(f.ExprCases) == 0 || len(f.PointCases) == 0 {
		tb.Fatalf("%s: no cases", path)
	}
	return f
}

// exprCaseNamed returns the expression case of f with the given name.
func exprCaseNamed(tb testing.TB, f *cases.File, name string) *cases.Expr {
	tb.Helper()
	for i := range f.ExprCases {
		if f.ExprCases[i].Name == name {
			return &f.ExprCases[i]
		}
	}
	tb.Fatalf("no expression case %q", name)
	return nil
}

// linspaceSpec writes a case's grid axis in the page's notation.
func linspaceSpec(start, stop float64, n int) string {
	return fmt.Sprintf("linspace(%v, %v, %d)", start, stop, n)
}

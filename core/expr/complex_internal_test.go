package expr

import "testing"

// TestComplexBuiltins checks that every function of the table has a complex
// form, or is listed as not analytic, in complexBuiltins.
func TestComplexBuiltins(t *testing.T) {
	for _, b := range Builtins() {
		if b.Arity() == 0 {
			continue
		}
		if _, ok := complexBuiltins[b.Name]; !ok {
			t.Errorf("%s has no complex form", b.Name)
		}
	}
}

package explain_test

import (
	"slices"
	"testing"

	"github.com/gradplay/gradplay/web/explain"
)

// TestPyNames: names Python takes as they are stay; keywords and numpy's
// np get an underscore; a name Python's NFKC normalisation would change
// (ϑ becomes θ) gets a plain one; F gives way to a variable F.
func TestPyNames(t *testing.T) {
	for _, tc := range []struct {
		vars, coord, grad []string
		f                 string
	}{
		{[]string{"q", "chi", "delta"}, []string{"q", "chi", "delta"}, []string{"dF_dq", "dF_dchi", "dF_ddelta"}, "F"},
		{[]string{"lambda", "np", "plt"}, []string{"lambda_", "np_", "plt_"}, []string{"dF_dlambda_", "dF_dnp_", "dF_dplt_"}, "F"},
		{[]string{"F", "χ", "ϑ"}, []string{"F", "χ", "x3"}, []string{"dF_dF", "dF_dχ", "dF_dx3"}, "F_"},
		{[]string{"x3", "ϑ", "U"}, []string{"x3", "x2", "U"}, []string{"dF_dx3", "dF_dx2", "dF_dU"}, "F"},
	} {
		coord, f, grad := explain.PyNames(tc.vars)
		if !slices.Equal(coord, tc.coord) || f != tc.f || !slices.Equal(grad, tc.grad) {
			t.Errorf("%v: %v %s %v, want %v %s %v", tc.vars, coord, f, grad, tc.coord, tc.f, tc.grad)
		}
	}
}

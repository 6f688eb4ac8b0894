package explain

import (
	"fmt"
	"math"
	"strings"

	"github.com/gradplay/gradplay/core/field"
)

// meshgridXY reports what np.meshgrid's default indexing="xy" would do to
// the first two variables, unless it changes nothing: a square grid with
// the same coordinates for both, and f symmetric in them.
func meshgridXY(f *field.Field, nm *names) (Pitfall, bool) {
	if len(f.Vars) < 2 {
		return Pitfall{}, false
	}
	a, b := f.Vars[0], f.Vars[1]
	ca, cb := nm.coord[0], nm.coord[1]
	na, nb := f.Shape[0], f.Shape[1]
	xy := append([]int{nb, na}, f.Shape[2:]...)
	call := "np.meshgrid(" + strings.Join(nm.coord, ", ")
	p := Pitfall{Code: MeshgridXY, Vars: []string{a, b}, Shape: xy, Fix: "write " + call + `, indexing="ij")`}
	head := fmt.Sprintf(`%s) without indexing="ij" puts %s on axis 0 and %s on axis 1`, call, b, a)
	switch {
	case na != nb:
		p.Message = fmt.Sprintf("%s, so %s has shape %s instead of %s; %s then fails, as %s's %d coordinates do not fit axis 0's %d points.",
			head, nm.F, pyTuple(xy), pyTuple(f.Shape), gradientCall(nm, ""), a, na, nb)
	case !sameBits(f.Coords[0], f.Coords[1]):
		p.Message = fmt.Sprintf("%s (the shape stays %s): %s then holds ∂f/∂%s differenced over %s's coordinates, and %s ∂f/∂%s over %s's, each transposed.",
			head, pyTuple(xy), nm.grad[0], b, a, nm.grad[1], a, b)
	case !symmetric(f.F, na, len(f.F)/(na*nb)):
		p.Message = fmt.Sprintf("%s (the shape stays %s): %s then holds ∂f/∂%s and %s holds ∂f/∂%s, each transposed (%s[j, i] is f at %s[i], %s[j]).",
			head, pyTuple(xy), nm.grad[0], b, nm.grad[1], a, nm.F, ca, cb)
	default:
		return Pitfall{}, false
	}
	return p, true
}

// symmetric reports whether F (shape n, n, rest...) is unchanged, to
// rounding, when its first two axes are swapped; inner is the product of
// rest.
func symmetric(F []float64, n, inner int) bool {
	tol := 1e-12 * maxAbs(F)
	for i := range n {
		for j := i + 1; j < n; j++ {
			for r := range inner {
				x, y := F[(i*n+j)*inner+r], F[(j*n+i)*inner+r]
				if !(x == y || math.IsNaN(x) && math.IsNaN(y) || math.Abs(x-y) <= tol) {
					return false
				}
			}
		}
	}
	return true
}

// returnsList explains the list np.gradient returns for several variables.
func returnsList(f *field.Field, nm *names) Pitfall {
	n := len(f.Vars)
	return Pitfall{Code: ReturnsList, Vars: f.Vars,
		Message: fmt.Sprintf("With %d variables np.gradient returns a list of %d arrays of shape %s (a tuple from numpy 2.0), one per variable in axis order, not one array; np.array of it has shape %s.",
			n, n, pyTuple(f.Shape), pyTuple(append([]int{n}, f.Shape...))),
		Fix: "unpack it: " + strings.Join(nm.grad, ", ") + " = " + gradientCall(nm, "")}
}

// pyTuple writes a shape as Python prints it: (9, 9, 9), (21,).
func pyTuple(shape []int) string {
	s := make([]string, len(shape))
	for i, n := range shape {
		s[i] = fmt.Sprint(n)
	}
	if len(s) == 1 {
		return "(" + s[0] + ",)"
	}
	return "(" + strings.Join(s, ", ") + ")"
}

func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// maxAbs returns the largest finite magnitude of x.
func maxAbs(x []float64) float64 {
	m := 0.0
	for _, v := range x {
		// (A comparison, not math.Max, whose cases for NaN and -0 made it
		// most of the pitfalls' time.)
		if a := math.Abs(v); a > m && !math.IsInf(a, 1) {
			m = a
		}
	}
	return m
}

package explain

// PyNames returns the Python names of the coordinates, of F and of the
// partial derivatives that NumpyCode writes for the variables vars.
func PyNames(vars []string) (coord []string, f string, grad []string) {
	nm := pyNames(vars)
	return nm.coord, nm.F, nm.grad
}

// SameBits and MaxAbs are mesh.go's comparisons, for the tests of the
// external package.
var (
	SameBits = sameBits
	MaxAbs   = maxAbs
)

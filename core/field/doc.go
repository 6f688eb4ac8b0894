// Package field joins gradplay's expression language, grids and numpy
// gradient: it turns what the user typed (a function such as q*chi*delta and
// one grid per variable such as linspace(-100, 100, 9)) into the sampled
// field, numpy.gradient's result with the coordinates, and the exact partial
// derivatives on the same grid (Compute); and computes the partial
// derivatives at one point by every method (AtPoint).
//
// What the gradient is for, on a computed Field: the directional derivative
// ∇f·u at a point (Field.Directional), gradient ascent and descent paths by
// RK4 on numpy's interpolated gradient and on the exact one (Field.Path),
// the Laplacian three ways, exact, compact and numpy.gradient applied twice
// (Field.Laplacian, GradTwice, Compact), and the Hessian at a point
// (Field.Hessian). Between nodes numpy's values are interpolated
// multilinearly; at a node they are the node's, bit for bit.
//
// The grid's size is checked against a budget before anything is allocated.
// Errors say what the user should fix: an *expr.Error (with its position in
// the expression), a *field.Error naming the variable whose grid is wrong
// (wrapping a *grid.SyntaxError with its position), a *grid.SizeError, or an
// *fd.Error (too few points on a variable's axis). Code returns a stable code
// string for any of them: the one classification of gradplay's errors, which
// the page's JavaScript API hands on as error.code.
//
// The package is free of syscall/js: the WebAssembly adapter calls it.
package field

// Package explain says in numpy's terms what the page computes: NumpyCode
// writes the Python program that computes the same arrays (the coordinates
// bit for bit, numpy.gradient's arrays to rounding) and draws the page's
// slice with matplotlib, arrows of the same lengths; Pitfalls lists the
// mistakes the state's numpy code could make and what they would cost
// here, in numbers (gradient without coordinates, meshgrid's default
// indexing, the list numpy.gradient returns, edge_order), and the remarks
// on the input (xy is one variable, -2:2:21 has one point).
//
// Like web/state it is plain Go, tested natively; its tests run the
// generated code with Debian's python3-numpy and python3-matplotlib.
package explain

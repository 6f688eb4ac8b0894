// Package grid describes the sample coordinates of one variable in the
// notations numpy users know, and checks a grid's size before anything is
// allocated:
//
//	linspace(-2, 2, 21)       numpy.linspace: 21 points, both ends included
//	-2:2:21j                  numpy.mgrid with a complex step: the same 21 points
//	-100:101:25               numpy.mgrid with a real step (numpy.arange): stop excluded, 9 points
//	np.arange(-100, 101, 25)  numpy.arange: the same 9 points; also arange(stop), arange(start, stop)
//	[0, 0.1, 0.3, 0.7]        explicit coordinates, strictly increasing or decreasing
//
// Numbers may be written as Python floats (2, -2.5, .5, 1e-3), and pi (or
// np.pi), alone, multiplied or divided (2*pi, -pi/2, 2pi). Coordinates are
// computed with numpy's own operation order, so they match numpy's bit for
// bit.
//
// A spec is ASCII text: a character pasted from a PDF or a word processor
// that looks like ASCII (U+2212 MINUS SIGN, U+00D7 MULTIPLICATION SIGN, a
// no-break space, a fullwidth digit; srcpos.Replace) or a Cyrillic or Greek
// letter that looks like a Latin one (srcpos.Confuse) is an error naming it
// and saying what to type. A number beyond the largest float64 (1e400) or
// so small that it would read as 0 (1e-400) is an error; a subnormal
// (1e-320) is read as numpy reads it.
package grid

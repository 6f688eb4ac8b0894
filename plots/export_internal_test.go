package plots

// TestField exposes the test field builder (sampling, numpy.gradient with
// edge_order=1, exact gradient) to the examples.
var TestField = testField

package plots

// TestField exposes the test field builder (sampling, numpy.gradient with
// edge_order=1, exact gradient) to the external tests and benchmarks; the
// examples build their fields inline.
var TestField = testField

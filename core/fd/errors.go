package fd

import "fmt"

// Code classifies the ways a gradient request can fail. The values are the
// error codes of the numpy reference cases, so a caller (the JS API, the page)
// can hand them on unchanged.
type Code string

// The error codes, one per numpy error condition.
const (
	// TooFewPoints: an axis has fewer than edge_order+1 samples.
	TooFewPoints Code = "too_few_points"
	// SpacingLengthMismatch: a coordinate array's length differs from its axis' length.
	SpacingLengthMismatch Code = "spacing_length_mismatch"
	// SpacingCountMismatch: the number of spacing entries is neither 0, one scalar,
	// nor one per differentiated axis.
	SpacingCountMismatch Code = "spacing_count_mismatch"
	// EdgeOrderUnsupported: edge_order is not 1 or 2.
	EdgeOrderUnsupported Code = "edge_order_unsupported"
	// AxisOutOfRange: an axis is outside -ndim <= axis < ndim.
	AxisOutOfRange Code = "axis_out_of_range"
	// AxisRepeated: an axis is listed twice.
	AxisRepeated Code = "axis_repeated"
	// ZeroDivision: a scalar spacing of 0 with edge_order 2 (numpy raises
	// ZeroDivisionError there, because it divides a Python float by it).
	ZeroDivision Code = "zero_division"
)

// Error is a gradient request that numpy.gradient would reject. Its message is
// written for a person and names the variable of the axis when the caller gave
// names (Options.Names).
type Error struct {
	Code Code   // what went wrong
	Axis int    // the axis concerned (normalised, >= 0), or -1 when none is
	Name string // the variable name of Axis, when known
	Msg  string // the message for a person
}

func (e *Error) Error() string { return e.Msg }

// axisLabel names an axis for a message: `q` (axis 0) or `axis 0`.
func axisLabel(names []string, axis int) (label, name string) {
	if axis >= 0 && axis < len(names) && names[axis] != "" {
		return fmt.Sprintf("%s (axis %d)", names[axis], axis), names[axis]
	}
	return fmt.Sprintf("axis %d", axis), ""
}

package state

import (
	"fmt"
	"math"

	"github.com/gradplay/gradplay/core/fd"
)

// ArgError is a malformed argument of a JS API call (a wrong type or shape),
// as opposed to a request numpy itself rejects (*fd.Error).
type ArgError struct {
	Code string // CodeInvalidArgument, or another code of codes.go
	Msg  string
}

func (e *ArgError) Error() string { return e.Msg }

func argErr(format string, args ...any) error {
	return &ArgError{Code: CodeInvalidArgument, Msg: fmt.Sprintf(format, args...)}
}

// MaxGradientSize bounds the number of values gradplay.gradient accepts.
const MaxGradientSize = 1 << 24

// GradientRequest is gradplay.gradient(f, shape, {spacing, axis, edgeOrder})
// with its arguments as plain Go values, the way the JS adapter converts
// them: numbers are float64, null and undefined are nil, typed arrays are
// []float64 and other arrays []any.
type GradientRequest struct {
	F         any // []float64 or []any of numbers
	Shape     any // []any of integers, or a single integer
	Spacing   any // nil, a number, or a list of nil | number | coordinate array
	Axis      any // nil, an integer, or a list of integers
	EdgeOrder any // nil (1) or an integer
}

// Options converts the request into fd.Gradient's arguments, with the
// forms and meaning of numpy.gradient's (and of the numpy reference
// cases'): spacing absent, one number for every axis, or one entry per
// differentiated axis (null = 1, a step, or coordinates).
func (r *GradientRequest) Options() (f []float64, shape []int, opts *fd.Options, err error) {
	if f, err = floats(r.F, "f"); err != nil {
		return nil, nil, nil, err
	}
	if shape, err = ints(r.Shape, "shape", true); err != nil {
		return nil, nil, nil, err
	}
	n := 1
	for _, d := range shape {
		if d < 0 {
			return nil, nil, nil, argErr("shape: negative dimension %d", d)
		}
		if d > 0 && n > MaxGradientSize/d {
			return nil, nil, nil, argErr("shape: more than %d values", MaxGradientSize)
		}
		n *= d
	}
	if n != len(f) {
		return nil, nil, nil, argErr("f has %d values but shape %v needs %d", len(f), shape, n)
	}
	opts = &fd.Options{EdgeOrder: 1}
	if r.EdgeOrder != nil {
		if opts.EdgeOrder, err = EdgeOrder(r.EdgeOrder); err != nil {
			return nil, nil, nil, err
		}
	}
	if r.Axis != nil {
		if opts.Axes, err = ints(r.Axis, "axis", true); err != nil {
			return nil, nil, nil, err
		}
	}
	if opts.Spacing, err = spacing(r.Spacing); err != nil {
		return nil, nil, nil, err
	}
	return f, shape, opts, nil
}

// spacing converts numpy.gradient's *varargs.
func spacing(v any) ([]fd.Spacing, error) {
	if v == nil {
		return nil, nil
	}
	if h, ok := v.(float64); ok {
		return []fd.Spacing{fd.Step(h)}, nil
	}
	if x, ok := v.([]float64); ok { // a typed array: one entry per axis, each a step
		out := make([]fd.Spacing, len(x))
		for i, h := range x {
			out[i] = fd.Step(h)
		}
		return out, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, argErr("spacing must be a number or a list, not %v", Describe(v))
	}
	out := make([]fd.Spacing, 0, len(list))
	for i, e := range list {
		switch e := e.(type) {
		case nil:
			out = append(out, fd.Step(1))
		case float64:
			out = append(out, fd.Step(e))
		default:
			x, err := floats(e, fmt.Sprintf("spacing[%d]", i))
			if err != nil {
				return nil, err
			}
			out = append(out, fd.Coords(x))
		}
	}
	return out, nil
}

// floats converts a typed array or a list of numbers.
func floats(v any, what string) ([]float64, error) {
	switch v := v.(type) {
	case []float64:
		return v, nil
	case []any:
		out := make([]float64, len(v))
		for i, e := range v {
			x, ok := e.(float64)
			if !ok {
				return nil, argErr("%s[%d] must be a number, not %v", what, i, Describe(e))
			}
			out[i] = x
		}
		return out, nil
	}
	return nil, argErr("%s must be a Float64Array or an array of numbers, not %v", what, Describe(v))
}

// ints converts an integer or a list of integers; single allows a bare one.
func ints(v any, what string, single bool) ([]int, error) {
	if single {
		if n, ok := integer(v); ok {
			return []int{n}, nil
		}
	}
	var list []any
	switch v := v.(type) {
	case []any:
		list = v
	case []float64:
		for _, x := range v {
			list = append(list, x)
		}
	default:
		return nil, argErr("%s must be an integer or a list of integers, not %v", what, Describe(v))
	}
	out := make([]int, len(list))
	for i, e := range list {
		n, ok := integer(e)
		if !ok {
			return nil, argErr("%s[%d] must be an integer, not %v", what, i, Describe(e))
		}
		out[i] = n
	}
	return out, nil
}

// integer reports whether v is a float64 holding a moderate integer.
func integer(v any) (int, bool) {
	x, ok := v.(float64)
	if !ok || x != math.Trunc(x) || math.Abs(x) > 1<<31 {
		return 0, false
	}
	return int(x), true
}

// EdgeOrder converts the edgeOrder argument of the JS API (a number) into
// the EdgeOrder of core/fd and core/field. It must be an integer; 0 becomes
// -1, so that fd refuses it as numpy refuses edge_order=0 (to fd, 0 means
// the default, 1). Other values are left for fd to check.
func EdgeOrder(v any) (int, error) {
	e, ok := integer(v)
	if !ok {
		return 0, argErr("edgeOrder must be an integer (1 or 2), not %v", Describe(v))
	}
	if e == 0 {
		e = -1
	}
	return e, nil
}

// Describe names a value of the JS API's plain form for a message: null,
// a number, the string "…" (cut to 40 bytes), true or false, a list, an
// object.
func Describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case float64:
		return fmt.Sprint(v)
	case string:
		return fmt.Sprintf("the string %.40q", v)
	case bool:
		return fmt.Sprint(v)
	case []any, []float64, []byte:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

package field

import (
	"errors"
	"fmt"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/grid"
)

// The codes of *Error, and those Code gives to the errors of core/grid and
// to errors of no known kind.
const (
	GridSyntax    = "grid_syntax"    // a grid cannot be read (a *grid.SyntaxError, alone or in Err)
	MissingGrid   = "missing_grid"   // a variable has no grid
	MissingValue  = "missing_value"  // a variable has no value (AtPoint)
	TooLarge      = "too_large"      // a *grid.SizeError: more points than the budget
	OutsideGrid   = "outside_grid"   // a point outside the grid (Directional, Hessian, Path)
	ZeroDirection = "zero_direction" // a direction of length 0 (Directional)
	Internal      = "internal"       // an error of no known kind: a bug (see Code)
)

// Error is a problem with one variable's grid or value.
type Error struct {
	Code string // GridSyntax, MissingGrid, MissingValue, OutsideGrid or ZeroDirection
	Var  string // the variable
	Spec string // the grid specification, for GridSyntax
	Err  error  // the *grid.SyntaxError, for GridSyntax
	// The variable's value and its grid's first and last coordinates, for
	// OutsideGrid.
	Value, Lo, Hi float64
}

func (e *Error) Error() string {
	switch e.Code {
	case MissingGrid:
		return fmt.Sprintf("%s has no grid: give one such as linspace(-2, 2, 21)", e.Var)
	case MissingValue:
		return fmt.Sprintf("%s has no value", e.Var)
	case OutsideGrid:
		return fmt.Sprintf("%s = %v lies outside its grid, which runs from %v to %v", e.Var, e.Value, e.Lo, e.Hi)
	case ZeroDirection:
		return "the direction has length 0: give at least one non-zero component"
	}
	return fmt.Sprintf("the grid of %s: %v", e.Var, e.Err)
}

// Unwrap returns the *grid.SyntaxError of a GridSyntax error.
func (e *Error) Unwrap() error { return e.Err }

// Code classifies any error of gradplay's core with a stable code, the one
// classification both Go callers and the page's JavaScript API use
// (web/state.ErrorInfo takes its codes from here):
//
//	*expr.Error        its expr.Code: "syntax", "unknown_function", ...
//	*Error             its Code: GridSyntax, MissingGrid, MissingValue
//	*grid.SyntaxError  GridSyntax (a grid parsed alone, not as a variable's)
//	*grid.SizeError    TooLarge
//	*fd.Error          its fd.Code: "too_few_points", ...
//	anything else      Internal
//
// The default is Internal, not a vague "error": every mistake the core
// reports on purpose is one of the types above, so an error of another kind
// (nil included) comes from a path nobody classified, a bug to report as one.
func Code(err error) string {
	var (
		ee *expr.Error
		fe *Error
		ge *grid.SyntaxError
		se *grid.SizeError
		de *fd.Error
	)
	switch {
	case errors.As(err, &ee):
		return string(ee.Code)
	case errors.As(err, &fe):
		return fe.Code
	case errors.As(err, &ge):
		return GridSyntax
	case errors.As(err, &se):
		return TooLarge
	case errors.As(err, &de):
		return string(de.Code)
	}
	return Internal
}

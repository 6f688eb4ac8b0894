package field

import (
	"errors"
	"fmt"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/grid"
)

// The codes of *Error.
const (
	GridSyntax   = "grid_syntax"   // a variable's grid cannot be read (Err is a *grid.SyntaxError)
	MissingGrid  = "missing_grid"  // a variable has no grid
	MissingValue = "missing_value" // a variable has no value (AtPoint)
)

// Error is a problem with one variable's grid or value.
type Error struct {
	Code string // GridSyntax, MissingGrid or MissingValue
	Var  string // the variable
	Spec string // the grid specification, for GridSyntax
	Err  error  // the *grid.SyntaxError, for GridSyntax
}

func (e *Error) Error() string {
	switch e.Code {
	case MissingGrid:
		return fmt.Sprintf("%s has no grid: give one such as linspace(-2, 2, 21)", e.Var)
	case MissingValue:
		return fmt.Sprintf("%s has no value", e.Var)
	}
	return fmt.Sprintf("the grid of %s: %v", e.Var, e.Err)
}

// Unwrap returns the *grid.SyntaxError of a GridSyntax error.
func (e *Error) Unwrap() error { return e.Err }

// Code returns a stable code for any error of this package: the expr.Code of
// an *expr.Error ("syntax", "unknown_function", ...), the code of an *Error
// (GridSyntax, MissingGrid, MissingValue), "too_large" for a
// *grid.SizeError, the fd.Code of an *fd.Error ("too_few_points", ...), and
// "internal" for anything else.
func Code(err error) string {
	var (
		ee *expr.Error
		fe *Error
		se *grid.SizeError
		de *fd.Error
	)
	switch {
	case errors.As(err, &ee):
		return string(ee.Code)
	case errors.As(err, &fe):
		return fe.Code
	case errors.As(err, &se):
		return "too_large"
	case errors.As(err, &de):
		return string(de.Code)
	}
	return "internal"
}

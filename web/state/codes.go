package state

import (
	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/fd"
	"github.com/gradplay/gradplay/core/field"
)

// The codes of the JS API's errors (error.code), in one list. The codes of
// the core packages are theirs (field.Code classifies them), repeated here
// under one name each so that the page, the API and web/README.md speak one
// vocabulary. web/README.md ("Error codes") says which call raises each.
const (
	// Mistakes in the function's text (core/expr).
	CodeSyntax          = string(expr.Syntax)          // text that is not an expression
	CodeUnknownFunction = string(expr.UnknownFunction) // sinn(x)
	CodeUnknownVariable = string(expr.UnknownVariable) // a name that is not a variable
	CodeNotAFunction    = string(expr.NotAFunction)    // pi(2)
	CodeArity           = string(expr.Arity)           // atan2(y)
	CodeTooLong         = string(expr.TooLong)         // a text over its length limit
	CodeTooDeep         = string(expr.TooDeep)         // nesting deeper than expr.MaxDepth
	CodeTooManyNodes    = string(expr.TooManyNodes)    // more than expr.MaxNodes nodes
	CodeLookAlikeLetter = string(expr.LookAlikeLetter) // х*y with a Cyrillic х
	CodeNumberTooLarge  = string(expr.NumberTooLarge)  // 1e400

	// Grids (core/grid, core/field).
	CodeGridSyntax   = field.GridSyntax   // a grid cannot be read (parseGrid, or a variable's)
	CodeMissingGrid  = field.MissingGrid  // a variable has no grid
	CodeMissingValue = field.MissingValue // a variable has no value (atPoint)
	CodeTooLarge     = field.TooLarge     // the grid has more nodes than the budget
	CodeEmptyGrid    = "empty_grid"       // a grid of no points

	// numpy.gradient's own errors (core/fd), in numpy's words.
	CodeTooFewPoints          = string(fd.TooFewPoints)
	CodeSpacingLengthMismatch = string(fd.SpacingLengthMismatch)
	CodeSpacingCountMismatch  = string(fd.SpacingCountMismatch)
	CodeEdgeOrderUnsupported  = string(fd.EdgeOrderUnsupported)
	CodeAxisOutOfRange        = string(fd.AxisOutOfRange)
	CodeAxisRepeated          = string(fd.AxisRepeated)
	CodeZeroDivision          = string(fd.ZeroDivision)

	// The page and the API.
	CodeNoVariables     = "no_variables"     // a constant function: nothing to plot
	CodeInvalidArgument = "invalid_argument" // a JS API argument of the wrong type or shape
	CodeNoFigure        = "no_figure"        // a call that needs a figure before the first one
	// A bug: a Go panic caught at the boundary, or an error of no known kind
	// (field.Code's default; there is no vaguer catch-all code).
	CodeInternal = field.Internal
)

package state

import (
	"errors"

	"github.com/gradplay/gradplay/core/expr"
)

// exprInfo fills in from an *expr.Error, if err is one.
func exprInfo(err error, in *Info) {
	var ee *expr.Error
	if !errors.As(err, &ee) {
		return
	}
	in.Message = ee.Msg
	in.setWhere(ee.Src, ee.Pos, ee.End, ee.Snippet())
	in.Field = "expr"
}

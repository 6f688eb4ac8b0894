package state

// exprInfo fills in from an expression error (pending core/expr).
func exprInfo(err error, in *Info) {}

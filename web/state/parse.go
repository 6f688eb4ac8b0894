package state

import (
	"github.com/gradplay/gradplay/core/expr"
)

// ExprInfo describes a parsed function for the page: its variables, the
// function in Python and in pretty text, and its exact partial derivatives
// in pretty text.
type ExprInfo struct {
	Vars        []string          `json:"vars"`
	Python      string            `json:"python"`
	Pretty      string            `json:"pretty"`
	Derivatives map[string]string `json:"derivatives"`
	Notes       []string          `json:"notes"`
}

// ParseExpr parses a function as the page's function field does on every
// keystroke. Errors are *expr.Error (see ErrorInfo).
func ParseExpr(src string) (ExprInfo, error) {
	e, err := parseExpr(src)
	if err != nil {
		return ExprInfo{}, err
	}
	in := ExprInfo{Vars: e.Vars, Python: e.String(), Pretty: expr.Format(e.Root, expr.Pretty),
		Derivatives: map[string]string{}, Notes: []string{}}
	if in.Vars == nil {
		in.Vars = []string{}
	}
	for _, v := range e.Vars {
		d, err := e.Derivative(v)
		if err != nil {
			return ExprInfo{}, err
		}
		in.Derivatives[v] = expr.Format(d.Root, expr.Pretty)
	}
	for _, n := range e.Notes {
		in.Notes = append(in.Notes, n.Msg)
	}
	return in, nil
}

// BuiltinInfo is one row of the help panel.
type BuiltinInfo struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Signature   string   `json:"signature"`
	NumPy       string   `json:"numpy"`
	Doc         string   `json:"doc"`
	Derivatives []string `json:"derivatives"`
}

// Builtins returns the help panel's rows, from the expression language's
// own table (expr.Builtins).
func Builtins() []BuiltinInfo {
	var out []BuiltinInfo
	for _, b := range expr.Builtins() {
		out = append(out, BuiltinInfo{Name: b.Name, Aliases: b.Aliases, Signature: b.Signature(),
			NumPy: b.NumPy, Doc: b.Doc, Derivatives: b.Derivatives()})
	}
	return out
}

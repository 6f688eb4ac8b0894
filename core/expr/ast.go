package expr

// Node is a node of an expression tree: *Num, *Const, *Var, *Unary, *Binary
// or *Call. Span returns the node's source text as byte offsets [pos, end);
// nodes made by Derivative and the simplifier have no source (0, 0).
type Node interface {
	Span() (pos, end int)
	node()
}

// Loc is a node's source range, embedded in every node type.
type Loc struct{ Pos, End int }

// Span returns the byte offsets [pos, end) of the node in its source.
func (s Loc) Span() (pos, end int) { return s.Pos, s.End }

func (Loc) node() {}

// Num is a number literal, or a number computed by the simplifier.
type Num struct {
	Loc
	Value float64
}

// Const is a named constant: pi, e, inf, nan.
type Const struct {
	Loc
	B *Builtin // the constant's table entry (Arity 0)
}

// Var is a variable; Index is its place in Expr.Vars.
type Var struct {
	Loc
	Name  string
	Index int
}

// Unary is -X (unary plus is dropped by the parser).
type Unary struct {
	Loc
	X Node
}

// Op is a binary operator.
type Op byte

// The binary operators. Pow is written ** or ^.
const (
	Add Op = '+'
	Sub Op = '-'
	Mul Op = '*'
	Div Op = '/'
	Pow Op = '^'
)

// Binary is X Op Y.
type Binary struct {
	Loc
	Op   Op
	X, Y Node
}

// Call is a builtin function applied to its arguments.
type Call struct {
	Loc
	B    *Builtin
	Args []Node
}

// Expr is a parsed expression: its tree, its source and its variables.
type Expr struct {
	Src   string   // the source, as given to Parse ("" for derived expressions)
	Root  Node     // the tree
	Vars  []string // the variables, in order of first appearance or as the caller listed them
	Notes []*Error // remarks that are not errors, in source order: JoinedNames, LookAlike, NumberTooSmall
}

// String returns the expression in Python syntax (see Format).
func (e *Expr) String() string { return Format(e.Root, Python) }

// equal reports whether a and b are the same tree (ignoring spans).
func equal(a, b Node) bool {
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *Num:
		b, ok := b.(*Num)
		return ok && (a.Value == b.Value || a.Value != a.Value && b.Value != b.Value)
	case *Const:
		b, ok := b.(*Const)
		return ok && a.B == b.B
	case *Var:
		b, ok := b.(*Var)
		return ok && a.Index == b.Index && a.Name == b.Name
	case *Unary:
		b, ok := b.(*Unary)
		return ok && equal(a.X, b.X)
	case *Binary:
		b, ok := b.(*Binary)
		return ok && a.Op == b.Op && equal(a.X, b.X) && equal(a.Y, b.Y)
	case *Call:
		b, ok := b.(*Call)
		if !ok || a.B != b.B || len(a.Args) != len(b.Args) {
			return false
		}
		for i := range a.Args {
			if !equal(a.Args[i], b.Args[i]) {
				return false
			}
		}
		return true
	}
	return false
}

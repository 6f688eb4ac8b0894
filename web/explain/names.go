package explain

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/gradplay/gradplay/core/expr"
)

// names are the Python names of the generated code. Each variable has three:
// its coordinates (q), its meshgrid array (Q) and its partial derivative
// (dF_dq). A variable's name is kept when Python reads it as the same
// identifier; keywords and the modules get a trailing underscore (lambda_,
// np_), and names Python would read differently a plain one (x1). The
// code's other names (F, fig, ...) come after the variables' and give way
// to them the same way.
type names struct {
	coord, mesh, grad []string
	F                 string
	helper            map[string]string // the code's other names: helper["fig"]
	taken             map[string]bool
}

// pythonKeywords are Python 3's reserved words; the soft keywords (match,
// case, type, _) may be names.
var pythonKeywords = strings.Fields(`False None True and as assert async await break class
	continue def del elif else except finally for from global if import in is lambda
	nonlocal not or pass raise return try while with yield`)

// helperNames are the generated code's names besides the variables', F and
// the partial derivatives.
var helperNames = []string{"fig", "ax", "ax2", "cf", "page", "Fs", "U", "V", "M", "L", "fin", "arrows"}

// pyNames chooses the names of the variables vars (in axis order).
func pyNames(vars []string) *names {
	nm := &names{taken: map[string]bool{"np": true, "plt": true}, helper: map[string]string{}}
	for _, k := range pythonKeywords {
		nm.taken[k] = true
	}
	for i, v := range vars {
		c := v
		if !safeIdent(v) {
			c = "x" + strconv.Itoa(i+1)
		}
		nm.coord = append(nm.coord, nm.take(c))
	}
	if len(vars) == 1 {
		nm.mesh = nm.coord // a function of one variable needs no meshgrid
	} else {
		for _, c := range nm.coord {
			m := strings.ToUpper(c)
			if m == c || !safeIdent(m) {
				m = c + "_grid"
			}
			nm.mesh = append(nm.mesh, nm.take(m))
		}
	}
	nm.F = nm.take("F")
	for _, c := range nm.coord {
		nm.grad = append(nm.grad, nm.take("dF_d"+c))
	}
	for _, h := range helperNames {
		nm.helper[h] = nm.take(h)
	}
	return nm
}

// take returns name, or name with underscores appended until it is free,
// and marks it taken.
func (nm *names) take(name string) string {
	for nm.taken[name] {
		name += "_"
	}
	nm.taken[name] = true
	return name
}

// safeIdent reports whether Python reads s as the identifier s: ASCII
// letters, digits and underscores, and the letters of Latin-1, Latin
// Extended-A, Greek and Cyrillic that Python's NFKC normalisation of
// identifiers leaves alone. Other names would need the Unicode tables to
// tell.
func safeIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for _, r := range s {
		switch {
		case r == '_', r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		case 0xC0 <= r && r <= 0x17F && r != 0xD7 && r != 0xF7 && unicode.IsLetter(r) &&
			r != 0x132 && r != 0x133 && r != 0x13F && r != 0x140 && r != 0x149 && r != 0x17F:
		case 0x391 <= r && r <= 0x3A9 && r != 0x3A2, 0x3B1 <= r && r <= 0x3C9:
		case 0x410 <= r && r <= 0x44F:
		default:
			return false
		}
	}
	return true
}

// renamed returns a copy of the tree n whose variable i is called to[i].
func renamed(n expr.Node, to []string) expr.Node {
	switch n := n.(type) {
	case *expr.Var:
		c := *n
		c.Name = to[n.Index]
		return &c
	case *expr.Unary:
		c := *n
		c.X = renamed(n.X, to)
		return &c
	case *expr.Binary:
		c := *n
		c.X, c.Y = renamed(n.X, to), renamed(n.Y, to)
		return &c
	case *expr.Call:
		c := *n
		c.Args = make([]expr.Node, len(n.Args))
		for i, a := range n.Args {
			c.Args[i] = renamed(a, to)
		}
		return &c
	}
	return n
}

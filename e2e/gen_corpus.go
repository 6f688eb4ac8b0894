//go:build ignore

// gen_corpus writes testdata/corpus.txt, the bad inputs TestCorpus types
// into the playground, by families: most are listed by hand; the
// look-alike characters, the builtins' arities and typos, and the long
// and deep inputs are generated from gradplay's own tables (srcpos, expr)
// so that a new entry there gets a line here. The expectations are the
// families' (written here, not computed): TestCorpusNative checks them
// against web/state and web/explain without a browser.
//
// Usage: go run gen_corpus.go   (from e2e/)
package main

import (
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/srcpos"
)

const header = `# corpus.txt: bad inputs for TestCorpus (e2e/corpus_test.go), typed into the
# playground's real controls one after another, each followed by a good input.
# Written by gen_corpus.go (go run gen_corpus.go); edit that, not this file.
#
# A line is FIELD <tab> INPUT <tab> EXPECT [<tab> TEXT]:
#   FIELD   expr (the function field #expr), grid.NAME (the spec field of
#           NAME's grid row), or url (the fragment, as a link opened in the tab)
#   INPUT   a Go-quoted string (strconv.Quote: any character can be written)
#   EXPECT  comma-separated, what must show and nothing else:
#           error:CODE[@FIELD]  the field's error box (role=alert, linked by
#                               aria-describedby) shows title "error code: CODE"
#                               and the view is stale (data-stale); FIELD is the
#                               field it belongs to when not FIELD (url lines)
#           note:CODE           the field's note box shows the note, gradplay.
#                               inputNotes gives CODE there; not stale
#           notes:nan notes:inf the view's notice counts NaN or ±Inf nodes and
#                               names the first; not stale
#           banner              the banner shows the link's problems
#           ok                  nothing: accepted and drawn as typed
#   TEXT    optional, Go-quoted: text the first message must contain
# A line "base <tab> FRAGMENT" (Go-quoted) opens that link: the lines after it
# start from its state, and the good input after each is the base's value of
# the field (for url lines, the base link itself).
`

type line struct{ field, input, expect, text string }

var out []string

func base(frag string) { out = append(out, "", "base\t"+strconv.Quote(frag)) }

func comment(s string) { out = append(out, "", "# "+s) }

func add(field, input, expect string, text ...string) {
	l := field + "\t" + strconv.Quote(input) + "\t" + expect
	if len(text) > 0 {
		l += "\t" + strconv.Quote(text[0])
	}
	out = append(out, l)
}

func exprs(expect string, inputs ...string) {
	for _, in := range inputs {
		add("expr", in, expect)
	}
}

func grids(v, expect string, inputs ...string) {
	for _, in := range inputs {
		add("grid."+v, in, expect)
	}
}

func main() {
	out = strings.Split(strings.TrimSuffix(header, "\n"), "\n")
	base("expr=x*y&grid.x=-2:2:21j&grid.y=-2:2:21j")

	comment("Empty and blank functions.")
	// (No line breaks: a text field drops them.)
	exprs("error:syntax", "", " ", "   ", "\t", " \t\t ", "\u00a0", "\u3000\u2003", "\u2028")

	comment("Syntax errors.")
	exprs("error:syntax",
		"sin(x", "x +", "+", "*x", "x*", "x**", "(x", "x)", "((x)", "x))", "()", "(", ")",
		"x $ y", "x @ y", "x # y", "x ! y", "x ? y : 1", "x & y", "x | y", "x ~ y", "x ` y",
		"x = y", "f = x**2", "x == y", "x < y", "x > y", "x <= y",
		"x[0]", "{x}", "x, y", "x; y", "x..y", "1..2*x", "x ** ** y", "x */ y", "x +* y",
		"sin(,x)", "sin(x,)", "atan2(x,,y)", "sin x", "'x'*y", "\"x\"*y",
		"x\\y", "x y", "2 x", "x 2", "1.2.3*x", "x // y", "x % y", "x ^^ y",
		"lambda x: x", "x if y else 1", "import os",
		"sin(x)cos(y)", "(x)(y)", "x*y)", "x*(y", "--", "x**y**", ".", "e+", "x*1e+")

	comment("Unknown functions: the builtins misspelt, and other names.")
	// (Every third builtin: the corpus must run in about a minute.)
	for i, b := range expr.Builtins() {
		if b.Arity() == 0 || i%3 != 0 {
			continue
		}
		args := "x"
		if b.Arity() == 2 {
			args = "y, x"
		}
		add("expr", b.Name+"n("+args+")*y", "error:unknown_function")
	}
	exprs("error:unknown_function", "Sin(x)*y", "SIN(x)*y", "np.sinn(x)*y", "math.sine(x)", "f(x)*y", "g(x, y)",
		"foo(x)", "sine(x)+y", "f(x) = x*y", "__import__('os')", "x.y.z(x)", "x(y)", "y(2)*x", "sigmoid(x*y)", "erf(x)*y", "gamma(x)+y", "np.foo.bar(x)*y")

	comment("A name JavaScript objects cannot hold as a key: the page keeps the grids in them.")
	exprs("error:unknown_variable", "__proto__*x", "x*y+__proto__")

	comment("Calls of what is not a function.")
	exprs("error:not_a_function", "pi(x)*y", "e(x)*y", "inf(x)*y", "pi(2)+x*y", "np.pi(x)*y")
	exprs("error:arity", "sin()*x*y", "atan2()+x*y")

	comment("Wrong numbers of arguments.")
	for i, b := range expr.Builtins() {
		switch {
		case b.Arity() == 1 && i%2 == 0:
			add("expr", b.Name+"(x, y)", "error:arity")
		case b.Arity() == 2:
			add("expr", b.Name+"(x)*y", "error:arity")
			add("expr", b.Name+"(x, y, x)", "error:arity")
		}
	}

	comment("Too long: over 1000 characters, up to 10 KB.")
	for _, n := range []int{501, 750, 2048, 5120} {
		add("expr", strings.Repeat("x+", n)+"y", "error:too_long")
	}
	add("expr", strings.Repeat("x*y+", 2560), "error:too_long")                        // 10 KB
	add("expr", "x*y"+strings.Repeat(" ", 10237), "error:too_long")                    // 10 KB of spaces
	add("expr", strings.Repeat("(", 5120)+strings.Repeat(")", 5120), "error:too_long") // 10 KB of parentheses
	add("expr", strings.Repeat("\u2212x", 501)+"*y", "error:too_long")                 // 1003 characters, 1505 bytes
	add("expr", strings.Repeat("sin(x)*", 150)+"y", "error:too_long")
	add("expr", "x*y+"+strings.Repeat("9", 1000), "error:too_long")

	comment("Too deep: nesting beyond 256.")
	for _, n := range []int{257, 300, 400, 498} {
		add("expr", strings.Repeat("(", n)+"x*y"+strings.Repeat(")", n), "error:too_deep")
	}
	exprs("error:too_deep", strings.Repeat("-", 300)+"x*y", strings.Repeat("(-", 260)+"x*y"+strings.Repeat(")", 260),
		strings.Repeat("x**", 300)+"y", strings.Repeat("-(", 257)+"x*y"+strings.Repeat(")", 257))

	comment("Literals beyond the largest float64.")
	exprs("error:number_too_large", "1e400*x*y", "x*y*1e309", "x+y+1.8e308", "x*y*"+strings.Repeat("9", 400),
		"x-y-1e99999", "2e308*y*x", "x/1e400+y", "1E400*x*y", "x**1e400*y", "1.7976931348623159e308*x*y")

	comment("Literals below the smallest normal float64: read as 0 or a subnormal, with a note.")
	for _, in := range []string{"1e-400+x*y", "x*y*1e-324+x", "x*y+2e-310", "x*y+1e-320*x", "x*y + 0." + strings.Repeat("0", 400) + "1",
		"1E-999*x+y", "x*y - 5e-324", "x*(y + 1e-330)"} {
		add("expr", in, "note:number_too_small", "below the smallest")
	}

	comment("Look-alike characters read as ASCII, each with a note naming it.")
	lookAlikes()

	comment("Letters of another script that look like Latin ones: refused by name.")
	confusables()

	comment("Constant functions: nothing to plot.")
	exprs("error:no_variables", "2", "pi", "1+2", "e**2", "sin(1)", "inf", "-0", "1e-400")

	comment("Functions that are NaN or ±Inf at some nodes: data, counted in the view's notice.")
	exprs("notes:nan", "sqrt(x)*y", "0/0*x*y", "x/x*y", "log(-x*x-1)+y", "arcsin(2*x)*y", "arccos(x*y)",
		"(-x)**0.5*y", "arccosh(x)*y", "sqrt(-abs(x*y)-1)", "sin(x/0)*y")
	exprs("notes:inf", "1/x+y", "1/(x*y)", "sinh(1000*x)+y", "x*y+inf", "log(0*x)+y", "exp(exp(x*y*10))", "tan(pi/2)*x*y*1e300")
	comment("NaN and ±Inf at once.")
	exprs("notes:nan,notes:inf", "log(x)*y", "x**y", "arctanh(x)+y", "log10(x)*y", "log2(x*y)", "inf*x*y-inf", "x*y/(x-x)",
		"y/x", "exp(1000*x)*y", "cosh(800*y)*x", "1e308*x*y*10", "inf*x*y")

	comment("Grid specs that cannot be read.")
	grids("x", "error:grid_syntax", "", " ", "abc", "-2:2:", ":::", "::", "-2:2:0j", "-2:2:-5j",
		"linspace(-2, 2)", "linspace(-2, 2, 0)", "linspace(", "linspace(-2, 2, 21", "[", "[]", "[1, 2", "[1,,2]",
		"[1, a]", "[nan, 1, 2]", "[inf, 1]", "[1, 2, inf]", "2:-2:0.5", "-2:2:-0.5", "-2:2:0",
		"1e400:2:3j", "-2:1e400:5j", "-2:2:1e400j", "x:2:3j", "-2:2:21jj", "-2:2:2.5j", "linspace(-2, 2, 2.5)",
		"arange(2, 2)", "arange(0)", "np.linspace(1, 2, 3, 4)", "-2:2:21j; drop table", "<script>alert(1)</script>",
		"\u22122:2:21j", "-2:2:21ｊ", "-２:2:21j", "-2\u00a0:2:21j", "-2:2:21j)", "(-2:2:21j", "-2:2:21j,", "linspace[-2, 2, 21]",
		"arange(-2, 2, 0)", "range(-2, 2)", "-2..2", "-2 to 2", "2:-2:1", "-2:2:1e-300")
	comment("A grid whose step overflows: its coordinates are ±Inf, data like any other.")
	grids("x", "notes:nan,notes:inf", "-1e308:1e308:3j")
	grids("y", "error:grid_syntax", "", "-2:2:0j", "[", "nope", "0:1:-1")
	comment("Coordinates that are not monotonic, or repeat.")
	grids("x", "error:grid_syntax", "[0, 2, 1]", "[0, 0, 1]", "[3, 2, 2]", "[1, 2, 3, 2]", "[0, 1, 0, 1]", "[5, 5]")

	comment("Grids of one point: numpy.gradient needs two (edge_order 1).")
	grids("x", "error:too_few_points", "-2:2:1j", "linspace(0, 1, 1)", "[0]", "[5]", "3:3:1j")
	grids("x", "error:too_few_points,note:step_like_count", "0:1:2", "arange(0, 1, 5)")
	add("grid.x", "-2:2:21", "error:too_few_points,note:step_like_count", "did you mean -2:2:21j")
	add("grid.y", "0:1:5", "error:too_few_points,note:step_like_count", "did you mean 0:1:5j")

	comment("A real step that looks like a count: two points, drawn, with a note.")
	for _, in := range []string{"0:10:5", "-2:2:3", "0:100:50", "arange(0, 10, 6)"} {
		add("grid.x", in, "note:step_like_count", "did you mean")
	}

	comment("Reversed and descending grids are numpy's too: drawn as typed.")
	grids("x", "ok", "2:-2:21j", "linspace(2, -2, 21)", "[2, 1, 0, -1]", "2:-2:-0.5", "arange(2, -2, -1)", "-2:2", "0:3")

	base("expr=x*y&grid.x=-2:2:21j&grid.y=-2:2:21j&edge_order=2")
	comment("edge_order 2 needs three points per axis.")
	grids("x", "error:too_few_points", "-2:2:2j", "[0, 1]", "linspace(0, 1, 2)", "0:2:1")
	grids("y", "error:too_few_points", "-2:2:2j", "[0]")

	base("expr=x*y*z&grid.x=-1:1:11j&grid.y=-1:1:11j&grid.z=-1:1:11j")
	comment("Grids over the point budget (2**24 nodes).")
	grids("x", "error:too_large", "-1:1:200000j", "-1:1:1000000j", "linspace(-1, 1, 10000000)", "0:1e7:0.5", "-1:1:1e12j")
	grids("z", "error:too_large", "-1:1:140000j", "0:1:1e-7")

	base("expr=x*y&grid.x=-2:2:21j&grid.y=-2:2:21j")
	comment("Links: malformed, hostile or huge states.")
	urls()

	if err := os.WriteFile("testdata/corpus.txt", []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	n := 0
	for _, l := range out {
		if l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "base\t") {
			n++
		}
	}
	fmt.Printf("testdata/corpus.txt: %d inputs\n", n)
}

// lookAlikes adds a line per look-alike character of srcpos's table (and a
// sample of the generated ranges), in an expression where it is meant as
// its ASCII text.
func lookAlikes() {
	var rs []rune
	for r := rune(0x80); r < 0x10000; r++ {
		generated := 0xFF10 <= r && r <= 0xFF19 || 0xFF21 <= r && r <= 0xFF3A || 0xFF41 <= r && r <= 0xFF5A
		if _, ok := srcpos.Replace(r); ok && !generated {
			rs = append(rs, r)
		}
	}
	rs = append(rs, 0xFF10, 0xFF11, 0xFF15, 0xFF19, 0xFF58, 0xFF59, 0xFF38, 0x1D465, 0x1D466, 0x1D431, 0x1D7CF, 0x1D7EE)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	// Every operator, digit and letter; of the 24 spaces, the 7 invisible
	// characters and the 12 superscripts, every third.
	k := 0
	for _, r := range rs {
		rep, _ := srcpos.Replace(r)
		if rep.ASCII == " " || rep.ASCII == "" {
			if k++; k%3 != 1 {
				continue
			}
		}
		c := string(r)
		name := srcpos.RuneName(r)
		in, expect := "", "note:look_alike"
		switch {
		case rep.Super == "+" || rep.Super == "-":
			in = "(x+3)" + c + "\u00b9*y" // (x+3)⁻¹*y: superscripts ⁻¹ read as "**-1"
			name = "superscripts"
		case rep.Super != "":
			in = "x" + c + "*y"
		case rep.ASCII == "":
			in = "x*" + c + "y"
		case rep.ASCII == " ":
			in = "x" + c + "*" + c + "y"
		case rep.ASCII == "-", rep.ASCII == "+", rep.ASCII == "*", rep.ASCII == "/":
			in = "x" + c + "(y+3)"
		case rep.ASCII == "^":
			in = "x" + c + "2*y"
		case rep.ASCII == "(":
			in = "x*" + c + "y+1)"
		case rep.ASCII == ")":
			in = "x*(y+1" + c
		case rep.ASCII == ",":
			in = "atan2(y" + c + " x+3)"
		case rep.ASCII == ".":
			in = "x*1" + c + "5*y"
		case rep.ASCII == ":", rep.ASCII == "[", rep.ASCII == "]":
			in, expect = "x"+c+"y", "error:syntax"
		case rep.ASCII >= "0" && rep.ASCII <= "9":
			in = "x*y+" + c
		case rep.ASCII == "x" || rep.ASCII == "y":
			in = c + "*(y+x)"
		case rep.ASCII == "h":
			in = "x*y*" + c
		default: // other letters: a variable of their own
			in = "x*y+" + c
		}
		if expect == "note:look_alike" {
			add("expr", in, expect, name)
		} else {
			add("expr", in, expect)
		}
	}
}

// confusables adds, per Cyrillic and Greek letter of srcpos's table, the
// letter inside a Latin name and, for the Cyrillic ones, alone.
func confusables() {
	var rs []rune
	for r := rune(0x370); r < 0x530; r++ {
		if _, ok := srcpos.Confuse(r); ok {
			rs = append(rs, r)
		}
	}
	for _, r := range rs {
		c, _ := srcpos.Confuse(r)
		name := fmt.Sprintf("U+%04X %s looks like %s", r, c.Name, c.Latin)
		add("expr", "x"+string(r)+"*y", "error:look_alike_letter", name)
		if c.Script == "Cyrillic" && c.Latin >= "a" {
			add("expr", string(r)+"*y", "error:look_alike_letter", name)
		}
	}
	add("expr", "sin(\u0445)*y", "error:look_alike_letter", "U+0445 CYRILLIC SMALL LETTER HA looks like x")
	add("expr", "c\u043es(x)*y", "error:look_alike_letter", "U+043E CYRILLIC SMALL LETTER O looks like o")
}

// urls adds hostile and malformed links.
func urls() {
	add("url", "%zz", "banner", "malformed")
	add("url", "expr=x*y&%ZZ=1", "banner", "malformed")
	add("url", "expr=%E0%A4%A&grid.x=-2:2:21j", "banner", "malformed")
	add("url", "expr=x*y&density=99999", "banner", "density")
	add("url", "expr=x*y&density=-1", "banner", "density")
	add("url", "expr=x*y&mode=%3Cb%3Ebold%3C/b%3E", "banner", "arrow mode")
	add("url", "expr=x*y&palette=javascript:alert(1)", "banner")
	add("url", "expr=x*y&pin=a,b", "banner", "grid node")
	add("url", "expr=x*y&edge=3", "banner", "unknown setting")
	add("url", "expr=x*y&edge_order=3", "banner", "edge_order must be 1 or 2")
	add("url", "expr=x*y&edge_order=1e9", "banner")
	add("url", "expr=x*y&hide=everything", "banner")
	add("url", "expr=x*y&bogus=1", "banner", "unknown setting")
	add("url", "expr=x*y&grid.1x=0:1:5j", "banner")
	add("url", "expr=x*y&grid.x%20y=0:1:5j", "banner")
	add("url", "expr=x*y&"+strings.Repeat("a", 20000), "banner", "longer than")
	add("url", "expr="+strings.Repeat("x%2B", 4000)+"y", "banner", "characters")
	add("url", "expr=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "error:syntax@expr")
	add("url", "expr=x*y&grid.x=%3Cscript%3Ealert(2)%3C/script%3E", "error:grid_syntax@grid.x")
	add("url", "expr=sin(x&grid.x=zz", "error:syntax@expr,error:grid_syntax@grid.x")
	// A link that opens on a mistake shows its grids' rows, with their
	// checks and notes.
	add("url", "expr=x*(y&grid.x=-2:2:21&grid.y=-1:1:9j", "error:syntax@expr,error:too_few_points@grid.x,note:step_like_count@grid.x")
	add("url", "expr=x*y*z&grid.x=-1:1:100000j&grid.y=-1:1:100000j&grid.z=-1:1:100000j", "error:too_large@grid.x")
	add("url", "expr=x*y&grid.x=-2:2:1j", "error:too_few_points@grid.x")
	add("url", "expr=1e400*x*y", "error:number_too_large@expr")
	add("url", "expr=%D1%85*y", "error:look_alike_letter@expr")
	add("url", "expr=x%E2%88%92y", "note:look_alike@expr", "U+2212 MINUS SIGN")
	add("url", "expr=log(x)*y", "notes:nan,notes:inf")
	add("url", "expr=", "error:syntax@expr")
	add("url", "&&&&", "ok")
	add("url", "=====", "banner")
	add("url", "expr=x*y&expr=x", "ok")
	add("url", "expr=x*y&x=%3Cb%3E&y=1bad", "banner", "not a variable name")
	add("url", "expr=x*y&x=zz&y=zz", "banner", "not a variable of the function") // the default axes, and said so
	add("url", "expr=x*y&at.q=-3", "banner")
}

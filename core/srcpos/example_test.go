package srcpos_test

import (
	"fmt"

	"github.com/gradplay/gradplay/core/srcpos"
)

// ExampleAt locates a byte offset by line and column, columns in characters.
func ExampleAt() {
	src := "χ*δ +\n  sinn(χ)"
	p := srcpos.At(src, len("χ*δ +\n  "))
	fmt.Println(p.Offset, p)
	// Output:
	// 10 2:3
}

// ExampleSnippet shows the offending line, carets under the mistake, and the
// message, as gradplay's errors do.
func ExampleSnippet() {
	src := "linspace(0, 1, 2.5)"
	fmt.Println(srcpos.Snippet(src, 15, 18, "the number of points must be a whole number"))
	src = "x*y +\n  sinn(x)"
	fmt.Println(srcpos.Snippet(src, 8, 12, `unknown function "sinn" (did you mean "sin"?)`))
	// Output:
	// linspace(0, 1, 2.5)
	//                ^^^ the number of points must be a whole number
	//   sinn(x)
	//   ^^^^ unknown function "sinn" (did you mean "sin"?)
}

// ExampleScanNumber reads the number literals expressions and grids share;
// an e without digits after it is left for the next token.
func ExampleScanNumber() {
	for _, src := range []string{"2.5e-3*x", ".5", "2e", "1e999", "-1"} {
		end, v := srcpos.ScanNumber(src, 0)
		fmt.Printf("%q: %q = %v\n", src, src[:end], v)
	}
	// Output:
	// "2.5e-3*x": "2.5e-3" = 0.0025
	// ".5": ".5" = 0.5
	// "2e": "2" = 2
	// "1e999": "1e999" = +Inf
	// "-1": "" = 0
}

// ExampleUTF16Index converts a byte offset to the index JavaScript uses.
func ExampleUTF16Index() {
	src := "χ+😀+x"
	fmt.Println(len("χ+😀+"), srcpos.UTF16Index(src, len("χ+😀+")))
	// Output:
	// 8 5
}

// ExampleRuneName names the characters pasted text brings, and says how
// they are read.
func ExampleRuneName() {
	for _, r := range "−×ｘ𝑥²х—₁" {
		name := srcpos.RuneName(r)
		if rep, ok := srcpos.Replace(r); ok && rep.Super != "" {
			fmt.Printf("%s: the exponent %s\n", name, rep.Super)
		} else if ok {
			fmt.Printf("%s: read as %q\n", name, rep.ASCII)
		} else if c, ok := srcpos.Confuse(r); ok {
			fmt.Printf("%s: looks like %s\n", name, c.Latin)
		} else {
			fmt.Println(name)
		}
	}
	// Output:
	// U+2212 MINUS SIGN: read as "-"
	// U+00D7 MULTIPLICATION SIGN: read as "*"
	// U+FF58 FULLWIDTH LATIN SMALL LETTER X: read as "x"
	// U+1D465 MATHEMATICAL ITALIC SMALL X: read as "x"
	// U+00B2 SUPERSCRIPT TWO: the exponent 2
	// U+0445 CYRILLIC SMALL LETTER HA: looks like x
	// U+2014 EM DASH
	// U+2081
}

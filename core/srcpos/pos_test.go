package srcpos_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

func TestAt(t *testing.T) {
	src := "χ*δ +\n\tsinn(χ)\n"
	for _, c := range []struct {
		off  int
		want srcpos.Pos
	}{
		{0, srcpos.Pos{Offset: 0, Line: 1, Column: 1}},
		{2, srcpos.Pos{Offset: 2, Line: 1, Column: 2}},   // after χ (2 bytes)
		{1, srcpos.Pos{Offset: 1, Line: 1, Column: 1}},   // inside χ: the column of χ
		{7, srcpos.Pos{Offset: 7, Line: 1, Column: 6}},   // the newline ends line 1
		{8, srcpos.Pos{Offset: 8, Line: 2, Column: 1}},   // the tab
		{9, srcpos.Pos{Offset: 9, Line: 2, Column: 2}},   // sinn
		{18, srcpos.Pos{Offset: 18, Line: 3, Column: 1}}, // the end, after the last newline
		{-5, srcpos.Pos{Offset: 0, Line: 1, Column: 1}},
		{99, srcpos.Pos{Offset: 18, Line: 3, Column: 1}},
	} {
		if got := srcpos.At(src, c.off); got != c.want {
			t.Errorf("At(%q, %d) = %+v, want %+v", src, c.off, got, c.want)
		}
	}
	if got := srcpos.At(src, 9).String(); got != "2:2" {
		t.Errorf("String() = %q, want 2:2", got)
	}
}

func TestUTF16Index(t *testing.T) {
	s := "χ+😀+x\xff!"
	for _, c := range []struct{ b, u int }{{0, 0}, {2, 1}, {3, 2}, {7, 4}, {8, 5}, {9, 6}, {10, 7}, {11, 8}, {99, 8}} {
		if got := srcpos.UTF16Index(s, c.b); got != c.u {
			t.Errorf("UTF16Index(%q, %d) = %d, want %d", s, c.b, got, c.u)
		}
	}
}

func TestSnippet(t *testing.T) {
	for _, c := range []struct {
		src      string
		off, end int
		want     string
	}{
		{"linspace(0, 1, 2.5)", 15, 18, "linspace(0, 1, 2.5)\n               ^^^ msg"},
		// The end of the input: one caret after the text.
		{"x +", 3, 3, "x +\n   ^ msg"},
		{"", 0, 0, "\n^ msg"},
		// Characters, not bytes, and tabs as spaces.
		{"χ*\tsinn(χ)", 4, 8, "χ* sinn(χ)\n   ^^^^ msg"},
		{"χ*δ", 2, 3, "χ*δ\n ^ msg"},
		// Several lines: the offending one; a span is cut at its end.
		{"a +\n  sinn(x)\nb", 6, 10, "  sinn(x)\n  ^^^^ msg"},
		{"a +\n  b * (\nc", 10, 14, "  b * (\n      ^ msg"},
		{"a +\n", 4, 4, "\n^ msg"},
		// Offsets outside the text are clamped; an end before offset is empty.
		{"abc", -1, 99, "abc\n^^^ msg"},
		{"abc", 2, 1, "abc\n  ^ msg"},
	} {
		if got := srcpos.Snippet(c.src, c.off, c.end, "msg"); got != c.want {
			t.Errorf("Snippet(%q, %d, %d) =\n%s\nwant\n%s", c.src, c.off, c.end, got, c.want)
		}
	}
}

// FuzzSnippet: for any text and span, no panic; the snippet is the line
// holding the offset, then carets at At's column, at least one, never past
// the line's end (plus the one caret after it).
func FuzzSnippet(f *testing.F) {
	for _, s := range []string{"sinn(x) * y", "linspace(0, 1, 2.5)", "χ*δ +\n  sinn(χ)", "\t2 $ 3", "", "\xff\n\xfe"} {
		f.Add(s, 0, 1)
		f.Add(s, len(s)/2, len(s))
	}
	f.Fuzz(func(t *testing.T, src string, off, end int) {
		got := srcpos.Snippet(src, off, end, "msg")
		line, marks, ok := strings.Cut(got, "\n")
		if !ok || strings.Contains(marks, "\n") || strings.Contains(line, "\t") {
			t.Fatalf("%q [%d, %d): snippet %q is not one line and a caret line", src, off, end, got)
		}
		p := srcpos.At(src, off)
		carets := strings.TrimLeft(marks, " ")
		if indent := len(marks) - len(carets); indent != p.Column-1 {
			t.Fatalf("%q [%d, %d): carets at column %d, At says %v", src, off, end, indent+1, p)
		}
		width := len(carets) - len(strings.TrimLeft(carets, "^"))
		if width < 1 || p.Column-1+width > utf8.RuneCountInString(line)+1 || !strings.HasSuffix(carets, " msg") {
			t.Fatalf("%q [%d, %d): caret line %q under %q", src, off, end, marks, line)
		}
		if u := srcpos.UTF16Index(src, off); u < 0 || u > 2*len(src) {
			t.Fatalf("%q: UTF16Index(%d) = %d", src, off, u)
		}
	})
}

package expr_test

import (
	"os"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/srcpos"
)

// noteCase is one block of testdata/notes.txt.
type noteCase struct {
	line   int
	vars   []string
	input  string
	notes  []string // each the snippet without its first line, then "= code"
	python string
}

func readNoteCases(t *testing.T, path string) []noteCase {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []noteCase
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		if lines[i] == "" || strings.HasPrefix(lines[i], "#") {
			continue
		}
		var c noteCase
		if rest, ok := strings.CutPrefix(lines[i], "vars:"); ok {
			c.vars = []string{}
			for _, v := range strings.Split(rest, ",") {
				if v = strings.TrimSpace(v); v != "" {
					c.vars = append(c.vars, v)
				}
			}
			i++
		}
		c.line, c.input = i+1, unquote(lines[i])
		var note []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "-> "); i++ {
			note = append(note, lines[i])
			if strings.HasPrefix(lines[i], "= ") {
				c.notes = append(c.notes, strings.Join(note, "\n"))
				note = nil
			}
		}
		if i == len(lines) || note != nil {
			t.Fatalf("%s:%d: a note without \"= code\", or no \"-> python\" line", path, c.line)
		}
		c.python = strings.TrimPrefix(lines[i], "-> ")
		out = append(out, c)
	}
	return out
}

// TestNotes checks the notes of testdata/notes.txt (message, caret, code,
// in source order) and what the input reads as.
func TestNotes(t *testing.T) {
	const path = "testdata/notes.txt"
	cases := readNoteCases(t, path)
	if len(cases) < 20 {
		t.Fatalf("only %d cases read", len(cases))
	}
	for _, c := range cases {
		var e *expr.Expr
		var err error
		if c.vars != nil {
			e, err = expr.ParseVars(c.input, c.vars)
		} else {
			e, err = expr.Parse(c.input)
		}
		if err != nil {
			t.Errorf("%s:%d: %q: %v", path, c.line, c.input, err)
			continue
		}
		var got []string
		for _, n := range e.Notes {
			snip := n.Snippet()
			_, caret, _ := strings.Cut(snip, "\n")
			got = append(got, caret+"\n= "+string(n.Code))
			if n.Src != c.input || n.Pos != srcpos.At(c.input, n.Offset) || n.End < n.Offset || n.End > len(c.input) {
				t.Errorf("%s:%d: note %q: Src %q, span [%d, %d), position %+v", path, c.line, n.Msg, n.Src, n.Offset, n.End, n.Pos)
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.notes, "\n") {
			t.Errorf("%s:%d: %q: notes\n%s\nwant\n%s", path, c.line, c.input, strings.Join(got, "\n"), strings.Join(c.notes, "\n"))
		}
		if s := e.String(); s != c.python {
			t.Errorf("%s:%d: %q reads as %q, want %q", path, c.line, c.input, s, c.python)
		}
	}
}

package expr_test

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/expr"
	"github.com/gradplay/gradplay/core/srcpos"
)

// errorCase is one block of testdata/errors.txt.
type errorCase struct {
	line  int // of the input, in the file
	vars  []string
	input string
	caret string // the snippet without its first line
	code  string
}

func readErrorCases(t *testing.T, path string) []errorCase {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []errorCase
	lines := strings.Split(string(b), "\n")
	for i := 0; i < len(lines); i++ {
		if lines[i] == "" || strings.HasPrefix(lines[i], "#") {
			continue
		}
		var c errorCase
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
		var caret []string
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "= "); i++ {
			caret = append(caret, lines[i])
		}
		if i == len(lines) {
			t.Fatalf("%s:%d: no \"= code\" line", path, c.line)
		}
		c.caret, c.code = strings.Join(caret, "\n"), strings.TrimPrefix(lines[i], "= ")
		out = append(out, c)
	}
	return out
}

// unquote returns a Go-quoted input ("x\u00a0+ y": invisible characters
// written so that they can be seen) unquoted, any other as it is.
func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil && strings.HasPrefix(s, `"`) {
		return u
	}
	return s
}

// TestErrors checks the errors of testdata/errors.txt: message, caret and
// code.
func TestErrors(t *testing.T) {
	const path = "testdata/errors.txt"
	for _, c := range readErrorCases(t, path) {
		var err error
		if c.vars != nil {
			_, err = expr.ParseVars(c.input, c.vars)
		} else {
			_, err = expr.Parse(c.input)
		}
		var e *expr.Error
		if !errors.As(err, &e) {
			t.Errorf("%s:%d: %q: got %v, want an *expr.Error", path, c.line, c.input, err)
			continue
		}
		got := e.Snippet()
		want := c.input + "\n" + c.caret
		if got != want || string(e.Code) != c.code {
			t.Errorf("%s:%d: %q:\ngot\n%s\n= %s\nwant\n%s\n= %s", path, c.line, c.input, got, e.Code, want, c.code)
		}
		if e.Src != c.input || e.Pos != srcpos.At(c.input, e.Offset) {
			t.Errorf("%s:%d: Src %q, position %+v for offset %d", path, c.line, e.Src, e.Pos, e.Offset)
		}
		if e.Offset < 0 || e.Offset > len(c.input) || e.End < e.Offset || e.End > len(c.input) {
			t.Errorf("%s:%d: span [%d, %d) outside the input", path, c.line, e.Offset, e.End)
		}
	}
}

// TestLimits checks that oversized inputs are errors, not crashes or hangs.
func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		code      expr.Code
		offset    int
	}{
		{"long", strings.Repeat("x+", expr.MaxSource/2) + "x", expr.TooLong, expr.MaxSource},
		// MaxDepth nested parentheses are fine; the next one is too many.
		{"parens", strings.Repeat("(", 300) + "x" + strings.Repeat(")", 300), expr.TooDeep, 257},
		{"minus", strings.Repeat("-", 300) + "x", expr.TooDeep, 256},
		{"calls", strings.Repeat("sin(", 300) + "x" + strings.Repeat(")", 300), expr.TooDeep, 4 * 257},
		{"powers", strings.Repeat("x**", 300) + "x", expr.TooDeep, 3*257 - 2},
		// Node 10,001 is the sum made after the 5001st x.
		{"nodes", strings.Repeat("x+", 5001) + "x", expr.TooManyNodes, 10000},
	} {
		_, err := expr.Parse(tc.src)
		var e *expr.Error
		if !errors.As(err, &e) || e.Code != tc.code {
			t.Errorf("%s: got %v, want %s", tc.name, err, tc.code)
			continue
		}

		if e.Offset != tc.offset || e.End > len(tc.src) {
			t.Errorf("%s: error at offset %d, want %d: %v", tc.name, e.Offset, tc.offset, err)
		}
	}
}

// TestAtLimits checks that inputs just within the limits parse.
func TestAtLimits(t *testing.T) {
	for name, src := range map[string]string{
		"parens": strings.Repeat("(", expr.MaxDepth) + "x" + strings.Repeat(")", expr.MaxDepth),
		"minus":  strings.Repeat("-", expr.MaxDepth) + "x",
		"long":   strings.Repeat(" ", expr.MaxSource-1) + "x",
		"nodes":  strings.Repeat("x+", (expr.MaxNodes-1)/2) + "x",
	} {
		if _, err := expr.Parse(src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestPosition checks lines and columns (in characters) on a multi-line
// source, and the snippet of the line holding the error.
func TestPosition(t *testing.T) {
	src := "χ*δ +\n  sinn(χ)"
	_, err := expr.Parse(src)
	var e *expr.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v", err)
	}
	if e.Line != 2 || e.Column != 3 || e.Offset != len("χ*δ +\n  ") || e.End != e.Offset+4 {
		t.Errorf("position %+v end %d", e.Pos, e.End)
	}
	if got, want := e.Error(), `2:3: unknown function "sinn" (did you mean "sin"?)`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	want := "  sinn(χ)\n  ^^^^ unknown function \"sinn\" (did you mean \"sin\"?)"
	if got := e.Snippet(); got != want {
		t.Errorf("Snippet() =\n%s\nwant\n%s", got, want)
	}
}

package srcpos_test

import (
	"bufio"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/srcpos"
)

// numberCase is one line of testdata/numbers.txt.
type numberCase struct {
	line    int
	src     string
	literal string // "" for none
	value   float64
}

func readNumberCases(tb testing.TB) []numberCase {
	tb.Helper()
	file, err := os.Open("testdata/numbers.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer file.Close()
	var out []numberCase
	sc := bufio.NewScanner(file)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		src, want, ok := strings.Cut(text, "=>")
		if !ok {
			tb.Fatalf("numbers.txt:%d: no =>", line)
		}
		c := numberCase{line: line, src: strings.TrimSpace(src)}
		if unq, err := strconv.Unquote(c.src); err == nil {
			c.src = unq
		}
		if want = strings.TrimSpace(want); want != "none" {
			lit, val, _ := strings.Cut(want, " ")
			if c.value, err = strconv.ParseFloat(val, 64); err != nil && !math.IsInf(c.value, 0) {
				tb.Fatalf("numbers.txt:%d: value %q: %v", line, val, err)
			}
			c.literal = lit
		}
		out = append(out, c)
	}
	if len(out) < 20 {
		tb.Fatalf("only %d cases read", len(out))
	}
	return out
}

// TestScanNumber runs testdata/numbers.txt: the literal taken and its value,
// bit for bit.
func TestScanNumber(t *testing.T) {
	for _, c := range readNumberCases(t) {
		end, v := srcpos.ScanNumber(c.src, 0)
		if got := c.src[:end]; got != c.literal || math.Float64bits(v) != math.Float64bits(c.value) {
			t.Errorf("numbers.txt:%d: ScanNumber(%q) took %q = %v, want %q = %v", c.line, c.src, got, v, c.literal, c.value)
		}
		// The same literal after other text, at its offset.
		src := "x*" + c.src
		if end2, v2 := srcpos.ScanNumber(src, 2); end2 != end+2 || math.Float64bits(v2) != math.Float64bits(v) {
			t.Errorf("numbers.txt:%d: at offset 2 of %q: end %d = %v", c.line, src, end2, v2)
		}
	}
	for _, off := range []int{-1, 4} {
		if end, v := srcpos.ScanNumber("123", off); end != off || v != 0 {
			t.Errorf("offset %d outside the text: end %d, value %v", off, end, v)
		}
	}
}

// literal is the syntax of ScanNumber's doc comment, as a regular expression.
var literal = regexp.MustCompile(`^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?`)

// FuzzScanNumber checks ScanNumber against the grammar in its doc comment
// (the longest match of a regular expression) and strconv.ParseFloat.
func FuzzScanNumber(f *testing.F) {
	for _, c := range readNumberCases(f) {
		f.Add(c.src, 0)
	}
	f.Add("x = 1.5e3", 4)
	f.Fuzz(func(t *testing.T, src string, off int) {
		end, v := srcpos.ScanNumber(src, off)
		if off < 0 || off > len(src) {
			if end != off || v != 0 {
				t.Fatalf("%q at %d (outside): end %d, value %v", src, off, end, v)
			}
			return
		}
		want := off + len(literal.FindString(src[off:]))
		if end != want {
			t.Fatalf("%q at %d: end %d, want %d", src, off, end, want)
		}
		if end == off {
			if v != 0 {
				t.Fatalf("%q at %d: no literal but value %v", src, off, v)
			}
			return
		}
		w, err := strconv.ParseFloat(src[off:end], 64)
		if err != nil && !math.IsInf(w, 0) {
			t.Fatalf("%q at %d: %q does not parse: %v", src, off, src[off:end], err)
		}
		if math.Float64bits(v) != math.Float64bits(w) {
			t.Fatalf("%q at %d: value %v, ParseFloat %v", src, off, v, w)
		}
	})
}

package srcpos_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gradplay/gradplay/core/srcpos"
)

// TestCheckRange runs testdata/ranges.txt.
func TestCheckRange(t *testing.T) {
	file, err := os.Open("testdata/ranges.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	names := map[srcpos.Range]string{srcpos.InRange: "in", srcpos.Overflow: "overflow",
		srcpos.Underflow: "underflow", srcpos.Subnormal: "subnormal"}
	sc := bufio.NewScanner(file)
	n := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		lit, want, _ := strings.Cut(text, " => ")
		end, v := srcpos.ScanNumber(lit, 0)
		if end != len(lit) {
			t.Fatalf("ranges.txt:%d: %q is not one literal", line, lit)
		}
		r, msg := srcpos.CheckRange(lit, v)
		got := names[r]
		if msg != "" {
			got += ": " + msg
		}
		if got != want {
			t.Errorf("ranges.txt:%d: %s:\ngot  %s\nwant %s", line, lit, got, want)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d cases read", n)
	}
}

// TestLookAlikeTables checks the tables' invariants: replacements are
// ASCII, confusables one ASCII letter of another script, and every white
// space character beyond ASCII is read as a space (the scanners of
// core/expr and core/grid skip ASCII white space only).
func TestLookAlikeTables(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		rep, isRep := srcpos.Replace(r)
		c, isConf := srcpos.Confuse(r)
		if unicode.IsSpace(r) && (!isRep || rep.ASCII != " ") {
			t.Errorf("%s: white space not read as a space", srcpos.RuneName(r))
		}
		if isRep {
			if rep.Name == "" || !isASCII(rep.ASCII) || !isASCII(rep.Super) || len(rep.ASCII) > 1 || len(rep.Super) > 1 ||
				rep.ASCII != "" && rep.Super != "" || !strings.HasPrefix(srcpos.RuneName(r), "U+") {
				t.Errorf("U+%04X: replacement %+v", r, rep)
			}
		}
		if isConf {
			l, _ := utf8.DecodeRuneInString(c.Latin)
			if isRep || len(c.Latin) != 1 || !unicode.IsLetter(l) || !unicode.IsLetter(r) ||
				!unicode.Is(unicode.Scripts[c.Script], r) || !strings.HasPrefix(c.Name, strings.ToUpper(c.Script)) {
				t.Errorf("U+%04X: confusable %+v", r, c)
			}
		}
	}
	for _, r := range []rune{'α', 'χ', 'θ', 'x', 'ж'} {
		if _, ok := srcpos.Confuse(r); ok {
			t.Errorf("%c is not a look-alike", r)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

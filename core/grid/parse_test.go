package grid_test

import (
	"bufio"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/core/grid"
	"github.com/gradplay/gradplay/core/srcpos"
)

// TestSpecs runs testdata/specs.txt: each spec's coordinates bit for bit, or
// its error's column (or line:column) and message.
func TestSpecs(t *testing.T) {
	file, err := os.Open("testdata/specs.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	line, n := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		src, want, ok := strings.Cut(text, "=>")
		if !ok {
			t.Fatalf("specs.txt:%d: no =>", line)
		}
		src, want = strings.TrimSpace(src), strings.TrimSpace(want)
		if unq, err := strconv.Unquote(src); err == nil {
			src = unq
		}
		n++
		spec, err := grid.Parse(src)
		if rest, isErr := strings.CutPrefix(want, "error "); isErr {
			col, msg, _ := strings.Cut(rest, ": ")
			var se *grid.SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("specs.txt:%d: %q: got %v, want error %s", line, src, err, rest)
				continue
			}
			got := strconv.Itoa(se.Column)
			if strings.Contains(col, ":") {
				got = se.Pos.String()
			}
			if got != col || se.Msg != msg {
				t.Errorf("specs.txt:%d: %q:\ngot  %s: %s\nwant %s: %s", line, src, got, se.Msg, col, msg)
			}
			if se.Error() != se.Pos.String()+": "+se.Msg {
				t.Errorf("specs.txt:%d: %q: Error() = %q", line, src, se.Error())
			}
			continue
		}
		if err != nil {
			t.Errorf("specs.txt:%d: %q: %v", line, src, err)
			continue
		}
		got := spec.Coords()
		fields := strings.Fields(want)
		if len(got) != len(fields) || spec.Len() != len(fields) {
			t.Errorf("specs.txt:%d: %q: %d points (Len %d), want %d", line, src, len(got), spec.Len(), len(fields))
			continue
		}
		for i, f := range fields {
			w, _ := strconv.ParseFloat(f, 64)
			if math.Float64bits(got[i]) != math.Float64bits(w) {
				t.Errorf("specs.txt:%d: %q: [%d] = %v, want %v", line, src, i, got[i], w)
				break
			}
		}
		for i := range got {
			if at := spec.At(i); math.Float64bits(at) != math.Float64bits(got[i]) {
				t.Errorf("specs.txt:%d: %q: At(%d) = %v, Coords()[%d] = %v", line, src, i, at, i, got[i])
			}
		}
		// String reads back to the same coordinates.
		again, err := grid.Parse(spec.String())
		if err != nil || !equal(again.Coords(), got) {
			t.Errorf("specs.txt:%d: %q: String %q does not read back (%v)", line, src, spec.String(), err)
		}
	}
	if n < 30 {
		t.Fatalf("only %d specs read", n)
	}
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// TestCheckSize refuses oversized grids before anything is allocated, stating
// the size asked and the limit.
func TestCheckSize(t *testing.T) {
	if err := grid.CheckSize([]int{256, 256, 256}, nil, 0); err != nil {
		t.Errorf("256^3 within the default budget: %v", err)
	}
	err := grid.CheckSize([]int{300, 300, 300}, []string{"q", "chi", "delta"}, 0)
	var se *grid.SizeError
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want *SizeError", err)
	}
	want := "the grid has 300 (q) × 300 (chi) × 300 (delta) = 27,000,000 points, more than the limit of 16,777,216: use fewer points per variable"
	if se.Error() != want {
		t.Errorf("got  %s\nwant %s", se, want)
	}
	// Products beyond any int do not overflow.
	big := grid.MaxAxisPoints
	if err := grid.CheckSize([]int{big, big, big, big}, nil, 1000); err == nil {
		t.Error("an astronomically large grid passed")
	}
	if err := grid.CheckSize([]int{10, 10}, nil, 99); err == nil {
		t.Error("100 points passed a limit of 99")
	}
}

// TestLookAlikeSpan checks that the error for a look-alike character spans
// exactly that character, so that the page selects it.
func TestLookAlikeSpan(t *testing.T) {
	for src, char := range map[string]string{
		"−2:2:5j": "−", "linspace(0,\u00a01, 3)": "\u00a0", "0:1:\u200b3j": "\u200b",
		"lіnspace(0, 1, 3)": "і", "0:1:３j": "３", "[1, 1e400]": "1e400",
	} {
		_, err := grid.Parse(src)
		var se *grid.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: got %v", src, err)
			continue
		}
		if got := src[se.Offset:se.End]; got != char {
			t.Errorf("%q: error spans %q, want %q: %v", src, got, char, err)
		}
	}
}

// FuzzParse: no panic; errors point inside the input; a parsed spec has a
// sane length, prints to a form that parses again to the same coordinates.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"linspace(-2, 2, 21)", "-2:2:21j", "-100:101:25", "[0, 0.1, 0.3]", "-pi:2pi:3j", "0:1:1e3j", "[1,", "linspace(0,1,", "χ", "0:1\n:2.5j", "[1,\n\t2, 2]",
		"np.arange(-100, 101, 25)", "arange(5)", "numpy.arange(0.5, -0.5, -0.3,)", "arange(0, 1, 5j)", "arange(1e300)",
		"−2:2:5j", "linspace(0,\u00a01, 3)", "０:1:3j", "lіnspace(0, 1, 3)", "0:10²:3j", "[1, 1e-400]", "[1e-320, 1]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		spec, err := grid.Parse(src)
		if err != nil {
			var se *grid.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("%q: error %T", src, err)
			}
			if se.Offset < 0 || se.Offset > len(src) || se.End < se.Offset || se.End > len(src) {
				t.Fatalf("%q: error span [%d, %d) outside the input", src, se.Offset, se.End)
			}
			if se.Pos != srcpos.At(src, se.Offset) {
				t.Fatalf("%q: position %+v for offset %d", src, se.Pos, se.Offset)
			}
			_ = se.Snippet()
			return
		}
		if spec.Len() < 1 || spec.Len() > grid.MaxAxisPoints {
			t.Fatalf("%q: %d points", src, spec.Len())
		}
		if spec.Len() > 1<<16 {
			return // do not allocate huge grids in the fuzzer
		}
		again, err := grid.Parse(spec.String())
		if err != nil {
			t.Fatalf("%q: String %q: %v", src, spec.String(), err)
		}
		if !equal(again.Coords(), spec.Coords()) {
			t.Fatalf("%q: String %q gives other coordinates", src, spec.String())
		}
	})
}

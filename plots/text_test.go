package plots

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/font"
)

// TestMeasuredBox checks the figures' text handler against gonum/plot's
// plain one, on first and later measures of each text, and that the boxes
// it keeps stay within their bounds.
func TestMeasuredBox(t *testing.T) {
	plain := textHandler.(measured).Plain
	texts := []string{"", "x", "∂f/∂chi", "−1.5e+07", "q*chi*delta", "f = sin(x)·exp(−y²)", strings.Repeat("w", 300)}
	for pass := range 2 {
		for _, s := range texts {
			for _, size := range []font.Length{8.5, 9, 11, 13.5} {
				fnt := font.From(sans, size)
				w, h, d := textHandler.Box(s, fnt)
				pw, ph, pd := plain.Box(s, fnt)
				if w != pw || h != ph || d != pd {
					t.Errorf("pass %d, %q at %v: box %v %v %v, plain %v %v %v", pass, s, size, w, h, d, pw, ph, pd)
				}
			}
		}
	}
	long := strings.Repeat("a", 40_000)
	for k := range 2 * maxBoxes {
		s := string(rune('a'+k%26)) + strings.Repeat("b", k%7)
		if k%100 == 0 {
			s = long[:30_000+k]
		}
		textHandler.Box(s, font.From(sans, font.Length(1+k)))
		boxes.Lock()
		n, b := len(boxes.m), boxes.bytes
		boxes.Unlock()
		if n > maxBoxes || b > maxBoxBytes {
			t.Fatalf("after %d texts: %d boxes of %d bytes kept", k+1, n, b)
		}
	}
}

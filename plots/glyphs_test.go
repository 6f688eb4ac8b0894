package plots

import (
	"image"
	"sync"
	"testing"

	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
)

// TestRasterFace checks that the kept face's glyphs are the pixels the
// font's own face draws, at dots with every kind of fractional part, a
// second time from the cache, and from goroutines at once.
func TestRasterFace(t *testing.T) {
	f := font.DefaultCache.Lookup(sans, 9)
	const dpi = 96
	direct := f.FontFace(dpi)
	defer direct.Close()
	kept := rasterFace(f, dpi)
	if rasterFace(f, dpi) != kept {
		t.Fatal("a second lookup made another face")
	}
	dots := []fixed.Point26_6{{X: 0, Y: 0}, {X: 17, Y: 63}, {X: 64*301 + 5, Y: 64*77 + 40}, {X: -64*3 - 9, Y: 64 * 12}, {X: 64*640 - 1, Y: -1}}
	runes := []rune("0123456789-+.,eE abcxyzqχδ∂/=|()[]∇ⁿ")
	check := func(t *testing.T) {
		for pass := range 2 {
			for _, d := range dots {
				for _, r := range runes {
					dr0, m0, p0, a0, ok0 := direct.Glyph(d, r)
					var want []uint8
					if ok0 {
						want = alphaPixels(m0, p0, dr0.Size())
					}
					dr1, m1, p1, a1, ok1 := kept.Glyph(d, r)
					// (Without a glyph the rest is not used.)
					if ok0 != ok1 || (ok0 && (a0 != a1 || dr0 != dr1)) {
						t.Fatalf("pass %d, %q at %v: direct %v %v %v, kept %v %v %v", pass, r, d, dr0, a0, ok0, dr1, a1, ok1)
					}
					if !ok0 {
						continue
					}
					got := alphaPixels(m1, p1, dr1.Size())
					if string(got) != string(want) {
						t.Fatalf("pass %d, %q at %v: the masks differ", pass, r, d)
					}
				}
			}
		}
	}
	check(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, d := range dots {
				for _, r := range runes {
					kept.Glyph(d, r)
					kept.Kern('a', r)
				}
			}
		})
	}
	wg.Wait()
}

// alphaPixels returns the alpha of m's size×size pixels from p.
func alphaPixels(m image.Image, p image.Point, size image.Point) []uint8 {
	out := make([]uint8, 0, size.X*size.Y)
	for y := range size.Y {
		for x := range size.X {
			_, _, _, a := m.At(p.X+x, p.Y+y).RGBA()
			out = append(out, uint8(a>>8))
		}
	}
	return out
}

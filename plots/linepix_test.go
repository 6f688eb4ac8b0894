package plots

import (
	"image"
	"testing"
)

// TestLineMaskReset checks the invariant that lets reset clear only the
// pixels the last lines set: after reset the whole of the mask's array is
// 0, whatever boxes and lines came before (boxes growing, shrinking and
// moving).
func TestLineMaskReset(t *testing.T) {
	px := new(linePixels)
	for _, box := range []image.Rectangle{image.Rect(0, 0, 50, 40), image.Rect(10, 5, 90, 30),
		image.Rect(0, 0, 20, 20), image.Rect(3, 3, 120, 80), image.Rect(60, 0, 70, 200)} {
		px.reset(box)
		for k, v := range px.mask[:cap(px.mask)] {
			if v != 0 {
				t.Fatalf("box %v: mask[%d] = %d after reset", box, k, v)
			}
		}
		x0, y0, x1, y1 := float64(box.Min.X)+1, float64(box.Min.Y)+1, float64(box.Max.X)-1, float64(box.Max.Y)-1
		px.xy = append(px.xy[:0], x0, y0, x1, y1, x0, y1)
		px.segment(0, 1, 1.2)
		px.segment(1, 2, 0.6)
		if len(px.on) == 0 {
			t.Fatalf("box %v: the lines set no pixel", box)
		}
	}
}

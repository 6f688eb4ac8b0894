package e2e

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"time"
)

// TestPreview: the first frame is drawn without WebGL, into a 2-D canvas
// over ebiten's (wasm/preview.go), and counted; ebiten's first WebGL frame
// then takes its place. The two are the same figure: compared pixel for
// pixel, at one and at two device pixels per CSS pixel, a screenshot of
// the WebGL frame and the preview's own pixels are within 2 levels but for
// under 1 % of the pixels, at the arrows' edges, and within 8 but for a
// few (measured: 0.4-0.7 % and 0.003 %; the GPU paints a near-degenerate
// sliver's pixel at times). Screenshot: /tmp/gradplay-preview-dpr1.png.
func TestPreview(t *testing.T) {
	for _, dpr := range []float64{1, 2} {
		t.Run(fmt.Sprint("dpr", dpr), func(t *testing.T) { testPreview(t, dpr) })
	}
}

func testPreview(t *testing.T, dpr float64) {
	// Keep the preview's pixels, and the frames and WebGL draw calls
	// counted when it appears.
	b := countingView(t, dpr, `new MutationObserver((ms, obs) => {
			const c = document.getElementById("preview");
			if (!c) return;
			obs.disconnect();
			window.__preview = {png: c.toDataURL("image/png"), width: c.width, height: c.height,
				css: [c.style.width, c.style.height], frames: window.gradplay.frames, draws: window.__draws};
		}).observe(document, {childList: true, subtree: true});`)
	b.open(t, "view.html#expr=sin(x)*exp(-y**2)&grid.x=-3:3:21j&grid.y=-2:2:15j")
	waitFrames(t, b, "window.gradplay", 0)
	// ebiten's first frame takes over: the preview goes.
	waitFor(t, b, `String(document.getElementById("preview") === null && window.__draws > 0)`, "true")
	pre := eval[struct {
		PNG           string
		Width, Height int
		CSS           []string
		Frames, Draws int
	}](t, b, `window.__preview || {}`)
	if pre.PNG == "" {
		t.Fatal("no preview canvas was shown")
	}
	if pre.Frames != 1 || pre.Draws != 0 {
		t.Errorf("when the preview appeared: %d frames counted (want 1), %d WebGL draw calls (want none)", pre.Frames, pre.Draws)
	}
	w, h := eval[int](t, b, `document.body.clientWidth`), eval[int](t, b, `document.body.clientHeight`)
	if pre.Width != int(float64(w)*dpr) || pre.Height != int(float64(h)*dpr) || pre.CSS[0] != fmt.Sprint(w, "px") || pre.CSS[1] != fmt.Sprint(h, "px") {
		t.Errorf("the preview is %d×%d pixels shown at %v, want %v×%v shown at %d×%d (the body's)", pre.Width, pre.Height, pre.CSS, float64(w)*dpr, float64(h)*dpr, w, h)
	}
	if n := eval[int](t, b, `gradplay.frames`); n != 1 {
		t.Errorf("%d frames counted after ebiten took over, want 1 (the same frame is no news)", n)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(pre.PNG, "data:image/png;base64,"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	// The frame's ring is drawn over either canvas: hide it to compare.
	eval[bool](t, b, `(document.getElementById("plot-ring").style.visibility = "hidden", true)`)
	b.do(t, 10*time.Second, sleep(200*time.Millisecond))
	got := shot(t, b, fmt.Sprintf("preview-dpr%v", dpr))
	near, far, worst, n := 0, 0, 0, 0
	bd := want.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			n++
			d := maxDiff(got.At(x, y), want.At(x, y))
			worst = max(worst, d)
			switch {
			case d > 8:
				far++
			case d > 2:
				near++
			}
		}
	}
	t.Logf("dpr %v: of %d pixels, %d are 3-8 levels apart and %d more (at most %d)", dpr, n, near, far, worst)
	if (near+far)*100 > n || far*5000 > n {
		t.Errorf("dpr %v: of the WebGL frame's %d pixels, %d are 3-8 levels from the preview's and %d more (at most %d): want 99 %% within 2 levels and 99.98 %% within 8",
			dpr, n, near, far, worst)
	}
}

// maxDiff is the largest difference of the 8-bit channels of a and b.
func maxDiff(a, b color.Color) int {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := 0
	for _, p := range [][2]uint32{{ar, br}, {ag, bg}, {ab, bb}} {
		d = max(d, absInt(int(p[0]>>8)-int(p[1]>>8)))
	}
	return d
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

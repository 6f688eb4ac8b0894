package e2e

import (
	"bytes"
	"fmt"
	"github.com/gradplay/gradplay/plots"
	"image"
	"image/png"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// luminance is the relative luminance of pixel (x, y) of img (sRGB, WCAG 2).
func luminance(img image.Image, x, y int) float64 { return plots.Luminance(img.At(x, y)) }

// shot takes a screenshot (/tmp/gradplay-NAME.png) and decodes it.
func shot(t *testing.T, b *browser, name string) image.Image {
	t.Helper()
	p := b.screenshot(t, name)
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

type box struct{ X, Y, Width, Height float64 }

// brightest returns the largest luminance in the box of img.
func brightest(img image.Image, r box) float64 {
	best := 0.0
	for y := int(r.Y); y < int(math.Ceil(r.Y+r.Height)); y++ {
		for x := int(r.X); x < int(math.Ceil(r.X+r.Width)); x++ {
			best = max(best, luminance(img, x, y))
		}
	}
	return best
}

// TestThemeView: the view's figure follows the theme Go resolves from
// ?theme= and prefers-color-scheme: a dark ground with light text on a
// dark page, white on a light one; it keeps the screenshots to look at.
func TestThemeView(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	for _, c := range []struct {
		name, query string
		dark        bool // emulate prefers-color-scheme: dark
		want        string
	}{
		{"theme-480-dark", "?theme=dark", false, "dark"},
		{"theme-480-light", "", false, "light"},
		{"theme-480-scheme", "", true, "dark"},
		{"theme-480-pinned-light", "?theme=light", true, "light"},
		{"theme-480-nowebgl-dark", "?nowebgl&theme=dark", false, "dark"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newViewport(t, 480, 360)
			if c.dark {
				b.do(t, 10*time.Second, darkMode)
			}
			b.open(t, "view.html"+c.query+classicHash)
			waitFrames(t, b, "gradplay", 0)
			time.Sleep(300 * time.Millisecond)
			got := eval[string](t, b, `document.documentElement.dataset.theme || ""`)
			if got != c.want {
				t.Errorf("data-theme %q, want %q", got, c.want)
			}
			img := shot(t, b, c.name)
			lay := eval[struct{ Title box }](t, b, `gradplay.layout(480, document.body.clientHeight, 1)`)
			bg, text := luminance(img, 6, 6), brightest(img, lay.Title)
			t.Logf("background luminance %.3f, brightest title pixel %.3f", bg, text)
			if c.want == "dark" && (bg > 0.02 || text < 0.6) {
				t.Errorf("dark figure: background luminance %.3f (want < 0.02), title %.3f (want light, > 0.6)", bg, text)
			}
			if c.want == "light" && bg < 0.9 {
				t.Errorf("light figure: background luminance %.3f", bg)
			}
			if errs := b.consoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// TestThemeHalo: normalized arrows on viridis' yellow corner (the largest
// f and |grad f| of x**2 + y**2) have dark halos on screen (the GPU mesh).
func TestThemeHalo(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newViewport(t, 480, 360)
	b.open(t, "view.html#expr=x**2%2By**2&grid.x=0:1:21j&grid.y=0:1:21j&mode=normalized")
	waitFrames(t, b, "gradplay", 0)
	time.Sleep(300 * time.Millisecond)
	a := eval[struct{ X0, Y0, X1, Y1 float64 }](t, b, `gradplay.plotArea()`)
	img := shot(t, b, "theme-normalized-viridis")
	// The corner x, y in [0.8, 0.95]: yellow cells (luminance about 0.7).
	dark, n := 0, 0
	for y := int(a.Y0 + 0.05*(a.Y1-a.Y0)); y < int(a.Y0+0.2*(a.Y1-a.Y0)); y++ {
		for x := int(a.X0 + 0.8*(a.X1-a.X0)); x < int(a.X0+0.95*(a.X1-a.X0)); x++ {
			n++
			if luminance(img, x, y) < 0.2 {
				dark++
			}
		}
	}
	t.Logf("%d of %d pixels of the yellow corner are dark (halos)", dark, n)
	if dark < 30 {
		t.Errorf("only %d dark pixels among %d in the yellow corner: the arrows have no halo on screen", dark, n)
	}
}

// TestThemeCompact: with controls=min the strip under the plot stays
// small, so that the plot keeps most of the frame; and the playground in
// dark shows a dark figure. Screenshots to look at.
func TestThemeCompact(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	for _, c := range []struct {
		name        string
		w, h        int
		query       string
		minPlotFrac float64
	}{
		{"theme-320-min", 320, 240, "?controls=min", 0.68},
		{"theme-480-min", 480, 360, "?controls=min&theme=dark", 0.75},
		{"theme-375-phone-min", 375, 740, "?controls=min", 0.85},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newViewport(t, c.w, c.h)
			b.open(t, "view.html"+c.query+classicHash)
			waitFrames(t, b, "gradplay", 0)
			pinCentre(t, b, 1500*time.Millisecond)
			lay := eval[struct {
				CanvasH, ChromeTop, ChromeH, InnerH, BodyH float64
				ChromeVar                                  string
				OverflowX                                  bool
				Rows                                       int
			}](t, b, `(() => {
				const c = document.querySelector("canvas"), ch = document.getElementById("chrome").getBoundingClientRect();
				const mids = [...document.querySelectorAll("#controls > *")].map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; });
				const rows = mids.filter((m, i) => i === 0 || Math.abs(m - mids[0]) > 6).length;
				return {BodyH: document.body.getBoundingClientRect().height, ChromeVar: getComputedStyle(document.documentElement).getPropertyValue("--chrome-h"),
					CanvasH: c.getBoundingClientRect().height, ChromeTop: ch.top, ChromeH: ch.height, InnerH: innerHeight,
					OverflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth, Rows: rows};
			})()`)
			t.Logf("%s: %+v", c.name, lay)
			shot(t, b, c.name)
			// The plot takes the frame above the strip (ebiten follows a resize within a few frames).
			if plot := min(lay.CanvasH, lay.ChromeTop); plot < c.minPlotFrac*lay.InnerH || lay.OverflowX || lay.Rows != 1 {
				t.Errorf("the plot is %.0f of %.0f px tall (want at least %.0f%%), the controls take %d rows (want 1), overflow %v",
					plot, lay.InnerH, 100*c.minPlotFrac, lay.Rows, lay.OverflowX)
			}
		})
	}
	t.Run("playground-dark", func(t *testing.T) {
		b := newBrowser(t)
		b.do(t, 10*time.Second, darkMode)
		b.open(t, "index.html"+classicHash)
		waitFrames(t, b, viewJS, 0)
		time.Sleep(500 * time.Millisecond)
		img := shot(t, b, "theme-playground-dark")
		r := eval[box](t, b, `(() => { const r = document.querySelector("iframe").getBoundingClientRect(); return {X: r.x, Y: r.y, Width: r.width, Height: r.height}; })()`)
		if l := luminance(img, int(r.X)+8, int(r.Y)+8); l > 0.02 {
			t.Errorf("the playground's figure in dark has background luminance %.3f", l)
		}
	})
}

// TestThemeLayout: in the log arrow mode (a key of several lengths), at
// 320×240, 480×360 and 375×740, in both themes, the title, subtitle, key
// and colour bar (bar, labels, name) of gradplay.layout() lie inside the
// canvas and do not intersect.
func TestThemeLayout(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	for _, c := range []struct {
		w, h  int
		query string
	}{{320, 240, "?theme=dark"}, {480, 360, ""}, {375, 740, "?theme=dark"}} {
		b := newViewport(t, c.w, c.h)
		b.open(t, "view.html"+c.query+"#expr=exp(3*x)%2By&grid.x=-2:2:21j&grid.y=-1:1:21j&mode=log")
		waitFrames(t, b, "gradplay", 0)
		time.Sleep(1500 * time.Millisecond)
		lay := eval[struct {
			Canvas               struct{ Width, Height float64 }
			Title, Subtitle, Key *box
			Colorbar             *struct {
				Bar    box
				Labels []box
				Name   box
			}
		}](t, b, `gradplay.layout()`)
		name := fmt.Sprintf("%d×%d", c.w, c.h)
		shot(t, b, fmt.Sprintf("theme-log-%dx%d", c.w, c.h))
		boxes := map[string]box{}
		for n, p := range map[string]*box{"title": lay.Title, "subtitle": lay.Subtitle, "key": lay.Key} {
			if p != nil {
				boxes[n] = *p
			}
		}
		if lay.Key == nil || lay.Colorbar == nil {
			t.Fatalf("%s: no key or colour bar: %+v", name, lay)
		}
		boxes["colorbar"], boxes["colorbar name"] = lay.Colorbar.Bar, lay.Colorbar.Name
		for i, l := range lay.Colorbar.Labels {
			boxes[fmt.Sprintf("colorbar label %d", i)] = l
		}
		for a, ba := range boxes {
			if ba.X < -0.5 || ba.Y < -0.5 || ba.X+ba.Width > lay.Canvas.Width+0.5 || ba.Y+ba.Height > lay.Canvas.Height+0.5 {
				t.Errorf("%s: %s %+v leaves the canvas %+v", name, a, ba, lay.Canvas)
			}
			for b2, bb := range boxes {
				if a < b2 && !(strings.HasPrefix(a, "colorbar") && strings.HasPrefix(b2, "colorbar")) &&
					ba.X < bb.X+bb.Width && bb.X < ba.X+ba.Width && ba.Y < bb.Y+bb.Height && bb.Y < ba.Y+ba.Height {
					t.Errorf("%s: %s %+v intersects %s %+v", name, a, ba, b2, bb)
				}
			}
		}
		t.Logf("%s: key %+v", name, *lay.Key)
	}
}

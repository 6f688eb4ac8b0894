package e2e

import (
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestTour takes the screenshots a person looks at after a visible change
// (GRADPLAY_TOUR=1; skipped otherwise): the playground wide with the
// classic example pinned, the explainer and the NumPy panel, a stale
// figure, the view as a 480×360 embed, a phone (375×740), and dark.
func TestTour(t *testing.T) {
	if os.Getenv("GRADPLAY_TOUR") == "" {
		t.Skip("set GRADPLAY_TOUR=1 to take the tour's screenshots")
	}
	classic := "index.html#expr=q*chi*delta&grid.chi=-100:101:25&grid.delta=-100:101:25&grid.q=-100:101:25&at.delta=6&pin=2,7"
	b := newBrowser(t)
	b.open(t, classic)
	waitFrames(t, b, viewJS, 0)
	time.Sleep(time.Second)
	b.screenshot(t, "tour-wide")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("stencil").scrollIntoView()`))
	b.screenshot(t, "tour-stencil")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`document.getElementById("numpy").scrollIntoView()`))
	b.screenshot(t, "tour-numpy")
	b.do(t, 10*time.Second, chromedp.Evaluate[chromedp.Void](`(() => { scrollTo(0, 0); const e = document.getElementById("expr"); e.value = "q*chi*"; e.dispatchEvent(new Event("input")); })()`))
	time.Sleep(1500 * time.Millisecond)
	b.screenshot(t, "tour-stale")

	e := b.newTab(t, 480, 360)
	e.open(t, "view.html#expr=q*chi*delta&grid.chi=-100:101:25&grid.delta=-100:101:25&grid.q=-100:101:25&at.delta=6")
	waitFrames(t, e, "gradplay", 0)
	time.Sleep(500 * time.Millisecond)
	e.screenshot(t, "tour-embed")

	p := b.newTab(t, 375, 740)
	p.open(t, classic)
	waitFrames(t, p, viewJS, 0)
	time.Sleep(500 * time.Millisecond)
	p.screenshot(t, "tour-phone")

	d := b.newTab(t, 1280, 900)
	d.do(t, 10*time.Second, darkMode)
	d.open(t, classic+"&panels=partials")
	waitFrames(t, d, viewJS, 0)
	time.Sleep(500 * time.Millisecond)
	d.screenshot(t, "tour-dark-partials")
}

package e2e

import (
	"strings"
	"testing"
)

// largeJS sets a grid at the point budget (256³ = 2^24 points, three
// variables) on the view, and while it builds a newer function, as typing
// would; it watches a 5 ms timer (the longest gap is how long the page was
// blocked), the "progress" events and the notice, until the newest state
// is drawn.
const largeJS = `(async () => {
	const g = window.gradplay, sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	const t0 = performance.now(), grid = { q: "-1:1:256j", chi: "-1:1:256j", delta: "-1:1:256j" };
	const r = { progress: 0, text: "", seen: "", maxGap: 0, gaps: [], f0: g.frames };
	let last = t0, ticking = true;
	g.on("progress", (p) => { r.progress++; r.text = p.text; });
	const tick = () => {
		const t = performance.now();
		if (t - last > 200) r.gaps.push([Math.round(t - t0), Math.round(t - last), r.progress, r.text]);
		r.maxGap = Math.max(r.maxGap, t - last);
		last = t;
		if (ticking) setTimeout(tick, 5);
	};
	setTimeout(tick, 5);
	g.setState({ expr: "sin(q)*chi*delta", grid });
	while (r.progress < 2 && performance.now() - t0 < 60000) await sleep(5);
	r.seen = document.getElementById("busy").hidden ? "" : document.getElementById("busy-text").textContent;
	// Go's test takes a screenshot now; then largeEnd sets a newer function.
	window.largeEnd = async () => {
		g.setState({ expr: "cos(q)*chi*delta", grid });
		while (g.frames === r.f0 && performance.now() - t0 < 120000) await sleep(20);
		await sleep(50);
		ticking = false;
		return { ...r, gaps: JSON.stringify(r.gaps), frames: g.frames - r.f0, alt: g.altText(),
			notice: document.getElementById("notice").textContent + (document.getElementById("busy").hidden ? "" : " busy"), ms: performance.now() - t0 };
	};
	return true;
})()`

// TestLargeGrid: a grid at the point budget builds in pieces: the view
// shows Go's progress text and bar (#busy, role status), the page's timers keep running
// (it is never blocked for a second: typing and the slider are answered),
// the build a newer state made stale is abandoned, and the newest state is
// the one drawn, with the progress gone.
func TestLargeGrid(t *testing.T) {
	b := newBrowserSize(t, 640, 480)
	b.open(t, "view.html#expr=x*y")
	waitFrames(t, b, "window.gradplay", 0)
	eval[bool](t, b, largeJS)
	shot := b.screenshot(t, "large-progress")
	r := eval[struct {
		Gaps        string
		Progress    int
		Text, Seen  string
		MaxGap, MS  float64
		Frames      int
		Alt, Notice string
	}](t, b, `largeEnd()`)
	t.Logf("the view while it builds: %s", shot)
	t.Logf("gaps over 200 ms [at, gap, progress events, text]: %s", r.Gaps)
	t.Logf("256³: %d progress events, drawn after %.0f ms, longest block %.0f ms, %d frames", r.Progress, r.MS, r.MaxGap, r.Frames)
	if r.Progress < 3 || !strings.Contains(r.Text, "%") || !strings.Contains(r.Seen, "Computing") {
		t.Errorf("progress: %d events, last %q; the notice said %q", r.Progress, r.Text, r.Seen)
	}
	if r.MaxGap > 1000 {
		t.Errorf("the page was blocked for %.0f ms", r.MaxGap)
	}
	if r.Frames < 1 || !strings.Contains(r.Alt, "cos") {
		t.Errorf("%d frames; the figure drawn: %q", r.Frames, r.Alt)
	}
	if strings.Contains(r.Notice, "busy") {
		t.Errorf("the progress is still shown (notice %q)", r.Notice)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gradplay/gradplay/web/server"
)

const chromiumPath = "/usr/bin/chromium"

var (
	siteOnce sync.Once
	siteURL  string
	siteErr  error
)

// site returns the base URL of the site, building and serving it once.
func site(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is missing: the browser tests need Debian's chromium (./build.sh test installs it)", chromiumPath)
		}
		tb.Skip("install chromium (./build.sh test does)")
	}
	siteOnce.Do(func() {
		dir := os.Getenv("GRADPLAY_SITE")
		watch(dir)
		if dir == "" {
			tmp, err := os.MkdirTemp("", "gradplay-site-")
			if err != nil {
				siteErr = err
				return
			}
			cmd := exec.Command("../build.sh", "site", tmp)
			cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
			// Brotli at quality 5, not 11: the same format in 1 s
			// instead of 54 (the bench measures the shipped size).
			cmd.Env = append(os.Environ(), "GRADPLAY_BROTLI_QUALITY=5")
			if err := cmd.Run(); err != nil {
				siteErr = fmt.Errorf("../build.sh site %s: %v", tmp, err)
				return
			}
			dir = tmp
		}
		siteDir = dir
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			siteErr = err
			return
		}
		go http.Serve(ln, server.Handler(dir))
		siteURL = "http://" + ln.Addr().String() + "/"
	})
	if siteErr != nil {
		tb.Fatal(siteErr)
	}
	return siteURL
}

// browser is one Chromium tab with its console errors collected.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

// newBrowser starts a fresh Chromium (own profile) and returns its tab.
func newBrowser(tb testing.TB) *browser { return newBrowserSize(tb, 1280, 900) }

// newTab starts another Chromium with a window of w×h pixels.
func (b *browser) newTab(tb testing.TB, w, h int) *browser { return newBrowserSize(tb, w, h) }

// newViewport starts a fresh Chromium whose page is w×h CSS pixels (the
// window and the emulated viewport), as an embed or a phone shows it.
func newViewport(tb testing.TB, w, h int) *browser {
	tb.Helper()
	b := newBrowserSize(tb, w, h)
	b.do(tb, 10*time.Second, chromedp.EmulateViewport(int64(w), int64(h)))
	return b
}

// pinCentre clicks the node at the centre of view.html's plot and waits
// settle for the page to show it.
func pinCentre(tb testing.TB, b *browser, settle time.Duration) {
	tb.Helper()
	area := eval[struct{ X0, Y0, X1, Y1 float64 }](tb, b, `gradplay.plotArea()`)
	b.do(tb, 10*time.Second, chromedp.MouseClickXY((area.X0+area.X1)/2, (area.Y0+area.Y1)/2), chromedp.Sleep(settle))
}

// newBrowserSize starts a fresh Chromium with a w×h window and the extra
// options.
func newBrowserSize(tb testing.TB, w, h int, extra ...chromedp.ExecAllocatorOption) *browser {
	tb.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(w, h),
		// WebGL2 in software: ANGLE on SwiftShader.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("ignore-gpu-blocklist", true),
		// Keep this closed network quiet.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("metrics-recording-only", true),
	}
	if _, bench := tb.(*testing.B); !bench {
		// The tests rasterize the page's HTML in software: through
		// SwiftShader (Chromium's choice here) it costs the GPU process
		// most of the machine (the corpus: 21.4 s for 150 inputs, 16.3 s
		// in software). The canvas keeps WebGL2 on SwiftShader, and the
		// benchmarks keep Chromium's choice (their figures stay
		// comparable).
		opts = append(opts, chromedp.Flag("disable-gpu-rasterization", true))
	}
	opts = append(opts, extra...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	b := &browser{ctx: ctx}
	tb.Cleanup(func() {
		cancelC()
		cancelA()
	})
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting chromium: %v", err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				b.mu.Lock()
				b.errors = append(b.errors, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs actions with a timeout.
func (b *browser) do(tb testing.TB, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JS expression in the tab, awaiting a promise, and
// decodes its value.
func eval[T any](tb testing.TB, b *browser, js string) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluating %.200s: %v", js, err)
	}
	return v
}

// open loads path (relative to the site) and waits for gradplay.ready and a first frame.
func (b *browser) open(tb testing.TB, path string) {
	tb.Helper()
	b.do(tb, 90*time.Second, chromedp.Navigate(site(tb)+path))
	const wait = `(async () => {
		for (let i = 0; i < 600 && !(window.gradplay && window.gradplay.ready); i++) await new Promise(r => setTimeout(r, 50));
		await window.gradplay.ready;
		return true;
	})()`
	// The wait can start in the document that the navigation is replacing
	// (seen once in a full run: "Promise was collected"); it is then asked
	// again in the new one.
	for try := 1; ; try++ {
		ctx, cancel := context.WithTimeout(b.ctx, 90*time.Second)
		_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](wait, chromedp.EvalAwaitPromise))
		cancel()
		if err == nil {
			return
		}
		if try == 3 || !strings.Contains(err.Error(), "Promise was collected") && !strings.Contains(err.Error(), "context was destroyed") {
			tb.Fatalf("waiting for gradplay.ready at %s: %v", path, err)
		}
	}
}

// consoleErrors returns the console errors and uncaught exceptions so far.
func (b *browser) consoleErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errors...)
}

// screenshot saves a PNG of the tab to /tmp/gradplay-NAME.png.
func (b *browser) screenshot(tb testing.TB, name string) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(os.TempDir(), "gradplay-"+name+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("screenshot: %s", p)
	return p
}

// watch stats the files the site is made of (the module's sources, or the
// given site directory), so that go test's result cache notices when they
// change: the site is built by a subprocess, which the cache cannot see.
func watch(dir string) {
	if dir == "" {
		dir = ".."
	}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if n := d.Name(); p != dir && (strings.HasPrefix(n, ".") || n == "out" || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".js", ".html", ".css", ".svg", ".wasm", ".mod", ".sh":
			os.Stat(p)
		}
		return nil
	})
}

// smallView shrinks the playground's view to 360×270 and waits for it to
// render at that size: tests of many state changes then render small
// figures, in software. The page must run fastTimers.
func smallView(tb testing.TB, b *browser) {
	tb.Helper()
	eval[bool](tb, b, `(async () => {
		const v = document.getElementById("view");
		v.style.width = "360px";
		v.style.height = "270px";
		for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 90)); // (under 100 ms: see fastTimers)
		return true;
	})()`)
}

// classicHash is the classic question's state (q*chi*delta on -100:101:25
// per variable, at delta = 50), the embeds' and themes' test figure.
const classicHash = "#expr=q*chi*delta&grid.q=-100:101:25&grid.chi=-100:101:25&grid.delta=-100:101:25&at.delta=6"

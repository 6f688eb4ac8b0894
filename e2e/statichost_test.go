package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// siteDir is the folder of the built site that site serves (set by site).
var siteDir string

// builtSite returns the folder of the built site, building it once.
func builtSite(tb testing.TB) string {
	tb.Helper()
	site(tb)
	return siteDir
}

// plainHost serves dir with Python's http.server, a host that sends no
// Content-Encoding (and serves .wasm as application/wasm), and returns its
// base URL. The server stops with the test.
func plainHost(tb testing.TB, dir string) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // free for Python; a race with another process is unlikely here
	cmd := exec.Command("/usr/bin/python3", "-m", "http.server", "--bind", "127.0.0.1", fmt.Sprint(port), "--directory", dir)
	var log bytes.Buffer
	cmd.Stderr = &log // its request log, shown when the test fails
	if err := cmd.Start(); err != nil {
		tb.Fatalf("starting python3 -m http.server: %v", err)
	}
	tb.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if tb.Failed() {
			tb.Logf("python3 -m http.server:\n%s", log.String())
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d/", port)
	for i := 0; ; i++ {
		r, err := http.Head(url + "build.json")
		if err == nil {
			r.Body.Close()
			break
		}
		if i == 100 {
			tb.Fatalf("python3 -m http.server on port %d did not answer: %v", port, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return url
}

// onNewDocument is an action that has the tab run js in every new
// document before the page's scripts.
func onNewDocument(js string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js})
		return chromedp.Void{}, err
	}
}

// wasmFetch is one resource timing entry of the page.
type wasmFetch struct {
	Name          string  `json:"name"`
	TransferSize  float64 `json:"transferSize"`
	EncodedBody   float64 `json:"encodedBodySize"`
	DecodedBody   float64 `json:"decodedBodySize"`
	InitiatorType string  `json:"initiatorType"`
}

// TestStaticHost opens the view from a plain static host (Python's
// http.server: no Content-Encoding): the page reaches its first frame, and
// the loader fetched the gzip file, not the raw 16 MB .wasm, with the
// progress bar counting those compressed bytes against build.json's
// wasmGzBytes.
func TestStaticHost(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	dir := builtSite(t)
	var meta struct{ WasmBytes, WasmGzBytes int }
	if b, err := os.ReadFile(filepath.Join(dir, "build.json")); err != nil || json.Unmarshal(b, &meta) != nil || meta.WasmGzBytes == 0 {
		t.Fatalf("build.json: %s %v: want wasmBytes and wasmGzBytes", b, err)
	}
	for _, ext := range []string{"", ".gz", ".br"} {
		st, err := os.Stat(filepath.Join(dir, "gradplay.wasm"+ext))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("gradplay.wasm%s: %d bytes", ext, st.Size())
	}
	base := plainHost(t, dir)
	b := newBrowser(t)
	b.do(t, 20*time.Second, onNewDocument(`window.progress = [];
			addEventListener("gradplay-progress", (e) => progress.push([e.detail.loaded, e.detail.total]));`),
		chromedp.Navigate(base+"view.html#expr=sin(x)*exp(-y**2)"))
	frames := eval[int](t, b, `(async () => {
		for (let i = 0; i < 1200 && !(window.gradplay && window.gradplay.frames > 0); i++) await new Promise(r => setTimeout(r, 50));
		return window.gradplay ? window.gradplay.frames : -1;
	})()`)
	if frames < 1 {
		t.Fatalf("no frame within 60 s (frames %d); console: %v", frames, b.consoleErrors())
	}
	entries := eval[[]wasmFetch](t, b, `performance.getEntriesByType("resource")
		.filter((e) => /gradplay\.wasm/.test(e.name)).map((e) => e.toJSON())`)
	total := 0.0
	gz := false
	for _, e := range entries {
		t.Logf("%s (%s): transfer %.0f, encoded body %.0f, decoded %.0f bytes", e.Name, e.InitiatorType, e.TransferSize, e.EncodedBody, e.DecodedBody)
		total += max(e.TransferSize, e.EncodedBody)
		gz = gz || filepath.Ext(e.Name) == ".gz"
	}
	t.Logf("the wasm over a plain host: %.0f bytes (%.2f MB)", total, total/1e6)
	if !gz {
		t.Errorf("the loader did not fetch gradplay.wasm.gz: %v", entries)
	}
	if total > 4.5e6 {
		t.Errorf("%.0f bytes transferred for the wasm, want at most 4.5 MB", total)
	}
	// The progress bar: compressed bytes against the .gz's size, ending at it.
	prog := eval[[][2]float64](t, b, `window.progress`)
	if len(prog) == 0 {
		t.Error("no progress events")
	} else if last := prog[len(prog)-1]; last[1] != float64(meta.WasmGzBytes) || last[0] != last[1] {
		t.Errorf("the last progress event %v, want %d of %d", last, meta.WasmGzBytes, meta.WasmGzBytes)
	}
	if errs := b.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestStaticHostNegotiated checks that a server that negotiates encodings
// (web/server) still sends the brotli file: the loader asks for
// gradplay.wasm, which comes compressed, and not for the .gz.
func TestStaticHostNegotiated(t *testing.T) {
	t.Parallel() // depends on no timing (see doc.go)
	b := newBrowser(t)
	b.open(t, "view.html#expr=x*y")
	entries := eval[[]wasmFetch](t, b, `performance.getEntriesByType("resource")
		.filter((e) => /gradplay\.wasm/.test(e.name)).map((e) => e.toJSON())`)
	br, err := os.Stat(filepath.Join(siteDir, "gradplay.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	body := 0.0
	for _, e := range entries {
		t.Logf("%s (%s): transfer %.0f, encoded body %.0f, decoded %.0f bytes", e.Name, e.InitiatorType, e.TransferSize, e.EncodedBody, e.DecodedBody)
		if filepath.Ext(e.Name) == ".gz" {
			t.Errorf("the loader fetched %s from a server that negotiates encodings", e.Name)
		}
		body += e.EncodedBody
	}
	if body != float64(br.Size()) {
		t.Errorf("%.0f body bytes for the wasm, want the brotli file's %d", body, br.Size())
	}
}

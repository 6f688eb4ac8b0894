package server

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html": "<!doctype html>", "index.html.gz": "gz-index",
		"gradplay.wasm": "\x00asm", "gradplay.wasm.br": "br-wasm", "gradplay.wasm.gz": "gz-wasm",
		"app.js": "export {}",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	h := Handler(dir)
	for _, c := range []struct {
		method, path, accept string
		code                 int
		ctype, enc, body     string
	}{
		{"GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html>"},
		{"GET", "/", "gzip, br", 200, "text/html; charset=utf-8", "gzip", "gz-index"},
		{"GET", "/gradplay.wasm", "gzip, deflate, br, zstd", 200, "application/wasm", "br", "br-wasm"},
		{"GET", "/gradplay.wasm", "br;q=0, gzip", 200, "application/wasm", "gzip", "gz-wasm"},
		{"GET", "/gradplay.wasm", "identity", 200, "application/wasm", "", "\x00asm"},
		{"HEAD", "/app.js", "", 200, "text/javascript; charset=utf-8", "", ""},
		{"GET", "/gradplay.wasm.br", "", 404, "", "", ""},
		{"GET", "/../etc/passwd", "", 404, "", "", ""},
		{"GET", "/sub", "", 404, "", "", ""},
		{"GET", "/missing.js", "", 404, "", "", ""},
		{"POST", "/", "", 405, "", "", ""},
	} {
		req := httptest.NewRequest(c.method, c.path, nil)
		if c.accept != "" {
			req.Header.Set("Accept-Encoding", c.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		r := rec.Result()
		if r.StatusCode != c.code {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, r.StatusCode, c.code)
			continue
		}
		if !strings.Contains(r.Header.Get("Content-Security-Policy"), "script-src 'self' 'wasm-unsafe-eval'") {
			t.Errorf("%s %s: no CSP", c.method, c.path)
		}
		if c.code != 200 {
			continue
		}
		if got := r.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s %s: Content-Type %q, want %q", c.method, c.path, got, c.ctype)
		}
		if got := r.Header.Get("Content-Encoding"); got != c.enc {
			t.Errorf("%s %s (%s): Content-Encoding %q, want %q", c.method, c.path, c.accept, got, c.enc)
		}
		if got := rec.Body.String(); c.method == "GET" && got != c.body {
			t.Errorf("%s %s: body %q, want %q", c.method, c.path, got, c.body)
		}
		if r.Header.Get("Cache-Control") == "" || r.Header.Get("ETag") == "" || r.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s %s: cache headers %v", c.method, c.path, r.Header)
		}
	}
}

package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// TestTraversal checks that nothing outside the site folder is served:
// not through "..", encoded slashes or dots, backslashes, NUL bytes, nor a
// symbolic link inside the folder that leads out of it.
func TestTraversal(t *testing.T) {
	base := t.TempDir()
	site := filepath.Join(base, "site")
	secret := filepath.Join(base, "secret.txt")
	os.Mkdir(site, 0o755)
	os.Mkdir(filepath.Join(site, "sub"), 0o755)
	os.WriteFile(secret, []byte("secret"), 0o644)
	os.WriteFile(filepath.Join(site, "index.html"), []byte("<!doctype html>"), 0o644)
	os.WriteFile(filepath.Join(site, "sub", "a.js"), []byte("export {}"), 0o644)
	for name, target := range map[string]string{
		"passwd.txt": "/etc/passwd", "etc": "/etc", "secret.txt": secret, "up": base,
		"inside.js": "sub/a.js", // a relative link within the folder is fine
	} {
		if err := os.Symlink(target, filepath.Join(site, name)); err != nil {
			t.Fatal(err)
		}
	}
	h := Handler(site)
	for _, c := range []struct {
		path string
		code int
	}{
		{"/sub/a.js", 200},
		{"/inside.js", 200},
		{"/passwd.txt", 404},
		{"/etc/passwd", 404},
		{"/etc/hostname", 404},
		{"/secret.txt", 404},
		{"/up/secret.txt", 404},
		{"/../secret.txt", 404},
		{"/sub/../../secret.txt", 404},
		{"/%2e%2e/secret.txt", 404},
		{"/..%2fsecret.txt", 404},
		{"/sub%2f..%2f..%2fsecret.txt", 404},
		{"/..%5csecret.txt", 404},
		{"/sub%5ca.js", 404},
		{"/index.html%00.js", 404},
	} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = mustUnescape(t, c.path)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != c.code {
			t.Errorf("GET %s: %d, want %d (body %.40q)", c.path, rec.Code, c.code, rec.Body.String())
		}
		if b := rec.Body.String(); b == "secret" || c.code == 404 && b != "404 page not found\n" {
			t.Errorf("GET %s served a file from outside the site", c.path)
		}
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("GET %s: Access-Control-Allow-Origin %q", c.path, got)
		}
		if rec.Header().Get("X-Frame-Options") != "" {
			t.Errorf("GET %s: X-Frame-Options must never be sent", c.path)
		}
	}
}

// mustUnescape decodes a request path as net/http does.
func mustUnescape(t *testing.T, p string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "http://x"+p, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req.URL.Path
}

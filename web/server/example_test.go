package server_test

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/gradplay/gradplay/web/server"
)

// Handler serves a site built by ./build.sh site, with the precompressed
// .wasm when the browser accepts brotli.
func ExampleHandler() {
	dir, _ := os.MkdirTemp("", "site")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "gradplay.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(dir, "gradplay.wasm.br"), []byte("(brotli)"), 0o644)

	req := httptest.NewRequest("GET", "/gradplay.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip, br")
	rec := httptest.NewRecorder()
	server.Handler(dir).ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Encoding"))
	// Output: 200 application/wasm br
}

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"
)

// CSP is the Content-Security-Policy sent with every response. The pages
// repeat it in a meta tag for static hosts that cannot send headers.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
	"frame-src 'self'; frame-ancestors *; object-src 'none'; base-uri 'none'; form-action 'none'"

var types = map[string]string{
	".wasm": "application/wasm",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
}

// encodings lists the precompressed variants, preferred first.
var encodings = []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// Handler returns a handler serving the files under dir, with "/" serving
// index.html.
func Handler(dir string) http.Handler {
	return &handler{dir: dir}
}

type handler struct{ dir string }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", CSP)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	// The files are public: a view in a sandboxed iframe (an opaque
	// origin, as WordPress gives oEmbeds) must be able to fetch the .wasm.
	hd.Set("Access-Control-Allow-Origin", "*")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		http.NotFound(w, r) // the variants are served through Accept-Encoding only
		return
	}
	// Every file is opened through an os.Root: a name with "..", or a
	// symbolic link that leads out of the folder (to /etc, to
	// /etc/passwd), is refused, whatever the form of the request.
	root, err := os.OpenRoot(h.dir)
	if err != nil || strings.ContainsAny(name, "\\\x00") {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	file := strings.TrimPrefix(name, "/")
	st, err := root.Stat(file)
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(name)
	ctype := types[ext]
	if ctype == "" {
		ctype = mime.TypeByExtension(ext)
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	hd.Set("Content-Type", ctype)
	hd.Set("Cache-Control", "no-cache")
	hd.Add("Vary", "Accept-Encoding")

	serve, enc := file, ""
	accept := r.Header.Get("Accept-Encoding")
	for _, e := range encodings {
		if accepts(accept, e.token) {
			if s, err := root.Stat(file + e.ext); err == nil && !s.IsDir() {
				serve, enc = file+e.ext, e.token
				break
			}
		}
	}
	f, err := root.Open(serve)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	fst, err := f.Stat()
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	if enc != "" {
		hd.Set("Content-Encoding", enc)
	}
	hd.Set("ETag", etag(fst, enc))
	// ServeContent handles If-None-Match, HEAD and ranges. It must not see
	// the .br name, or it would guess a content type from it.
	http.ServeContent(w, r, name, fst.ModTime(), f)
}

// etag is a validator from the file's size, time and encoding.
func etag(st os.FileInfo, enc string) string {
	h := sha256.New()
	io.WriteString(h, st.ModTime().UTC().String())
	io.WriteString(h, enc)
	var n [8]byte
	for i, s := 0, st.Size(); i < 8; i, s = i+1, s>>8 {
		n[i] = byte(s)
	}
	h.Write(n[:])
	return `"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`
}

// accepts reports whether an Accept-Encoding header value allows token
// (a "token;q=0" entry refuses it).
func accepts(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) && strings.TrimSpace(name) != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
			return false
		}
		return true
	}
	return false
}

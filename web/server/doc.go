// Package server serves gradplay's static site: the pages, their ES
// modules, gradplay.wasm and wasm_exec.js, as built by ./build.sh site.
//
// It answers with the headers the page needs and nothing more:
//
//   - Content-Type application/wasm for .wasm, so browsers compile it while
//     it streams;
//   - the precompressed sibling (NAME.br, else NAME.gz) with Content-Encoding
//     when the request's Accept-Encoding allows it, and Vary: Accept-Encoding;
//   - a Content-Security-Policy that allows only the site's own scripts and
//     WebAssembly (CSP), and X-Content-Type-Options: nosniff;
//   - Cache-Control no-cache (revalidate with ETag) for everything, since the
//     file names carry no content hash.
//
// Only GET and HEAD are allowed; paths are cleaned and never leave the
// directory; directory listings are not served.
package server

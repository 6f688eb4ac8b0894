// Command serve serves gradplay's site, built by ./build.sh site, on
// http://127.0.0.1:8080 (by default). ./build.sh serve builds the site and
// runs it:
//
//	go run ./web/serve -dir out/site [-host 127.0.0.1] [-port 8080]
package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/gradplay/gradplay/web/server"
)

func main() {
	dir := flag.String("dir", "out/site", "the site `directory` built by ./build.sh site")
	host := flag.String("host", "127.0.0.1", "the `address` to listen on (0.0.0.0 for every interface)")
	port := flag.Int("port", 8080, "the TCP `port` to listen on")
	flag.Parse()
	if err := run(*dir, *host, *port); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(dir, host string, port int) error {
	if st, err := os.Stat(dir + "/index.html"); err != nil || st.IsDir() {
		return fmt.Errorf("%s has no index.html: build the site first (./build.sh serve does)", dir)
	}
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("port %d on %s is already in use (another ./build.sh serve?): stop it or choose another port with -port", port, host)
		}
		return err
	}
	fmt.Printf("gradplay: serving %s on http://%s/ (Ctrl-C to stop)\n", dir, addr)
	srv := &http.Server{Handler: server.Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}

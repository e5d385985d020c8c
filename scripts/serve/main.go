// Command serve serves the built playground (build/site) on the loopback
// interface: http://localhost:8080 unless PORT, HOST or -addr says otherwise
// (HOST=0.0.0.0 serves every interface, for a classroom on one network).
// It stops cleanly on Ctrl-C. `make run` builds first, then runs this.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/httpplayground/playground/web"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	host := os.Getenv("HOST")
	if host == "" {
		host = "127.0.0.1"
	}
	addr := flag.String("addr", net.JoinHostPort(host, port), "address to listen on (HOST:PORT); the default is loopback only")
	dir := flag.String("site", filepath.Join("build", "site"), "the built site folder")
	flag.Parse()

	h, err := Handler(*dir)
	if err != nil {
		log.Fatalf("serve: %v (run `make build` first)", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	srv := &http.Server{Handler: logRequests(h), ReadHeaderTimeout: 10 * time.Second}
	shown, p, _ := net.SplitHostPort(ln.Addr().String())
	if shown == "127.0.0.1" || shown == "::1" || shown == "0.0.0.0" || shown == "::" {
		shown = "localhost"
	}
	fmt.Printf("HTTP Playground: http://%s\n(Ctrl-C stops it)\n", net.JoinHostPort(shown, p))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("serve: %v", err)
	}
	fmt.Println("stopped")
}

// Handler returns the site handler over the built site in dir.
func Handler(dir string) (http.Handler, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	m, err := web.ParseManifest(b)
	if err != nil {
		return nil, err
	}
	// The local server compresses the pages itself; on Cloudflare the platform does.
	return web.NewHandler(web.Config{Site: os.DirFS(dir), Manifest: m, Now: time.Now, CompressPages: true}), nil
}

func logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: 200}
		h.ServeHTTP(rec, r)
		log.Printf("%s %s %d", r.Method, r.URL.RequestURI(), rec.status)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

package server_test

import (
	"fmt"
	"time"

	"github.com/httpplayground/playground/httpcore/server"
)

// A session: two requests on one connection, the second asking to close.
func ExampleServer_Simulate() {
	clock := func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }
	srv := server.New(nil, clock) // the default scenario, built from the seeds
	sess := srv.Simulate([]byte("GET /old-index.html HTTP/1.1\r\nHost: www.myweb.com\r\n\r\n" +
		"GET /index.html HTTP/1.1\r\nHost: www.myweb.com\r\nConnection: close\r\n\r\n"))
	for _, ex := range sess.Exchanges {
		last := ex.Trace[len(ex.Trace)-1]
		for _, s := range ex.Trace {
			if s.Status != 0 {
				last = s
			}
		}
		fmt.Printf("%d %s (decided at %s: %s)\n", ex.Response.Status, ex.Response.Reason, last.ID, last.Note.En)
	}
	for _, e := range sess.Timeline {
		fmt.Println(e.Kind)
	}
	// Output:
	// 301 Moved Permanently (decided at K5: It moved permanently to /index.html.)
	// 200 OK (decided at O18: GET asks for the current representation.)
	// connect
	// request
	// response
	// request
	// response
	// close
}

// The seeds' page load: the page, then the stylesheet on the same connection
// and the image on a second one.
func ExampleServer_PageLoad() {
	wf := server.New(nil, nil).PageLoad(server.PageLoadOptions{})
	for _, f := range wf.Fetches {
		fmt.Printf("%s %d on connection %d\n", f.Path, f.Status, f.Conn)
	}
	// Output:
	// /index.html 200 on connection 1
	// /index.css 200 on connection 1
	// /image/logo.png 200 on connection 2
}

package server

import (
	"fmt"
	"testing"
)

func TestFindLinksReadsTheSeedsPage(t *testing.T) {
	page := "<HTML>\r\n<HEAD>\r\n<LINK REL=\"stylesheet\" HREF=\"index.css\">\r\n</HEAD>\r\n<BODY>\r\n<IMG SRC=\"image/logo.png\">\r\n</BODY>\r\n</HTML>"
	got := fmt.Sprint(findLinks("/index.html", []byte(page)))
	want := "[{link href index.css /index.css} {img src image/logo.png /image/logo.png}]"
	if got != want {
		t.Errorf("findLinks = %s, want %s", got, want)
	}
}

func TestFindLinksSkipsWhatABrowserWouldNotFetch(t *testing.T) {
	page := `<link rel="icon" href="/favicon.ico"><link rel=stylesheet href=a.css><script src='/js/app.js'></script>` +
		`<img src="https://other.example/x.png"><img alt="no source"><a href="/next.html">next</a>`
	got := fmt.Sprint(findLinks("/docs/page.html", []byte(page)))
	want := "[{link href a.css /docs/a.css} {script src /js/app.js /js/app.js}]"
	if got != want {
		t.Errorf("findLinks = %s, want %s", got, want)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		base, ref, want string
		ok              bool
	}{
		{"/index.html", "index.css", "/index.css", true},
		{"/index.html", "image/logo.png", "/image/logo.png", true},
		{"/a/b/page.html", "../c.png", "/a/c.png", true},
		{"/a/page.html", "./x.css", "/a/x.css", true},
		{"/a/page.html", "/root.css", "/root.css", true},
		{"/", "../../x", "/x", true},
		{"/index.html", "http://other.example/x", "", false},
		{"/index.html", "//cdn.example/x", "", false},
	}
	for _, tt := range tests {
		got, ok := resolve(tt.base, tt.ref)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolve(%q, %q) = %q, %v; want %q, %v", tt.base, tt.ref, got, ok, tt.want, tt.ok)
		}
	}
}

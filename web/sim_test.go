package web

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/server"
)

var simClock = func() time.Time { return time.Date(2026, 11, 22, 5, 0, 0, 0, time.UTC) }

// wireExchange sends raw bytes to a live server and returns every byte of
// the answer, read until the server closes the connection.
func wireExchange(t *testing.T, addr, raw string) []byte {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(c)
	return b
}

// fieldSet is a response's fields as sorted "Name: value" lines, without
// the Sim-* fields the live endpoint adds.
func fieldSet(t *testing.T, raw []byte, method string) (int, []string, []byte) {
	t.Helper()
	res := httpcore.Parse(raw, httpcore.Options{Kind: httpcore.Response, Method: method})
	if len(res.Messages) == 0 {
		t.Fatalf("no response in %q", raw)
	}
	m := &res.Messages[len(res.Messages)-1]
	var lines []string
	for _, f := range m.Fields {
		if strings.HasPrefix(m.Name(f), "Sim-") {
			continue
		}
		lines = append(lines, http.CanonicalHeaderKey(m.Name(f))+": "+m.Value(f))
	}
	sort.Strings(lines)
	return m.Status(), lines, m.Body()
}

func TestSimOnTheWireMatchesThePlayground(t *testing.T) {
	ts := httptest.NewServer(SimHandler(simClock))
	defer ts.Close()
	addr := strings.TrimPrefix(ts.URL, "http://")
	tests := []struct {
		name, method, path, fields string
	}{
		{"the seed's page", "GET", "/index.html", ""},
		{"a HEAD has GET's fields and no content", "HEAD", "/index.html", ""},
		{"a missing page is 404", "GET", "/nope.html", ""},
		{"a moved page is 301 with Location", "GET", "/old-index.html", ""},
		{"a French visitor gets the French page", "GET", "/", "Accept-Language: fr\r\n"},
		{"a revalidation gets 304", "GET", "/index.css", "If-Modified-Since: Sat, 01 Dec 2018 09:00:00 GMT\r\n"},
		{"a range gets 206", "GET", "/files/big.txt", "Range: bytes=10-19\r\n"},
		{"compressed text goes gzipped and chunked", "GET", "/docs/guide.txt", "Accept-Encoding: gzip\r\n"},
		{"a protected page asks for credentials", "GET", "/private/index.html", ""},
		{"OPTIONS lists the methods", "OPTIONS", "/api/items", ""},
		{"an unknown method is 501", "BREW", "/", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest := " HTTP/1.1\r\nHost: example.com\r\n" + tt.fields + "Connection: close\r\n\r\n"
			live := wireExchange(t, addr, tt.method+" /sim"+tt.path+rest)
			sess := server.New(nil, simClock).Simulate([]byte(tt.method + " " + tt.path + rest))
			if len(sess.Exchanges) != 1 {
				t.Fatalf("the playground answered %d times, want once", len(sess.Exchanges))
			}
			play := sess.Exchanges[0].Raw
			gotStatus, gotFields, gotBody := fieldSet(t, live, tt.method)
			wantStatus, wantFields, wantBody := fieldSet(t, play, tt.method)
			if gotStatus != wantStatus {
				t.Errorf("live status %d, playground %d", gotStatus, wantStatus)
			}
			if strings.Join(gotFields, "\n") != strings.Join(wantFields, "\n") {
				t.Errorf("live fields:\n%s\nplayground fields:\n%s", strings.Join(gotFields, "\n"), strings.Join(wantFields, "\n"))
			}
			if !bytes.Equal(gotBody, wantBody) {
				t.Errorf("live content (%d bytes) differs from the playground's (%d bytes)", len(gotBody), len(wantBody))
			}
			if !bytes.Contains(live, []byte("\r\nSim-Trace: P1 yes; B13 yes;")) {
				t.Errorf("no Sim-Trace field in %q", live)
			}
		})
	}
}

func TestSimHandlerThroughNetHTTP(t *testing.T) {
	ts := httptest.NewServer(SimHandler(simClock))
	defer ts.Close()

	t.Run("a POST with Expect: 100-continue is created and says an interim response went first", func(t *testing.T) {
		req, _ := http.NewRequest("POST", ts.URL+"/sim/api/items", strings.NewReader(`{"name":"mug"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Expect", "100-continue")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if res.StatusCode != 201 || res.Header.Get("Location") != "/api/items/4" {
			t.Errorf("got %d Location %q, want 201 /api/items/4", res.StatusCode, res.Header.Get("Location"))
		}
		if res.Header.Get("Sim-Interim") != "100 Continue" {
			t.Errorf("Sim-Interim = %q, want 100 Continue", res.Header.Get("Sim-Interim"))
		}
	})

	t.Run("gzip content decompresses to the text", func(t *testing.T) {
		req, _ := http.NewRequest("GET", ts.URL+"/sim/docs/guide.txt", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatalf("the content is not gzip: %v", err)
		}
		text, _ := io.ReadAll(zr)
		if !strings.HasPrefix(string(text), "HTTP is a request and response protocol.") {
			t.Errorf("decompressed content starts %q", text[:40])
		}
	})

	t.Run("the decision is named in Sim-Decision", func(t *testing.T) {
		res, err := http.Get(ts.URL + "/sim/promo-2018.html")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 410 || !strings.HasPrefix(res.Header.Get("Sim-Decision"), "M5: ") {
			t.Errorf("got %d, Sim-Decision %q; want 410 decided at M5", res.StatusCode, res.Header.Get("Sim-Decision"))
		}
	})
}

func TestRawRequestRebuildsTheMessage(t *testing.T) {
	req, _ := http.ReadRequest(bufio.NewReader(strings.NewReader(
		"POST /sim/contact_form.php?x=1 HTTP/1.1\r\nHost: a.example\r\nX-B: 2\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na=b\r\n0\r\n\r\n")))
	raw, ok := rawRequest(req)
	if !ok {
		t.Fatal("rawRequest refused a small request")
	}
	want := "POST /contact_form.php?x=1 HTTP/1.1\r\nHost: a.example\r\nContent-Type: application/x-www-form-urlencoded\r\nX-B: 2\r\nContent-Length: 3\r\n\r\na=b"
	if string(raw) != want {
		t.Errorf("rawRequest =\n%q\nwant\n%q", raw, want)
	}
}

func TestRawRequestFromAWorkerStyleRequest(t *testing.T) {
	req, _ := http.NewRequest("GET", "https://play.example/sim/index.html?x=1", nil)
	req.Host, req.RequestURI, req.Proto, req.ProtoMajor, req.ProtoMinor = "", "", "", 0, 0
	raw, ok := rawRequest(req)
	want := "GET /index.html?x=1 HTTP/1.1\r\nHost: play.example\r\n\r\n"
	if !ok || string(raw) != want {
		t.Errorf("rawRequest = %q, want %q", raw, want)
	}
}

package api

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

func callSimulateJSON(t *testing.T, text, opts string) (SimulateResult, string) {
	t.Helper()
	args := [][]byte{[]byte(mustJSON(t, text))}
	if opts != "" {
		args = append(args, []byte(opts))
	}
	raw := Call("simulate", args)
	var r SimulateResult
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("simulate returned %s: %v", raw, err)
	}
	return r, string(raw)
}

func TestSimulateAnswersTheSeedsFirstRequest(t *testing.T) {
	text := "GET /index.html HTTP/1.1\r\nHost: www.myweb.com\r\n\r\n"
	r, raw := callSimulateJSON(t, text, "")
	if len(r.Exchanges) != 1 {
		t.Fatalf("got %d exchanges, want 1: %s", len(r.Exchanges), raw)
	}
	ex := r.Exchanges[0]
	if ex.Request.Method != "GET" || ex.Request.Target != "/index.html" {
		t.Errorf("request = %s %s, want GET /index.html", ex.Request.Method, ex.Request.Target)
	}
	if ex.Response.Status != 200 || ex.Status != 200 {
		t.Errorf("response status = %d (exchange status %d), want 200", ex.Response.Status, ex.Status)
	}
	if !strings.HasPrefix(ex.Raw, "HTTP/1.1 200 OK\r\nDate: Thu, 06 Dec 2018 17:37:18 GMT\r\n") {
		t.Errorf("raw starts %q, want the status line then the Date of the default clock", ex.Raw[:40])
	}
	if !strings.Contains(ex.Response.Body.Text, `<LINK REL="stylesheet" HREF="index.css">`) {
		t.Errorf("response body = %q, want the seed's HTML", ex.Response.Body.Text)
	}
	if n := len(ex.Response.Diagnostics); n != 0 {
		t.Errorf("the response has %d diagnostics, want it to parse cleanly: %+v", n, ex.Response.Diagnostics)
	}
	if len(ex.Fields) != len(ex.Response.Fields) {
		t.Errorf("%d field reasons for %d response fields, want one each", len(ex.Fields), len(ex.Response.Fields))
	}
	for _, f := range ex.Fields {
		if f.Why == "" || f.Spec.Text == "" {
			t.Errorf("field %s has no reason or citation: %+v", f.Name, f)
		}
	}
	last := ex.Trace[len(ex.Trace)-1]
	if last.ID != "R1" {
		t.Errorf("the trace ends at %s, want R1 (no range asked)", last.ID)
	}
	kinds := []string{}
	for _, e := range r.Timeline {
		kinds = append(kinds, e.Kind)
	}
	if got, want := strings.Join(kinds, " "), "connect request response idle"; got != want {
		t.Errorf("timeline = %s, want %s", got, want)
	}
}

func TestSimulateSpansAndLanguages(t *testing.T) {
	text := "GET / HTTP/1.1\r\nHost: a\r\nX-Note: 😀中文\r\nAccept-Language: fr\r\n\r\n"
	u16 := utf16Slice(text)
	tests := []struct {
		name, lang, want string
	}{
		{"English notes", "en", "The fr version is chosen"},
		{"Simplified Chinese notes", "zh-Hans", "选择了 fr 版本"},
		{"Traditional Chinese notes", "zh-Hant", "選擇了 fr 版本"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, raw := callSimulateJSON(t, text, `{"lang":"`+tt.lang+`"}`)
			if len(r.Exchanges) != 1 {
				t.Fatalf("got %d exchanges: %s", len(r.Exchanges), raw)
			}
			var found bool
			for _, s := range r.Exchanges[0].Trace {
				if s.ID != "D5" {
					continue
				}
				found = true
				if !strings.Contains(s.Note, tt.want) {
					t.Errorf("D5 note = %q, want it to contain %q", s.Note, tt.want)
				}
				if s.Span == nil {
					t.Fatalf("D5 has no span")
				}
				if got := u16(s.Span.Start, s.Span.End); got != "Accept-Language: fr" {
					t.Errorf("text.slice(D5 span) = %q, want the Accept-Language line", got)
				}
			}
			if !found {
				t.Errorf("no D5 step in the trace")
			}
		})
	}
}

func TestSimulateSendsTheInterimResponseFirst(t *testing.T) {
	text := "POST /api/items HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n{\"name\":\"mug\"}"
	r, raw := callSimulateJSON(t, text, "")
	if len(r.Exchanges) != 1 {
		t.Fatalf("got %d exchanges: %s", len(r.Exchanges), raw)
	}
	ex := r.Exchanges[0]
	if !strings.HasPrefix(ex.Raw, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n") {
		t.Errorf("raw starts %q, want 100 Continue then 201 Created", ex.Raw[:60])
	}
	if ex.Interim == nil || ex.Interim.Status != 100 {
		t.Errorf("interim = %+v, want the parsed 100 Continue", ex.Interim)
	}
	if ex.Response.Status != 201 {
		t.Errorf("response status = %d, want 201", ex.Response.Status)
	}
}

func TestSimulateOptionsAreChecked(t *testing.T) {
	tests := []struct {
		name, opts, want string
	}{
		{"a scenario that is not JSON", `{"scenario":"{nope"}`, `"code":"bad-arguments"`},
		{"a scenario path without a slash", `{"scenario":{"resources":[{"path":"x"}]}}`, `the path must start with /`},
		{"a clock that is not RFC 3339", `{"now":"yesterday"}`, `now must be an RFC 3339 time`},
		{"an unknown mode", `{"mode":"sloppy"}`, `mode must be`},
		{"an unknown scenario name", `{"scenario":"nope"}`, `there are seeds, maintenance, hardened`},
		{"a scenario picked by name", `{"scenario":"maintenance"}`, `"status":503`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, raw := callSimulateJSON(t, "GET / HTTP/1.1\r\nHost: a\r\n\r\n", tt.opts)
			if !strings.Contains(raw, tt.want) {
				t.Errorf("simulate = %s, want it to contain %s", raw, tt.want)
			}
		})
	}
}

func TestSimulateUsesTheScenarioAndClockGiven(t *testing.T) {
	opts := `{"now":"2024-02-29T12:00:00Z","scenario":{"server":"Tiny/0.1","resources":[{"path":"/hi","type":"text/plain","body":"hi\n"}]}}`
	r, raw := callSimulateJSON(t, "GET /hi HTTP/1.1\r\nHost: a\r\n\r\n", opts)
	if len(r.Exchanges) != 1 {
		t.Fatalf("got %d exchanges: %s", len(r.Exchanges), raw)
	}
	for _, want := range []string{"Date: Thu, 29 Feb 2024 12:00:00 GMT\r\n", "Server: Tiny/0.1\r\n", "\r\n\r\nhi\n"} {
		if !strings.Contains(r.Exchanges[0].Raw, want) {
			t.Errorf("raw = %q, want it to contain %q", r.Exchanges[0].Raw, want)
		}
	}
}

func TestPageLoadFetchesTheSeedsThreeResources(t *testing.T) {
	raw := Call("pageLoad", [][]byte{[]byte(`{"reload":true}`)})
	var w WaterfallJSON
	if err := json.Unmarshal(raw, &w); err != nil {
		t.Fatalf("pageLoad returned %s: %v", raw, err)
	}
	var got []string
	for _, f := range w.Fetches {
		got = append(got, f.Path+" "+strconv.Itoa(f.Status))
	}
	want := "/index.html 200, /index.css 200, /image/logo.png 200, /index.html 304, /index.css 304, /image/logo.png 304"
	if strings.Join(got, ", ") != want {
		t.Errorf("fetches = %s, want %s", strings.Join(got, ", "), want)
	}
	if len(w.Connections) != 2 {
		t.Errorf("%d connections, want 2 (the stylesheet reuses the first, the image opens a second)", len(w.Connections))
	}
}

func TestScenarioReturnsTheDefaultSite(t *testing.T) {
	var site struct {
		Resources []struct {
			Path string `json:"path"`
		} `json:"resources"`
	}
	raw := Call("scenario", nil)
	if err := json.Unmarshal(raw, &site); err != nil {
		t.Fatalf("scenario returned %s: %v", raw, err)
	}
	var paths []string
	for _, r := range site.Resources {
		paths = append(paths, r.Path)
	}
	for _, want := range []string{"/index.html", "/index.css", "/image/logo.png", "/contact_form.php"} {
		if !strings.Contains(strings.Join(paths, " "), want) {
			t.Errorf("the default scenario has no %s (paths: %v)", want, paths)
		}
	}
}

func TestRequestsAfterACloseAreInTheTimelineOnly(t *testing.T) {
	second := "GET /index.css HTTP/1.1\r\nHost: é.example\r\n\r\n"
	text := "GET /index.html HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n" + second
	r, raw := callSimulateJSON(t, text, "")
	if len(r.Exchanges) != 1 || !r.Exchanges[0].Close {
		t.Fatalf("got %d exchanges, want the first one only, closing: %s", len(r.Exchanges), raw)
	}
	last := r.Timeline[len(r.Timeline)-1]
	if last.Kind != "unread" || last.Span == nil {
		t.Fatalf("the timeline ends with %+v, want the unread request", last)
	}
	if got := utf16Slice(text)(last.Span.Start, last.Span.End); got != second {
		t.Errorf("text.slice(unread span) = %q, want the second request", got)
	}
}

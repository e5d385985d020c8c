package api

import (
	"encoding/json"
	"strings"
	"testing"
)

func callParse(t *testing.T, text string, opts string) (ParseResult, string) {
	t.Helper()
	args := [][]byte{[]byte(mustJSON(t, text))}
	if opts != "" {
		args = append(args, []byte(opts))
	}
	raw := Call("parse", args)
	var r ParseResult
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("parse returned %s: %v", raw, err)
	}
	return r, string(raw)
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseReturnsPartsWithUTF16Spans(t *testing.T) {
	text := "GET /中文 HTTP/1.1\r\nHost: a\r\nX-Note: 😀ok\r\n\r\n"
	r, raw := callParse(t, text, `{"mode":"lenient"}`)
	if len(r.Messages) != 1 {
		t.Fatalf("got %d messages, want 1: %s", len(r.Messages), raw)
	}
	m := r.Messages[0]
	u16 := utf16Slice(text)
	checks := []struct {
		part string
		span *Span
		want string
	}{
		{"method", &m.StartLine.Method.Span, "GET"},
		{"target", &m.StartLine.Target.Span, "/中文"},
		{"version", &m.StartLine.Version.Span, "HTTP/1.1"},
		{"second field value", m.Fields[1].ValueSpan, "😀ok"},
		{"empty line", m.EmptyLine, "\r\n"},
	}
	for _, c := range checks {
		if c.span == nil {
			t.Errorf("%s has no span", c.part)
			continue
		}
		if got := u16(c.span.Start, c.span.End); got != c.want {
			t.Errorf("text.slice(%d, %d) for the %s = %q, want %q", c.span.Start, c.span.End, c.part, got, c.want)
		}
	}
	if m.Fields[1].Name != "X-Note" || m.Fields[1].Value != "😀ok" {
		t.Errorf("second field = %q: %q, want X-Note: 😀ok", m.Fields[1].Name, m.Fields[1].Value)
	}
}

// utf16Slice returns a function that slices text by UTF-16 offsets, as
// JavaScript's String.prototype.slice does.
func utf16Slice(text string) func(start, end int) string {
	var units []rune
	var from []int
	for _, r := range text {
		if r >= 0x10000 {
			units = append(units, r, 0)
			from = append(from, len(units)-2, -1)
		} else {
			units = append(units, r)
			from = append(from, len(units)-1)
		}
	}
	return func(start, end int) string {
		var b strings.Builder
		for i := start; i < end && i < len(units); i++ {
			if from[i] >= 0 {
				b.WriteRune(units[i])
			}
		}
		return b.String()
	}
}

func TestParseSpeaksTheRequestedLanguage(t *testing.T) {
	tests := []struct {
		name, lang, want string
	}{
		{"English by default", "", "case-sensitive"},
		{"Simplified Chinese", "zh-Hans", "区分大小写"},
		{"Traditional Chinese", "zh-Hant", "區分大小寫"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, raw := callParse(t, "get / HTTP/1.1\r\nHost: a\r\n\r\n", `{"lang":"`+tt.lang+`"}`)
			if len(r.Diagnostics) == 0 || !strings.Contains(r.Diagnostics[0].Message, tt.want) {
				t.Errorf("diagnostics = %s, want a message containing %q", raw, tt.want)
			}
			d := r.Diagnostics[0]
			if d.Code != "method-case" || d.Severity != "error" || d.Status != 501 || d.Spec != "RFC 9110 §9.1" || d.Span == nil || *d.Span != (Span{0, 3}) {
				t.Errorf("diagnostic = %+v, want method-case, error, 501, RFC 9110 §9.1 at 0-3", d)
			}
		})
	}
}

func TestParseReadsResponsesForTheGivenMethod(t *testing.T) {
	r, raw := callParse(t, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n", `{"kind":"response","method":"HEAD"}`)
	if len(r.Messages) != 1 || !r.Messages[0].Complete || r.Messages[0].Framing != "none" || r.Messages[0].Status != 200 {
		t.Errorf("a 200 answering HEAD = %s, want one complete message without a body", raw)
	}
}

func TestParseSaysWhatItIsWaitingFor(t *testing.T) {
	r, raw := callParse(t, "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 60\r\n\r\nab", "")
	w := r.Messages[0].Waiting
	if w == nil || w.For != "body" || w.Need != 58 || !strings.Contains(w.Message, "58") {
		t.Errorf("waiting = %s, want body, 58 more bytes", raw)
	}
	if r.Messages[0].Body.Text != "ab" {
		t.Errorf("body = %q, want the bytes so far, %q", r.Messages[0].Body.Text, "ab")
	}
}

func TestParseDecodesChunkedBodies(t *testing.T) {
	r, raw := callParse(t, "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n", "")
	m := r.Messages[0]
	if m.Body.Text != "abcde" || len(m.Chunks) != 3 || len(m.Trailers) != 1 || m.Trailers[0].Name != "T" {
		t.Errorf("chunked message = %s, want body abcde in 3 chunks and one trailer", raw)
	}
}

func TestParseRejectsBadOptionsAsData(t *testing.T) {
	raw := string(Call("parse", [][]byte{[]byte(`"GET / HTTP/1.1"`), []byte(`{"kind":"reply"}`)}))
	if !strings.Contains(raw, `"code":"bad-arguments"`) || !strings.Contains(raw, "kind") {
		t.Errorf("parse with kind reply = %s, want a bad-arguments error about kind", raw)
	}
}

func TestParseSuggestsFixes(t *testing.T) {
	r, raw := callParse(t, "g-get / h-http/1.1\r\nhost: a\r\n\r\n", "")
	if got := r.Messages[0].Canonical; got != "g-get / h-http/1.1\r\nhost: a\r\n\r\n" {
		t.Errorf("canonical = %q, want the message as parsed, in wire form", got)
	}
	if r.Fixed != "GET / HTTP/1.1\r\nhost: a\r\n\r\n" {
		t.Errorf("fixed = %q, want the stutters corrected", r.Fixed)
	}
	if len(r.Diagnostics) == 0 || r.Diagnostics[0].Fix == nil || r.Diagnostics[0].Fix.Text != "GET" || r.Diagnostics[0].Fix.Span != (Span{0, 5}) {
		t.Errorf("diagnostics = %s, want the first to suggest GET for 0-5", raw)
	}
}

func TestParseCodesListsTheCatalogue(t *testing.T) {
	raw := Call("parseCodes", [][]byte{[]byte(`"zh-Hans"`)})
	var codes []CodeJSON
	if err := json.Unmarshal(raw, &codes); err != nil {
		t.Fatalf("parseCodes returned %s: %v", raw, err)
	}
	found := false
	for _, c := range codes {
		if c.Code == "obs-fold" {
			found = true
			if c.Strict != "error" || c.Lenient != "warning" || c.Status != 400 || !strings.Contains(c.Template, "折行") {
				t.Errorf("obs-fold = %+v, want error/warning, 400 and a Simplified Chinese template", c)
			}
		}
	}
	if !found || len(codes) < 60 {
		t.Errorf("parseCodes gave %d codes (obs-fold found: %v), want all of them", len(codes), found)
	}
}

func TestCanonicalWritesMessagesBackInWireForm(t *testing.T) {
	tests := []struct {
		name, text, opts, want string
	}{
		{"bare LFs become CRLF and spacing is tidied", "GET / HTTP/1.1\nHost:a\nX:  b  \n\n", `{"mode":"lenient"}`,
			"GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n\r\n"},
		{"fix corrects the seed's stutters first", "g-get / h-http/1.1\r\nhost: a\r\n\r\n", `{"fix":true}`,
			"GET / HTTP/1.1\r\nhost: a\r\n\r\n"},
		{"a chunked body becomes one chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n", `{"kind":"response"}`,
			"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := Call("canonical", [][]byte{[]byte(mustJSON(t, tt.text)), []byte(tt.opts)})
			var got struct{ Text string }
			if err := json.Unmarshal(raw, &got); err != nil || got.Text != tt.want {
				t.Errorf("canonical = %s, want text %q", raw, tt.want)
			}
		})
	}
}

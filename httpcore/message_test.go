package httpcore

import (
	"reflect"
	"testing"
)

func TestMessageAccessorsReadThePartsAsText(t *testing.T) {
	in := "POST /up?x=1 HTTP/1.0\r\nHost: a\r\nVia: 1.0 p\r\nvia: 1.1 q\r\nX-Fold: one\r\n two\r\nTransfer-Encoding: chunked\r\n\r\n" +
		"3\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n"
	r := Parse([]byte(in), Options{Mode: Lenient})
	m := &r.Messages[0]
	if got, want := m.Values("VIA"), []string{"1.0 p", "1.1 q"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Values(VIA) = %q, want %q", got, want)
	}
	if f, ok := m.Lookup("x-fold"); !ok || m.Value(f) != "one two" || !f.Folded {
		t.Errorf("Lookup(x-fold) = %q (folded %v, found %v), want the unfolded value \"one two\"", m.Value(f), f.Folded, ok)
	}
	if _, ok := m.Lookup("Expect"); ok {
		t.Errorf("Lookup(Expect) found a field that is not there")
	}
	if got := m.Field("Missing"); got != "" {
		t.Errorf("Field(Missing) = %q, want \"\"", got)
	}
	if m.ProtoMinor() != 0 {
		t.Errorf("ProtoMinor() = %d, want 0 for HTTP/1.0", m.ProtoMinor())
	}
	if got := string(m.Body()); got != "abcde" {
		t.Errorf("Body() = %q, want the chunks joined, \"abcde\"", got)
	}
	if m.Length != 5 || len(m.Chunks) != 3 || m.Text(m.Trailers[0].Name) != "T" {
		t.Errorf("Length %d, %d chunks, trailers %v; want 5, 3 and T", m.Length, len(m.Chunks), m.Trailers)
	}
	if !m.Close {
		t.Errorf("Close = false, want true: HTTP/1.0 without keep-alive closes the connection")
	}
	f := m.Fields[0]
	if got := m.Text(f.SpaceBefore()); got != " " {
		t.Errorf("SpaceBefore = %q, want one space", got)
	}
}

func TestStatusIsZeroWhenTheCodeIsNotThreeDigits(t *testing.T) {
	for in, want := range map[string]int{
		"HTTP/1.1 200 OK\r\n\r\n": 200,
		"HTTP/1.1 20 OK\r\n\r\n":  0,
		"HTTP/1.1 2x0 OK\r\n\r\n": 0,
		"HTTP/1.1\r\n\r\n":        0,
	} {
		r := Parse([]byte(in), Options{Kind: Response})
		if got := r.Messages[0].Status(); got != want {
			t.Errorf("Status() of %q = %d, want %d", in, got, want)
		}
	}
}

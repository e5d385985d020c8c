package httpcore

import (
	"bytes"
	"testing"
)

func FuzzParseRequest(f *testing.F) {
	for _, gc := range goldenInputs(f) {
		if gc.opts.Kind == Request {
			f.Add(gc.input, gc.opts.Mode == Lenient)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte, lenient bool) {
		checkParse(t, in, Options{Kind: Request, Mode: modeOf(lenient)})
	})
}

func FuzzParseResponse(f *testing.F) {
	for _, gc := range goldenInputs(f) {
		if gc.opts.Kind == Response {
			f.Add(gc.input, gc.opts.Mode == Lenient, gc.opts.Method)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte, lenient bool, method string) {
		checkParse(t, in, Options{Kind: Response, Mode: modeOf(lenient), Method: method})
	})
}

func modeOf(lenient bool) Mode {
	if lenient {
		return Lenient
	}
	return Strict
}

func TestGoldenInputsKeepTheParserProperties(t *testing.T) {
	for _, gc := range goldenInputs(t) {
		t.Run(gc.name, func(t *testing.T) {
			checkParse(t, gc.input, gc.opts)
			other := gc.opts
			other.Mode = Lenient - gc.opts.Mode
			checkParse(t, gc.input, other)
		})
	}
}

// checkParse checks what must hold for any input: no panic, every span
// inside the input and inside its parent, messages in order without
// overlapping, and write, parse, write giving the same bytes.
func checkParse(t *testing.T, in []byte, opts Options) {
	t.Helper()
	r := Parse(in, opts)
	if got, want := describe(r), describe(parseGenerally(in, opts)); got != want {
		t.Fatalf("the fast paths and the general code disagree on %q\nfast:\n%s\ngeneral:\n%s", in, got, want)
	}
	whole := Span{0, len(in)}
	inside := func(what string, s, outer Span) {
		t.Helper()
		if s.Valid() && !s.In(outer) {
			t.Fatalf("%s %v is outside %v (input %q)", what, s, outer, in)
		}
	}
	prevEnd := 0
	for i := range r.Messages {
		m := &r.Messages[i]
		if m.Span.Start < prevEnd || !m.Span.In(whole) {
			t.Fatalf("message %d span %v overlaps the previous one (ends %d) or leaves the input (%q)", i, m.Span, prevEnd, in)
		}
		prevEnd = m.Span.End
		for _, s := range []Span{m.LeadingEmpty, m.Start.Span, m.Start.End, m.EmptyLine, m.BodySpan} {
			inside("part", s, m.Span)
		}
		for _, s := range []Span{m.Start.Method, m.Start.Target, m.Start.Version, m.Start.Code, m.Start.Reason} {
			inside("start line part", s, m.Start.Span)
		}
		inside("path", m.Path, m.Start.Target)
		inside("query", m.Query, m.Start.Target)
		last := m.Start.End.End
		for _, fs := range [][]Field{m.Fields, m.Trailers} {
			for _, f := range fs {
				inside("field line", f.Line, m.Span)
				if f.Line.Start < last {
					t.Fatalf("field line %v starts before the previous line ends (%d) in %q", f.Line, last, in)
				}
				last = f.End.End
				inside("field name", f.Name, f.Line)
				inside("field colon", f.Colon, f.Line)
				inside("field value", f.Value, f.Line)
				if f.Colon.Valid() && f.Name.End > f.Colon.Start || f.Colon.Valid() && f.Value.Valid() && f.Value.Start < f.Colon.End {
					t.Fatalf("field parts out of order: name %v colon %v value %v in %q", f.Name, f.Colon, f.Value, in)
				}
			}
		}
		prevChunk := m.BodySpan.Start
		for _, c := range m.Chunks {
			inside("chunk", c.Span, m.BodySpan)
			if c.Span.Start < prevChunk {
				t.Fatalf("chunk %v overlaps the previous one in %q", c.Span, in)
			}
			prevChunk = c.Span.End
			for _, s := range []Span{c.Size, c.Ext, c.SizeEnd, c.Data, c.DataEnd} {
				inside("chunk part", s, c.Span)
			}
		}
		if m.Complete == (m.Waiting != NotWaiting) {
			t.Fatalf("Complete = %v but Waiting = %v", m.Complete, m.Waiting)
		}
		_ = m.Body()
		checkRewrite(t, m, opts)
	}
	for _, d := range r.Diagnostics {
		inside("diagnostic "+d.Code, d.Span, whole)
		if _, ok := catalogue[d.Code]; !ok {
			t.Fatalf("diagnostic code %q is not in the catalogue", d.Code)
		}
	}
}

// checkRewrite checks that a message without errors, written out and
// parsed again, writes out the same way.
func checkRewrite(t *testing.T, m *Message, opts Options) {
	t.Helper()
	if !m.Complete || m.Errors() {
		return
	}
	o := Options{Kind: opts.Kind, Mode: Lenient, Method: m.RequestFor}
	once := Write(m.Wire())
	r := Parse(once, o)
	if len(r.Messages) == 0 {
		t.Fatalf("Write gave %q, which parses to no message", once)
	}
	twice := Write(r.Messages[0].Wire())
	if !bytes.Equal(once, twice) {
		t.Fatalf("parse, write, parse, write is not stable:\nonce  %q\ntwice %q", once, twice)
	}
}

// parseGenerally parses without the fast paths for the usual lines
// (plainField, plainRequestLine), which must not change the result.
func parseGenerally(in []byte, opts Options) Result {
	plainPaths = false
	defer func() { plainPaths = true }()
	return Parse(in, opts)
}

func TestTheFastPathsAgreeWithTheGeneralCodeOnTheBenchmarkCorpus(t *testing.T) {
	for _, in := range benchCorpus {
		fast, general := describe(Parse(in, Options{})), describe(parseGenerally(in, Options{}))
		if fast != general {
			t.Errorf("the fast paths and the general code disagree on %q\nfast:\n%s\ngeneral:\n%s", in[:20], fast, general)
		}
	}
}

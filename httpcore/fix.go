package httpcore

import "strings"

// Fix returns the input with every suggested fix applied (see
// Diagnostic.Fix): "g-get / h-http/1.1" becomes "GET / HTTP/1.1". Where two
// fixes overlap, the first one wins. Every line ending that is a bare LF
// (the bare-lf diagnostic) becomes CRLF, as in the canonical form; LF bytes
// in body data, and bytes after the last message, are left as they are.
// Parse the result again to see what is left; Write(m.Wire()) then gives
// the canonical form ("fix my request").
func (r Result) Fix() []byte {
	var fixes []Diagnostic
	for _, d := range r.Diagnostics {
		if d.HasFix && d.Span.Valid() && d.Span.End <= len(r.Input) {
			fixes = append(fixes, d)
		}
	}
	// Stable sort by position, keeping the order of diagnostics at one place.
	for i := 1; i < len(fixes); i++ {
		for j := i; j > 0 && fixes[j].Span.Start < fixes[j-1].Span.Start; j-- {
			fixes[j], fixes[j-1] = fixes[j-1], fixes[j]
		}
	}
	lines := r.lineText()
	out := make([]byte, 0, len(r.Input)+16)
	pos := 0
	for _, d := range fixes {
		if d.Span.Start < pos {
			continue
		}
		out = lines.appendCRLF(out, r.Input, pos, d.Span.Start)
		out = append(out, d.Fix...)
		pos = d.Span.End
	}
	return lines.appendCRLF(out, r.Input, pos, len(r.Input))
}

// lineText lists, in order, the parts of the input made of lines (start
// lines, field lines, empty lines, chunk-size lines and the CRLF after each
// chunk's data), where every LF ends a line: each message's span without
// its body data.
type lineText []Span

func (r Result) lineText() lineText {
	var spans lineText
	for i := range r.Messages {
		m := &r.Messages[i]
		start := m.Span.Start
		var data []Span
		if m.Framing == Chunked {
			for _, c := range m.Chunks {
				data = append(data, c.Data)
			}
		} else {
			data = append(data, m.BodySpan)
		}
		for _, d := range data {
			if !d.Valid() || d.Empty() {
				continue
			}
			spans = append(spans, Span{start, d.Start})
			start = d.End
		}
		spans = append(spans, Span{start, m.Span.End})
	}
	return spans
}

// appendCRLF appends in[from:to] to out, writing each bare LF that ends a
// line as CRLF.
func (l lineText) appendCRLF(out, in []byte, from, to int) []byte {
	for _, s := range l {
		if s.End <= from || s.Start >= to || s.Empty() {
			continue
		}
		a, b := max(s.Start, from), min(s.End, to)
		for i := a; i < b; i++ {
			if in[i] == '\n' && (i == 0 || in[i-1] != '\r') {
				out = append(out, in[from:i]...)
				out = append(out, '\r')
				from = i
			}
		}
	}
	return append(out, in[from:to]...)
}

// percentEncodeSpaces writes the whitespace in a target as %20 (and tabs as %09).
func percentEncodeSpaces(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		switch c {
		case ' ':
			s.WriteString("%20")
		case '\t':
			s.WriteString("%09")
		default:
			s.WriteByte(c)
		}
	}
	return s.String()
}

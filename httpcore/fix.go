package httpcore

import "strings"

// Fix returns the input with every suggested fix applied (see
// Diagnostic.Fix): "g-get / h-http/1.1" becomes "GET / HTTP/1.1". Where two
// fixes overlap, the first one wins. Parse the result again to see what is
// left; Write(m.Wire()) then gives the canonical form ("fix my request").
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
	out := make([]byte, 0, len(r.Input)+16)
	pos := 0
	for _, d := range fixes {
		if d.Span.Start < pos {
			continue
		}
		out = append(out, r.Input[pos:d.Span.Start]...)
		out = append(out, d.Fix...)
		pos = d.Span.End
	}
	return append(out, r.Input[pos:]...)
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

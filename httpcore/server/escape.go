package server

// escapeHTML writes s so that it is text in HTML, as html.EscapeString does:
// <, >, &, ' and " become &lt;, &gt;, &amp;, &#39; and &#34;. It spares the
// browser module package html, whose escaping goes through strings.Replacer
// (about 20 KB of WebAssembly).
func escapeHTML(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '"':
			esc = "&#34;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, esc...)
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

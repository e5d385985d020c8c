package fieldvalue

// Lexical pieces shared by the field grammars of RFC 9110 section 5.6.

// tchar marks the bytes allowed in a token:
//
//	token = 1*tchar
//	tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
//	        "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
var tchar = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// isOWS reports whether c is optional whitespace: OWS = *( SP / HTAB ).
func isOWS(c byte) bool { return c == ' ' || c == '\t' }

// isDigit reports whether c is a DIGIT.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isToken reports whether s is a non-empty token. It is not inlined (see
// trim).
//
//go:noinline
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !tchar[s[i]] {
			return false
		}
	}
	return true
}

// allDigits reports whether s is 1*DIGIT.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// trim narrows s so that it neither starts nor ends with OWS. Like text
// and quotedEnd, it is not inlined: it is called from so many places that
// its inlined copies cost 20 KB of WebAssembly.
//
//go:noinline
func (a *analysis) trim(s Span) Span {
	for s.Start < s.End && isOWS(a.v[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isOWS(a.v[s.End-1]) {
		s.End--
	}
	return s
}

// whole is the span of the value without surrounding whitespace. It is
// not inlined (see trim).
//
//go:noinline
func (a *analysis) whole() Span { return a.trim(Span{0, len(a.v)}) }

// tokenEnd returns the end of the token starting at i (i itself if none).
func (a *analysis) tokenEnd(i, end int) int {
	for i < end && tchar[a.v[i]] {
		i++
	}
	return i
}

// quotedEnd reads the quoted-string that starts with the DQUOTE at i and
// returns the offset after its closing quote, its content with quoted-pairs
// undone, and whether it was closed:
//
//	quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
//	quoted-pair   = "\" ( HTAB / SP / VCHAR / obs-text )
//
//go:noinline
func (a *analysis) quotedEnd(i, end int) (int, string, bool) {
	var b []byte
	for j := i + 1; j < end; j++ {
		switch c := a.v[j]; c {
		case '"':
			return j + 1, string(b), true
		case '\\':
			if j+1 < end {
				j++
				b = append(b, a.v[j])
			}
		default:
			b = append(b, c)
		}
	}
	return end, string(b), false
}

// commentEnd reads the comment that starts with the "(" at i, nesting
// included, and returns the offset after its closing parenthesis and
// whether it was closed:
//
//	comment = "(" *( ctext / quoted-pair / comment ) ")"
func (a *analysis) commentEnd(i, end int) (int, bool) {
	depth := 0
	for j := i; j < end; j++ {
		switch a.v[j] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j + 1, true
			}
		case '\\':
			j++
		}
	}
	return end, false
}

// splitList splits the span s at the commas of a list (RFC 9110 section
// 5.6.1), skipping commas inside quoted strings and comments. Elements are
// trimmed; empty elements are dropped, as recipients must accept them.
func (a *analysis) splitList(s Span) []Span {
	return a.split(s, ',')
}

// split splits s at sep outside quoted strings and comments.
func (a *analysis) split(s Span, sep byte) []Span {
	var out []Span
	start := s.Start
	for i := s.Start; i < s.End; i++ {
		switch c := a.v[i]; c {
		case '"':
			e, _, _ := a.quotedEnd(i, s.End)
			i = e - 1
		case '(':
			e, _ := a.commentEnd(i, s.End)
			i = e - 1
		case sep:
			if el := a.trim(Span{start, i}); el.End > el.Start {
				out = append(out, el)
			}
			start = i + 1
		}
	}
	if el := a.trim(Span{start, s.End}); el.End > el.Start {
		out = append(out, el)
	}
	return out
}

// param is one name=value pair of a parameter list or a directive.
type param struct {
	all   Span   // the whole pair
	name  Span   // the name
	eq    bool   // whether "=" follows the name
	value Span   // the value as written, quotes included; empty if none
	val   string // the value with quotes and quoted-pairs undone
	quote bool   // whether the value is a quoted-string
	open  bool   // a quoted-string without its closing quote
}

// nameValue reads "name [ = value ]" inside s, where value is a token or
// a quoted-string (whitespace around "=" is tolerated; callers note it
// where the grammar forbids it).
func (a *analysis) nameValue(s Span) param {
	p := param{all: s}
	eq := -1
	for i := s.Start; i < s.End; i++ {
		if a.v[i] == '"' {
			break
		}
		if a.v[i] == '=' {
			eq = i
			break
		}
	}
	if eq < 0 {
		p.name = a.trim(s)
		return p
	}
	p.eq = true
	p.name = a.trim(Span{s.Start, eq})
	p.value = a.trim(Span{eq + 1, s.End})
	if p.value.Start < p.value.End && a.v[p.value.Start] == '"' {
		e, content, closed := a.quotedEnd(p.value.Start, p.value.End)
		p.quote, p.val, p.open = true, content, !closed
		_ = e
	} else {
		p.val = a.text(p.value)
	}
	return p
}

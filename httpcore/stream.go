package httpcore

import "strconv"

// looksLikeStart reports whether the bytes at pos could be the start line
// of another message in the stream, rather than left-over body bytes.
func (p *parser) looksLikeStart(pos int) bool {
	for pos < len(p.src) && (p.src[pos] == '\r' || p.src[pos] == '\n') {
		pos++
	}
	line, _, ok := p.line(pos)
	t := p.tokenize(line)
	if t.n == 0 {
		return false
	}
	if p.opts.Kind == Response {
		return versionLike(t.first[0].Of(p.src))
	}
	for _, c := range t.first[0].Of(p.src) {
		if !isTchar(c) {
			return false
		}
	}
	switch {
	case t.n >= 3:
		return versionLike(t.last[2].Of(p.src)) || versionLike(t.last[1].Of(p.src))
	case t.n == 2:
		tgt := t.first[1].Of(p.src)
		return tgt[0] == '/' || tgt[0] == '*' || versionLike(tgt) || schemeEnd(tgt) > 0
	default:
		if ok {
			return false
		}
		// A word typed at the very end is taken for a method being typed:
		// the prefix of a known method, or capitals as methods are written.
		w := t.first[0].Of(p.src)
		for _, name := range registeredMethods {
			if hasPrefixFold([]byte(name), string(w)) {
				return true
			}
		}
		for _, c := range w {
			if c < 'A' || c > 'Z' {
				return false
			}
		}
		return true
	}
}

// extraBytes explains bytes that follow a complete message but cannot
// start another one.
func (p *parser) extraBytes(prev *Message, pos int) {
	s := Span{pos, len(p.src)}
	n := strconv.Itoa(s.Len())
	switch {
	case prev.Kind == Request && prev.Framing == NoBody && prev.Length == 0 && p.bodyMethod(prev):
		p.diag(prev, "length-required", s, n, prev.Method())
	case prev.Framing == ContentLength:
		p.diag(prev, "body-longer", s, n, strconv.FormatInt(prev.Length, 10))
	default:
		p.diag(prev, "bytes-after-message", s, n)
	}
}

// bodyMethod reports whether a request's method usually carries content.
func (p *parser) bodyMethod(m *Message) bool {
	b := unstutter(m.Start.Method.Of(p.src))
	return equalFold(b, "POST") || equalFold(b, "PUT") || equalFold(b, "PATCH")
}

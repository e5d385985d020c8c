package httpcore

import (
	"strconv"
	"strings"
)

// checkTarget works out the request-target's form and judges it.
// RFC 9112 §3.2:
//
//	request-target = origin-form / absolute-form / authority-form / asterisk-form
//	origin-form    = absolute-path [ "?" query ]
//	absolute-form  = absolute-URI
//	authority-form = uri-host ":" port
//	asterisk-form  = "*"
func (p *parser) checkTarget(m *Message) {
	s := m.Start.Target
	t := s.Of(p.src)
	if len(t) > p.lim.MaxTarget {
		p.diag(m, "target-too-long", s, strconv.Itoa(len(t)), strconv.Itoa(p.lim.MaxTarget))
	}
	method := p.method
	switch {
	case string(t) == "*":
		m.Form = Asterisk
		if method != "OPTIONS" {
			p.diag(m, "target-asterisk", s, method)
		}
		return
	case method == "CONNECT":
		m.Form = Authority
		if !authorityForm(t) {
			p.diag(m, "target-authority", s, string(t))
			m.Form = BadForm
		}
		return
	case len(t) > 0 && t[0] == '/':
		m.Form = Origin
		p.splitPath(m, s.Start, s.End)
	case schemeEnd(t) > 0:
		m.Form = Absolute
		i := s.Start + schemeEnd(t) + 3
		j := i
		for j < s.End && p.src[j] != '/' && p.src[j] != '?' {
			j++
		}
		p.splitPath(m, j, s.End)
	default:
		m.Form = BadForm
		p.diag(m, "target-form", s, string(t), "/"+strings.TrimLeft(string(t), "./"))
		p.fix("/" + strings.TrimLeft(string(t), "./"))
	}
	p.targetChars(m, s)
}

// authority returns the authority of an absolute-form target.
func (m *Message) authority() []byte {
	if m.Form != Absolute {
		return nil
	}
	t := m.Start.Target.Of(m.src)
	i := schemeEnd(t) + 3
	if i > len(t) {
		return nil
	}
	j := i
	for j < len(t) && t[j] != '/' && t[j] != '?' {
		j++
	}
	a := t[i:j]
	for k := len(a) - 1; k >= 0; k-- { // drop any userinfo
		if a[k] == '@' {
			return a[k+1:]
		}
	}
	return a
}

func (p *parser) splitPath(m *Message, start, end int) {
	if p.plainTarget { // plainRequestLine found the "?", and there is no "#"
		if p.query < 0 {
			m.Path = Span{start, end}
		} else {
			m.Path, m.Query = Span{start, p.query}, Span{p.query + 1, end}
		}
		return
	}
	t := p.src[start:end]
	q := 0
	for q < len(t) && !pathEndTable[t[q]] {
		q++
	}
	m.Path = Span{start, start + q}
	if q < len(t) && t[q] == '?' {
		e := q + 1
		for e < len(t) && t[e] != '#' {
			e++
		}
		m.Query = Span{start + q + 1, start + e}
	}
}

// schemeEnd returns the length of "scheme" in "scheme://...", or 0.
// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
func schemeEnd(t []byte) int {
	for i, c := range t {
		switch {
		case 'a' <= lower(c) && lower(c) <= 'z':
		case i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			if len(t) >= i+3 && t[i+1] == '/' && t[i+2] == '/' {
				return i
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// authorityForm reports whether t is uri-host ":" port.
func authorityForm(t []byte) bool {
	c := -1
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] == ':' {
			c = i
			break
		}
	}
	if c <= 0 || c == len(t)-1 || !allDigits(t[c+1:]) {
		return false
	}
	return validHost(t[:c])
}

// targetChars points at the first byte the request-target may not hold.
func (p *parser) targetChars(m *Message, s Span) {
	if p.plainTarget {
		return // plainRequestLine saw only characters that need no closer look
	}
	t := p.src[s.Start:s.End]
	for i := s.Start; i < s.End; i++ {
		for i < s.End && targetFastTable[t[i-s.Start]] {
			i++
		}
		if i >= s.End {
			return
		}
		c := p.src[i]
		if c == '%' {
			if i+2 >= s.End || !isHex(p.src[i+1]) || !isHex(p.src[i+2]) {
				p.diag(m, "bad-percent", Span{i, min(i+3, s.End)})
				p.fix("%25" + string(p.src[i+1:min(i+3, s.End)]))
				return
			}
			continue
		}
		if isTargetChar(c) || isStartSep(c) {
			continue
		}
		if c == '#' {
			p.diag(m, "target-fragment", Span{i, s.End})
			p.fix("")
			return
		}
		j := i + 1
		if c >= 0x80 {
			for j < s.End && p.src[j]&0xC0 == 0x80 {
				j++
			}
		}
		var enc strings.Builder
		for _, b := range p.src[i:j] {
			enc.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(b)>>4, 16)+strconv.FormatUint(uint64(b)&15, 16)))
		}
		shown := byteName(c)
		if c >= 0x80 {
			shown = string(p.src[i:j])
		}
		p.diag(m, "invalid-target", Span{i, j}, shown, enc.String())
		p.fix(enc.String())
		return
	}
}

// validHost checks Host syntax. RFC 9110 §7.2 and RFC 3986 §3.2.2:
//
//	Host     = uri-host [ ":" port ]
//	uri-host = IP-literal / IPv4address / reg-name
func validHost(h []byte) bool {
	if len(h) > 0 && h[0] == '[' {
		for i, c := range h {
			if c == ']' {
				return i > 1
			}
			if i > 0 && !(isHex(c) || c == ':' || c == '.' || c == 'v' || c == 'V' || c == '%') {
				return false
			}
		}
		return false
	}
	for i := 0; i < len(h); i++ {
		for i < len(h) && hostFastTable[h[i]] {
			i++
		}
		if i >= len(h) {
			break
		}
		c := h[i]
		if c == '%' {
			if i+2 >= len(h) || !isHex(h[i+1]) || !isHex(h[i+2]) {
				return false
			}
			continue
		}
		if !isHostChar(c) {
			return false
		}
	}
	return true
}

// validHostPort checks a whole Host field value.
func validHostPort(v []byte) bool {
	if len(v) > 0 && v[0] == '[' {
		end := len(v)
		for i, c := range v {
			if c == ']' {
				end = i + 1
				break
			}
		}
		if end < len(v) && (v[end] != ':' || !allDigits(v[end+1:])) {
			return false
		}
		return validHost(v[:end])
	}
	// reg-name or IPv4address, then an optional ":" port: the host ends
	// at the first byte that is not a host character.
	i := 0
	for {
		for i < len(v) && hostFastTable[v[i]] {
			i++
		}
		if i+2 < len(v) && v[i] == '%' && isHex(v[i+1]) && isHex(v[i+2]) {
			i += 3
			continue
		}
		break
	}
	return i == len(v) || v[i] == ':' && allDigits(v[i+1:])
}

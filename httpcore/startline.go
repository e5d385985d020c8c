package httpcore

import "strings"

// tokens splits a start line on whitespace the way a lenient recipient
// does (RFC 9112 §3: SP, HTAB, VT, FF or bare CR). It keeps the first two
// and the last three tokens, which is all the start lines need, and notes
// the first place where the separators are not a single SP.
type tokens struct {
	n       int
	first   [2]Span
	last    [3]Span // last[2] is the last token
	oddWS   Span    // first run of whitespace that is not exactly one SP between tokens
	bareCR  Span
	hasOdd  bool
	hasCR   bool
	lineEnd int
}

func isStartSep(c byte) bool { return startSepTable[c] }

var startSepTable = [256]bool{' ': true, '\t': true, '\v': true, '\f': true, '\r': true}

func (p *parser) tokenize(line Span) tokens {
	var t tokens
	t.lineEnd = line.End
	src := p.src[:line.End]
	i := line.Start
	for i < line.End {
		j := i
		for j < line.End && isStartSep(src[j]) {
			if src[j] == '\r' && !t.hasCR {
				t.hasCR, t.bareCR = true, Span{j, j + 1}
			}
			j++
		}
		if j > i {
			single := j-i == 1 && src[i] == ' ' && i > line.Start && j < line.End
			if !single && !t.hasOdd {
				t.hasOdd, t.oddWS = true, Span{i, j}
			}
		}
		if j >= line.End {
			break
		}
		k := j
		for k < line.End && !isStartSep(src[k]) {
			k++
		}
		tok := Span{j, k}
		if t.n < 2 {
			t.first[t.n] = tok
		}
		t.last[0], t.last[1], t.last[2] = t.last[1], t.last[2], tok
		t.n++
		i = k
	}
	return t
}

// versionLike reports whether b looks like an attempt at an HTTP-version.
func versionLike(b []byte) bool {
	b = unstutter(b)
	return hasPrefixFold(b, "http")
}

func (p *parser) requestLine(m *Message, line Span, complete bool) {
	p.plainTarget, p.query = false, -1
	if complete && plainPaths && p.plainRequestLine(m, line) {
		p.checkMethod(m, true)
		p.checkTarget(m)
		p.checkVersion(m, false, true)
		return
	}
	t := p.tokenize(line)
	if t.n == 0 {
		if complete {
			p.diag(m, "start-line-invalid", line)
		}
		return
	}
	p.startLineWhitespace(m, t, complete)
	m.Start.Method = t.first[0]
	versionSpace := false
	switch {
	case t.n >= 4 && equalFold(t.last[1].Of(p.src), "HTTP") && hasPrefixFold(t.last[2].Of(p.src), "/"):
		m.Start.Version = Span{t.last[1].Start, t.last[2].End}
		m.Start.Target = Span{t.first[1].Start, t.last[0].End}
		versionSpace = true
	case t.n >= 3:
		m.Start.Version = t.last[2]
		m.Start.Target = Span{t.first[1].Start, t.last[1].End}
	case t.n == 2 && versionLike(t.first[1].Of(p.src)):
		m.Start.Version = t.first[1]
	case t.n == 2:
		m.Start.Target = t.first[1]
	}
	p.checkMethod(m, complete || t.n > 1)
	switch {
	case !m.Start.Target.Valid():
		if complete {
			p.diag(m, "missing-target", Span{m.Start.Method.End, m.Start.Method.End})
		}
	default:
		if t.n > 4 || t.n == 4 && !versionSpace {
			p.diag(m, "target-whitespace", m.Start.Target)
			p.fix(percentEncodeSpaces(m.Start.Target.Of(p.src)))
		}
		p.checkTarget(m)
	}
	if t.n == 2 && m.Start.Target.Valid() && complete {
		m.HTTP09 = true
		p.diag(m, "http09", line, string(m.Start.Method.Of(p.src)), p.targetText(m))
		p.fix(string(line.Of(p.src)) + " HTTP/1.1")
		return
	}
	if m.Start.Version.Valid() {
		p.checkVersion(m, versionSpace, complete)
	}
}

// plainRequestLine reads the usual request line in one pass: a token, one
// SP, a target of characters that need no closer look (no "%", "#" or
// whitespace), one SP and HTTP/d.d. It sets the parts and reports whether
// the line was plain; if not, requestLine reads it the general way, which
// would find the same parts in a plain line and nothing to report about its
// characters or whitespace.
func (p *parser) plainRequestLine(m *Message, line Span) bool {
	s := p.src[line.Start:line.End]
	i := 0
	for i < len(s) && tcharTable[s[i]] {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return false
	}
	t := i + 1
	j, q := t, -1
	for {
		for j < len(s) && plainTargetTable[s[j]] {
			j++
		}
		if j < len(s) && s[j] == '?' {
			if q < 0 {
				q = j
			}
			j++
			continue
		}
		break
	}
	v := j + 1
	if j == t || len(s)-v != 8 || s[j] != ' ' ||
		string(s[v:v+5]) != "HTTP/" || !isDigit(s[v+5]) || s[v+6] != '.' || !isDigit(s[v+7]) {
		return false
	}
	o := line.Start
	m.Start.Method, m.Start.Target, m.Start.Version = Span{o, o + i}, Span{o + t, o + j}, Span{o + v, line.End}
	p.plainTarget = true
	if q >= 0 {
		p.query = o + q
	}
	return true
}

func (p *parser) targetText(m *Message) string { return string(m.Start.Target.Of(p.src)) }

func (p *parser) startLineWhitespace(m *Message, t tokens, complete bool) {
	if t.hasCR {
		p.diag(m, "bare-cr", t.bareCR)
	}
	if t.hasOdd && !(t.hasCR && t.oddWS.Start == t.bareCR.Start) {
		if !complete && t.oddWS.End == t.lineEnd && t.oddWS.Len() == 1 && p.src[t.oddWS.Start] == ' ' {
			return // the learner has just typed the separating space
		}
		p.diag(m, "start-line-whitespace", t.oddWS)
		if t.oddWS.Start > m.Start.Span.Start && t.oddWS.End < t.lineEnd {
			p.fix(" ")
		} else {
			p.fix("")
		}
	}
}

func (p *parser) statusLine(m *Message, line Span, complete bool) {
	t := p.tokenize(line)
	if t.n == 0 {
		if complete {
			p.diag(m, "start-line-invalid", line)
		}
		return
	}
	src := p.src
	v := t.first[0]
	versionSpace := false
	next := v.End
	if equalFold(v.Of(src), "HTTP") && t.n >= 2 && hasPrefixFold(t.first[1].Of(src), "/") {
		v = Span{v.Start, t.first[1].End}
		versionSpace = true
		next = v.End
	}
	m.Start.Version = v
	if !versionLike(v.Of(src)) {
		p.startLineWhitespace(m, t, complete)
		if complete || t.n > 1 {
			if t.n >= 3 && versionLike(t.last[2].Of(src)) {
				p.diag(m, "request-as-response", line)
			} else {
				p.diag(m, "not-a-status-line", line, string(t.first[0].Of(src)))
			}
		}
		return
	}
	p.checkVersion(m, versionSpace, complete || t.n > 1)
	// status-code: the next token after the version.
	i := next
	for i < line.End && isStartSep(src[i]) {
		i++
	}
	if i > next+1 || i > next && src[next] != ' ' {
		p.diag(m, "start-line-whitespace", Span{next, i})
		p.fix(" ")
	} else if t.hasCR {
		p.diag(m, "bare-cr", t.bareCR)
	}
	if i >= line.End {
		if complete {
			p.diag(m, "status-missing", Span{line.End, line.End})
		}
		return
	}
	j := i
	for j < line.End && !isStartSep(src[j]) {
		j++
	}
	m.Start.Code = Span{i, j}
	code := src[i:j]
	if len(code) != 3 || !isDigit(code[0]) || !isDigit(code[1]) || !isDigit(code[2]) || code[0] == '0' {
		if complete || j < line.End || len(code) > 3 || !allDigits(code) {
			p.diag(m, "status-invalid", m.Start.Code, string(code))
		}
	} else if code[0] > '5' {
		p.diag(m, "status-invalid", m.Start.Code, string(code))
	}
	if j >= line.End {
		if complete {
			p.diag(m, "reason-missing", Span{j, j})
			p.fix(" " + standardReasons[m.Status()])
		}
		return
	}
	if src[j] != ' ' {
		p.diag(m, "start-line-whitespace", Span{j, j + 1})
	}
	m.Start.Reason = Span{j + 1, line.End}
	for k := j + 1; k < line.End; k++ {
		if !isReasonChar(src[k]) {
			if src[k] == '\r' {
				p.diag(m, "bare-cr", Span{k, k + 1})
			} else {
				p.diag(m, "invalid-reason", Span{k, k + 1}, byteName(src[k]))
			}
			return
		}
	}
	if complete {
		p.checkReason(m)
	}
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// checkVersion judges the HTTP-version of either start line.
// RFC 9112 §2.3:
//
//	HTTP-version = HTTP-name "/" DIGIT "." DIGIT
//	HTTP-name    = %s"HTTP"
func (p *parser) checkVersion(m *Message, versionSpace, complete bool) {
	s := m.Start.Version
	b := s.Of(p.src)
	if versionSpace {
		p.diag(m, "version-space", s, string(b))
		p.fix("HTTP" + strings.TrimLeft(string(b[4:]), " \t"))
		return
	}
	if len(b) == 8 && string(b[:5]) == "HTTP/" && isDigit(b[5]) && b[6] == '.' && isDigit(b[7]) {
		p.versionNumber(m, s, b[5], b[7])
		return
	}
	if !complete && len(b) < 8 && hasPrefixFold([]byte("HTTP/1.1"), string(b)) {
		return // still being typed
	}
	if len(b) == 8 && equalFold(b[:5], "HTTP/") && isDigit(b[5]) && b[6] == '.' && isDigit(b[7]) {
		p.diag(m, "version-case", s, string(b), "HTTP/"+string(b[5:]))
		p.fix("HTTP/" + string(b[5:]))
		p.versionNumber(m, s, b[5], b[7])
		return
	}
	if len(b) == 6 && equalFold(b[:5], "HTTP/") && (b[5] == '2' || b[5] == '3') {
		p.diag(m, "version-unsupported", s, string(b))
		p.fix("HTTP/1.1")
		return
	}
	suggestion := "HTTP/1.1"
	if u := unstutter(b); len(u) == 8 && equalFold(u[:5], "HTTP/") && isDigit(u[5]) && u[6] == '.' && isDigit(u[7]) {
		suggestion = "HTTP/" + string(u[5:])
	}
	p.diag(m, "version-malformed", s, string(b), suggestion)
	p.fix(suggestion)
}

func (p *parser) versionNumber(m *Message, s Span, major, minor byte) {
	switch {
	case major == '1' && minor <= '1':
	case major == '1':
		p.diag(m, "version-minor", s, string(s.Of(p.src)))
	default:
		p.diag(m, "version-unsupported", s, string(s.Of(p.src)))
		p.fix("HTTP/1.1")
	}
}

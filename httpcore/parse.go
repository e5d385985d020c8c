package httpcore

import (
	"bytes"
	"sort"
	"strconv"
)

// Parse reads every message in input (several messages are a stream, as on
// a kept-alive connection) and returns them with their spans and
// diagnostics. It never panics and does no I/O; an input that stops in the
// middle of a message gives a last Message that is not Complete and says
// what it is Waiting for.
//
// Parse copies no text: the messages point into input, which the caller
// must not modify while using the result.
func Parse(input []byte, opts Options) Result {
	p := parser{src: input, opts: opts, lim: opts.Limits.withDefaults()}
	res := Result{Input: input, Kind: opts.Kind, Mode: opts.Mode}
	// One allocation holds the first message and room for its fields
	// (see firstMessage). More fields, or chunks, get memory as they come.
	res.Messages, p.fields = firstMessage(fieldRoom(input))
	pos, final := 0, 0
	for pos < len(input) {
		if len(res.Messages) > 0 {
			prev := &res.Messages[len(res.Messages)-1]
			if p.onlyEmptyLines(pos) {
				p.diag(prev, "trailing-empty-line", Span{pos, len(input)})
				p.fix("")
				p.closeDiags(prev)
				break
			}
			if p.broken {
				p.diag(prev, "after-bad-framing", Span{pos, len(input)}, strconv.Itoa(len(input)-pos))
				p.closeDiags(prev)
				break
			}
			if !p.looksLikeStart(pos) {
				p.extraBytes(prev, pos)
				p.closeDiags(prev)
				break
			}
			if prev.Framing == CloseDelimited || prev.Framing == Tunnel {
				break
			}
			if prev.Close && !p.closeSaid {
				p.closeSaid = true
				p.diag(prev, "after-close", Span{pos, len(input)}, strconv.Itoa(len(input)-pos))
				p.closeDiags(prev)
			}
		}
		// The message is read in place, in the slice that returns it.
		// (Past its length the slice's memory is never written, so the new
		// message starts out zero.)
		n := len(res.Messages)
		res.Messages = grow(res.Messages)[:n+1]
		m := &res.Messages[n]
		m.src, m.Kind, m.Length = input, opts.Kind, -1
		if opts.Kind == Response {
			m.RequestFor = opts.methodFor(final)
		}
		p.diagStart = len(p.diags)
		next := p.message(m, pos)
		if p.broken || m.Framing == CloseDelimited || m.Framing == Tunnel || m.HTTP09 {
			m.Close = true
		}
		p.closeDiags(m)
		if opts.Kind == Response && m.Status() >= 200 || opts.Kind == Response && m.Status() == 0 {
			final++
		}
		if !m.Complete || next <= pos {
			break
		}
		pos = next
	}
	res.Diagnostics = p.diags
	return res
}

// grow doubles a full slice's capacity. (append grows large slices by a
// quarter at a time, which makes a stream of many small messages copy, and
// the garbage collector rescan, its messages many times over.)
func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	bigger := make([]T, len(s), 2*cap(s)+8)
	copy(bigger, s)
	return bigger
}

type parser struct {
	src       []byte
	opts      Options
	lim       Limits
	fields    []Field
	chunks    []Chunk
	diags     []Diagnostic
	diagStart int
	closeSaid bool

	// per request line (see plainRequestLine)
	plainTarget bool
	query       int // where the target's first "?" is, or -1

	// per message
	bareLF     int
	firstBare  Span
	method     string // the method as the server would understand it ("" if not understood)
	headerSize int
	limitSaid  bool
	broken     bool // the message's framing cannot be worked out: the server closes after it

	closeToken, keepAlive, connectionSaid bool  // what Connection fields said
	kinds                                 uint8 // 1<<fieldKind for each kind of field in the header section
}

// diag records a diagnostic for m, with the severity of the current mode.
func (p *parser) diag(m *Message, code string, s Span, args ...string) {
	info := catalogue[code] // every code is in the catalogue (TestGoldenCases checks each is produced)
	if framingCodes[code] {
		p.broken = true
	}
	sev := info.strict
	if p.opts.Mode == Lenient {
		sev = info.lenient
	}
	status := info.status
	switch {
	case info.strict == Error && sev != Error:
		status = 0 // tolerated in lenient mode
	case p.opts.Kind == Response && status >= 400:
		status = 502 // a proxy that receives a bad response answers 502 Bad Gateway
	}
	p.diags = append(grow(p.diags), Diagnostic{
		Code: code, Severity: sev, Span: s, Status: status, Spec: info.spec,
		Args: args, Message: render(info.text[0], args),
	})
}

// fix attaches a suggested replacement to the diagnostic just recorded.
func (p *parser) fix(text string) {
	d := &p.diags[len(p.diags)-1]
	d.Fix, d.HasFix = text, true
}

// framingCodes are the errors after which a server cannot find the next
// message (RFC 9112 §6.3: it answers 400 and closes the connection).
var framingCodes = map[string]bool{
	"content-length-invalid": true, "content-length-overflow": true, "content-length-conflict": true,
	"te-not-chunked": true, "unknown-transfer-coding": true, "chunk-size-invalid": true,
	"chunk-size-overflow": true, "chunk-data-end": true, "chunk-ext-invalid": true,
}

// closeDiags gives m its diagnostics, sorted by position, as a sub-slice.
func (p *parser) closeDiags(m *Message) {
	d := p.diags[p.diagStart:]
	if len(d) > 1 && !sort.SliceIsSorted(d, func(i, j int) bool { return d[i].Span.Start < d[j].Span.Start }) {
		// Sort positions, not the (large) diagnostics, then move each once.
		order := make([]int, len(d))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return d[order[i]].Span.Start < d[order[j]].Span.Start })
		sorted := make([]Diagnostic, len(d))
		for i, k := range order {
			sorted[i] = d[k]
		}
		copy(d, sorted)
	}
	m.Diagnostics = d[:len(d):len(d)]
}

// line returns the line that starts at pos: its content (without the line
// ending) and its ending. ok is false when the input stops before a LF.
func (p *parser) line(pos int) (content, end Span, ok bool) {
	nl := bytes.IndexByte(p.src[pos:], '\n')
	if nl < 0 {
		e := len(p.src)
		if e > pos && p.src[e-1] == '\r' {
			e--
		}
		return Span{pos, e}, Span{e, len(p.src)}, false
	}
	nl += pos
	e := nl
	if e > pos && p.src[e-1] == '\r' {
		e--
	}
	return Span{pos, e}, Span{e, nl + 1}, true
}

// ending notes a line ending that is a bare LF.
func (p *parser) ending(end Span) {
	if end.Len() == 1 {
		if p.bareLF == 0 {
			p.firstBare = end
		}
		p.bareLF++
	}
}

// message reads one message from pos and returns where the next begins.
func (p *parser) message(m *Message, pos int) int {
	p.bareLF, p.method, p.headerSize, p.limitSaid, p.broken = 0, "", 0, false, false
	p.closeToken, p.keepAlive, p.connectionSaid, p.kinds = false, false, false, 0
	next := p.readMessage(m, pos)
	p.reportBareLF(m)
	return next
}

func (p *parser) readMessage(m *Message, pos int) int {
	start := pos
	for pos < len(p.src) {
		if p.src[pos] == '\n' {
			p.ending(Span{pos, pos + 1})
			pos++
		} else if p.src[pos] == '\r' && pos+1 < len(p.src) && p.src[pos+1] == '\n' {
			pos += 2
		} else {
			break
		}
	}
	if pos > start {
		m.LeadingEmpty = Span{start, pos}
		p.diag(m, "leading-empty-line", m.LeadingEmpty)
		p.fix("")
	} else {
		m.LeadingEmpty = Span{start, start}
	}
	m.Span = Span{start, len(p.src)}
	m.Start = StartLine{Span: none, End: none, Method: none, Target: none, Version: none, Code: none, Reason: none}
	m.Path, m.Query, m.EmptyLine, m.BodySpan = none, none, none, none
	if pos >= len(p.src) {
		m.Waiting = WaitStartLine
		return pos
	}
	content, end, ok := p.line(pos)
	m.Start.Span, m.Start.End = content, end
	if p.opts.Kind == Request {
		p.requestLine(m, content, ok)
	} else {
		p.statusLine(m, content, ok)
	}
	if !ok {
		m.Waiting = WaitStartLine
		return len(p.src)
	}
	p.ending(end)
	pos = end.End
	if m.HTTP09 {
		m.Framing = Simple
		m.Complete = true
		m.Span.End = pos
		return pos
	}
	first := len(p.fields)
	pos, done := p.fieldLines(m, pos, false)
	m.Fields = p.fields[first:len(p.fields):len(p.fields)]
	if !done {
		m.Waiting = WaitHeaders
		return pos
	}
	p.checkFields(m)
	p.frame(m)
	pos = p.body(m, pos)
	if m.Complete {
		m.Span.End = pos
	}
	return pos
}

func (p *parser) reportBareLF(m *Message) {
	if p.bareLF > 0 {
		p.diag(m, "bare-lf", p.firstBare, strconv.Itoa(p.bareLF))
	}
}

// onlyEmptyLines reports whether the input from pos on holds nothing but
// line endings.
func (p *parser) onlyEmptyLines(pos int) bool {
	for _, c := range p.src[pos:] {
		if c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

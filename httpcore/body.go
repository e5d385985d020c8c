package httpcore

import (
	"bytes"
	"strconv"
)

// frame decides how long the body is, following RFC 9112 §6.3 in order.
func (p *parser) frame(m *Message) {
	src := p.src
	var te, cl Field
	hasTE, hasCL := false, false
	clValue, clBad, clConflict := int64(-1), false, false
	clRepeat := Span{}
	fields := m.Fields
	if p.kinds&(1<<contentLengthField|1<<transferEncodingField) == 0 {
		fields = nil // neither is there: no need to look
	}
	for i := range fields {
		f := &fields[i]
		switch f.kind {
		case transferEncodingField:
			if !hasTE {
				te, hasTE = *f, true
			}
		case contentLengthField:
			if !hasCL {
				cl, hasCL = *f, true
			}
			// Content-Length = 1*DIGIT; a list of equal values is tolerated (RFC 9110 §8.6).
			v := f.Value
			for v.Start <= v.End {
				e := v.Start
				for e < v.End && src[e] != ',' {
					e++
				}
				item := trimOWS(src, Span{v.Start, e})
				n, ok := parseDecimal(item.Of(src))
				switch {
				case !ok && !clBad:
					clBad = true
					if len(item.Of(src)) > 0 && allDigits(item.Of(src)) {
						p.diag(m, "content-length-overflow", item, string(item.Of(src)))
					} else {
						p.diag(m, "content-length-invalid", f.Value, string(f.Value.Of(src)))
						if d := leadingDigits(f.Value.Of(src)); d != "" {
							p.fix(d)
						}
					}
				case ok && clValue >= 0 && n != clValue && !clConflict:
					clConflict = true
					p.diag(m, "content-length-conflict", f.Line, strconv.FormatInt(clValue, 10), strconv.FormatInt(n, 10))
				case ok && clValue == n && clRepeat.End == 0:
					clRepeat = item
				case ok:
					clValue = n
				}
				v.Start = e + 1
			}
		}
	}
	if clRepeat.End > 0 && !clConflict && !clBad {
		p.diag(m, "content-length-repeated", clRepeat, strconv.FormatInt(clValue, 10))
	}
	if m.Kind == Response {
		status := m.Status()
		method := m.RequestFor
		switch {
		case method == "HEAD" || status >= 100 && status < 200 && status != 101 || status == 204 || status == 304:
			m.Framing = NoBody
			if status == 204 && hasCL && clValue > 0 || status >= 100 && status < 200 && (hasCL || hasTE) {
				p.diag(m, "body-not-allowed", cl.Line, strconv.Itoa(status))
			}
			return
		case method == "CONNECT" && status >= 200 && status < 300:
			m.Framing = Tunnel
			p.diag(m, "tunnel", m.Start.Span)
			return
		case status == 101:
			m.Framing = Tunnel
			p.diag(m, "switching-protocols", m.Start.Span, m.Field("Upgrade"))
			return
		}
	}
	if hasTE {
		codings := p.transferCodings(m)
		if m.ProtoMinor() == 0 {
			p.diag(m, "transfer-encoding-http10", te.Line)
		}
		if hasCL {
			p.diag(m, "cl-te-conflict", cl.Line)
			m.Close = true // RFC 9112 §6.3: the connection must close after this message
		}
		if codings {
			m.Framing = Chunked
			p.bodyOnSafeMethod(m)
			return
		}
		if m.Kind == Request {
			p.diag(m, "te-not-chunked", te.Value, string(te.Value.Of(src)))
			m.Framing = NoBody
			return
		}
		m.Framing = CloseDelimited
		p.diag(m, "close-delimited", Span{m.EmptyLine.End, m.EmptyLine.End})
		return
	}
	if hasCL && clValue >= 0 && !clConflict {
		m.Framing = ContentLength
		m.Length = clValue
		if clValue > p.lim.MaxBody {
			p.diag(m, "body-too-large", cl.Value, strconv.FormatInt(clValue, 10), strconv.FormatInt(p.lim.MaxBody, 10))
		}
		if clValue > 0 {
			p.bodyOnSafeMethod(m)
		}
		return
	}
	if hasCL {
		m.Framing = NoBody // unusable length: a server answers 400 and closes
		return
	}
	if m.Kind == Request {
		m.Framing = NoBody
		m.Length = 0
		return
	}
	m.Framing = CloseDelimited
	p.diag(m, "close-delimited", Span{m.EmptyLine.End, m.EmptyLine.End})
}

// transferCodings reads every Transfer-Encoding list and reports whether
// the final coding is chunked. RFC 9112 §6.1 and §7:
//
//	Transfer-Encoding = #transfer-coding
func (p *parser) transferCodings(m *Message) bool {
	src := p.src
	last := Span{}
	chunked := 0
	for i := range m.Fields {
		f := &m.Fields[i]
		if f.kind != transferEncodingField {
			continue
		}
		v := f.Value
		for v.Start <= v.End {
			e := v.Start
			for e < v.End && src[e] != ',' {
				e++
			}
			item := trimOWS(src, Span{v.Start, e})
			v.Start = e + 1
			if item.Empty() {
				continue
			}
			name := item
			for i := item.Start; i < item.End; i++ {
				if src[i] == ';' || isOWS(src[i]) {
					name.End = i
					break
				}
			}
			last = name
			switch b := name.Of(src); {
			case equalFold(b, "chunked"):
				chunked++
				if chunked == 2 {
					p.diag(m, "chunked-twice", name)
				}
			case equalFold(b, "gzip"), equalFold(b, "deflate"), equalFold(b, "compress"), equalFold(b, "x-gzip"), equalFold(b, "x-compress"):
			default:
				p.diag(m, "unknown-transfer-coding", name, string(b))
			}
		}
	}
	return last.End > 0 && equalFold(last.Of(src), "chunked")
}

// bodyOnSafeMethod warns about a body on a request whose method gives it
// no meaning (RFC 9110 §9.3.1, §9.3.2, §9.3.5).
func (p *parser) bodyOnSafeMethod(m *Message) {
	if m.Kind == Request && (p.method == "GET" || p.method == "HEAD" || p.method == "DELETE" || p.method == "OPTIONS" || p.method == "TRACE") {
		p.diag(m, "body-on-get", m.Start.Method, p.method)
	}
}

// leadingDigits returns the digits a value starts with ("325" for
// "325 (the content...)").
func leadingDigits(b []byte) string {
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return string(b[:i])
}

// parseDecimal parses 1*DIGIT into an int64, refusing overflow.
func parseDecimal(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if !isDigit(c) {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// body reads the body that frame decided on.
func (p *parser) body(m *Message, pos int) int {
	switch m.Framing {
	case ContentLength:
		avail := int64(len(p.src) - pos)
		if avail >= m.Length {
			m.BodySpan = Span{pos, pos + int(m.Length)}
			m.Complete = true
			return m.BodySpan.End
		}
		m.BodySpan = Span{pos, len(p.src)}
		m.Waiting, m.Need = WaitBody, m.Length-avail
		p.diag(m, "body-incomplete", Span{len(p.src), len(p.src)}, strconv.FormatInt(m.Length, 10), strconv.FormatInt(avail, 10))
		return len(p.src)
	case Chunked:
		return p.chunked(m, pos)
	case CloseDelimited, Tunnel:
		m.BodySpan = Span{pos, len(p.src)}
		m.Complete = true
		return len(p.src)
	}
	m.BodySpan = Span{pos, pos}
	m.Complete = true
	return pos
}

// chunked reads a chunked body. RFC 9112 §7.1:
//
//	chunked-body   = *chunk last-chunk trailer-section CRLF
//	chunk          = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
//	chunk-size     = 1*HEXDIG
//	last-chunk     = 1*("0") [ chunk-ext ] CRLF
func (p *parser) chunked(m *Message, pos int) int {
	src := p.src
	m.BodySpan = Span{pos, len(src)}
	if p.chunks == nil {
		// The first chunked body of the input: room for its chunks. Later
		// bodies of a stream grow the slice by doubling, so a stream of
		// chunked messages stays linear.
		p.chunks = make([]Chunk, 0, chunkCount(src, pos))
	}
	first := len(p.chunks)
	defer func() { m.Chunks = p.chunks[first:len(p.chunks):len(p.chunks)] }()
	var total int64
	for {
		if pos >= len(src) {
			m.Waiting = WaitChunkSize
			p.diag(m, "chunked-incomplete", Span{pos, pos})
			return pos
		}
		content, end, ok := p.line(pos)
		c := Chunk{Span: Span{pos, end.End}, SizeEnd: end, Ext: Span{content.End, content.End}, Data: none, DataEnd: none}
		i := content.Start
		for i < content.End && isHex(src[i]) {
			i++
		}
		c.Size = Span{content.Start, i}
		if i < content.End {
			c.Ext = Span{i, content.End}
		}
		n, sizeOK := p.chunkSize(m, c.Size, content, ok)
		c.N = n
		if ok {
			p.ending(end)
			if sizeOK {
				p.chunkExt(m, c.Ext)
			}
		}
		if !ok || !sizeOK {
			p.chunks = append(grow(p.chunks), c)
			if !ok {
				m.Waiting = WaitChunkSize
				p.diag(m, "chunked-incomplete", Span{len(src), len(src)})
				return len(src)
			}
			m.Complete = true // unreadable framing: a server stops here
			m.BodySpan.End = end.End
			return end.End
		}
		pos = end.End
		if n == 0 {
			c.Span.End = pos
			p.chunks = append(grow(p.chunks), c)
			break
		}
		avail := int64(len(src) - pos)
		if avail < n {
			c.Data = Span{pos, len(src)}
			c.Span.End = len(src)
			p.chunks = append(grow(p.chunks), c)
			m.Waiting, m.Need = WaitChunkData, n-avail
			p.diag(m, "chunked-incomplete", Span{len(src), len(src)})
			return len(src)
		}
		c.Data = Span{pos, pos + int(n)}
		total += n
		pos = c.Data.End
		switch {
		case bytes.HasPrefix(src[pos:], []byte("\r\n")):
			c.DataEnd = Span{pos, pos + 2}
		case pos < len(src) && src[pos] == '\n':
			c.DataEnd = Span{pos, pos + 1}
			p.ending(c.DataEnd)
		case pos == len(src) || pos+1 == len(src) && src[pos] == '\r':
			c.Span.End = len(src)
			p.chunks = append(grow(p.chunks), c)
			m.Waiting = WaitChunkEnd
			p.diag(m, "chunked-incomplete", Span{len(src), len(src)})
			return len(src)
		default:
			p.diag(m, "chunk-data-end", Span{pos, pos + 1}, strconv.FormatInt(n, 10))
			c.Span.End = pos
			p.chunks = append(grow(p.chunks), c)
			m.Complete = true
			m.BodySpan.End = pos
			return pos
		}
		pos = c.DataEnd.End
		c.Span.End = pos
		p.chunks = append(grow(p.chunks), c)
	}
	m.Length = total
	tfirst := len(p.fields)
	empty := m.EmptyLine
	pos, done := p.fieldLines(m, pos, true)
	m.Trailers = p.fields[tfirst:len(p.fields):len(p.fields)]
	trailerEnd := m.EmptyLine
	m.EmptyLine = empty
	if !done {
		m.Waiting = WaitTrailers
		p.diag(m, "chunked-incomplete", Span{len(src), len(src)})
		return pos
	}
	for _, f := range m.Trailers {
		switch f.kind {
		case contentLengthField, transferEncodingField, hostField, expectField, connectionField:
			p.diag(m, "trailer-forbidden", f.Name, string(f.Name.Of(src)))
		}
	}
	m.BodySpan.End = trailerEnd.End
	m.Complete = true
	return pos
}

// chunkSize parses the hexadecimal chunk size.
func (p *parser) chunkSize(m *Message, s, line Span, complete bool) (int64, bool) {
	b := s.Of(p.src)
	if len(b) == 0 {
		if complete {
			p.diag(m, "chunk-size-invalid", line, string(line.Of(p.src)))
		}
		return 0, false
	}
	for len(b) > 1 && b[0] == '0' {
		b = b[1:]
	}
	if len(b) > 15 {
		p.diag(m, "chunk-size-overflow", s, string(s.Of(p.src)))
		return 0, false
	}
	var n int64
	for _, c := range b {
		n = n<<4 | hexVal(c)
	}
	if n > p.lim.MaxBody {
		p.diag(m, "body-too-large", s, strconv.FormatInt(n, 10), strconv.FormatInt(p.lim.MaxBody, 10))
	}
	return n, true
}

// chunkExt checks chunk extensions. RFC 9112 §7.1.1:
//
//	chunk-ext      = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
//	chunk-ext-name = token
//	chunk-ext-val  = token / quoted-string
func (p *parser) chunkExt(m *Message, s Span) {
	src := p.src
	i := s.Start
	bad := func(at int) {
		p.diag(m, "chunk-ext-invalid", Span{at, s.End}, string(s.Of(src)))
	}
	skip := func() {
		for i < s.End && isOWS(src[i]) {
			i++
		}
	}
	for {
		skip()
		if i >= s.End {
			return
		}
		if src[i] != ';' {
			bad(i)
			return
		}
		i++
		skip()
		j := i
		for i < s.End && isTchar(src[i]) {
			i++
		}
		if i == j {
			bad(j)
			return
		}
		skip()
		if i < s.End && src[i] == '=' {
			i++
			skip()
			if i < s.End && src[i] == '"' {
				i++
				for i < s.End && src[i] != '"' {
					if src[i] == '\\' && i+1 < s.End {
						i++
					} else if !isQdtext(src[i]) {
						bad(i)
						return
					}
					i++
				}
				if i >= s.End {
					bad(s.Start)
					return
				}
				i++
			} else {
				j := i
				for i < s.End && isTchar(src[i]) {
					i++
				}
				if i == j {
					bad(j)
					return
				}
			}
		}
	}
}

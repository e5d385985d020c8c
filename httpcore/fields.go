package httpcore

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strconv"
)

// fieldLines reads field lines from pos up to and including the empty line
// that ends the section (RFC 9112 §5), appending them to p.fields. done is
// false when the input stops first.
//
//	field-line = field-name ":" OWS field-value OWS
func (p *parser) fieldLines(m *Message, pos int, trailers bool) (int, bool) {
	first := len(p.fields)
	for {
		if pos >= len(p.src) {
			return pos, false
		}
		if next := p.plainField(m, pos, first, trailers); next >= 0 {
			pos = next
			continue
		}
		content, end, ok := p.line(pos)
		if content.Empty() {
			if !ok {
				return len(p.src), false
			}
			p.ending(end)
			m.EmptyLine = Span{content.Start, end.End}
			return end.End, true
		}
		p.headerSize += end.End - pos
		if !p.limitSaid && p.headerSize > p.lim.MaxHeaderBytes {
			p.limitSaid = true
			p.diag(m, "header-too-large", content, strconv.Itoa(p.lim.MaxHeaderBytes))
		}
		if content.Len() > p.lim.MaxFieldLine {
			p.diag(m, "field-too-long", content, strconv.Itoa(content.Len()), strconv.Itoa(p.lim.MaxFieldLine))
		}
		if ok && end.End-end.Start == 1 {
			p.ending(end)
		}
		src := p.src
		if isOWS(src[content.Start]) {
			if len(p.fields) == first {
				if !trailers && len(m.Fields) == 0 {
					p.diag(m, "space-after-start-line", content)
				} else {
					p.diag(m, "obs-fold", content)
				}
			} else {
				p.diag(m, "obs-fold", content)
				f := &p.fields[len(p.fields)-1]
				v := trimOWS(src, content)
				if !v.Empty() {
					if f.Value.Empty() {
						f.Value = v
					} else {
						f.Value.End = v.End
					}
				}
				f.Line.End, f.End, f.Folded = content.End, end, true
				p.valueChars(m, v)
			}
			if !ok {
				return len(src), false
			}
			pos = end.End
			continue
		}
		// Fast path: a name of token characters directly followed by the colon.
		line := src[content.Start:content.End]
		n := 0
		for n < len(line) && tcharTable[line[n]] {
			n++
		}
		i := content.Start + n
		colon := i - content.Start
		if i >= content.End || src[i] != ':' {
			colon = bytes.IndexByte(content.Of(src), ':')
		}
		if colon < 0 {
			if !ok {
				p.fields = append(grow(p.fields), Field{Line: content, Name: content, Colon: none, Value: none, End: end})
				return len(src), false
			}
			if !trailers && p.looksLikeBody(content) {
				p.diag(m, "missing-empty-line", content)
				p.fix("\r\n" + string(content.Of(src)))
				m.EmptyLine = Span{content.Start, content.Start}
				return content.Start, true
			}
			name := content
			for i := content.Start; i < content.End; i++ {
				if isOWS(src[i]) {
					name.End = i
					break
				}
			}
			p.diag(m, "missing-colon", content, string(name.Of(src)))
			p.fix(string(name.Of(src)) + ": " + string(trimOWS(src, Span{name.End, content.End}).Of(src)))
			p.fields = append(grow(p.fields), Field{Line: content, Name: name, Colon: Span{name.End, name.End}, Value: trimOWS(src, Span{name.End, content.End}), End: end, kind: classify(name.Of(src))})
			if f := &p.fields[len(p.fields)-1]; !trailers {
				p.kinds |= 1 << f.kind
				if f.kind == otherField {
					p.lookalike(m, f)
				}
			}
			pos = end.End
			continue
		}
		fast := colon == i-content.Start
		colon += content.Start
		// The field is written in place: past its length the slice's memory
		// is never written, so the new element starts out zero.
		if len(p.fields) == cap(p.fields) {
			p.fields = grow(p.fields)
		}
		p.fields = p.fields[:len(p.fields)+1]
		f := &p.fields[len(p.fields)-1]
		f.Line, f.Name, f.Colon, f.End = content, Span{content.Start, colon}, Span{colon, colon + 1}, end
		f.Value = trimOWS(src, Span{colon + 1, content.End})
		if f.Name.Empty() {
			p.diag(m, "empty-field-name", f.Colon)
		} else if isOWS(src[colon-1]) {
			n := trimOWS(src, f.Name)
			p.diag(m, "space-before-colon", Span{n.End, colon}, string(n.Of(src)))
			p.fix("")
			f.Name = n
		}
		for i := f.Name.Start; i < f.Name.End && !fast; i++ {
			if !isTchar(src[i]) {
				if src[i] == '\r' {
					p.diag(m, "bare-cr", Span{i, i + 1})
				} else {
					name, size := charName(src, i)
					p.diag(m, "invalid-field-name", Span{i, i + size}, name, string(f.Name.Of(src)))
				}
				break
			}
		}
		// The value's characters, eight bytes at a time (see valueChars,
		// which finds and reports the first bad one).
		p.valueChars(m, f.Value)
		f.kind = classify(f.Name.Of(src))
		if !trailers {
			p.kinds |= 1 << f.kind
			if f.kind == otherField && mayBeLookalike(f.Name.Of(src)) {
				p.lookalike(m, f)
			}
		}
		if n := len(p.fields) - first; n == p.lim.MaxFields+1 {
			p.diag(m, "too-many-fields", content, strconv.Itoa(p.lim.MaxFields))
		}
		if !ok {
			return len(src), false
		}
		pos = end.End
	}
}

// valueChars points at the first byte a field value may not hold.
// RFC 9110 §5.5:
//
//	field-value = *field-content
func (p *parser) valueChars(m *Message, v Span) {
	b := p.src[v.Start:v.End]
	// Eight bytes at a time: skip words with no byte below 0x20 and no DEL;
	// the last word may overlap the one before.
	if len(b) >= 8 {
		i := 0
		for ; i+8 < len(b); i += 8 {
			if badWord(binary.LittleEndian.Uint64(b[i : i+8])) {
				break
			}
		}
		if i+8 >= len(b) && !badWord(binary.LittleEndian.Uint64(b[len(b)-8:])) {
			return
		}
		b = b[i:]
		v.Start += i
	}
	for i, c := range b {
		if isFieldContentChar(c) {
			continue
		}
		i += v.Start
		if c == '\r' {
			p.diag(m, "bare-cr", Span{i, i + 1})
		} else {
			p.diag(m, "invalid-field-value", Span{i, i + 1}, byteName(c))
		}
		return
	}
}

// plainPaths turns on plainField and plainRequestLine, the fast paths for
// the usual lines. Tests turn them off to check that the general code gives
// the same result.
var plainPaths = true

// plainField reads the field line at pos when it is the usual kind: a name
// of token characters, the colon, field-content and CRLF, with nothing to
// report but perhaps a misspelled name. It checks the characters on the way
// to the line ending, eight bytes at a time, appends the field and returns
// where the next line starts; or it returns -1 and leaves the line to
// fieldLines, which reads any line.
func (p *parser) plainField(m *Message, pos, first int, trailers bool) int {
	if !plainPaths {
		return -1
	}
	src := p.src[pos:]
	tchar, content := &tcharTable, &fieldContentTable
	i := 0
	for _, c := range src {
		if !tchar[c] {
			break
		}
		i++
	}
	if i == 0 || i >= len(src) || src[i] != ':' {
		return -1
	}
	j := i + 1
	for j+8 <= len(src) {
		// The lowest byte the bit trick flags is the first below 0x20 or
		// DEL (a tab, which is allowed, is looked at again below).
		if bad := badBytes(binary.LittleEndian.Uint64(src[j : j+8])); bad != 0 {
			j += bits.TrailingZeros64(bad) / 8
			break
		}
		j += 8
	}
	for j < len(src) && content[src[j]] {
		j++
	}
	if j+1 >= len(src) || src[j] != '\r' || src[j+1] != '\n' ||
		!p.limitSaid && p.headerSize+j+2 > p.lim.MaxHeaderBytes || j > p.lim.MaxFieldLine ||
		len(p.fields)-first >= p.lim.MaxFields {
		return -1
	}
	p.headerSize += j + 2
	if len(p.fields) == cap(p.fields) {
		p.fields = grow(p.fields)
	}
	// The field is written in place: past its length the slice's memory is
	// never written, so the new element starts out zero.
	p.fields = p.fields[:len(p.fields)+1]
	f := &p.fields[len(p.fields)-1]
	colon, end := pos+i, pos+j
	f.Line, f.Name, f.Colon, f.End = Span{pos, end}, Span{pos, colon}, Span{colon, colon + 1}, Span{end, end + 2}
	f.Value = trimOWS(p.src, Span{colon + 1, end})
	f.kind = classify(src[:i])
	if !trailers {
		p.kinds |= 1 << f.kind
		if f.kind == otherField && mayBeLookalike(src[:i]) && !registeredName(src[:i]) {
			p.lookalike(m, f)
		}
	}
	return end + 2
}

// badBytes flags (by their high bits) the bytes of w that are below 0x20
// or DEL; above the lowest flagged byte, the flags may be wrong.
func badBytes(w uint64) uint64 { return hasLess(w, 0x20) | hasZero(w^(0x7F*ones)) }

// badWord reports whether some byte of w is below 0x20 or is DEL.
func badWord(w uint64) bool { return badBytes(w) != 0 }

const ones = 0x0101010101010101

// hasZero is non-zero when some byte of w is zero; hasLess when some byte
// is below n (n <= 128). (The classic bit tricks: a byte that borrows sets
// its high bit.)
func hasZero(w uint64) uint64         { return (w - ones) &^ w & (0x80 * ones) }
func hasLess(w uint64, n byte) uint64 { return (w - uint64(n)*ones) &^ w & (0x80 * ones) }

// looksLikeBody reports whether a field line without a colon is more likely
// the first line of a body sent without the empty line before it: it does
// not begin with a token followed by whitespace ("<html>", "{", "h3{").
func (p *parser) looksLikeBody(line Span) bool {
	i := line.Start
	for i < line.End && isTchar(p.src[i]) {
		i++
	}
	if i == line.Start {
		return true
	}
	return i < line.End && !isOWS(p.src[i])
}

// fieldKind names the fields the parser itself must understand.
type fieldKind uint8

const (
	otherField fieldKind = iota
	hostField
	contentLengthField
	transferEncodingField
	expectField
	connectionField
)

func classify(name []byte) fieldKind {
	switch len(name) {
	case 4, 6, 10, 14, 17:
		return classifyName(name)
	}
	return otherField
}

// classifyName is classify for names of the lengths it knows. It compares
// eight bytes at a time: setting the case bit (0x20) of each byte where the
// known name has a letter matches that letter in either case and nothing
// else, and the other bytes ("-") are compared as they are.
func classifyName(name []byte) fieldKind {
	const fold uint64 = 0x20 * ones
	switch len(name) {
	case 4:
		if binary.LittleEndian.Uint32(name)|0x20202020 == wordHost {
			return hostField
		}
	case 6:
		if binary.LittleEndian.Uint32(name)|0x20202020 == wordExpe && binary.LittleEndian.Uint16(name[4:])|0x2020 == wordCt {
			return expectField
		}
	case 10:
		if binary.LittleEndian.Uint64(name)|fold == wordConnecti && binary.LittleEndian.Uint16(name[8:])|0x2020 == wordOn {
			return connectionField
		}
	case 14: // "content-" and "t-length", overlapping
		if binary.LittleEndian.Uint64(name)|foldContent == wordContent && binary.LittleEndian.Uint64(name[6:])|foldTLength == wordTLength {
			return contentLengthField
		}
	case 17: // "transfer", "-encodin" and "g"
		if binary.LittleEndian.Uint64(name)|fold == wordTransfer && binary.LittleEndian.Uint64(name[8:])|foldEncodin == wordEncodin && name[16]|0x20 == 'g' {
			return transferEncodingField
		}
	}
	return otherField
}

// The words classifyName compares with, and the case bits of those that
// hold a "-".
var (
	wordHost, wordExpe         = uint32(le("host")), uint32(le("expe"))
	wordCt, wordOn             = uint16(le("ct")), uint16(le("on"))
	wordConnecti, wordTransfer = le("connecti"), le("transfer")
	wordContent, foldContent   = le("content-"), caseBits("content-")
	wordTLength, foldTLength   = le("t-length"), caseBits("t-length")
	wordEncodin, foldEncodin   = le("-encodin"), caseBits("-encodin")
)

// le reads up to eight bytes of s as a little-endian word.
func le(s string) uint64 {
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w = w<<8 | uint64(s[i])
	}
	return w
}

// caseBits has 0x20 in each byte where s has a letter.
func caseBits(s string) uint64 {
	var w uint64
	for i := len(s) - 1; i >= 0; i-- {
		w <<= 8
		if 'a' <= s[i] && s[i] <= 'z' {
			w |= 0x20
		}
	}
	return w
}

// connectionTokens reads a Connection field's options. RFC 9110 §7.6.1:
//
//	Connection        = #connection-option
//	connection-option = token
func (p *parser) connectionTokens(m *Message, f *Field) {
	src := p.src
	v := f.Value
	for v.Start <= v.End {
		e := v.Start
		for e < v.End && src[e] != ',' {
			e++
		}
		item := trimOWS(src, Span{v.Start, e})
		v.Start = e + 1
		switch b := item.Of(src); {
		case equalFold(b, "close"):
			p.closeToken = true
		case equalFold(b, "keep-alive"):
			p.keepAlive = true
		}
	}
	if p.closeToken && p.keepAlive && !p.connectionSaid {
		p.connectionSaid = true
		p.diag(m, "connection-conflict", f.Value, string(f.Value.Of(src)))
	}
}

// mayBeLookalike reports whether a name is close enough in length to Host,
// Content-Length or Transfer-Encoding for lookalike to compare it with
// them (lookalike measures again after removing a stutter).
func mayBeLookalike(name []byte) bool {
	n := len(name)
	return n >= 3 && (n <= 5 || n >= 12 && n <= 19 || n <= 22 && name[1] == '-')
}

// registeredName reports whether name is, exactly as browsers and servers
// write it, one of the common registered fields whose length would make
// lookalike compare it with Host, Content-Length or Transfer-Encoding: a
// name spelt right is no misspelling, and this switch costs less than the
// comparison.
func registeredName(name []byte) bool {
	switch string(name) {
	case "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges",
		"Authorization", "Cache-Control", "Content-Disposition", "Content-Encoding",
		"Content-Language", "Content-Location", "Content-Range", "Content-Type",
		"If-Modified-Since", "If-None-Match", "Last-Modified", "Sec-Fetch-Dest",
		"Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User", "Sec-CH-UA-Mobile",
		"Sec-CH-UA-Platform", "Accept-Patch", "Accept-Post", "Content-Digest",
		"Date", "ETag", "Vary", "Link", "From", "Age", "Via", "Range", "Allow":
		return true
	}
	return false
}

// lookalike warns about a field name that is almost Host, Content-Length
// or Transfer-Encoding: the server does not read it as one.
func (p *parser) lookalike(m *Message, f *Field) {
	src := p.src
	name := f.Name.Of(src)
	if len(name) < 3 || len(name) > 22 {
		return
	}
	u := unstutter(name)
	if n := len(u); n < 3 || n > 5 && n < 12 || n > 19 {
		return // too far in length from Host, Content-Length and Transfer-Encoding
	}
	var mask uint32
	for _, c := range u {
		mask |= 1 << (c & 31)
	}
	for i, want := range lookalikes {
		limit := 2
		if len(want) < 6 {
			limit = 1
		}
		if d := len(u) - len(want); d > limit || -d > limit {
			continue
		}
		// Each character one string has and the other lacks costs at
		// least one edit, which rules most names out cheaply.
		if bits.OnesCount32(mask&^lookalikeMask[i]) > limit || bits.OnesCount32(lookalikeMask[i]&^mask) > limit {
			continue
		}
		if d := editDistanceFold(u, want, limit); d <= limit && (d > 0 || len(u) != len(name)) {
			p.diag(m, "misspelled-field", f.Name, string(name), want)
			p.fix(want)
			if want == "Content-Length" && !allDigits(f.Value.Of(src)) {
				p.diag(m, "lookalike-length-invalid", f.Value, string(f.Value.Of(src)))
				if d := leadingDigits(f.Value.Of(src)); d != "" {
					p.fix(d)
				}
			}
		}
	}
}

// lookalikes are the fields whose misspelling changes how a message is read.
var lookalikes = []string{"Host", "Content-Length", "Transfer-Encoding"}

// lookalikeMask has a bit for each character of each lookalike, by its low
// five bits: the same for a letter in either case, and shared by a few other
// characters, which only lets more names through to the exact comparison.
var lookalikeMask = func() (m [3]uint32) {
	for i, name := range lookalikes {
		for _, c := range []byte(name) {
			m[i] |= 1 << (c & 31)
		}
	}
	return m
}()

// checkFields judges the fields that decide how the message is read: Host,
// Expect and Connection. (Content-Length and Transfer-Encoding are judged by
// frame, misspellings as each line is read.)
func (p *parser) checkFields(m *Message) {
	src := p.src
	hosts := 0
	var host *Field
	for i := range m.Fields {
		f := &m.Fields[i]
		switch f.kind {
		case hostField:
			hosts++
			if hosts == 1 {
				host = f
				if !validHostPort(f.Value.Of(src)) {
					p.diag(m, "host-invalid", f.Value, string(f.Value.Of(src)))
				}
			} else if m.Kind == Request {
				p.diag(m, "host-repeated", f.Line)
			}
		case connectionField:
			p.connectionTokens(m, f)
		case expectField:
			if m.Kind == Request && !equalFold(f.Value.Of(src), "100-continue") {
				p.diag(m, "expect-unsupported", f.Value, string(f.Value.Of(src)))
			}
		}
	}
	if m.ProtoMinor() == 0 && !p.keepAlive || p.closeToken {
		m.Close = true
	}
	if m.Kind != Request {
		return
	}
	if hosts == 0 && m.ProtoMinor() == 1 {
		p.diag(m, "host-missing", m.Start.Span)
	}
	if a := m.authority(); hosts > 0 && a != nil && !bytes.EqualFold(a, host.Value.Of(src)) {
		p.diag(m, "host-mismatch", host.Value, string(host.Value.Of(src)), string(a))
	}
}

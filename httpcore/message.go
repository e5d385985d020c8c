package httpcore

import "strconv"

// Result is what Parse found in the input: the messages in order and every
// diagnostic (each message also holds its own as a sub-slice).
type Result struct {
	Input       []byte
	Kind        Kind
	Mode        Mode
	Messages    []Message
	Diagnostics []Diagnostic
}

// StartLine holds the parts of a request line (Method, Target, Version) or
// a status line (Version, Code, Reason). Parts that are absent are not Valid.
type StartLine struct {
	Span    Span // the line, without its line ending
	End     Span // the line ending (CRLF, or a bare LF)
	Method  Span
	Target  Span
	Version Span
	Code    Span
	Reason  Span
}

// TargetForm is the form of a request-target (RFC 9112 §3.2).
type TargetForm uint8

const (
	NoTarget  TargetForm = iota
	Origin               // "/path?query"
	Absolute             // "http://host/path?query"
	Authority            // "host:port", for CONNECT
	Asterisk             // "*", for OPTIONS
	BadForm              // none of the above
)

var targetFormNames = [...]string{"none", "origin-form", "absolute-form", "authority-form", "asterisk-form", "invalid"}

func (f TargetForm) String() string { return targetFormNames[f] }

// Field is one field line: "Name: value" plus its line ending. A field
// folded over several lines (obs-fold, accepted in lenient mode) has Folded
// set, and its Value spans the continuation lines too.
type Field struct {
	Line   Span // name through value, without the line ending
	Name   Span
	Colon  Span
	Value  Span // without the optional whitespace around it
	End    Span // the line ending
	Folded bool
	kind   fieldKind
}

// SpaceBefore is the optional whitespace between the colon and the value.
func (f Field) SpaceBefore() Span {
	if !f.Colon.Valid() || !f.Value.Valid() {
		return none
	}
	return Span{f.Colon.End, f.Value.Start}
}

// SpaceAfter is the optional whitespace between the value and the line ending.
func (f Field) SpaceAfter() Span {
	if !f.Value.Valid() || f.Folded {
		return none
	}
	return Span{f.Value.End, f.Line.End}
}

// Chunk is one chunk of a chunked body (RFC 9112 §7.1). The last chunk has
// Size 0 and empty Data.
type Chunk struct {
	Span    Span // the whole chunk, size line to the CRLF after the data
	Size    Span // the hexadecimal size
	Ext     Span // the chunk extensions, from the first ";" (may be empty)
	SizeEnd Span // the line ending of the size line
	Data    Span
	DataEnd Span // the CRLF after the data
	N       int64
}

// Framing says how the body's length was determined (RFC 9112 §6.3).
type Framing uint8

const (
	NoBody         Framing = iota // no body (requests without length, HEAD, 1xx, 204, 304 responses)
	ContentLength                 // Content-Length bytes
	Chunked                       // chunked transfer coding
	CloseDelimited                // everything until the connection closes (responses only)
	Tunnel                        // a 2xx answer to CONNECT: the connection becomes a tunnel
	Simple                        // HTTP/0.9: no header section at all
)

var framingNames = [...]string{"none", "content-length", "chunked", "close-delimited", "tunnel", "http/0.9"}

func (f Framing) String() string { return framingNames[f] }

// Waiting says what an incomplete message still needs.
type Waiting uint8

const (
	NotWaiting    Waiting = iota // the message is complete
	WaitStartLine                // the rest of the start line
	WaitHeaders                  // more field lines, then the empty line that ends the header section
	WaitBody                     // Need more body bytes promised by Content-Length
	WaitChunkSize                // the next chunk-size line
	WaitChunkData                // Need more bytes of the current chunk, then its CRLF
	WaitTrailers                 // trailer fields and the final empty line after the last chunk
	WaitChunkEnd                 // the CRLF after a chunk's data
)

var waitingNames = [...]string{"nothing", "start-line", "headers", "body", "chunk-size", "chunk-data", "trailers", "chunk-end"}

func (w Waiting) String() string { return waitingNames[w] }

// Message is one HTTP message found in the input. It copies no text: every
// part is a Span into the input, read with Text or Bytes.
type Message struct {
	src []byte

	Kind         Kind
	Span         Span // the whole message, leading empty lines included
	LeadingEmpty Span // empty lines before the start line (ignored by servers)
	Start        StartLine
	Form         TargetForm
	Path         Span // request-target path (origin or absolute form)
	Query        Span // request-target query, without the "?"
	Fields       []Field
	EmptyLine    Span // the empty line that ends the header section (empty if the body began without it)
	BodySpan     Span // the body as sent (chunk framing included)
	Chunks       []Chunk
	Trailers     []Field
	Framing      Framing
	Length       int64 // the Content-Length or the sum of chunk sizes; -1 when unknown
	Complete     bool
	Waiting      Waiting
	Need         int64 // bytes still expected, for WaitBody and WaitChunkData
	// Diagnostics are this message's, by position; Result.Diagnostics has
	// every message's, in order.
	Diagnostics []Diagnostic
	RequestFor  string // for responses: the method of the request it answers
	HTTP09      bool   // an HTTP/0.9 simple request (method and target only)
	// Close is set when the connection closes after this message: it says
	// "Connection: close", or it is HTTP/1.0 without "keep-alive", or its
	// framing is broken or ambiguous (RFC 9112 §9.6, §6.3).
	Close bool
}

// Input is the whole parsed input.
func (m *Message) Input() []byte { return m.src }

// Text returns the input's text under span s ("" for an absent part).
func (m *Message) Text(s Span) string { return string(s.Of(m.src)) }

// Bytes returns the input's bytes under span s, without copying.
func (m *Message) Bytes(s Span) []byte { return s.Of(m.src) }

// Method is the request method as sent ("" for responses).
func (m *Message) Method() string { return m.Text(m.Start.Method) }

// Target is the request-target as sent.
func (m *Message) Target() string { return m.Text(m.Start.Target) }

// Version is the HTTP-version as sent ("HTTP/1.1").
func (m *Message) Version() string { return m.Text(m.Start.Version) }

// Reason is the reason phrase of a response.
func (m *Message) Reason() string { return m.Text(m.Start.Reason) }

// Status is the status code of a response, or 0 if it is missing or malformed.
func (m *Message) Status() int {
	b := m.Start.Code.Of(m.src)
	if len(b) != 3 || !isDigit(b[0]) || !isDigit(b[1]) || !isDigit(b[2]) {
		return 0
	}
	return int(b[0]-'0')*100 + int(b[1]-'0')*10 + int(b[2]-'0')
}

// ProtoMinor is 0 for HTTP/1.0 and 1 for HTTP/1.1 (and for anything that
// is not recognisably HTTP/1.0, which is read by HTTP/1.1 rules).
func (m *Message) ProtoMinor() int {
	b := m.Start.Version.Of(m.src)
	if m.HTTP09 || len(b) == 8 && b[5] == '1' && b[7] == '0' {
		return 0
	}
	return 1
}

// Name is the field's name as sent.
func (m *Message) Name(f Field) string { return m.Text(f.Name) }

// Value is the field's value; a folded value has each fold replaced by one
// space, as RFC 9112 §5.2 says a recipient may do.
func (m *Message) Value(f Field) string {
	if !f.Folded {
		return m.Text(f.Value)
	}
	return string(unfold(f.Value.Of(m.src)))
}

// Field returns the value of the first field named name (case-insensitive),
// or "" if there is none.
func (m *Message) Field(name string) string {
	for _, f := range m.Fields {
		if equalFold(f.Name.Of(m.src), name) {
			return m.Value(f)
		}
	}
	return ""
}

// Lookup returns the first field named name and whether there is one.
func (m *Message) Lookup(name string) (Field, bool) {
	for _, f := range m.Fields {
		if equalFold(f.Name.Of(m.src), name) {
			return f, true
		}
	}
	return Field{}, false
}

// Values returns the values of every field named name, in order.
func (m *Message) Values(name string) []string {
	var vs []string
	for _, f := range m.Fields {
		if equalFold(f.Name.Of(m.src), name) {
			vs = append(vs, m.Value(f))
		}
	}
	return vs
}

// Body returns the decoded body: the content bytes for Content-Length and
// close-delimited bodies (not copied), the concatenated chunk data for
// chunked ones. An incomplete body returns what has arrived.
func (m *Message) Body() []byte {
	if m.Framing != Chunked {
		return m.BodySpan.Of(m.src)
	}
	if len(m.Chunks) == 1 {
		return m.Chunks[0].Data.Of(m.src)
	}
	n := 0
	for _, c := range m.Chunks {
		n += c.Data.Len()
	}
	out := make([]byte, 0, n)
	for _, c := range m.Chunks {
		out = append(out, c.Data.Of(m.src)...)
	}
	return out
}

// Errors reports whether any of the message's diagnostics is an error.
func (m *Message) Errors() bool {
	for _, d := range m.Diagnostics {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// WaitingFor describes, in English, what an incomplete message still needs.
func (m *Message) WaitingFor() string { return m.WaitingText("en") }

// WaitingText describes what an incomplete message still needs, in lang
// ("en", "zh-Hans" or "zh-Hant"); "" for a complete message.
func (m *Message) WaitingText(lang string) string {
	if m.Complete {
		return ""
	}
	return render(waitingTexts[m.Waiting][langIndex(lang)], []string{strconv.FormatInt(m.Need, 10)})
}

// unfold replaces each obs-fold (a line ending followed by SP or HTAB) and
// the whitespace around it with a single space. A bare CR is not a line
// ending and stays.
func unfold(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			continue
		}
		if c == '\n' {
			for len(out) > 0 && isOWS(out[len(out)-1]) {
				out = out[:len(out)-1]
			}
			for i+1 < len(b) && isOWS(b[i+1]) {
				i++
			}
			out = append(out, ' ')
			continue
		}
		out = append(out, c)
	}
	return out
}

package httpcore

import "strconv"

// Header is one field as plain strings.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Wire is a message as plain data, ready to be written in canonical form.
// Body is the decoded payload; Chunked sends it with the chunked transfer
// coding (as one chunk) followed by Trailers.
type Wire struct {
	Kind     Kind
	Method   string
	Target   string
	Status   int
	Reason   string
	Version  string // "" means HTTP/1.1
	Fields   []Header
	Body     []byte
	Chunked  bool
	Trailers []Header
}

// Write serializes w in canonical wire form: CRLF line endings, one space
// between the parts of the start line, "Name: value" with one space after
// the colon, fields in the order given, then the body.
//
// Fields are written as given. When w has a body but no framing (neither
// Chunked nor a Content-Length field), Write adds Content-Length so that the
// body can be read back; when Chunked is set without a Transfer-Encoding
// field, it adds "Transfer-Encoding: chunked".
func Write(w Wire) []byte {
	version := w.Version
	if version == "" {
		version = "HTTP/1.1"
	}
	hasCL, hasTE := false, false
	size := 64 + len(w.Body) + len(w.Target) + len(w.Reason)
	for _, h := range w.Fields {
		size += len(h.Name) + len(h.Value) + 4
		switch classify([]byte(h.Name)) {
		case contentLengthField:
			hasCL = true
		case transferEncodingField:
			hasTE = true
		}
	}
	for _, h := range w.Trailers {
		size += len(h.Name) + len(h.Value) + 4
	}
	b := make([]byte, 0, size)
	if w.Kind == Response {
		b = append(b, version...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(w.Status), 10)
		b = append(b, ' ')
		b = append(b, w.Reason...)
	} else {
		b = append(b, w.Method...)
		b = append(b, ' ')
		b = append(b, w.Target...)
		b = append(b, ' ')
		b = append(b, version...)
	}
	b = append(b, "\r\n"...)
	b = appendFields(b, w.Fields)
	switch {
	case w.Chunked && !hasTE:
		b = append(b, "Transfer-Encoding: chunked\r\n"...)
	case !w.Chunked && !hasCL && !hasTE && len(w.Body) > 0:
		b = append(b, "Content-Length: "...)
		b = strconv.AppendInt(b, int64(len(w.Body)), 10)
		b = append(b, "\r\n"...)
	}
	b = append(b, "\r\n"...)
	if !w.Chunked {
		return append(b, w.Body...)
	}
	if len(w.Body) > 0 {
		b = strconv.AppendInt(b, int64(len(w.Body)), 16)
		b = append(b, "\r\n"...)
		b = append(b, w.Body...)
		b = append(b, "\r\n"...)
	}
	b = append(b, "0\r\n"...)
	b = appendFields(b, w.Trailers)
	return append(b, "\r\n"...)
}

func appendFields(b []byte, fields []Header) []byte {
	for _, h := range fields {
		b = append(b, h.Name...)
		b = append(b, ": "...)
		b = append(b, h.Value...)
		b = append(b, "\r\n"...)
	}
	return b
}

// Wire returns the message as plain data: its start line parts as sent,
// its fields (folded values unfolded), its decoded body and trailers. A
// missing version becomes HTTP/1.1.
func (m *Message) Wire() Wire {
	w := Wire{
		Kind:    m.Kind,
		Method:  m.Method(),
		Target:  m.Target(),
		Status:  m.Status(),
		Reason:  m.Reason(),
		Version: m.Version(),
		Chunked: m.Framing == Chunked,
	}
	if w.Version == "" {
		w.Version = "HTTP/1.1"
	}
	if len(m.Fields) > 0 {
		w.Fields = make([]Header, len(m.Fields))
		for i, f := range m.Fields {
			w.Fields[i] = Header{Name: m.Name(f), Value: m.Value(f)}
		}
	}
	if len(m.Trailers) > 0 {
		w.Trailers = make([]Header, len(m.Trailers))
		for i, f := range m.Trailers {
			w.Trailers[i] = Header{Name: m.Name(f), Value: m.Value(f)}
		}
	}
	if body := m.Body(); len(body) > 0 {
		w.Body = append([]byte(nil), body...)
	}
	return w
}

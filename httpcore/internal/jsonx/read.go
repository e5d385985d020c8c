package jsonx

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the type of a JSON value.
type Kind uint8

// The kinds of JSON values.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String names the kind as encoding/json's messages do: "null", "bool",
// "number", "string", "array", "object".
func (k Kind) String() string {
	return [...]string{"null", "bool", "number", "string", "array", "object"}[k]
}

// Value is one JSON value as read, with where it is in the input.
type Value struct {
	Kind Kind
	// Start and End are the byte offsets of the value's text in the input.
	Start, End int
	// Text is a string's decoded text, or a number's literal ("1.5e3").
	Text    string
	Bool    bool
	Elems   []Value  // an array's elements
	Members []Member // an object's members, in order, duplicates kept
}

// Member is one name-value pair of an object.
type Member struct {
	Key      string
	KeyStart int // byte offset of the key's opening quote
	Value    Value
}

// maxDepth is how deeply arrays and objects may nest, as in encoding/json.
const maxDepth = 10000

// Parse reads one JSON value, with optional white space around it. It
// accepts exactly what encoding/json accepts; a string's invalid UTF-8 and
// unpaired surrogate escapes read as U+FFFD, as encoding/json reads them.
// A syntax error is a *SyntaxError whose message is encoding/json's.
func Parse(data []byte) (Value, error) {
	p := reader{data: data}
	p.space()
	v, err := p.value()
	if err != nil {
		return Value{}, err
	}
	p.space()
	if p.pos < len(data) {
		return Value{}, p.fail("after top-level value", true)
	}
	return v, nil
}

// Valid reports whether data is one JSON value.
func Valid(data []byte) bool {
	_, err := Parse(data)
	return err == nil
}

type reader struct {
	data  []byte
	pos   int
	depth int
}

func (p *reader) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\r', '\n':
			p.pos++
		default:
			return
		}
	}
}

// fail reports the byte at p.pos as unexpected in context. At the end of the
// input the message is encoding/json's: "unexpected end of JSON input" where
// white space could have followed (spaceOK), and otherwise the complaint
// encoding/json makes about the space it imagines after the last byte.
func (p *reader) fail(context string, spaceOK bool) *SyntaxError {
	if p.pos >= len(p.data) {
		if spaceOK {
			return newSyntaxError(p.data, len(p.data), "unexpected end of JSON input")
		}
		return newSyntaxError(p.data, len(p.data), "invalid character ' ' "+context)
	}
	return newSyntaxError(p.data, p.pos, "invalid character "+quoteByte(p.data[p.pos])+" "+context)
}

// peek returns the byte at p.pos, or 0 at the end of the input (0 is never
// valid where peek is used).
func (p *reader) peek() byte {
	if p.pos < len(p.data) {
		return p.data[p.pos]
	}
	return 0
}

func (p *reader) value() (Value, error) {
	start := p.pos
	switch c := p.peek(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, err := p.str()
		return Value{Kind: String, Start: start, End: p.pos, Text: s}, err
	case c == '-' || '0' <= c && c <= '9':
		if err := p.number(); err != nil {
			return Value{}, err
		}
		return Value{Kind: Number, Start: start, End: p.pos, Text: string(p.data[start:p.pos])}, nil
	case c == 't':
		return Value{Kind: Bool, Start: start, End: start + 4, Bool: true}, p.literal("true")
	case c == 'f':
		return Value{Kind: Bool, Start: start, End: start + 5}, p.literal("false")
	case c == 'n':
		return Value{Kind: Null, Start: start, End: start + 4}, p.literal("null")
	}
	return Value{}, p.fail("looking for beginning of value", true)
}

func (p *reader) literal(word string) error {
	for i := 0; i < len(word); i++ {
		if p.peek() != word[i] {
			return p.fail("in literal "+word+" (expecting "+quoteByte(word[i])+")", false)
		}
		p.pos++
	}
	return nil
}

func (p *reader) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.fail("exceeded max depth", false)
	}
	p.pos++
	return nil
}

func (p *reader) object() (Value, error) {
	v := Value{Kind: Object, Start: p.pos}
	if err := p.enter(); err != nil {
		return Value{}, err
	}
	p.space()
	if p.peek() == '}' {
		p.pos++
		p.depth--
		v.End = p.pos
		return v, nil
	}
	for {
		if p.peek() != '"' {
			return Value{}, p.fail("looking for beginning of object key string", true)
		}
		m := Member{KeyStart: p.pos}
		var err error
		if m.Key, err = p.str(); err != nil {
			return Value{}, err
		}
		p.space()
		if p.peek() != ':' {
			return Value{}, p.fail("after object key", true)
		}
		p.pos++
		p.space()
		if m.Value, err = p.value(); err != nil {
			return Value{}, err
		}
		v.Members = append(v.Members, m)
		p.space()
		switch p.peek() {
		case ',':
			p.pos++
			p.space()
			continue
		case '}':
			p.pos++
			p.depth--
			v.End = p.pos
			return v, nil
		}
		return Value{}, p.fail("after object key:value pair", true)
	}
}

func (p *reader) array() (Value, error) {
	v := Value{Kind: Array, Start: p.pos, Elems: []Value{}}
	if err := p.enter(); err != nil {
		return Value{}, err
	}
	p.space()
	if p.peek() == ']' {
		p.pos++
		p.depth--
		v.End = p.pos
		return v, nil
	}
	for {
		e, err := p.value()
		if err != nil {
			return Value{}, err
		}
		v.Elems = append(v.Elems, e)
		p.space()
		switch p.peek() {
		case ',':
			p.pos++
			p.space()
			continue
		case ']':
			p.pos++
			p.depth--
			v.End = p.pos
			return v, nil
		}
		return Value{}, p.fail("after array element", true)
	}
}

// number reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; what follows
// it is the caller's to judge.
func (p *reader) number() error {
	if p.peek() == '-' {
		p.pos++
	}
	switch c := p.peek(); {
	case c == '0':
		p.pos++
	case '1' <= c && c <= '9':
		p.digits()
	default:
		return p.fail("in numeric literal", false)
	}
	if p.peek() == '.' {
		p.pos++
		if !isDigit(p.peek()) {
			return p.fail("after decimal point in numeric literal", false)
		}
		p.digits()
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.pos++
		if c := p.peek(); c == '+' || c == '-' {
			p.pos++
		}
		if !isDigit(p.peek()) {
			return p.fail("in exponent of numeric literal", false)
		}
		p.digits()
	}
	return nil
}

func (p *reader) digits() {
	for isDigit(p.peek()) {
		p.pos++
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// str reads a string literal and returns its decoded text.
func (p *reader) str() (string, error) {
	p.pos++ // the opening quote
	start := p.pos
	plain := true // no escapes and valid UTF-8: the text is the bytes
	for {
		if p.pos >= len(p.data) {
			return "", p.fail("in string literal", true)
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			raw := p.data[start:p.pos]
			p.pos++
			if plain && utf8.Valid(raw) {
				return string(raw), nil
			}
			return unquote(raw), nil
		case c < 0x20:
			return "", p.fail("in string literal", false)
		case c == '\\':
			plain = false
			p.pos++
			switch p.peek() {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				p.pos++
			case 'u':
				p.pos++
				for range 4 {
					if !isHex(p.peek()) {
						return "", p.fail("in \\u hexadecimal character escape", false)
					}
					p.pos++
				}
			default:
				return "", p.fail("in string escape code", false)
			}
		default:
			p.pos++
		}
	}
}

// unquote decodes the inside of a string literal the reader has checked.
func unquote(raw []byte) string {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c == '\\' {
			esc := raw[i+1]
			i += 2
			switch esc {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := hex4(raw[i:])
				i += 4
				if utf16.IsSurrogate(r) {
					// a pair is two escapes; anything else is U+FFFD
					if i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
						if pair := utf16.DecodeRune(r, hex4(raw[i+2:])); pair != utf8.RuneError {
							out = utf8.AppendRune(out, pair)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
			default: // \\ \/ \"
				out = append(out, esc)
			}
			continue
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, raw[i:i+size]...)
		}
		i += size
	}
	return string(out)
}

// hex4 reads four hexadecimal digits the reader has checked.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			r = r<<4 | rune(c-'0')
		case c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			r = r<<4 | rune(c-'a'+10)
		}
	}
	return r
}

// quoteByte quotes one byte as encoding/json's messages do: the byte in
// single quotes, escaped as a Go literal would escape it.
func quoteByte(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

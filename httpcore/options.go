package httpcore

// Kind says whether the input holds requests or responses.
type Kind uint8

const (
	Request  Kind = iota // requests, as a client sends them (the zero value)
	Response             // responses, as a server sends them
)

func (k Kind) String() string {
	if k == Response {
		return "response"
	}
	return "request"
}

// Mode chooses how forgiving the parser is.
type Mode uint8

const (
	// Strict judges the input the way a careful server (or, for responses,
	// a careful proxy) would: whatever RFC 9112 says to reject is an error.
	Strict Mode = iota
	// Lenient accepts what browsers and old servers tolerate (bare LF,
	// obs-fold, a missing reason phrase, lowercase versions...) and says,
	// as a warning, what it tolerated and why that is risky.
	Lenient
)

func (m Mode) String() string {
	if m == Lenient {
		return "lenient"
	}
	return "strict"
}

// Limits bounds what a server is willing to read. A zero field means the
// default in DefaultLimits.
type Limits struct {
	MaxTarget      int   // bytes in the request-target (414 URI Too Long)
	MaxFieldLine   int   // bytes in one field line (431)
	MaxHeaderBytes int   // bytes in the whole header section (431)
	MaxFields      int   // field lines in one header section (431)
	MaxBody        int64 // declared body length (413 Content Too Large)
}

// DefaultLimits are the limits a zero Limits stands for; they are close to
// what common servers use.
var DefaultLimits = Limits{
	MaxTarget:      8 << 10,
	MaxFieldLine:   8 << 10,
	MaxHeaderBytes: 64 << 10,
	MaxFields:      100,
	MaxBody:        10 << 20,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxTarget > 0 {
		d.MaxTarget = l.MaxTarget
	}
	if l.MaxFieldLine > 0 {
		d.MaxFieldLine = l.MaxFieldLine
	}
	if l.MaxHeaderBytes > 0 {
		d.MaxHeaderBytes = l.MaxHeaderBytes
	}
	if l.MaxFields > 0 {
		d.MaxFields = l.MaxFields
	}
	if l.MaxBody > 0 {
		d.MaxBody = l.MaxBody
	}
	return d
}

// Options say what to parse and how. The zero value parses requests
// strictly with DefaultLimits.
type Options struct {
	Kind Kind
	Mode Mode
	// Method is, for responses, the method of the request being answered
	// (a response to HEAD has no body). Empty means GET.
	Method string
	// Methods is, for a stream of responses, the method each one answers,
	// in order (interim 1xx responses do not use up an entry). Past its
	// end, Method applies.
	Methods []string
	Limits  Limits
}

// methodFor returns the request method the i-th final response answers.
func (o *Options) methodFor(i int) string {
	if i < len(o.Methods) && o.Methods[i] != "" {
		return o.Methods[i]
	}
	if o.Method != "" {
		return o.Method
	}
	return "GET"
}

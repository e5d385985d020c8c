package httpdate

// ParseRFC3339Unix reads an RFC 3339 time such as "2018-12-01T09:00:00Z" or
// "2018-12-01T10:00:00+01:00", as time.Parse(time.RFC3339, s) does and
// without its layout engine: the same times accepted (including its
// leniencies: a one-digit hour, a fraction of a second after a comma), the
// same instant, as Unix seconds and nanoseconds, and on failure a *ParseError
// whose message is word for word time.Parse's.
func ParseRFC3339Unix(s string) (sec int64, nsec int, err error) {
	fail := func(layoutElem, valueElem, message string) (int64, int, error) {
		return 0, 0, parseError(s, layoutElem, valueElem, message)
	}
	rest := s
	var v [6]int
	for i, e := range rfc3339Elems {
		var ok bool
		if rest, ok = lit(rest, true, e.prefix); !ok {
			return fail(e.prefix, rest, "")
		}
		hold := rest
		if i == 0 {
			if v[0], ok = digits(rest, 4); ok {
				rest = rest[4:]
			}
		} else {
			rest, v[i], ok = num(rest, true, i != 3)
		}
		if !ok {
			return fail(e.layout, hold, "")
		}
		if e.what != "" && (v[i] < e.lo || v[i] > e.hi) {
			return fail(e.layout, rest, ": "+e.what+" out of range")
		}
	}
	d := date{year: v[0], month: v[1], day: v[2], hour: v[3], min: v[4], sec: v[5]}
	rest, d.nsec = fraction(rest)
	// Z07:00
	hold := rest
	offset := 0
	switch {
	case rest != "" && rest[0] == 'Z':
		rest = rest[1:]
	case len(rest) < 6 || rest[3] != ':':
		return fail("Z07:00", hold, "")
	default:
		sign, hh, mm := rest[0], rest[1:3], rest[4:6]
		rest = rest[6:]
		hr, okH := digits(hh, 2)
		mn, okM := digits(mm, 2)
		switch {
		case mn > 60 && okH:
			return fail("Z07:00", rest, ": time zone offset minute out of range")
		case hr > 24:
			return fail("Z07:00", rest, ": time zone offset hour out of range")
		case !okH || !okM || (sign != '+' && sign != '-'):
			return fail("Z07:00", hold, "")
		}
		offset = (hr*60 + mn) * 60
		if sign == '-' {
			offset = -offset
		}
	}
	if rest != "" {
		return fail("", rest, ": extra text: "+quote(rest))
	}
	if d.day < 1 || d.day > daysIn(d.month, d.year) {
		return fail("", "", ": day out of range")
	}
	return unixSeconds(d.year, d.month, d.day, d.hour, d.min, d.sec-offset), d.nsec, nil
}

// rfc3339Elems are the numbers of time.RFC3339's layout in order, each with
// the literal before it and, where time.Parse checks it there, its range.
// (The day is checked against its month at the end.)
var rfc3339Elems = [6]struct {
	prefix, layout, what string
	lo, hi               int
}{
	{"", "2006", "", 0, 0},
	{"-", "01", "month", 1, 12},
	{"-", "02", "", 0, 0},
	{"T", "15", "hour", 0, 23},
	{":", "04", "minute", 0, 59},
	{":", "05", "second", 0, 59},
}

// rfc3339 is time.RFC3339, the layout named in error messages.
const rfc3339 = "2006-01-02T15:04:05Z07:00"

// parseError is the error time.Parse(time.RFC3339, value) gives. It is kept
// out of line: ParseRFC3339 fails in many places.
//
//go:noinline
func parseError(value, layoutElem, valueElem, message string) error {
	return &ParseError{Value: value, LayoutElem: layoutElem, ValueElem: valueElem, Message: message}
}

// ParseError is why ParseRFC3339 failed, with the fields and the message of
// the *time.ParseError that time.Parse(time.RFC3339, Value) returns (without
// linking that type's quoting code into the browser module).
type ParseError struct {
	Value      string // the whole input
	LayoutElem string // the part of time.RFC3339 that did not match
	ValueElem  string // the rest of the input from where it did not
	Message    string // a message for range errors and extra text, or ""
}

// Error is word for word time.ParseError's message.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(rfc3339) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// digits reads the first n bytes of s as a decimal number; ok is false if
// s is shorter or any of them is not a digit.
//
//go:noinline
func digits(s string, n int) (v int, ok bool) {
	if len(s) < n {
		return 0, false
	}
	for i := 0; i < n; i++ {
		if !digit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// quote writes s in double quotes as package time does in its errors:
// bytes of non-ASCII or control characters as \x escapes.
//
//go:noinline
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

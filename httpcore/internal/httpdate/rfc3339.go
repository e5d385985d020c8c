package httpdate

import "time"

// ParseRFC3339 reads an RFC 3339 time such as "2018-12-01T09:00:00Z" or
// "2018-12-01T10:00:00+01:00", as time.Parse(time.RFC3339, s) does and
// without its layout engine: the same times accepted (including its
// leniencies: a one-digit hour, a fraction of a second after a comma), the
// same result, and on failure the same *time.ParseError, so its message is
// word for word time.Parse's.
func ParseRFC3339(s string) (time.Time, error) {
	fail := func(layoutElem, valueElem, message string) (time.Time, error) {
		return time.Time{}, &time.ParseError{Layout: time.RFC3339, Value: s, LayoutElem: layoutElem, ValueElem: valueElem, Message: message}
	}
	rest := s
	var d date
	// 2006: four characters, the first a digit, all digits
	if y, ok := digits(rest, 4); len(rest) >= 4 && digit(rest[0]) && ok {
		d.year, rest = y, rest[4:]
	} else {
		return fail("2006", rest, "")
	}
	// -01
	var ok bool
	if rest, ok = lit(rest, true, "-"); !ok {
		return fail("-", rest, "")
	}
	hold := rest
	if rest, d.month, ok = num(rest, true, true); !ok {
		return fail("01", hold, "")
	}
	if d.month < 1 || d.month > 12 {
		return fail("01", rest, ": month out of range")
	}
	// -02
	if rest, ok = lit(rest, true, "-"); !ok {
		return fail("-", rest, "")
	}
	hold = rest
	if rest, d.day, ok = num(rest, true, true); !ok {
		return fail("02", hold, "")
	}
	// T15:04:05, with an optional fraction
	if rest, ok = lit(rest, true, "T"); !ok {
		return fail("T", rest, "")
	}
	hold = rest
	rest, d.hour, ok = num(rest, true, false)
	if d.hour >= 24 {
		return fail("15", rest, ": hour out of range")
	}
	if !ok {
		return fail("15", hold, "")
	}
	if rest, ok = lit(rest, true, ":"); !ok {
		return fail(":", rest, "")
	}
	hold = rest
	rest, d.min, ok = num(rest, true, true)
	if d.min >= 60 {
		return fail("04", rest, ": minute out of range")
	}
	if !ok {
		return fail("04", hold, "")
	}
	if rest, ok = lit(rest, true, ":"); !ok {
		return fail(":", rest, "")
	}
	hold = rest
	if rest, d.sec, ok = num(rest, true, true); !ok {
		return fail("05", hold, "")
	}
	if d.sec >= 60 {
		return fail("05", rest, ": second out of range")
	}
	rest, d.nsec = fraction(rest)
	// Z07:00
	hold = rest
	offset, utc := 0, false
	switch {
	case rest != "" && rest[0] == 'Z':
		rest, utc = rest[1:], true
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
	t := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.min, d.sec, d.nsec, time.UTC)
	if utc {
		return t, nil
	}
	t = t.Add(-time.Duration(offset) * time.Second)
	if _, local := t.In(time.Local).Zone(); local == offset {
		return t.In(time.Local), nil
	}
	return t.In(time.FixedZone("", offset)), nil
}

// digits reads the first n bytes of s as a decimal number; ok is false if
// s is shorter or any of them is not a digit.
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

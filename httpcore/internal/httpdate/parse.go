package httpdate

// ParseUnix reads an HTTP-date in any of its three forms and returns it as
// Unix seconds and nanoseconds (a fraction of a second, which time.Parse
// allows after the seconds); ok is false for anything else. Surrounding
// spaces are not skipped: the caller trims them.
func ParseUnix(s string) (sec int64, nsec int, ok bool) {
	d, ok := parseFixdate(s)
	if !ok {
		d, ok = parseRFC850(s)
	}
	if !ok {
		d, ok = parseAsctime(s)
	}
	if !ok {
		return 0, 0, false
	}
	return unixSeconds(d.year, d.month, d.day, d.hour, d.min, d.sec), d.nsec, true
}

// date is the pieces of a date as they are read.
type date struct {
	year, month, day, hour, min, sec, nsec int
}

// parseFixdate reads "Mon, 02 Jan 2006 15:04:05 GMT".
func parseFixdate(s string) (date, bool) {
	var d date
	s, ok := shortDay(s)
	s, ok = lit(s, ok, ", ")
	s, d.day, ok = num(s, ok, true)
	s, ok = lit(s, ok, " ")
	s, d.month, ok = month(s, ok)
	s, ok = lit(s, ok, " ")
	s, d.year, ok = year4(s, ok)
	s, ok = lit(s, ok, " ")
	s, ok = d.clock(s, ok)
	s, ok = lit(s, ok, " GMT")
	return d, d.valid(s, ok)
}

// parseRFC850 reads "Monday, 02-Jan-06 15:04:05 GMT".
func parseRFC850(s string) (date, bool) {
	var d date
	s, ok := longDay(s)
	s, ok = lit(s, ok, ", ")
	s, d.day, ok = num(s, ok, true)
	s, ok = lit(s, ok, "-")
	s, d.month, ok = month(s, ok)
	s, ok = lit(s, ok, "-")
	s, d.year, ok = year2(s, ok)
	s, ok = lit(s, ok, " ")
	s, ok = d.clock(s, ok)
	s, ok = lit(s, ok, " GMT")
	return d, d.valid(s, ok)
}

// parseAsctime reads "Mon Jan _2 15:04:05 2006".
func parseAsctime(s string) (date, bool) {
	var d date
	s, ok := shortDay(s)
	s, ok = lit(s, ok, " ")
	s, d.month, ok = month(s, ok)
	s, ok = lit(s, ok, " ")
	if ok && s != "" && s[0] == ' ' {
		s = s[1:]
	}
	s, d.day, ok = num(s, ok, false)
	s, ok = lit(s, ok, " ")
	s, ok = d.clock(s, ok)
	s, ok = lit(s, ok, " ")
	s, d.year, ok = year4(s, ok)
	return d, d.valid(s, ok)
}

// clock reads "15:04:05" and an optional fraction of a second: the hour has
// one or two digits, minutes and seconds two.
func (d *date) clock(s string, ok bool) (string, bool) {
	s, d.hour, ok = num(s, ok, false)
	ok = ok && d.hour < 24
	s, ok = lit(s, ok, ":")
	s, d.min, ok = num(s, ok, true)
	ok = ok && d.min < 60
	s, ok = lit(s, ok, ":")
	s, d.sec, ok = num(s, ok, true)
	ok = ok && d.sec < 60
	if ok {
		s, d.nsec = fraction(s)
	}
	return s, ok
}

// fraction reads a fraction of a second after the seconds, as time.Parse
// allows even where its layout has none: a period or comma, then digits, of
// which the first nine count.
func fraction(s string) (rest string, nsec int) {
	if len(s) < 2 || (s[0] != '.' && s[0] != ',') || !digit(s[1]) {
		return s, 0
	}
	n := 1
	for ; n < len(s) && digit(s[n]); n++ {
		if n <= 9 {
			nsec = nsec*10 + int(s[n]-'0')
		}
	}
	for i := n; i < 10; i++ {
		nsec *= 10
	}
	return s[n:], nsec
}

// valid checks that the date was read with nothing left over and that its
// day exists in its month.
func (d *date) valid(rest string, ok bool) bool {
	return ok && rest == "" && d.day >= 1 && d.day <= daysIn(d.month, d.year)
}

// daysIn is the number of days of month (1 to 12) in year.
func daysIn(month, year int) int {
	if month == 2 {
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (month+month/8)%2
}

func digit(c byte) bool { return '0' <= c && c <= '9' }

// lit removes the literal prefix from s, a space in it standing for any run
// of spaces (none included, if nothing follows), as time.Parse does.
func lit(s string, ok bool, prefix string) (string, bool) {
	for ok && prefix != "" {
		if prefix[0] == ' ' {
			if s != "" && s[0] != ' ' {
				return s, false
			}
			for prefix != "" && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for s != "" && s[0] == ' ' {
				s = s[1:]
			}
			continue
		}
		if s == "" || s[0] != prefix[0] {
			return s, false
		}
		s, prefix = s[1:], prefix[1:]
	}
	return s, ok
}

// num reads two digits, or when not fixed one or two.
func num(s string, ok, fixed bool) (string, int, bool) {
	if !ok || s == "" || !digit(s[0]) {
		return s, 0, false
	}
	if len(s) < 2 || !digit(s[1]) {
		if fixed {
			return s, 0, false
		}
		return s[1:], int(s[0] - '0'), true
	}
	return s[2:], int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// year4 reads a four-digit year.
func year4(s string, ok bool) (string, int, bool) {
	if !ok || len(s) < 4 {
		return s, 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if !digit(s[i]) {
			return s, 0, false
		}
		y = y*10 + int(s[i]-'0')
	}
	return s[4:], y, true
}

// year2 reads a two-digit year: 69 to 99 are 1969 to 1999, the rest 2000 to
// 2068. Like time.Parse, it takes a sign before a single digit ("-1" is
// 1999).
func year2(s string, ok bool) (string, int, bool) {
	if !ok || len(s) < 2 {
		return s, 0, false
	}
	y, p := 0, s[:2]
	neg := p[0] == '-'
	if p[0] == '+' || neg {
		p = p[1:]
	}
	for i := 0; i < len(p); i++ {
		if !digit(p[i]) {
			return s, 0, false
		}
		y = y*10 + int(p[i]-'0')
	}
	if neg {
		y = -y
	}
	if y >= 69 {
		return s[2:], y + 1900, true
	}
	return s[2:], y + 2000, true
}

// month reads a three-letter month name in any case; the result is 1 to 12.
func month(s string, ok bool) (string, int, bool) {
	for i := 0; ok && i < len(months); i += 3 {
		if rest, found := prefixFold(s, months[i:i+3]); found {
			return rest, i/3 + 1, true
		}
	}
	return s, 0, false
}

// shortDay reads a three-letter day name in any case.
func shortDay(s string) (string, bool) {
	for i := 0; i < len(days); i += 3 {
		if rest, found := prefixFold(s, days[i:i+3]); found {
			return rest, true
		}
	}
	return s, false
}

// longDay reads a full day name in any case.
func longDay(s string) (string, bool) {
	for _, name := range longDays {
		if rest, found := prefixFold(s, name); found {
			return rest, true
		}
	}
	return s, false
}

// prefixFold removes name from the start of s, ignoring the case of ASCII
// letters.
func prefixFold(s, name string) (string, bool) {
	if len(s) < len(name) {
		return s, false
	}
	for i := 0; i < len(name); i++ {
		a, b := s[i], name[i]
		if a != b && (a|0x20 != b|0x20 || a|0x20 < 'a' || a|0x20 > 'z') {
			return s, false
		}
	}
	return s[len(name):], true
}

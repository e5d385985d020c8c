// Package httpdate writes and reads HTTP dates (RFC 9110 §5.6.7) without the
// layout engine of package time, which is large in a WebAssembly module.
//
// FormatUnix writes an IMF-fixdate, the only form a sender generates.
// ParseUnix reads the three forms a recipient must accept, exactly as
// time.Parse does with the layouts
//
//	Mon, 02 Jan 2006 15:04:05 GMT    (IMF-fixdate)
//	Monday, 02-Jan-06 15:04:05 GMT   (the obsolete RFC 850 form)
//	Mon Jan _2 15:04:05 2006         (the obsolete asctime form)
//
// tried in that order, including time.Parse's leniencies: names of days and
// months in any case, the day name not checked against the date, a run of
// spaces wherever the layout has one, a fraction after the seconds.
//
// ParseRFC3339Unix does the same for time.Parse(time.RFC3339, s), which the
// scenarios use for their dates.
//
// Instants are Unix seconds (and nanoseconds) rather than time.Time, so that
// the package need not import time, whose mere presence in the browser module
// costs about 60 KB of gzip (its start-up code links internal/godebug,
// internal/bisect and the runtime's timers). The time.Time forms in time.go
// serve callers that still pass time.Time; once none does, time.go goes and
// the package no longer imports time.
package httpdate

const (
	days   = "SunMonTueWedThuFriSat"
	months = "JanFebMarAprMayJunJulAugSepOctNovDec"
)

// longDays are the day names of the RFC 850 form, in time.Weekday order.
var longDays = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// FormatUnix returns the instant sec seconds after 1970-01-01 00:00:00 UTC
// as an IMF-fixdate such as "Sun, 06 Nov 1994 08:49:37 GMT". It is kept out
// of line, as its callers are many and its buffer large.
//
//go:noinline
func FormatUnix(sec int64) string {
	return string(AppendUnix(make([]byte, 0, 29), sec))
}

// AppendUnix appends the instant sec (Unix seconds) as an IMF-fixdate to b.
func AppendUnix(b []byte, sec int64) []byte {
	year, month, day, hour, min, second, weekday := civil(sec)
	// the date is filled in a template, its year written backwards from
	// the end of a separate buffer, since it may have more than four digits
	buf := [...]byte{'S', 'u', 'n', ',', ' ', '0', '0', ' ', 'J', 'a', 'n', ' '}
	wd, m := weekday*3, (month-1)*3
	copy(buf[0:3], days[wd:wd+3])
	put2(buf[5:], day)
	copy(buf[8:11], months[m:m+3])
	b = append(b, buf[:]...)
	var y [21]byte
	i := len(y)
	n := year
	if n < 0 {
		n = -n
	}
	for n > 0 || i > len(y)-4 {
		i--
		y[i] = byte('0' + n%10)
		n /= 10
	}
	if year < 0 {
		i--
		y[i] = '-'
	}
	b = append(b, y[i:]...)
	clock := [...]byte{' ', '0', '0', ':', '0', '0', ':', '0', '0', ' ', 'G', 'M', 'T'}
	put2(clock[1:], hour)
	put2(clock[4:], min)
	put2(clock[7:], second)
	return append(b, clock[:]...)
}

// put2 writes n (0 to 99) as two digits.
func put2(b []byte, n int) {
	b[0], b[1] = byte('0'+n/10), byte('0'+n%10)
}

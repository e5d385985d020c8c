package httpdate

import "time"

// The time.Time forms of the functions, for callers that still pass
// time.Time. While any package of the browser module imports time, the
// module carries time's start-up code; when no caller uses these any more,
// this file goes and the package no longer imports time.

// Format returns t, in UTC, as an IMF-fixdate such as
// "Sun, 06 Nov 1994 08:49:37 GMT".
func Format(t time.Time) string { return FormatUnix(t.Unix()) }

// Append appends t, in UTC, as an IMF-fixdate to b.
func Append(b []byte, t time.Time) []byte { return AppendUnix(b, t.Unix()) }

// Parse is ParseUnix returning a time.Time in UTC.
func Parse(s string) (time.Time, bool) {
	sec, nsec, ok := ParseUnix(s)
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(sec, int64(nsec)).UTC(), true
}

// ParseRFC3339 is ParseRFC3339Unix returning a time.Time in UTC: the same
// instant as time.Parse(time.RFC3339, s), which would give it the zone its
// offset names.
func ParseRFC3339(s string) (time.Time, error) {
	sec, nsec, err := ParseRFC3339Unix(s)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(sec, int64(nsec)).UTC(), nil
}

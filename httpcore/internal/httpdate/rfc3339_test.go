package httpdate

import (
	"testing"
	"time"
)

// sameAsTimeParse reports how ParseRFC3339 and time.Parse(time.RFC3339, s)
// differ, or "" when they agree on the instant and the error text, and
// ParseRFC3339 gives UTC.
func sameAsTimeParse(s string) string {
	got, err := ParseRFC3339(s)
	want, wantErr := time.Parse(time.RFC3339, s)
	switch {
	case (err == nil) != (wantErr == nil):
		return "ParseRFC3339 error " + errText(err) + "; time.Parse error " + errText(wantErr)
	case err != nil && err.Error() != wantErr.Error():
		return "error " + errText(err) + "; time.Parse says " + errText(wantErr)
	case !got.Equal(want):
		return "time " + got.String() + "; time.Parse gives " + want.String()
	}
	if err == nil && got.Location() != time.UTC {
		return "a time in " + got.Location().String() + ", not UTC"
	}
	return ""
}

func errText(err error) string {
	if err == nil {
		return "none"
	}
	return "\"" + err.Error() + "\""
}

func TestParseRFC3339AgreesWithTimeParse(t *testing.T) {
	inputs := []struct {
		name string
		in   string
	}{
		{"UTC", "2018-12-01T09:00:00Z"},
		{"an offset east", "2018-12-01T10:00:00+01:00"},
		{"an offset west", "2018-11-30T22:00:00-11:00"},
		{"a zero offset", "2018-12-01T09:00:00+00:00"},
		{"a fraction", "2018-12-01T09:00:00.123456789Z"},
		{"a fraction after a comma", "2018-12-01T09:00:00,5Z"},
		{"a one-digit hour", "2018-12-01T9:00:00Z"},
		{"a leap day", "2024-02-29T00:00:00Z"},
		{"February 29 of a common year", "2023-02-29T00:00:00Z"},
		{"month 13", "2018-13-01T09:00:00Z"},
		{"month 0", "2018-00-01T09:00:00Z"},
		{"hour 24", "2018-12-01T24:00:00Z"},
		{"minute 60", "2018-12-01T09:60:00Z"},
		{"second 60", "2018-12-01T09:00:60Z"},
		{"an offset hour of 25", "2018-12-01T09:00:00+25:00"},
		{"an offset minute of 61", "2018-12-01T09:00:00+01:61"},
		{"both offset parts out of range", "2018-12-01T09:00:00+25:61"},
		{"an offset without a sign", "2018-12-01T09:00:00 01:00"},
		{"an offset without a colon", "2018-12-01T09:00:00+0100"},
		{"no zone", "2018-12-01T09:00:00"},
		{"a lower-case z", "2018-12-01T09:00:00z"},
		{"a space for the T", "2018-12-01 09:00:00Z"},
		{"text after the time", "2018-12-01T09:00:00Z and more \x01 日"},
		{"a word", "yesterday"},
		{"quotes, backslashes, a replacement character and a broken byte", "\"2018\\\ufffd\xff\x7f"},
		{"an empty value", ""},
		{"a short year", "218-12-01T09:00:00Z"},
		{"a sign in the year", "+218-12-01T09:00:00Z"},
		{"a one-digit month", "2018-1-01T09:00:00Z"},
		{"a one-digit minute", "2018-12-01T09:0:00Z"},
		{"a cut-off value", "2018-12-01T09:"},
		{"an HTTP date", "Sat, 01 Dec 2018 09:00:00 GMT"},
	}
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			if diff := sameAsTimeParse(tt.in); diff != "" {
				t.Errorf("ParseRFC3339(%q): %s", tt.in, diff)
			}
		})
	}
}

func FuzzParseRFC3339AgreesWithTimeParse(f *testing.F) {
	for _, s := range []string{"2018-12-01T09:00:00Z", "2018-12-01T10:00:00.5+01:00", "2018-12-01T09:00:00+25:61", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := sameAsTimeParse(s); diff != "" {
			t.Errorf("ParseRFC3339(%q): %s", s, diff)
		}
	})
}

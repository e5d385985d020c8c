package httpdate

import (
	"testing"
	"time"
)

// layouts are the three HTTP-date forms as time.Parse layouts: the reference
// the package is checked against.
var layouts = []string{
	"Mon, 02 Jan 2006 15:04:05 GMT",
	"Monday, 02-Jan-06 15:04:05 GMT",
	"Mon Jan _2 15:04:05 2006",
}

// reference is what the server did before this package: time.Parse with each
// layout in turn.
func reference(s string) (time.Time, bool) {
	for _, layout := range layouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

func TestFormatAgreesWithTimeFormat(t *testing.T) {
	times := []struct {
		name string
		t    time.Time
	}{
		{"the RFC's example", time.Date(1994, 11, 6, 8, 49, 37, 0, time.UTC)},
		{"the seed's date", time.Date(2018, 12, 6, 17, 37, 18, 0, time.UTC)},
		{"a leap day", time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC)},
		{"a time in another zone is written in GMT", time.Date(2020, 1, 1, 1, 2, 3, 0, time.FixedZone("X", 5*3600))},
		{"the Unix epoch", time.Unix(0, 0)},
		{"the zero time", time.Time{}},
		{"a year with fewer than four digits", time.Date(7, 3, 4, 5, 6, 7, 0, time.UTC)},
		{"a year before year 1", time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC)},
		{"a year with five digits", time.Date(12345, 12, 31, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range times {
		t.Run(tt.name, func(t *testing.T) {
			got, want := Format(tt.t), tt.t.UTC().Format(layouts[0])
			if got != want {
				t.Errorf("Format(%v) = %q; want %q", tt.t, got, want)
			}
		})
	}
}

func TestParseAgreesWithTimeParse(t *testing.T) {
	inputs := []struct {
		name string
		in   string
	}{
		{"an IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT"},
		{"an RFC 850 date", "Sunday, 06-Nov-94 08:49:37 GMT"},
		{"an asctime date", "Sun Nov  6 08:49:37 1994"},
		{"an asctime date with a two-digit day", "Sun Nov 16 08:49:37 1994"},
		{"an RFC 850 year below 69 is in the 2000s", "Monday, 06-Nov-68 08:49:37 GMT"},
		{"an RFC 850 year with a sign", "Monday, 06-Nov--1 08:49:37 GMT"},
		{"names in any case", "SUN, 06 nov 1994 08:49:37 GMT"},
		{"a day name that disagrees with the date", "Fri, 06 Nov 1994 08:49:37 GMT"},
		{"several spaces where one is written", "Sun,   06  Nov 1994   08:49:37    GMT"},
		{"a one-digit hour", "Sun, 06 Nov 1994 8:49:37 GMT"},
		{"a fraction of a second", "Sun, 06 Nov 1994 08:49:37.123456789123 GMT"},
		{"a fraction with a comma", "Sun Nov  6 08:49:37,5 1994"},
		{"the leap day of a leap year", "Thu, 29 Feb 2024 00:00:00 GMT"},
		{"February 29 of a common year", "Wed, 29 Feb 2023 00:00:00 GMT"},
		{"February 29 of 1900", "Thu, 29 Feb 1900 00:00:00 GMT"},
		{"April 31", "Thu, 31 Apr 2024 00:00:00 GMT"},
		{"day zero", "Thu, 00 Apr 2024 00:00:00 GMT"},
		{"hour 24", "Thu, 01 Apr 2024 24:00:00 GMT"},
		{"second 60", "Thu, 01 Apr 2024 23:59:60 GMT"},
		{"minute 60", "Thu, 01 Apr 2024 23:60:00 GMT"},
		{"a one-digit day in an IMF-fixdate", "Sun, 6 Nov 1994 08:49:37 GMT"},
		{"a two-digit year in an IMF-fixdate", "Sun, 06 Nov 94 08:49:37 GMT"},
		{"a missing GMT", "Sun, 06 Nov 1994 08:49:37"},
		{"another time zone", "Sun, 06 Nov 1994 08:49:37 UTC"},
		{"text after the date", "Sun, 06 Nov 1994 08:49:37 GMT x"},
		{"a missing comma", "Sun 06 Nov 1994 08:49:37 GMT"},
		{"no space after the comma", "Sun,06 Nov 1994 08:49:37 GMT"},
		{"the seed's broken date", "Mon,10PR 18:42:51 GMT"},
		{"an empty value", ""},
		{"a month name that is not one", "Sun, 06 Nox 1994 08:49:37 GMT"},
		{"a cut-off value", "Sun, 06 Nov 19"},
		{"a sign in a four-digit year", "Sun, 06 Nov +994 08:49:37 GMT"},
	}
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Parse(tt.in)
			want, wantOK := reference(tt.in)
			if ok != wantOK || !got.Equal(want) || got.Location() != want.Location() {
				t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, want, wantOK)
			}
		})
	}
}

func TestFormatThenParseIsTheSameSecond(t *testing.T) {
	for sec := int64(-1e10); sec < 1e11; sec += 123456789 {
		in := time.Unix(sec, 0).UTC()
		got, ok := Parse(Format(in))
		if !ok || !got.Equal(in) {
			t.Fatalf("Parse(Format(%v)) = %v, %v; want the same time", in, got, ok)
		}
	}
}

func FuzzParseAgreesWithTimeParse(f *testing.F) {
	for _, s := range []string{
		"Sun, 06 Nov 1994 08:49:37 GMT",
		"Sunday, 06-Nov-94 08:49:37 GMT",
		"Sun Nov  6 08:49:37 1994",
		"Sun, 06 Nov 1994 08:49:37.5 GMT",
		"Mon,10PR 18:42:51 GMT",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := Parse(s)
		want, wantOK := reference(s)
		if ok != wantOK || !got.Equal(want) {
			t.Errorf("Parse(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, wantOK)
		}
		if ok {
			if back, _ := Parse(Format(got)); !back.Equal(got.Truncate(time.Second)) {
				t.Errorf("Parse(Format(%v)) = %v", got, back)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		Parse("Sun, 06 Nov 1994 08:49:37 GMT")
	}
}

package server

import (
	"strings"
	"testing"
	"time"
)

func TestParseHTTPDateReadsTheThreeForms(t *testing.T) {
	want := instantOf(time.Date(1994, 11, 6, 8, 49, 37, 0, time.UTC))
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT", true},
		{"the obsolete RFC 850 form", "Sunday, 06-Nov-94 08:49:37 GMT", true},
		{"the obsolete asctime form", "Sun Nov  6 08:49:37 1994", true},
		{"the seed's impossible date", "Mon,10PR 18:42:51 GMT", false},
		{"a date without a zone", "Sun, 06 Nov 1994 08:49:37", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseHTTPDate(tt.in)
			if ok != tt.ok || (ok && got != want) {
				t.Errorf("parseHTTPDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, want, tt.ok)
			}
		})
	}
}

func TestEntityTagsAndMatching(t *testing.T) {
	tags := entityTags(`"a", W/"b" ,"c,d", bad`)
	if got := strings.Join(tags, "|"); got != `"a"|W/"b"|"c,d"|bad` {
		t.Errorf("entityTags = %s", got)
	}
	tests := []struct {
		name         string
		a, b         string
		strong, weak bool
	}{
		{"the same strong tags", `"x"`, `"x"`, true, true},
		{"a weak and a strong tag of the same value", `W/"x"`, `"x"`, false, true},
		{"two weak tags", `W/"x"`, `W/"x"`, false, true},
		{"different values", `"x"`, `"y"`, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strongMatch(tt.a, tt.b); got != tt.strong {
				t.Errorf("strongMatch(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.strong)
			}
			if got := weakMatch(tt.a, tt.b); got != tt.weak {
				t.Errorf("weakMatch(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.weak)
			}
		})
	}
}

func TestParseRange(t *testing.T) {
	tests := []struct {
		name, in string
		kind     rangeResult
		want     byteRange
	}{
		{"the first hundred bytes", "bytes=0-99", rangeSatisfiable, byteRange{0, 99}},
		{"from an offset to the end", "bytes=900-", rangeSatisfiable, byteRange{900, 999}},
		{"the last fifty bytes", "bytes=-50", rangeSatisfiable, byteRange{950, 999}},
		{"an end past the size is cut to the size", "bytes=990-5000", rangeSatisfiable, byteRange{990, 999}},
		{"the glossary's 206-5513", "bytes=206-5513", rangeSatisfiable, byteRange{206, 999}},
		{"a start past the end", "bytes=1000-", rangeUnsatisfiable, byteRange{}},
		{"several ranges", "bytes=0-1,5-6", rangeMultiple, byteRange{}},
		{"the glossary's misspelt unit", "byte=0-499", rangeIgnored, byteRange{}},
		{"a backwards range is invalid", "bytes=9-3", rangeIgnored, byteRange{}},
		{"garbage", "bytes=x-y", rangeIgnored, byteRange{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, got := parseRange(tt.in, 1000)
			if kind != tt.kind || got != tt.want {
				t.Errorf("parseRange(%q, 1000) = %v %+v, want %v %+v", tt.in, kind, got, tt.kind, tt.want)
			}
		})
	}
}

func TestDefaultTimeIsTheSeedsDate(t *testing.T) {
	want := time.Date(2018, 12, 6, 17, 37, 18, 0, time.UTC)
	if !DefaultTime.Equal(want) || DefaultTime.Location() != time.UTC {
		t.Errorf("DefaultTime = %v; want %v", DefaultTime, want)
	}
}

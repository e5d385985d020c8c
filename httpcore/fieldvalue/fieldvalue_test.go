package fieldvalue

import (
	"encoding/json"
	"strings"
	"testing"
)

// hasNote reports whether an analysis carries a note with the code.
func hasNote(an Analysis, code string) bool {
	for _, n := range an.Notes {
		if n.Code == code {
			return true
		}
	}
	return false
}

// findPart returns the first part with the role, searching children too.
func findPart(ps []Part, role string) (Part, bool) {
	for _, p := range ps {
		if p.Role == role {
			return p, true
		}
		if c, ok := findPart(p.Children, role); ok {
			return c, true
		}
	}
	return Part{}, false
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name        string
		field       string
		value       string
		wantOK      bool
		wantNote    string // a note code the analysis must carry ("" for none required)
		wantRole    string // a part role that must be present
		wantValue   string // the Value of that part
		wantField   string
		wantNoNotes bool
	}{
		{"a Basic token decodes into user and password", "Authorization", "Basic YXV0aG9yOnBoaWw=", true, "auth/basic-is-not-encryption", "token68", "user: author, password: phil", "Authorization", false},
		{"the seed's impossible date is rejected", "Date", "Mon,10PR 18:42:51 GMT", false, "date/unknown-word", "word", "PR", "Date", false},
		{"a weekday that does not match the date is an error", "Expires", "Mon, 05 Dec 2008 12:00:00 GMT", false, "date/weekday-mismatch", "date", "2008-12-05T12:00:00Z", "Expires", false},
		{"a correct IMF-fixdate has no notes", "Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT", true, "", "date", "1994-11-06T08:49:37Z", "Last-Modified", true},
		{"Expires: 0 means already expired", "Expires", "0", true, "expires/zero", "expired", "1970-01-01T00:00:00Z", "Expires", false},
		{"Retry-After seconds become an ISO duration", "Retry-After", "120", true, "", "delay-seconds", "PT120S", "Retry-After", true},
		{"a q-value is normalized", "Accept", "text/html;q=0.50", true, "", "q", "0.5", "Accept", true},
		{"a q-value of 1.001 is a syntax error", "Accept-Language", "en;q=1.001", false, "q/syntax", "q", "1.001", "Accept-Language", false},
		{"field names are matched in any case", "content-TYPE", "text/html; charset=UTF-8", true, "", "parameter", "charset=utf-8", "Content-Type", true},
		{"the seed's Contern-Type is read as Content-Type", "Contern-Type", "text/html", true, "media-type/no-charset", "subtype", "html", "Content-Type", false},
		{"no-store with a lifetime conflicts", "Cache-Control", "max-age=60, no-store", true, "cache-control/no-store-overrides", "argument", "PT60S", "Cache-Control", false},
		{"Keep-alive with close contradicts", "Connection", "Keep-alive, close", true, "connection/close-and-keep-alive", "option", "keep-alive", "Connection", false},
		{"SameSite=None needs Secure", "Set-Cookie", "a=b; SameSite=None", false, "set-cookie/samesite-none-without-secure", "cookie-name", "a", "Set-Cookie", false},
		{"an unknown field with one value is opaque", "X-Unknown", "hello world", true, "", "value", "hello world", "X-Unknown", true},
		{"a lowercase unknown field name is capitalized", "x-request-id", "abc", true, "", "value", "abc", "X-Request-Id", true},
		{"surrounding whitespace is not part of any span", "Age", "  42 ", true, "", "delta-seconds", "PT42S", "Age", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(tt.field, tt.value)
			if an.OK != tt.wantOK {
				t.Errorf("OK = %v, want %v (notes %+v)", an.OK, tt.wantOK, an.Notes)
			}
			if an.Field != tt.wantField {
				t.Errorf("Field = %q, want %q", an.Field, tt.wantField)
			}
			if tt.wantNote != "" && !hasNote(an, tt.wantNote) {
				t.Errorf("no note %s among %+v", tt.wantNote, an.Notes)
			}
			if tt.wantNoNotes && len(an.Notes) > 0 {
				t.Errorf("got notes %+v, want none", an.Notes)
			}
			p, ok := findPart(an.Parts, tt.wantRole)
			if !ok {
				t.Fatalf("no part with role %s in %+v", tt.wantRole, an.Parts)
			}
			if p.Value != tt.wantValue {
				t.Errorf("%s value = %q, want %q", tt.wantRole, p.Value, tt.wantValue)
			}
			for _, prob := range checkAnalysis(tt.value, an) {
				t.Error(prob)
			}
		})
	}
}

func TestRankingFollowsQThenSpecificityThenOrder(t *testing.T) {
	tests := []struct {
		name, field, value string
		want               []string // the item values, most preferred first
	}{
		{"equal weights keep the written order, wildcards last", "Accept", "*/*, text/*, text/html", []string{"text/html", "text/*", "*/*"}},
		{"weights decide before specificity", "Accept", "text/html;q=0.5, */*", []string{"*/*", "text/html"}},
		{"q=0 items are left out", "Accept-Encoding", "gzip, br;q=0, identity;q=0.1", []string{"gzip", "identity"}},
		{"language ranges rank more specific first among equals", "Accept-Language", "en, en-GB", []string{"en-GB", "en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(tt.field, tt.value)
			var got []string
			for _, i := range an.Ranked {
				v, _, _ := strings.Cut(an.Parts[i].Value, ";q=")
				got = append(got, v)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("ranked %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseQ(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1", 1000, true}, {"1.", 1000, true}, {"1.000", 1000, true}, {"0", 0, true},
		{"0.5", 500, true}, {"0.125", 125, true}, {"0.001", 1, true},
		{"1.001", 0, false}, {"0.1234", 0, false}, {"2", 0, false}, {".5", 0, false},
		{"", 0, false}, {"0,5", 0, false}, {"-0", 0, false}, {"1.0a", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseQ(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseQ(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatQ(t *testing.T) {
	for q, want := range map[int]string{1000: "1", 0: "0", 500: "0.5", 125: "0.125", 10: "0.01"} {
		if got := formatQ(q); got != want {
			t.Errorf("formatQ(%d) = %q, want %q", q, got, want)
		}
	}
}

func TestDaysInMonth(t *testing.T) {
	tests := []struct{ month, year, want int }{
		{2, 2024, 29}, {2, 2023, 28}, {2, 1900, 28}, {2, 2000, 29},
		{4, 2006, 30}, {12, 2008, 31}, {9, 2018, 30}, {1, 1970, 31},
	}
	for _, tt := range tests {
		if got := daysIn(tt.month, tt.year); got != tt.want {
			t.Errorf("daysIn(%d, %d) = %d, want %d", tt.month, tt.year, got, tt.want)
		}
	}
}

func TestLanguageRange(t *testing.T) {
	tests := map[string]bool{
		"en": true, "en-US": true, "zh-Hant-TW": true, "*": true, "de-1996": true,
		"zh_TW": false, "": false, "en-": false, "1en": false, "toolongtag": false, "en US": false,
	}
	for in, want := range tests {
		if got := languageRange(in); got != want {
			t.Errorf("languageRange(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestToken68(t *testing.T) {
	tests := map[string]bool{
		"YXV0aG9yOnBoaWw=": true, "abc==": true, "mF_9.B5f-4.1JqM": true, "a/b+c~": true,
		"realm=x": false, "==": false, "": false, "a b": false, `"x"`: false,
	}
	for in, want := range tests {
		if got := isToken68(in); got != want {
			t.Errorf("isToken68(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestClosestSuggestsTheNearestKnownName(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"text/plane", "text/plain", true},
		{"text/htm", "text/html", true},
		{"text/markdown", "", false},
	}
	cands := []string{"text/plain", "text/html", "text/css"}
	for _, tt := range tests {
		got, ok := closest(tt.in, cands, 2)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("closest(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestControlCharactersAreErrors(t *testing.T) {
	for _, v := range []string{"a\x00b", "a\rb", "a\nb", "a\x7fb"} {
		an := Analyze("X-Test", v)
		if an.OK || !hasNote(an, "value/control-character") {
			t.Errorf("Analyze(X-Test, %q): OK = %v, notes %+v; want a control-character error", v, an.OK, an.Notes)
		}
	}
}

func TestKnownListsTheFieldsWithAnAnalyzer(t *testing.T) {
	for _, name := range []string{"content-type", "Accept", "CACHE-CONTROL", "Set-Cookie", "WWW-Authenticate", "Strict-Transport-Security"} {
		if !Known(name) {
			t.Errorf("Known(%q) = false, want true", name)
		}
	}
	if Known("X-Unknown") {
		t.Error("Known(X-Unknown) = true, want false")
	}
}

func TestFieldsListsEveryAnalyzerOnceInOrder(t *testing.T) {
	names := Fields()
	if len(names) != len(analyzers) {
		t.Fatalf("Fields() has %d names, want %d", len(names), len(analyzers))
	}
	for i, n := range names {
		if !Known(n) {
			t.Errorf("Fields() lists %s, which Known rejects", n)
		}
		if i > 0 && names[i-1] >= n {
			t.Errorf("Fields() is not sorted at %s, %s", names[i-1], n)
		}
		if got := Analyze(n, "").Field; got != n {
			t.Errorf("Analyze(%q, \"\").Field = %q, want the same spelling", n, got)
		}
	}
}

func TestAnalysisEncodesWithEmptyListsAsArrays(t *testing.T) {
	b, err := json.Marshal(Analyze("X-Frame-Options", "DENY"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"notes":[]`, `"parts":[{`, `"span":{"start":0,"end":4}`, `"zh-Hant":`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	inputs := goldenInputs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := inputs[i%len(inputs)]
		Analyze(in[0], in[1])
	}
}

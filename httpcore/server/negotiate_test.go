package server

import "testing"

func TestMediaQTakesTheMostSpecificRange(t *testing.T) {
	tests := []struct {
		name, accept, mt string
		want             float64
	}{
		{"an exact match", "text/css", "text/css", 1},
		{"a type wildcard", "text/*;q=0.5", "text/css", 0.5},
		{"the full wildcard", "*/*;q=0.1", "image/png", 0.1},
		{"the exact range beats the wildcard", "text/*;q=0.2, text/html;q=0.9", "text/html", 0.9},
		{"an exact q=0 excludes despite a wildcard", "*/*, text/css;q=0", "text/css", 0},
		{"no match is 0", "image/png", "text/css", 0},
		{"the seed's glossary example takes HTML through */*", "image/jpeg,image/png,*/*", "text/html", 1},
		{"case does not matter", "TEXT/HTML", "text/html", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mediaQ(parseWeighted(tt.accept), tt.mt); got != tt.want {
				t.Errorf("mediaQ(%q, %q) = %g, want %g", tt.accept, tt.mt, got, tt.want)
			}
		})
	}
}

func TestChooseLanguage(t *testing.T) {
	offered := []string{"en", "fr", "zh"}
	tests := []struct {
		name, accept string
		want         int
		ok           bool
	}{
		{"the seed's French visitor", "fr", 1, true},
		{"a regional tag falls back to its language", "zh-CN", 2, true},
		{"the highest weight wins", "fr;q=0.4, zh;q=0.8", 2, true},
		{"a browser's usual list", "en-US,en;q=0.9", 0, true},
		{"the wildcard takes the site's first choice", "*", 0, true},
		{"a language the site lacks", "de", -1, false},
		{"q=0 refuses", "fr;q=0", -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := chooseLanguage(parseWeighted(tt.accept), offered)
			if got != tt.want || ok != tt.ok {
				t.Errorf("chooseLanguage(%q) = %d, %v; want %d, %v", tt.accept, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestChooseEncoding(t *testing.T) {
	tests := []struct {
		name, accept string
		canGzip      bool
		want         string
		ok           bool
	}{
		{"a browser gets gzip", "gzip, deflate, br", true, "gzip", true},
		{"gzip is not used when the server may not compress", "gzip", false, "", true},
		{"identity stays acceptable when unlisted", "br", true, "", true},
		{"identity refused and no gzip: nothing fits", "br, identity;q=0", true, "", false},
		{"*;q=0 refuses identity too", "*;q=0", false, "", false},
		{"the wildcard takes gzip", "*", true, "gzip", true},
		{"the glossary's gzip,compress", "gzip,compress", true, "gzip", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := chooseEncoding(parseWeighted(tt.accept), tt.canGzip)
			if got != tt.want || ok != tt.ok {
				t.Errorf("chooseEncoding(%q, %v) = %q, %v; want %q, %v", tt.accept, tt.canGzip, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestCharsetQ(t *testing.T) {
	tests := []struct {
		accept string
		want   float64
	}{
		{"utf-8", 1}, {"iso-8859-1", 0}, {"iso-8859-1,*,utf-8", 1}, {"*;q=0.3", 0.3}, {"UTF-8;q=0.5", 0.5},
	}
	for _, tt := range tests {
		if got := charsetQ(parseWeighted(tt.accept), "utf-8"); got != tt.want {
			t.Errorf("charsetQ(%q, utf-8) = %g, want %g", tt.accept, got, tt.want)
		}
	}
}

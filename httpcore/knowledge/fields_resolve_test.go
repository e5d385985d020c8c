package knowledge

import (
	"strings"
	"testing"
)

func TestResolveFieldFindsWhatTheSeedsMeant(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
		match FieldMatch
	}{
		{"a correct name matches exactly", "Content-Type", "Content-Type", FieldExact},
		{"the glossary's aUTHORIZATION is only a case variant", "aUTHORIZATION", "Authorization", FieldCase},
		{"the glossary's www-Authenticate is only a case variant", "www-Authenticate", "WWW-Authenticate", FieldCase},
		{"all lower case is the same field, and needs no note", "content-type", "Content-Type", FieldCase},
		{"the glossary's Refener is a misspelled Referer", "Refener", "Referer", FieldMisspelled},
		{"the glossary's Form is a misspelled From", "Form", "From", FieldMisspelled},
		{"the glossary's Contern-Type is a misspelled Content-Type", "Contern-Type", "Content-Type", FieldMisspelled},
		{"the glossary's Proxy-Proxy-Authorization repeats a word", "Proxy-Proxy-Authorization", "Proxy-Authorization", FieldMangled},
		{"MDN's c-content-wength is a stuttered Content-Length", "c-content-wength", "Content-Length", FieldMangled},
		{"MDN's content-wength has w for l", "content-wength", "Content-Length", FieldMangled},
		{"MDN's accept-wanguage has w for l", "accept-wanguage", "Accept-Language", FieldMangled},
		{"MDN's s-sewvew has a stutter and w for r", "s-sewvew", "Server", FieldMangled},
		{"MDN's sewvew has w for r", "sewvew", "Server", FieldMangled},
		{"MDN's stwict-twanspowt-secuwity has w for r", "stwict-twanspowt-secuwity", "Strict-Transport-Security", FieldMangled},
		{"MDN's x-x-content-type-options stutters its prefix", "x-x-content-type-options", "X-Content-Type-Options", FieldMangled},
		{"MDN's x-fwame-options has w for r", "x-fwame-options", "X-Frame-Options", FieldMangled},
		{"MDN's x-xss-pwotection keeps its own x- prefix", "x-xss-pwotection", "X-XSS-Protection", FieldMangled},
		{"MDN's v-vawy is a stuttered Vary", "v-vawy", "Vary", FieldMangled},
		{"MDN's e-etag is a stuttered ETag", "e-etag", "ETag", FieldMangled},
		{"MDN's d-date is a stuttered Date", "d-date", "Date", FieldMangled},
		{"MDN's wocation has w for l", "wocation", "Location", FieldMangled},
		{"MDN's keep-awive has w for l", "keep-awive", "Keep-Alive", FieldMangled},
		{"MDN's a-accept-wanges stutters and has w for r", "a-accept-wanges", "Accept-Ranges", FieldMangled},
		{"MDN's c-connection is a stuttered Connection", "c-connection", "Connection", FieldMangled},
		{"MDN's expiwes has w for r", "expiwes", "Expires", FieldMangled},
		{"MDN's cache-contwow has w for r", "cache-contwow", "Cache-Control", FieldMangled},
		{"MDN's content-wanguage has w for l", "content-wanguage", "Content-Language", FieldMangled},
		{"MDN's x-x-cache is a stuttered X-Cache", "x-x-cache", "X-Cache", FieldMangled},
		{"a swapped pair of letters is a misspelling", "Accpet", "Accept", FieldMisspelled},
		{"a dropped letter is a misspelling", "User-Agnt", "User-Agent", FieldMisspelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := ResolveField(tt.input)
			if !ok {
				t.Fatalf("ResolveField(%q) found nothing, want %s", tt.input, tt.want)
			}
			if g.Field.Name != tt.want || g.Match != tt.match {
				t.Errorf("ResolveField(%q) = %s (%s), want %s (%s)", tt.input, g.Field.Name, g.Match, tt.want, tt.match)
			}
			if g.Match == FieldExact || tt.input == strings.ToLower(tt.input) && g.Match == FieldCase {
				if g.Note != (Text{}) {
					t.Errorf("%q carries a note: %+v", tt.input, g.Note)
				}
				return
			}
			if !g.Note.Complete() {
				t.Errorf("the note is missing a language: %+v", g.Note)
			}
			for _, lang := range Langs {
				if n := g.Note.In(lang); !strings.Contains(n, tt.input) || !strings.Contains(n, tt.want) {
					t.Errorf("the %s note %q should name both %q and %q", lang, n, tt.input, tt.want)
				}
			}
		})
	}
}

func TestMangledNotesSayHowTheNameWasGarbled(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"a stutter alone", "x-x-content-type-options", "(a letter or word repeated)"},
		{"a repeated word", "Proxy-Proxy-Authorization", "(a letter or word repeated)"},
		{"w for l alone", "content-wength", "(l or r written as w)"},
		{"both at once", "s-sewvew", "(a letter or word repeated, and l or r written as w)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _ := ResolveField(tt.input)
			if !strings.Contains(g.Note.En, tt.want) {
				t.Errorf("ResolveField(%q).Note = %q, want it to say %q", tt.input, g.Note.En, tt.want)
			}
		})
	}
}

func TestResolveFieldLeavesUnrelatedNamesAlone(t *testing.T) {
	tests := []struct {
		name  string
		input string
	}{
		{"a made-up name", "X-Totally-Custom"},
		{"a name far from any field", "Banana"},
		{"an empty name", ""},
		{"only spaces", "   "},
		{"a very long name", strings.Repeat("a-", 200)},
		{"a short name two edits from a field", "Hoxx"},
		{"a two-letter name one edit from TE", "XE"},
		{"a real client hint the registry lacks", "Sec-CH-UA-Mobile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g, ok := ResolveField(tt.input); ok {
				t.Errorf("ResolveField(%q) = %s (%s), want no match", tt.input, g.Field.Name, g.Match)
			}
		})
	}
}

func TestFieldDistanceCountsEdits(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"equal strings are zero apart", "host", "host", 0},
		{"one substitution", "refener", "referer", 1},
		{"one swap of neighbours", "form", "from", 1},
		{"one insertion", "vary", "varry", 1},
		{"two substitutions", "contern-type", "content-type", 2},
		{"far strings stop at the limit", "accept", "warning", 3},
		{"an empty string is its length away, capped", "", "via", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b, 2); got != tt.want {
				t.Errorf("editDistance(%q, %q, 2) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func FuzzResolveField(f *testing.F) {
	for _, s := range []string{"Refener", "c-content-wength", "x-x-", "-", "--a", "a-a-a-a", "ny-ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, ok := ResolveField(s)
		if ok && g.Field.Name == "" {
			t.Errorf("ResolveField(%q) matched a field without a name", s)
		}
	})
}

func BenchmarkResolveFieldMisspelled(b *testing.B) {
	for b.Loop() {
		ResolveField("Contern-Type")
	}
}

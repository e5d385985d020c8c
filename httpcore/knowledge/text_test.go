package knowledge

import "testing"

func TestMatchLangMapsLanguageTags(t *testing.T) {
	tests := []struct {
		name string
		tag  string
		want Lang
		ok   bool
	}{
		{"English of any region is English", "en-US", En, true},
		{"plain English is English", "EN", En, true},
		{"plain zh is Simplified", "zh", Hans, true},
		{"mainland Chinese is Simplified", "zh-CN", Hans, true},
		{"Singapore's Chinese is Simplified", "zh-SG", Hans, true},
		{"Taiwan's Chinese is Traditional", "zh-TW", Hant, true},
		{"Hong Kong's Chinese is Traditional", "zh-hk", Hant, true},
		{"Macau's Chinese is Traditional", "zh-MO", Hant, true},
		{"the Hant script is Traditional", "zh-Hant", Hant, true},
		{"the Hans script is Simplified", "zh-Hans", Hans, true},
		{"the script wins over a Traditional region", "zh-Hans-TW", Hans, true},
		{"the script wins over a Simplified region", "zh-Hant-CN", Hant, true},
		{"a language subtag before the region is skipped", "zh-cmn-TW", Hant, true},
		{"surrounding spaces are ignored", " zh-tw ", Hant, true},
		{"a language the page does not speak has no match", "fr-FR", "", false},
		{"a tag that only starts like zh has no match", "zhx", "", false},
		{"an empty tag has no match", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := MatchLang(tt.tag)
			if got != tt.want || ok != tt.ok {
				t.Errorf("MatchLang(%q) = %q, %v; want %q, %v", tt.tag, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseLangFallsBackToEnglish(t *testing.T) {
	for _, tag := range []string{"", "fr", "klingon", "zhx"} {
		if got := ParseLang(tag); got != En {
			t.Errorf("ParseLang(%q) = %q, want %q", tag, got, En)
		}
	}
	if got := ParseLang("zh-Hant-CN"); got != Hant {
		t.Errorf("ParseLang(%q) = %q, want %q", "zh-Hant-CN", got, Hant)
	}
}

func TestSpecRendersAndLinks(t *testing.T) {
	tests := []struct {
		name      string
		spec      Spec
		text, url string
	}{
		{"a section", RFC(9110, "15.4.2"), "RFC 9110 §15.4.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2"},
		{"an appendix", RFC(9112, "C.2"), "RFC 9112 §C.2", "https://www.rfc-editor.org/rfc/rfc9112#appendix-C.2"},
		{"a whole document", RFC(6265, ""), "RFC 6265", "https://www.rfc-editor.org/rfc/rfc6265"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.spec.String(); got != tt.text {
				t.Errorf("String() = %q, want %q", got, tt.text)
			}
			if got := tt.spec.URL(); got != tt.url {
				t.Errorf("URL() = %q, want %q", got, tt.url)
			}
		})
	}
}

package knowledge

import "testing"

func TestParseLangMapsBrowserTags(t *testing.T) {
	tests := []struct {
		tag  string
		want Lang
	}{
		{"en-US", En}, {"fr", En}, {"", En},
		{"zh", Hans}, {"zh-CN", Hans}, {"zh-Hans-SG", Hans},
		{"zh-TW", Hant}, {"zh-HK", Hant}, {"zh-Hant", Hant}, {"zh-hant-tw", Hant},
	}
	for _, tt := range tests {
		if got := ParseLang(tt.tag); got != tt.want {
			t.Errorf("ParseLang(%q) = %q, want %q", tt.tag, got, tt.want)
		}
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

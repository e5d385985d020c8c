package httpcore

import (
	"strings"
	"testing"
)

func TestEveryCodeIsExplainedInEveryLanguage(t *testing.T) {
	for _, code := range Codes() {
		info := catalogue[code]
		t.Run(code, func(t *testing.T) {
			if info.spec == "" || !strings.HasPrefix(info.spec, "RFC ") || !strings.Contains(info.spec, "§") {
				t.Errorf("spec = %q, want an RFC section such as \"RFC 9112 §2.2\"", info.spec)
			}
			if info.strict > info.lenient {
				t.Errorf("lenient severity %v is stricter than strict severity %v", info.lenient, info.strict)
			}
			if info.strict == Error && info.status == 0 {
				t.Errorf("an error has no status a server would answer")
			}
			for i, lang := range Languages {
				text := info.text[i]
				if strings.TrimSpace(text) == "" {
					t.Errorf("no %s message", lang)
					continue
				}
				// Every language quotes the same arguments.
				for n := 0; n < 4; n++ {
					ph := "{" + string(rune('0'+n)) + "}"
					if strings.Contains(info.text[0], ph) != strings.Contains(text, ph) {
						t.Errorf("%s message and English message disagree about %s", lang, ph)
					}
				}
			}
			if info.text[1] == info.text[2] && strings.ContainsAny(info.text[1], "这为们来会") {
				t.Errorf("the zh-Hant message is the zh-Hans one")
			}
		})
	}
}

func TestDiagnosticTextFollowsTheLanguage(t *testing.T) {
	r := Parse([]byte("get / HTTP/1.1\r\nHost: a\r\n\r\n"), Options{})
	if len(r.Diagnostics) == 0 {
		t.Fatal("no diagnostic for a lowercase method")
	}
	d := r.Diagnostics[0]
	tests := []struct{ lang, want string }{
		{"en", "case-sensitive"},
		{"zh-Hans", "区分大小写"},
		{"zh-CN", "区分大小写"},
		{"zh-Hant", "區分大小寫"},
		{"zh-TW", "區分大小寫"},
		{"fr", "case-sensitive"},
	}
	for _, tt := range tests {
		if got := d.Text(tt.lang); !strings.Contains(got, tt.want) || !strings.Contains(got, "GET") {
			t.Errorf("Text(%q) = %q, want it to contain %q and GET", tt.lang, got, tt.want)
		}
	}
	if d.Message != d.Text("en") {
		t.Errorf("Message = %q, want the English text %q", d.Message, d.Text("en"))
	}
}

func TestSeverityNames(t *testing.T) {
	for s, want := range map[Severity]string{Error: "error", Warning: "warning", Note: "note"} {
		if got := s.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", s, got, want)
		}
	}
}

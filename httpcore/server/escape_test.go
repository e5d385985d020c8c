package server

import (
	"html"
	"testing"
)

func TestEscapeHTMLAgreesWithHTMLEscapeString(t *testing.T) {
	inputs := []struct{ name, in string }{
		{"plain text", "Thank you"},
		{"nothing", ""},
		{"a script tag", `<script>alert("x")</script>`},
		{"an attribute breaking out", `" onmouseover='steal()' x="`},
		{"ampersands and entities", "fish & chips &amp; &#60;"},
		{"the special characters at both ends", `<a&b>'"`},
		{"non-ASCII and control bytes", "名字=<值>\x00\xff"},
	}
	for _, tt := range inputs {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := escapeHTML(tt.in), html.EscapeString(tt.in); got != want {
				t.Errorf("escapeHTML(%q) = %q; want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzEscapeHTMLAgreesWithHTMLEscapeString(f *testing.F) {
	f.Add(`<b class="x">Tom & 'Jerry'</b>`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escapeHTML(s), html.EscapeString(s); got != want {
			t.Errorf("escapeHTML(%q) = %q; want %q", s, got, want)
		}
	})
}

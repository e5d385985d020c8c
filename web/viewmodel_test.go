package web

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"
)

func TestPickLangChoosesThePagesLanguage(t *testing.T) {
	tests := []struct {
		name, query, accept, want string
	}{
		{"no preference is English", "", "", "en"},
		{"?lang= wins over the browser", "zh-Hant", "en-US,en;q=0.9", "zh-Hant"},
		{"Taiwan's Chinese is Traditional", "", "zh-TW,zh;q=0.9", "zh-Hant"},
		{"Hong Kong's Chinese is Traditional", "", "zh-HK", "zh-Hant"},
		{"Chinese marked Hant is Traditional", "", "zh-Hant-CN", "zh-Hant"},
		{"Chinese marked Hans is Simplified, whatever its region", "", "zh-Hans-TW", "zh-Hans"},
		{"mainland Chinese is Simplified", "", "zh-CN,en;q=0.5", "zh-Hans"},
		{"plain zh is Simplified", "", "zh", "zh-Hans"},
		{"the first language the page speaks is taken", "", "fr-FR,de;q=0.8,zh-TW;q=0.7", "zh-Hant"},
		{"a language refused with q=0 is skipped", "", "zh-CN;q=0,en;q=0.5", "en"},
		{"an unknown ?lang= falls back to the browser's", "klingon", "zh-CN", "zh-Hans"},
		{"a language the page does not speak is English", "", "fr-FR", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PickLang(tt.query, tt.accept); got != tt.want {
				t.Errorf("PickLang(%q, %q) = %q, want %q", tt.query, tt.accept, got, tt.want)
			}
		})
	}
}

func TestEveryPageStringIsInEveryLanguage(t *testing.T) {
	en := dictionary["en"]
	if len(en) == 0 {
		t.Fatal("the dictionary has no English strings")
	}
	for _, l := range Languages {
		d, ok := dictionary[l.Tag]
		if !ok {
			t.Errorf("the dictionary has no %s", l.Tag)
			continue
		}
		var missing, extra []string
		for k, v := range en {
			if strings.TrimSpace(d[k]) == "" {
				missing = append(missing, k)
			}
			if strings.Count(d[k], "{") != strings.Count(v, "{") {
				t.Errorf("%s %q has %d placeholders, English has %d", l.Tag, k, strings.Count(d[k], "{"), strings.Count(v, "{"))
			}
		}
		for k := range d {
			if _, ok := en[k]; !ok {
				extra = append(extra, k)
			}
		}
		sort.Strings(missing)
		sort.Strings(extra)
		if len(missing) > 0 {
			t.Errorf("%s lacks %v", l.Tag, missing)
		}
		if len(extra) > 0 {
			t.Errorf("%s has keys English lacks: %v", l.Tag, extra)
		}
	}
}

func TestThePageRendersInEachLanguage(t *testing.T) {
	tests := []struct {
		lang, title, heading string
	}{
		{"en", "<title>HTTP Playground</title>", "How a server reads it"},
		{"zh-Hans", "<title>HTTP 游乐场</title>", "服务器如何读取它"},
		{"zh-Hant", "<title>HTTP 遊樂場</title>", "伺服器如何讀取它"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var buf bytes.Buffer
			vm := newPageVM(Manifest{}, ReferenceVM{}).WithLang(tt.lang)
			if err := Page(vm).Render(context.Background(), &buf); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			for _, want := range []string{`<html lang="` + tt.lang + `">`, tt.title, tt.heading, `<option value="` + tt.lang + `" lang="` + tt.lang + `" selected>`} {
				if !strings.Contains(page, want) {
					t.Errorf("the %s page does not contain %s", tt.lang, want)
				}
			}
		})
	}
}

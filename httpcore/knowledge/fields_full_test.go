package knowledge

import (
	"strings"
	"testing"
)

func TestEveryFullEntryIsComplete(t *testing.T) {
	for _, e := range fieldEntries() {
		t.Run(e.name, func(t *testing.T) {
			f, ok := LookupField(e.name)
			if !ok || f.Name != e.name {
				t.Fatalf("the full entry %q is not a registry or listed unregistered name (got %q)", e.name, f.Name)
			}
			if !f.Full {
				t.Fatalf("%s was not marked full", e.name)
			}
			texts := map[string]Text{"summary": f.Summary, "without": f.Without, "mistakes": f.Mistakes}
			for what, text := range texts {
				if !text.Complete() {
					t.Errorf("%s lacks its %s in some language: %+v", e.name, what, text)
				}
			}
			if f.Example == "" || f.Syntax == "" {
				t.Errorf("%s needs an example and a syntax line; got %q and %q", e.name, f.Example, f.Syntax)
			}
			if !fieldCategoryKnown(f.Category) {
				t.Errorf("%s has category %q, want one of %v", e.name, f.Category, FieldCategories)
			}
			if f.Cite() == "" || f.CiteURL() == "" && f.Status != FieldUnregistered {
				t.Errorf("%s cites %q (%q); want a document and its link", e.name, f.Cite(), f.CiteURL())
			}
			if strings.ContainsAny(f.Example, "\r\n") {
				t.Errorf("%s has a multi-line example %q", e.name, f.Example)
			}
		})
	}
}

func TestRetiredFieldsSayWhoRetiredThemAndWhatReplacedThem(t *testing.T) {
	for _, f := range Fields() {
		if !f.Full {
			continue
		}
		retired := f.Status == FieldObsoleted || f.Status == FieldDeprecated
		if retired != f.Retired.Complete() {
			t.Errorf("%s is %s but its retirement text complete = %v", f.Name, f.Status, f.Retired.Complete())
		}
		if retired && f.RetiredBy.Number == 0 {
			t.Errorf("%s is %s but cites no RFC that retired it", f.Name, f.Status)
		}
		for _, r := range f.ReplacedBy {
			if _, ok := LookupField(r); !ok {
				t.Errorf("%s is replaced by %q, which is not a known field", f.Name, r)
			}
		}
	}
}

func TestFullEntriesAreNotRepeated(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range fieldEntries() {
		k := strings.ToLower(e.name)
		if seen[k] {
			t.Errorf("%s has two full entries", e.name)
		}
		seen[k] = true
	}
}

func TestChineseTextsUseTheirOwnScript(t *testing.T) {
	// Words that give away the wrong script: Simplified forms must not
	// appear in zh-Hant texts and Traditional forms not in zh-Hans ones.
	hansOnly := []string{"服务器", "客户端", "缓存", "请求", "响应", "连接", "标头", "字节"}
	hantOnly := []string{"伺服器", "用戶端", "快取", "請求", "回應", "連線", "標頭", "位元組"}
	for _, f := range Fields() {
		if !f.Full {
			continue
		}
		for _, text := range []Text{f.Summary, f.Without, f.Mistakes, f.Retired} {
			for _, w := range hansOnly {
				if strings.Contains(text.Hant, w) {
					t.Errorf("%s: the zh-Hant text uses the Simplified %q: %s", f.Name, w, text.Hant)
				}
			}
			for _, w := range hantOnly {
				if strings.Contains(text.Hans, w) {
					t.Errorf("%s: the zh-Hans text uses the Traditional %q: %s", f.Name, w, text.Hans)
				}
			}
		}
	}
}

func fieldCategoryKnown(c FieldCategory) bool {
	for _, k := range FieldCategories {
		if c == k {
			return true
		}
	}
	return false
}

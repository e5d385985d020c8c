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
		// Unregistered fields may have been retired by browsers rather
		// than by a document, so they may have a retirement text without
		// a citation.
		retired := f.Status == FieldObsoleted || f.Status == FieldDeprecated
		if retired && !f.Retired.Complete() {
			t.Errorf("%s is %s but does not say (in every language) who retired it: %+v", f.Name, f.Status, f.Retired)
		}
		if !retired && f.Status != FieldUnregistered && f.Retired != (Text{}) {
			t.Errorf("%s is %s but has a retirement text", f.Name, f.Status)
		}
		if f.Retired != (Text{}) && !f.Retired.Complete() {
			t.Errorf("%s lacks its retirement text in some language: %+v", f.Name, f.Retired)
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

// The glossary of seed 002 (its own spellings kept: aUTHORIZATION, Form,
// Contern-Type, Proxy-Proxy-Authorization, Refener, www-Authenticate), and
// the fields of the MDN seed's examples (their baby-talk undone).
var (
	fieldSeedGlossary = []string{
		"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Ranges", "Age", "Allow",
		"aUTHORIZATION", "Cache-Control", "Connection", "Content-Base", "Content-Encoding", "Content-Language",
		"Content-Length", "Content-Location", "Content-MD5", "Content-Range", "Contern-Type", "Date", "ETag",
		"Expires", "Form", "Host", "If-Modified-Since", "If-Match", "If-None-Match", "If-Range",
		"If-Unmodified-Since", "Last-Modified", "Location", "Max-Forwards", "Pragma", "Proxy-Authenticate",
		"Proxy-Proxy-Authorization", "Public", "Range", "Refener", "Retry-After", "Server", "Transfer-Encoding",
		"Upgrade", "User-Agent", "Vary", "Via", "Warning", "www-Authenticate",
		// Named in the seed's text and examples rather than its list.
		"Content-Type", "From", "Referer", "Authorization", "Proxy-Authorization", "WWW-Authenticate",
	}
	fieldSeedMDN = []string{
		"host", "accept-wanguage", "content-wength", "content-type", "c-content-wength", "connection",
		"cache-contwow", "content-wanguage", "date", "e-etag", "s-sewvew", "stwict-twanspowt-secuwity",
		"x-x-content-type-options", "x-fwame-options", "x-xss-pwotection", "v-vawy", "age", "d-date",
		"wocation", "keep-awive", "a-accept-wanges", "via", "content-wength", "c-connection", "expiwes",
		"sewvew", "x-content-type-options", "x-x-cache",
		// The fields the brief names alongside the MDN examples.
		"Content-Security-Policy", "Cookie", "Set-Cookie", "Expect-CT",
	}
)

func TestEverySeedFieldHasAFullEntry(t *testing.T) {
	for _, group := range [][]string{fieldSeedGlossary, fieldSeedMDN} {
		for _, name := range group {
			t.Run(name, func(t *testing.T) {
				g, ok := ResolveField(name)
				if !ok {
					t.Fatalf("ResolveField(%q) found nothing", name)
				}
				if !g.Field.Full {
					t.Errorf("%q resolves to %s, which has no full entry", name, g.Field.Name)
				}
			})
		}
	}
}

func TestAtLeastEightyFieldsHaveFullEntries(t *testing.T) {
	n := 0
	for _, f := range Fields() {
		if f.Full {
			n++
		}
	}
	if n < 80 {
		t.Errorf("%d fields have full entries, want at least 80", n)
	}
}

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
	// Words and characters that give away the wrong script or region:
	// Simplified forms must not appear in zh-Hant texts, Traditional forms
	// not in zh-Hans ones. The characters listed exist in only one script.
	hansOnly := []string{"服务器", "客户端", "缓存", "请求", "响应", "连接", "标头", "字节", "默认", "信息", "软件", "数据"}
	hantOnly := []string{"伺服器", "用戶端", "快取", "請求", "回應", "連線", "標頭", "位元組", "預設", "資訊", "軟體", "資料"}
	const hansChars = "这说个们时来对会为与应数该务认证码进过还让没关开单类当样实现则长种义头处网页读写请响连线缓户标号间问题错误载览浏项检验杂简传输节压缩编译语识别协议规范围权隐执态状动静钟区级优断续负设选择决换转达运维护扩书签钥机于发复"
	const hantChars = "這說個們時來對會為與應數該務認證碼進過還讓沒關開單類當樣實現則長種義頭處網頁讀寫請響連線緩戶標號間問題錯誤載覽瀏項檢驗雜簡傳輸節壓縮編譯語識別協議規範圍權隱執態狀動靜鐘區級優斷續負設選擇決換轉達運維護擴書簽鑰機於發復後"
	check := func(what string, text Text) {
		for _, w := range hansOnly {
			if strings.Contains(text.Hant, w) {
				t.Errorf("%s: the zh-Hant text uses the Simplified or Mainland %q: %s", what, w, text.Hant)
			}
		}
		for _, w := range hantOnly {
			if strings.Contains(text.Hans, w) {
				t.Errorf("%s: the zh-Hans text uses the Traditional or Taiwan %q: %s", what, w, text.Hans)
			}
		}
		for _, c := range text.Hant {
			if strings.ContainsRune(hansChars, c) {
				t.Errorf("%s: the zh-Hant text has the Simplified character %q: %s", what, c, text.Hant)
			}
		}
		for _, c := range text.Hans {
			if strings.ContainsRune(hantChars, c) {
				t.Errorf("%s: the zh-Hans text has the Traditional character %q: %s", what, c, text.Hans)
			}
		}
	}
	for _, f := range Fields() {
		for i, text := range []Text{f.Summary, f.Without, f.Mistakes, f.Retired} {
			check(f.Name+[]string{" summary", " without", " mistakes", " retired"}[i], text)
		}
	}
	for _, in := range []string{"aUTHORIZATION", "s-sewvew", "Refener"} {
		g, _ := ResolveField(in)
		check("the note on "+in, g.Note)
	}
	check("the unknown-field note", UnknownFieldNote("X-Mine"))
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

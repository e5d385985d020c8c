package web

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// PageVM is everything the page shell needs; the templ components read only
// from it (no clock, no globals), so a page renders the same way on the local
// server, in the Worker and in tests.
type PageVM struct {
	Lang    string // the page's language: "en", "zh-Hans" or "zh-Hant"
	Title   string
	Assets  AssetURLs
	Example string // the message the editor starts with (CRLF line endings)
	Ref     ReferenceVM
	Langs   []LangOption
	text    map[string]string
}

// LangOption is one entry of the language switch.
type LangOption struct {
	Tag, Name string
}

// AssetURLs are the fingerprinted URLs of the page's scripts, styles and the
// browser module.
type AssetURLs struct {
	AppJS, AppCSS, WasmExec, Wasm string
}

// ReferenceVM is the reference section: the method, status and field tables,
// rendered on the server so they are readable before the module loads.
type ReferenceVM struct {
	Methods  []RefRow
	Statuses []RefRow
	Fields   []RefRow
}

// RefRow is one row of a reference table.
type RefRow struct {
	ID      string // anchor id, e.g. "method-GET"
	Name    string // "GET", "404 Not Found", "Content-Type"
	Summary string
	Badge   string // e.g. "safe, idempotent", "deprecated"
	Spec    string // "RFC 9110 §9.3.1"
	SpecURL string
}

// defaultExample is the first request a learner sees: the seed's request
// for the root page in French, with CRLF line endings as on the wire.
const defaultExample = "GET / HTTP/1.1\r\nHost: developer.mozilla.org\r\nAccept-Language: fr\r\n\r\n"

// pageStrings is the page's dictionary, shared with the TypeScript (which
// imports the same file): {"en": {key: text}, "zh-Hans": {...}, "zh-Hant": {...}}.
//
//go:embed ts/strings.json
var pageStrings []byte

var dictionary = func() map[string]map[string]string {
	var d map[string]map[string]string
	if err := json.Unmarshal(pageStrings, &d); err != nil {
		panic("web: ts/strings.json: " + err.Error())
	}
	return d
}()

// Languages the page is written in, as the language switch lists them.
var Languages = []LangOption{{"en", "English"}, {"zh-Hans", "简体中文"}, {"zh-Hant", "繁體中文"}}

func newPageVM(m Manifest, ref ReferenceVM) PageVM {
	vm := PageVM{
		Assets: AssetURLs{
			AppJS:    m.URL("app.js"),
			AppCSS:   m.URL("app.css"),
			WasmExec: m.URL("wasm_exec.js"),
			Wasm:     m.URL("playground.wasm"),
		},
		Example: defaultExample,
		Ref:     ref,
		Langs:   Languages,
	}
	return vm.WithLang("en")
}

// WithLang returns the page in lang (one of Languages' tags, or any tag
// PickLang understands).
func (vm PageVM) WithLang(lang string) PageVM {
	vm.Lang = PickLang(lang, "")
	vm.text = dictionary[vm.Lang]
	vm.Title = vm.T("page.title")
	return vm
}

// T is the page's text for key in the page's language (English when the
// translation is missing).
func (vm PageVM) T(key string) string {
	if s, ok := vm.text[key]; ok {
		return s
	}
	if s, ok := dictionary["en"][key]; ok {
		return s
	}
	return key
}

// PickLang chooses the page's language from a ?lang= value (first) or an
// Accept-Language field: Chinese marked Hant or from Taiwan, Hong Kong or
// Macau is Traditional, other Chinese Simplified, anything else English.
func PickLang(query, acceptLanguage string) string {
	if l := langOf(query); l != "" {
		return l
	}
	for _, part := range strings.Split(acceptLanguage, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") && !strings.Contains(params, "q=0.") {
			continue
		}
		if l := langOf(tag); l != "" {
			return l
		}
	}
	return "en"
}

func langOf(tag string) string {
	l, _ := knowledge.MatchLang(tag)
	return string(l)
}

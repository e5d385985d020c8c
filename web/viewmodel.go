package web

// PageVM is everything the page shell needs; the templ components read only
// from it (no clock, no globals), so a page renders the same way on the local
// server, in the Worker and in tests.
type PageVM struct {
	Lang    string // BCP 47 tag of the page text
	Title   string
	Assets  AssetURLs
	Example string // the message the editor starts with (CRLF line endings)
	Ref     ReferenceVM
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

func newPageVM(m Manifest, ref ReferenceVM) PageVM {
	return PageVM{
		Lang:  "en",
		Title: "HTTP Playground",
		Assets: AssetURLs{
			AppJS:    m.URL("app.js"),
			AppCSS:   m.URL("app.css"),
			WasmExec: m.URL("wasm_exec.js"),
			Wasm:     m.URL("playground.wasm"),
		},
		Example: defaultExample,
		Ref:     ref,
	}
}

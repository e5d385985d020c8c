// Package fieldvalue reads the value of one header field and explains it
// part by part: the media type and its parameters in Content-Type, each
// directive of Cache-Control, the date in Last-Modified, the user and
// password hidden in Basic credentials, and so on.
//
// Analyze never fails: a value that breaks its field's grammar comes back
// with Notes that say what is wrong, where (a byte span into the value) and
// which RFC section says so. Every text exists in English, Simplified Chinese
// and Traditional Chinese.
//
// The package is pure (no I/O, no clock) and independent of the parser: it
// takes the field name and value as strings.
//
// Each family of fields has its own file (mediatype.go, date.go, auth.go,
// ...) and its golden cases in testdata/*.md, which read as documentation:
// a heading, why the case exists, the field line and the expected parts and
// notes. "go test ./httpcore/fieldvalue -update" rewrites the expectations.
package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/order"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Span is a half-open range [Start, End) of byte offsets into the value.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Analysis is what one field value means.
type Analysis struct {
	// Field is the canonical name of the field analyzed ("Content-Type").
	Field string `json:"field"`
	// Kind names the grammar the value was read with: "media-type",
	// "media-ranges", "cache-directives", "date", "list", "opaque", ...
	Kind string `json:"kind"`
	// Parts are the pieces of the value in the order they appear, spans
	// never overlapping; a part's Children lie inside its span.
	Parts []Part `json:"parts"`
	// Notes are mistakes, warnings and remarks about the value.
	Notes []Note `json:"notes"`
	// Ranked, for fields that list preferences (Accept, Accept-Language,
	// Accept-Encoding, Accept-Charset), holds indexes into Parts in the
	// order a server considers them: highest q-value first, ties in the
	// order written. Items with q=0 ("not acceptable") are left out.
	Ranked []int `json:"ranked,omitempty"`
	// OK is false when the value breaks its field's grammar (some note
	// has severity "error").
	OK bool `json:"ok"`
}

// Part is one meaningful piece of the value.
type Part struct {
	// Role says what the piece is: "type", "subtype", "param-name", "q",
	// "directive", "token", "date", ...
	Role string `json:"role"`
	// Span locates the piece in the value.
	Span Span `json:"span"`
	// Value is the piece's meaning in normalized form: the q-value as a
	// number, Basic credentials decoded, a date in ISO 8601, ...
	Value string `json:"value"`
	// Text explains the piece to a learner.
	Text knowledge.Text `json:"text"`
	// Children are the piece's own parts, inside its span.
	Children []Part `json:"children,omitempty"`
}

// Note is a remark about the value: an error (the value breaks the
// grammar), a warning (legal but likely a mistake) or a note.
type Note struct {
	Code     string         `json:"code"`
	Severity string         `json:"severity"`
	Span     Span           `json:"span"`
	Text     knowledge.Text `json:"text"`
	Spec     knowledge.Spec `json:"spec"`
}

// Severities of notes.
const (
	Error   = "error"
	Warning = "warning"
	Remark  = "note"
)

// analyzer reads one field's value into a.
type analyzer struct {
	name string // canonical spelling
	kind string
	fn   func(a *analysis)
}

var analyzers = map[string]analyzer{}

// register installs the analyzer of a field; called from init functions,
// one file per family of fields. It is not inlined: inlined at its sixty
// call sites it cost 20 KB of WebAssembly.
//
//go:noinline
func register(name, kind string, fn func(a *analysis)) {
	analyzers[strings.ToLower(name)] = analyzer{name: name, kind: kind, fn: fn}
}

// misspelled maps the misspelled field names of the seed glossary to the
// fields they stand for, so that their values are still explained (the
// knowledge base tells the learner about the name itself).
var misspelled = map[string]string{
	"refener":                   "referer",
	"contern-type":              "content-type",
	"proxy-proxy-authorization": "proxy-authorization",
}

// Analyze reads value as the value of the field called name (any case) and
// explains it. Fields without a specific analyzer are read as a comma
// separated list when they look like one, otherwise as one opaque piece.
// Field in the result is the canonical name of the field whose grammar was
// used (Referer for the seed's misspelled Refener).
func Analyze(name, value string) Analysis {
	key := strings.ToLower(strings.TrimSpace(name))
	if real, ok := misspelled[key]; ok {
		key = real
	}
	an, ok := analyzers[key]
	if !ok {
		an = analyzer{name: canonical(name), kind: "", fn: analyzeGeneric}
	}
	a := &analysis{v: value}
	a.out.Field = an.name
	a.out.Kind = an.kind
	an.fn(a)
	return a.finish()
}

// Known reports whether the field called name has a specific analyzer.
func Known(name string) bool {
	_, ok := analyzers[strings.ToLower(strings.TrimSpace(name))]
	return ok
}

// Fields lists, sorted, the canonical names of the fields that have a
// specific analyzer.
func Fields() []string {
	out := make([]string, 0, len(analyzers))
	for _, an := range analyzers {
		out = append(out, an.name)
	}
	order.Strings(out)
	return out
}

// canonical spells a field name the usual way: each dash-separated word
// capitalized ("content-type" becomes "Content-Type"). A name already
// written with capitals is kept as written ("X-XSS-Protection").
func canonical(name string) string {
	name = strings.TrimSpace(name)
	if name != strings.ToLower(name) {
		return name
	}
	b := []byte(name)
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		} else if !up && 'A' <= c && c <= 'Z' {
			b[i] = c - 'A' + 'a'
		}
		up = c == '-'
	}
	return string(b)
}

package knowledge

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/order"
)

// FieldStatus is a field name's standing in the IANA HTTP Field Name
// Registry (RFC 9110 §16.3.1).
type FieldStatus string

const (
	FieldPermanent   FieldStatus = "permanent"   // registered for general use
	FieldProvisional FieldStatus = "provisional" // registered while its specification matures
	FieldDeprecated  FieldStatus = "deprecated"  // still seen, but senders should stop
	FieldObsoleted   FieldStatus = "obsoleted"   // retired: do not send it
	// FieldUnregistered marks a name common on the wire but absent from
	// the registry (X-Forwarded-For, X-XSS-Protection...).
	FieldUnregistered FieldStatus = "unregistered"
)

// FieldCategory says where a field belongs in a message.
type FieldCategory string

const (
	// FieldRequest fields are sent by clients (Host, Accept, User-Agent).
	FieldRequest FieldCategory = "request"
	// FieldResponse fields are sent by servers (Server, Location, Vary).
	FieldResponse FieldCategory = "response"
	// FieldRepresentation fields describe the body or the resource's
	// current representation, in requests and responses alike
	// (Content-Type, Content-Length, ETag, Last-Modified).
	FieldRepresentation FieldCategory = "representation"
	// FieldConnection fields are hop-by-hop: they concern one connection
	// and a proxy must not forward them (Connection, Keep-Alive,
	// Transfer-Encoding, Upgrade).
	FieldConnection FieldCategory = "connection"
	// FieldGeneral fields apply to any message (Date, Cache-Control, Via).
	FieldGeneral FieldCategory = "general"
)

// FieldCategories lists the categories in the order the page shows them.
var FieldCategories = []FieldCategory{FieldRequest, FieldResponse, FieldRepresentation, FieldConnection, FieldGeneral}

// Field is what the knowledge base knows about one header field name.
//
// Every registered name has Name, Status, a citation (Spec for an RFC, Doc
// for another standard) and a Summary. Fields with a full entry (Full is
// true) also have Category, Example, Syntax, Without and Mistakes; retired
// fields add Retired and, when one exists, ReplacedBy.
type Field struct {
	Name       string      `json:"name"`
	Status     FieldStatus `json:"status"`
	Structured string      `json:"structured,omitempty"` // RFC 9651 type: "List", "Dictionary", "Item"
	Spec       Spec        `json:"spec"`                 // the RFC that defines the field; zero if Doc is set
	Doc        string      `json:"doc,omitempty"`        // the non-RFC standard that defines it ("Fetch", "HTML")

	Full     bool          `json:"full"`
	Category FieldCategory `json:"category,omitempty"`
	Summary  Text          `json:"summary"`  // what the field means
	Example  string        `json:"example"`  // a typical value
	Syntax   string        `json:"syntax"`   // the value's grammar, ABNF-like
	Without  Text          `json:"without"`  // what happens when the field is absent
	Mistakes Text          `json:"mistakes"` // common mistakes

	// Retired, for deprecated and obsoleted fields, says which document
	// retired the field and what took its place; RetiredBy cites it.
	Retired    Text     `json:"retired"`
	RetiredBy  Spec     `json:"retiredBy"`
	ReplacedBy []string `json:"replacedBy,omitempty"`
}

// Cite renders the field's defining document as learners read it:
// "RFC 9110 §12.5.1", or the name of a non-RFC standard such as "Fetch".
func (f Field) Cite() string {
	if f.Spec.Number != 0 {
		return f.Spec.String()
	}
	return f.Doc
}

// CiteURL links to the field's defining document, or returns "".
func (f Field) CiteURL() string {
	if f.Spec.Number != 0 {
		return f.Spec.URL()
	}
	return fieldDocURL(f.Doc)
}

// fieldRecord is one name of the registry: the facts, without the texts.
type fieldRecord struct {
	name       string
	status     FieldStatus
	structured string
	spec       Spec
	doc        string
}

// fieldTable holds every field sorted case-insensitively; fieldIndex maps
// each lower-cased name to its position.
var (
	fieldTable []Field
	fieldIndex map[string]int
)

func init() {
	fieldTable, fieldIndex = fieldBuild(fieldRegistry, fieldUnregistered, fieldEntries())
}

// fieldBuild merges the registry records with the full entries, fills the
// registry-only summaries, and sorts the result.
func fieldBuild(records, unregistered []fieldRecord, entries []fieldEntry) ([]Field, map[string]int) {
	all := make([]fieldRecord, 0, len(records)+len(unregistered))
	all = append(all, records...)
	all = append(all, unregistered...)
	// Sorting the small records rather than the built fields moves less.
	order.Stable(len(all), func(i, j int) bool { return fieldLess(all[i].name, all[j].name) }, func(i, j int) { all[i], all[j] = all[j], all[i] })
	byName := make(map[string]int, len(entries))
	for i, e := range entries {
		byName[strings.ToLower(e.name)] = i
	}
	table := make([]Field, 0, len(all))
	for _, r := range all {
		f := Field{Name: r.name, Status: r.status, Structured: r.structured, Spec: r.spec, Doc: r.doc}
		if i, ok := byName[strings.ToLower(r.name)]; ok {
			e := &entries[i]
			f.Full = true
			f.Category = e.category
			f.Summary = e.summary
			f.Example = e.example
			f.Syntax = e.syntax
			f.Without = e.without
			f.Mistakes = e.mistakes
			f.Retired = e.retired
			f.RetiredBy = e.retiredBy
			f.ReplacedBy = e.replacedBy
		} else {
			f.Summary = fieldRegistrySummary(r)
		}
		table = append(table, f)
	}
	index := make(map[string]int, len(table))
	for i, f := range table {
		index[strings.ToLower(f.Name)] = i
	}
	return table, index
}

// fieldLess orders names case-insensitively, as field names compare
// (names are tokens, ASCII only): it compares strings.ToLower(a) with
// strings.ToLower(b), then a with b, without building the lower-case
// copies.
func fieldLess(a, b string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if ca, cb := asciiLower(a[i]), asciiLower(b[i]); ca != cb {
			return ca < cb
		}
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// asciiLower lower-cases an ASCII letter and leaves other bytes alone.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Fields returns every known field, sorted case-insensitively by name. The
// slice is a copy; callers may keep or change it.
func Fields() []Field {
	out := make([]Field, len(fieldTable))
	copy(out, fieldTable)
	return out
}

// LookupField finds a field by name, ignoring case (field names are
// case-insensitive, RFC 9110 §5.1). Surrounding spaces are ignored.
func LookupField(name string) (Field, bool) {
	i, ok := fieldIndex[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Field{}, false
	}
	return fieldTable[i], true
}

package fieldvalue

import (
	"github.com/httpplayground/playground/httpcore/internal/order"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// analysis is the value under study and the result being built.
type analysis struct {
	v   string
	out Analysis
}

// text returns the bytes of s in the value. It is not inlined (see trim).
//
//go:noinline
func (a *analysis) text(s Span) string {
	if s.Start < 0 || s.End > len(a.v) || s.Start > s.End {
		return ""
	}
	return a.v[s.Start:s.End]
}

// add appends a top-level part and returns a pointer to it so that
// children can be added. Like note and part, it is not inlined.
//
//go:noinline
func (a *analysis) add(p Part) *Part {
	a.out.Parts = append(a.out.Parts, p)
	return &a.out.Parts[len(a.out.Parts)-1]
}

// note records a remark of kind d at span s.
//
// add, note and part are kept out of line on purpose: inlined at their
// hundreds of call sites they made the WebAssembly module 150 KB larger
// (each copy moves a whole Part or Note through write barriers).
//
//go:noinline
func (a *analysis) note(d *noteDef, s Span) {
	a.out.Notes = append(a.out.Notes, Note{Code: d.code, Severity: d.severity, Span: s, Text: d.text, Spec: d.spec})
}

// finish settles OK and the order of notes, and makes empty lists non-nil
// so that they encode as [] in JSON.
func (a *analysis) finish() Analysis {
	if a.out.Parts == nil {
		a.out.Parts = []Part{}
	}
	if a.out.Notes == nil {
		a.out.Notes = []Note{}
	}
	notes := a.out.Notes
	order.Stable(len(notes), func(i, j int) bool { return notes[i].Span.Start < notes[j].Span.Start }, func(i, j int) { notes[i], notes[j] = notes[j], notes[i] })
	a.out.OK = true
	for _, n := range a.out.Notes {
		if n.Severity == Error {
			a.out.OK = false
		}
	}
	return a.out
}

// part builds a part. Like note, it is not inlined.
//
//go:noinline
func part(role string, s Span, value string, t knowledge.Text, children ...Part) Part {
	return Part{Role: role, Span: s, Value: value, Text: t, Children: children}
}

// appendPart appends p to ps. Like part, it is kept out of line: an inlined
// append moves a whole Part through write barriers.
//
//go:noinline
func appendPart(ps []Part, p Part) []Part { return append(ps, p) }

// noteDef is one kind of note: its stable code, severity, citation and text.
// Kinds of note are package-level variables written as composite literals
// (&noteDef{...}), and part texts as knowledge.Text{...} literals, so that
// they are static data: no code runs to build them when the program starts.
// catalog_test.go lists them all for the invariant tests.
type noteDef struct {
	code     string
	severity string
	spec     knowledge.Spec
	text     knowledge.Text
}

// table is a small lookup table from names to texts. Small tables are
// slices rather than maps: a map literal of up to 25 entries compiles to
// one insertion per entry, run at start-up, while a slice of structs is
// static data (and a search through a few entries is as fast as hashing).
type table []struct {
	name string
	text knowledge.Text
}

// get returns the text of name and whether the table has it.
func (t table) get(name string) (knowledge.Text, bool) {
	for i := range t {
		if t[i].name == name {
			return t[i].text, true
		}
	}
	return knowledge.Text{}, false
}

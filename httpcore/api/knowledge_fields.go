package api

import (
	"github.com/httpplayground/playground/httpcore/fieldvalue"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// The header-field functions of the knowledge base:
//
//	httpPlayground.fields(lang)                    every known field, as plain objects
//	httpPlayground.field(name, lang)               one field; a misspelt or mangled name finds the one it meant
//	httpPlayground.explainField(name, value, lang) one field line: what the field is, what the value says
//
// and the FieldInfo hook that parse uses to annotate each field line.
func init() {
	Register("fields", callFields)
	Register("field", callField)
	Register("explainField", callExplainField)
	FieldInfo = func(name, value, lang string) any {
		return fieldLineInfo(name, value, knowledge.ParseLang(lang))
	}
}

// FieldObject is one field of the knowledge base, its texts in one language.
// Registry-only fields have name, status, summary and spec; fields with a
// full entry (full is true) have the rest.
type FieldObject struct {
	Name       string   `json:"name"`
	Status     string   `json:"status"`
	Structured string   `json:"structured,omitempty"`
	Full       bool     `json:"full"`
	Category   string   `json:"category,omitempty"`
	Summary    string   `json:"summary"`
	Example    string   `json:"example,omitempty"`
	Syntax     string   `json:"syntax,omitempty"`
	Without    string   `json:"without,omitempty"`
	Mistakes   string   `json:"mistakes,omitempty"`
	Retired    string   `json:"retired,omitempty"`
	RetiredBy  *CiteRef `json:"retiredBy,omitempty"`
	ReplacedBy []string `json:"replacedBy,omitempty"`
	Spec       CiteRef  `json:"spec"`
}

// NewFieldObject renders a field in lang.
func NewFieldObject(f knowledge.Field, lang knowledge.Lang) FieldObject {
	o := FieldObject{
		Name:       f.Name,
		Status:     string(f.Status),
		Structured: f.Structured,
		Full:       f.Full,
		Category:   string(f.Category),
		Summary:    f.Summary.In(lang),
		Example:    f.Example,
		Syntax:     f.Syntax,
		Without:    f.Without.In(lang),
		Mistakes:   f.Mistakes.In(lang),
		Retired:    f.Retired.In(lang),
		ReplacedBy: f.ReplacedBy,
		Spec:       CiteRef{Text: f.Cite(), URL: f.CiteURL()},
	}
	if f.RetiredBy.Number != 0 {
		r := citeSpec(f.RetiredBy)
		o.RetiredBy = &r
	}
	return o
}

func callFields(args [][]byte) (any, error) {
	lang := "en"
	if err := StringArg(args, 0, "lang", &lang); err != nil {
		return nil, err
	}
	l := knowledge.ParseLang(lang)
	fields := knowledge.Fields()
	out := make([]FieldObject, len(fields))
	for i, f := range fields {
		out[i] = NewFieldObject(f, l)
	}
	return out, nil
}

// FieldExplanation is the answer of explainField (and, without value, of
// field): the field the name was taken to mean (null when none), how the
// name matched, a note when the name is not the field's own spelling, and
// the analysis of the value.
type FieldExplanation struct {
	Input string            `json:"input"`
	Known bool              `json:"known"`
	Match string            `json:"match,omitempty"`
	Note  string            `json:"note,omitempty"`
	Field *FieldObject      `json:"field"`
	Value *FieldValueObject `json:"value,omitempty"`
}

func callField(args [][]byte) (any, error) {
	var name string
	lang := "en"
	if err := StringArg(args, 0, "name", &name); err != nil {
		return nil, err
	}
	if err := StringArg(args, 1, "lang", &lang); err != nil {
		return nil, err
	}
	return fieldLookup(name, knowledge.ParseLang(lang)), nil
}

func callExplainField(args [][]byte) (any, error) {
	var name, value string
	lang := "en"
	if err := StringArg(args, 0, "name", &name); err != nil {
		return nil, err
	}
	if err := StringArg(args, 1, "value", &value); err != nil {
		return nil, err
	}
	if err := StringArg(args, 2, "lang", &lang); err != nil {
		return nil, err
	}
	return fieldExplain(name, value, knowledge.ParseLang(lang)), nil
}

// fieldLookup resolves a name to the field it means, in lang.
func fieldLookup(name string, lang knowledge.Lang) FieldExplanation {
	out := FieldExplanation{Input: name}
	if g, ok := knowledge.ResolveField(name); ok {
		fo := NewFieldObject(g.Field, lang)
		out.Known = true
		out.Match = string(g.Match)
		out.Note = g.Note.In(lang)
		out.Field = &fo
	} else {
		out.Note = knowledge.UnknownFieldNote(name).In(lang)
	}
	return out
}

// fieldExplain resolves the name and analyzes the value as the value of the
// field meant: a mangled "c-content-wength" is read as Content-Length, while
// the note says that on the wire it is not that field.
func fieldExplain(name, value string, lang knowledge.Lang) FieldExplanation {
	out := fieldLookup(name, lang)
	analyzeAs := name
	if out.Field != nil {
		analyzeAs = out.Field.Name
	}
	v := fieldValueObject(analyzeAs, value, lang)
	out.Value = &v
	return out
}

// FieldLineInfo is what parse attaches to each field line as "info".
type FieldLineInfo struct {
	Name     string            `json:"name"`
	Known    bool              `json:"known"`
	Status   string            `json:"status,omitempty"`
	Category string            `json:"category,omitempty"`
	Summary  string            `json:"summary"`
	Spec     *CiteRef          `json:"spec,omitempty"`
	Match    string            `json:"match,omitempty"`
	Note     string            `json:"note,omitempty"`
	Value    *FieldValueObject `json:"value"`
}

func fieldLineInfo(name, value string, lang knowledge.Lang) FieldLineInfo {
	e := fieldExplain(name, value, lang)
	info := FieldLineInfo{Name: name, Known: e.Known, Match: e.Match, Note: e.Note, Value: e.Value}
	if f := e.Field; f != nil {
		info.Name = f.Name
		info.Status = f.Status
		info.Category = f.Category
		info.Summary = f.Summary
		spec := f.Spec
		info.Spec = &spec
	}
	return info
}

// FieldValueObject is fieldvalue.Analysis with its texts in one language and its
// spans in UTF-16 code units of the value.
type FieldValueObject struct {
	Field  string           `json:"field"`
	Kind   string           `json:"kind"`
	OK     bool             `json:"ok"`
	Parts  []FieldValuePart `json:"parts"`
	Notes  []FieldValueNote `json:"notes"`
	Ranked []int            `json:"ranked,omitempty"`
}

// FieldValuePart is one piece of a value.
type FieldValuePart struct {
	Role     string           `json:"role"`
	Span     Span             `json:"span"`
	Value    string           `json:"value"`
	Text     string           `json:"text"`
	Children []FieldValuePart `json:"children,omitempty"`
}

// FieldValueNote is one remark about a value.
type FieldValueNote struct {
	Code     string  `json:"code"`
	Severity string  `json:"severity"`
	Span     Span    `json:"span"`
	Text     string  `json:"text"`
	Spec     CiteRef `json:"spec"`
}

// fieldValueObject analyzes value as the value of the field called name,
// with package fieldvalue, and renders the analysis in lang.
func fieldValueObject(name, value string, lang knowledge.Lang) FieldValueObject {
	a := fieldvalue.Analyze(name, value)
	offs := NewOffsets(value)
	out := FieldValueObject{Field: a.Field, Kind: a.Kind, OK: a.OK, Ranked: a.Ranked,
		Parts: fieldPartObjects(a.Parts, offs, lang), Notes: make([]FieldValueNote, len(a.Notes))}
	for i, n := range a.Notes {
		out.Notes[i] = FieldValueNote{Code: n.Code, Severity: n.Severity, Span: offs.Span(n.Span.Start, n.Span.End),
			Text: n.Text.In(lang), Spec: CiteRef{Text: fieldSpecText(n.Spec), URL: n.Spec.URL()}}
	}
	return out
}

func fieldPartObjects(parts []fieldvalue.Part, offs *Offsets, lang knowledge.Lang) []FieldValuePart {
	out := make([]FieldValuePart, len(parts))
	for i, p := range parts {
		out[i] = FieldValuePart{Role: p.Role, Span: offs.Span(p.Span.Start, p.Span.End), Value: p.Value, Text: p.Text.In(lang)}
		if len(p.Children) > 0 {
			out[i].Children = fieldPartObjects(p.Children, offs, lang)
		}
	}
	return out
}

// fieldSpecText renders a citation, or "" for the zero Spec.
func fieldSpecText(s knowledge.Spec) string {
	if s.Number == 0 {
		return s.Doc
	}
	return s.String()
}

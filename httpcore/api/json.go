package api

import (
	"github.com/httpplayground/playground/httpcore/internal/jsonx"
	"github.com/httpplayground/playground/httpcore/server"
)

// The results written as JSON without reflection, byte for byte as
// encoding/json's Marshal writes them (json_test.go holds it to that): the
// members in the order of the struct fields, named by their json tags, the
// omitempty ones left out when empty, nil lists and pointers as null.

// RawJSON is a result that is JSON text already (a scenario). It is written
// compacted, as encoding/json writes a json.RawMessage.
type RawJSON []byte

// MarshalJSON returns the text itself, so that encoding/json (in tests)
// writes it as Call does.
func (r RawJSON) MarshalJSON() ([]byte, error) {
	if r == nil {
		return []byte("null"), nil
	}
	return r, nil
}

// appendResult writes the result of a playground function; ok is false for
// a type it does not know.
func appendResult(b []byte, v any) (_ []byte, ok bool) {
	switch v := v.(type) {
	case ParseResult:
		return appendParseResult(b, &v), true
	case []CodeJSON:
		return appendList(b, v, appendCode), true
	case SimulateResult:
		return appendSimulateResult(b, &v), true
	case WaterfallJSON:
		return appendWaterfall(b, &v), true
	case RawJSON:
		if v == nil {
			return append(b, "null"...), true
		}
		if !jsonx.Valid(v) {
			return b, false
		}
		return jsonx.Compact(b, v), true
	case []FieldObject:
		return appendList(b, v, appendFieldObject), true
	case FieldExplanation:
		return appendFieldExplanation(b, &v), true
	case []MethodObject:
		return appendList(b, v, appendMethodObject), true
	case MethodLookup:
		return appendMethodLookup(b, &v), true
	case []StatusObject:
		return appendList(b, v, appendStatusObject), true
	case StatusObject:
		return appendStatusObject(b, &v), true
	case []StatusClassObject:
		return appendList(b, v, appendStatusClass), true
	case errorResult:
		o := openObject(b)
		o.key("error")
		eo := openObject(o.b)
		eo.str("code", v.Error.Code)
		eo.str("message", v.Error.Message)
		o.b = eo.close()
		return o.close(), true
	}
	return jsonx.AppendAny(b, v)
}

// object writes the members of one JSON object. Its methods are kept out
// of line (go:noinline): inlined, the appends of every member of every
// result would make the WebAssembly module tens of kilobytes larger.
type object struct {
	b []byte
	n int
}

//go:noinline
func openObject(b []byte) object { return object{b: append(b, '{')} }

//go:noinline
func (o *object) close() []byte { return append(o.b, '}') }

// key begins a member; names are plain ASCII and need no escaping.
//
//go:noinline
func (o *object) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

//go:noinline
func (o *object) str(k, v string) {
	o.key(k)
	o.b = jsonx.AppendString(o.b, v)
}

//go:noinline
func (o *object) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

//go:noinline
func (o *object) integer(k string, v int64) {
	o.key(k)
	o.b = jsonx.AppendInt(o.b, v)
}

//go:noinline
func (o *object) boolean(k string, v bool) {
	o.key(k)
	o.b = jsonx.AppendBool(o.b, v)
}

//go:noinline
func (o *object) strs(k string, v []string) {
	o.key(k)
	o.b = jsonx.AppendStrings(o.b, v)
}

//go:noinline
func (o *object) span(k string, s *Span) {
	o.key(k)
	o.b = appendSpanPtr(o.b, s)
}

func (o *object) textSpan(k string, t *TextSpan) {
	o.key(k)
	if t == nil {
		o.b = append(o.b, "null"...)
		return
	}
	to := openObject(o.b)
	to.str("text", t.Text)
	to.key("span")
	to.b = appendSpan(to.b, &t.Span)
	o.b = to.close()
}

//go:noinline
func (o *object) cite(k string, c *CiteRef) {
	o.key(k)
	o.b = appendCite(o.b, c)
}

// appendList writes a list, each element with f; a nil list is null.
func appendList[T any](b []byte, list []T, f func([]byte, *T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = f(b, &list[i])
	}
	return append(b, ']')
}

// appendPtr writes *p with f, or null.
func appendPtr[T any](b []byte, p *T, f func([]byte, *T) []byte) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	return f(b, p)
}

//go:noinline
func appendSpan(b []byte, s *Span) []byte {
	o := openObject(b)
	o.integer("start", int64(s.Start))
	o.integer("end", int64(s.End))
	return o.close()
}

//go:noinline
func appendSpanPtr(b []byte, s *Span) []byte { return appendPtr(b, s, appendSpan) }

func appendCite(b []byte, c *CiteRef) []byte {
	o := openObject(b)
	o.str("text", c.Text)
	o.strOmit("url", c.URL)
	return o.close()
}

// parse

func appendParseResult(b []byte, r *ParseResult) []byte {
	o := openObject(b)
	o.key("messages")
	o.b = appendList(o.b, r.Messages, appendMessage)
	o.key("diagnostics")
	o.b = appendList(o.b, r.Diagnostics, appendDiagnostic)
	o.str("fixed", r.Fixed)
	return o.close()
}

func appendCode(b []byte, c *CodeJSON) []byte {
	o := openObject(b)
	o.str("code", c.Code)
	o.str("strict", c.Strict)
	o.str("lenient", c.Lenient)
	o.integer("status", int64(c.Status))
	o.str("spec", c.Spec)
	o.str("template", c.Template)
	return o.close()
}

func appendMessage(b []byte, m *MessageJSON) []byte {
	o := openObject(b)
	o.str("kind", m.Kind)
	o.span("span", m.Span)
	o.span("leadingEmpty", m.LeadingEmpty)
	o.key("startLine")
	so := openObject(o.b)
	so.span("span", m.StartLine.Span)
	so.span("end", m.StartLine.End)
	so.textSpan("method", m.StartLine.Method)
	so.textSpan("target", m.StartLine.Target)
	so.textSpan("version", m.StartLine.Version)
	so.textSpan("code", m.StartLine.Code)
	so.textSpan("reason", m.StartLine.Reason)
	o.b = so.close()
	o.str("method", m.Method)
	o.str("target", m.Target)
	o.str("version", m.Version)
	o.integer("status", int64(m.Status))
	o.str("reason", m.Reason)
	o.str("targetForm", m.TargetForm)
	o.textSpan("path", m.Path)
	o.textSpan("query", m.Query)
	o.boolean("http09", m.HTTP09)
	o.key("fields")
	o.b = appendList(o.b, m.Fields, appendField)
	o.span("emptyLine", m.EmptyLine)
	o.str("framing", m.Framing)
	o.key("body")
	bo := openObject(o.b)
	bo.span("span", m.Body.Span)
	bo.str("text", m.Body.Text)
	bo.integer("length", int64(m.Body.Length))
	o.b = bo.close()
	o.key("chunks")
	o.b = appendList(o.b, m.Chunks, appendChunk)
	o.key("trailers")
	o.b = appendList(o.b, m.Trailers, appendField)
	o.str("canonical", m.Canonical)
	o.boolean("complete", m.Complete)
	o.boolean("close", m.Close)
	o.key("waiting")
	o.b = appendPtr(o.b, m.Waiting, func(b []byte, w *WaitingJSON) []byte {
		wo := openObject(b)
		wo.str("for", w.For)
		wo.integer("need", w.Need)
		wo.str("message", w.Message)
		return wo.close()
	})
	o.key("diagnostics")
	o.b = appendList(o.b, m.Diagnostics, appendDiagnostic)
	return o.close()
}

func appendField(b []byte, f *FieldJSON) []byte {
	o := openObject(b)
	o.str("name", f.Name)
	o.str("value", f.Value)
	o.span("span", f.Span)
	o.span("nameSpan", f.NameSpan)
	o.span("colonSpan", f.ColonSpan)
	o.span("valueSpan", f.ValueSpan)
	o.span("endSpan", f.EndSpan)
	o.span("wsBeforeSpan", f.WSBefore)
	o.span("wsAfterSpan", f.WSAfter)
	o.boolean("folded", f.Folded)
	switch info := f.Info.(type) {
	case nil:
	case FieldLineInfo:
		o.key("info")
		o.b = appendFieldLineInfo(o.b, &info)
	default:
		// FieldInfo gives FieldLineInfo; anything else is a mistake here.
		panic("api: a field's info is of an unexpected type")
	}
	return o.close()
}

func appendChunk(b []byte, c *ChunkJSON) []byte {
	o := openObject(b)
	o.span("span", c.Span)
	o.integer("size", c.Size)
	o.span("sizeSpan", c.SizeSpan)
	o.span("extSpan", c.ExtSpan)
	o.span("dataSpan", c.DataSpan)
	o.span("dataEndSpan", c.DataEndSpan)
	return o.close()
}

func appendDiagnostic(b []byte, d *DiagnosticJSON) []byte {
	o := openObject(b)
	o.str("code", d.Code)
	o.str("severity", d.Severity)
	o.span("span", d.Span)
	o.str("message", d.Message)
	o.integer("status", int64(d.Status))
	o.str("spec", d.Spec)
	if d.Fix != nil {
		o.key("fix")
		fo := openObject(o.b)
		fo.key("span")
		fo.b = appendSpan(fo.b, &d.Fix.Span)
		fo.str("text", d.Fix.Text)
		o.b = fo.close()
	}
	return o.close()
}

// simulate and pageLoad

func appendSimulateResult(b []byte, r *SimulateResult) []byte {
	o := openObject(b)
	o.key("exchanges")
	o.b = appendList(o.b, r.Exchanges, appendExchange)
	o.key("timeline")
	o.b = appendList(o.b, r.Timeline, func(b []byte, e *EventJSON) []byte {
		eo := openObject(b)
		eo.str("kind", e.Kind)
		eo.integer("exchange", int64(e.Exchange))
		eo.span("span", e.Span)
		eo.integer("bytes", int64(e.Bytes))
		eo.str("note", e.Note)
		return eo.close()
	})
	return o.close()
}

func appendExchange(b []byte, e *ExchangeJSON) []byte {
	o := openObject(b)
	o.key("request")
	o.b = appendMessage(o.b, &e.Request)
	o.key("response")
	o.b = appendMessage(o.b, &e.Response)
	o.key("interim")
	o.b = appendPtr(o.b, e.Interim, appendMessage)
	o.str("raw", e.Raw)
	o.str("rawBase64", e.RawBase64)
	o.integer("status", int64(e.Status))
	o.key("fields")
	o.b = appendList(o.b, e.Fields, func(b []byte, f *FieldWhyJSON) []byte {
		fo := openObject(b)
		fo.str("name", f.Name)
		fo.str("value", f.Value)
		fo.str("why", f.Why)
		fo.cite("spec", &f.Spec)
		return fo.close()
	})
	o.key("trace")
	o.b = appendList(o.b, e.Trace, appendStep)
	o.boolean("close", e.Close)
	return o.close()
}

func appendStep(b []byte, s *StepJSON) []byte {
	o := openObject(b)
	o.str("id", s.ID)
	o.str("question", s.Question)
	o.boolean("answer", s.Answer)
	o.str("note", s.Note)
	o.span("span", s.Span)
	o.cite("spec", &s.Spec)
	if s.Status != 0 {
		o.integer("status", int64(s.Status))
	}
	o.strOmit("diagnostic", s.Diagnostic)
	return o.close()
}

func appendWaterfall(b []byte, w *WaterfallJSON) []byte {
	o := openObject(b)
	o.key("fetches")
	o.b = appendList(o.b, w.Fetches, appendFetch)
	o.key("connections")
	o.b = appendList(o.b, w.Connections, func(b []byte, c *server.Conn) []byte {
		co := openObject(b)
		co.integer("id", int64(c.ID))
		co.integer("opened", int64(c.Opened))
		co.boolean("closed", c.Closed)
		co.key("requests")
		co.b = jsonx.AppendInts(co.b, c.Requests)
		return co.close()
	})
	return o.close()
}

func appendFetch(b []byte, f *FetchJSON) []byte {
	o := openObject(b)
	o.integer("index", int64(f.Index))
	o.integer("load", int64(f.Load))
	o.str("path", f.Path)
	o.str("initiator", f.Initiator)
	o.str("found", f.Found)
	o.integer("conn", int64(f.Conn))
	o.boolean("newConn", f.NewConn)
	o.str("why", f.Why)
	o.integer("queued", int64(f.Queued))
	o.integer("start", int64(f.Start))
	o.integer("end", int64(f.End))
	o.integer("status", int64(f.Status))
	o.integer("bytes", int64(f.Bytes))
	o.str("request", f.Request)
	o.key("exchange")
	o.b = appendExchange(o.b, &f.Exchange)
	return o.close()
}

// the knowledge base

func appendFieldObject(b []byte, f *FieldObject) []byte {
	o := openObject(b)
	o.str("name", f.Name)
	o.str("status", f.Status)
	o.strOmit("structured", f.Structured)
	o.boolean("full", f.Full)
	o.strOmit("category", f.Category)
	o.str("summary", f.Summary)
	o.strOmit("example", f.Example)
	o.strOmit("syntax", f.Syntax)
	o.strOmit("without", f.Without)
	o.strOmit("mistakes", f.Mistakes)
	o.strOmit("retired", f.Retired)
	if f.RetiredBy != nil {
		o.cite("retiredBy", f.RetiredBy)
	}
	if len(f.ReplacedBy) > 0 {
		o.strs("replacedBy", f.ReplacedBy)
	}
	o.cite("spec", &f.Spec)
	return o.close()
}

func appendFieldExplanation(b []byte, e *FieldExplanation) []byte {
	o := openObject(b)
	o.str("input", e.Input)
	o.boolean("known", e.Known)
	o.strOmit("match", e.Match)
	o.strOmit("note", e.Note)
	o.key("field")
	o.b = appendPtr(o.b, e.Field, appendFieldObject)
	if e.Value != nil {
		o.key("value")
		o.b = appendFieldValue(o.b, e.Value)
	}
	return o.close()
}

func appendFieldLineInfo(b []byte, f *FieldLineInfo) []byte {
	o := openObject(b)
	o.str("name", f.Name)
	o.boolean("known", f.Known)
	o.strOmit("status", f.Status)
	o.strOmit("category", f.Category)
	o.str("summary", f.Summary)
	if f.Spec != nil {
		o.cite("spec", f.Spec)
	}
	o.strOmit("match", f.Match)
	o.strOmit("note", f.Note)
	o.key("value")
	o.b = appendPtr(o.b, f.Value, appendFieldValue)
	return o.close()
}

func appendFieldValue(b []byte, v *FieldValueObject) []byte {
	o := openObject(b)
	o.str("field", v.Field)
	o.str("kind", v.Kind)
	o.boolean("ok", v.OK)
	o.key("parts")
	o.b = appendList(o.b, v.Parts, appendValuePart)
	o.key("notes")
	o.b = appendList(o.b, v.Notes, func(b []byte, n *FieldValueNote) []byte {
		no := openObject(b)
		no.str("code", n.Code)
		no.str("severity", n.Severity)
		no.key("span")
		no.b = appendSpan(no.b, &n.Span)
		no.str("text", n.Text)
		no.cite("spec", &n.Spec)
		return no.close()
	})
	if len(v.Ranked) > 0 {
		o.key("ranked")
		o.b = jsonx.AppendInts(o.b, v.Ranked)
	}
	return o.close()
}

func appendValuePart(b []byte, p *FieldValuePart) []byte {
	o := openObject(b)
	o.str("role", p.Role)
	o.key("span")
	o.b = appendSpan(o.b, &p.Span)
	o.str("value", p.Value)
	o.str("text", p.Text)
	if len(p.Children) > 0 {
		o.key("children")
		o.b = appendList(o.b, p.Children, appendValuePart)
	}
	return o.close()
}

func appendMethodObject(b []byte, m *MethodObject) []byte {
	o := openObject(b)
	o.str("name", m.Name)
	o.boolean("safe", m.Safe)
	o.boolean("idempotent", m.Idempotent)
	o.boolean("cacheable", m.Cacheable)
	o.str("summary", m.Summary)
	o.cite("spec", &m.Spec)
	o.str("example", m.Example)
	o.boolean("full", m.Full)
	o.strOmit("asks", m.Asks)
	o.strOmit("body", m.Body)
	o.strOmit("bodyNote", m.BodyNote)
	o.strOmit("answers", m.Answers)
	if len(m.Statuses) > 0 {
		o.key("statuses")
		o.b = jsonx.AppendInts(o.b, m.Statuses)
	}
	if len(m.Mistakes) > 0 {
		o.strs("mistakes", m.Mistakes)
	}
	return o.close()
}

func appendMethodLookup(b []byte, m *MethodLookup) []byte {
	o := openObject(b)
	o.str("input", m.Input)
	o.boolean("registered", m.Registered)
	if m.Method != nil {
		o.key("method")
		o.b = appendMethodObject(o.b, m.Method)
	}
	o.boolean("guessed", m.Guessed)
	return o.close()
}

func appendStatusObject(b []byte, s *StatusObject) []byte {
	o := openObject(b)
	o.integer("code", int64(s.Code))
	o.str("reason", s.Reason)
	o.str("registration", s.Registration)
	o.str("class", s.Class)
	o.str("className", s.ClassName)
	o.str("summary", s.Summary)
	o.str("when", s.When)
	o.str("next", s.Next)
	o.strs("fields", s.Fields)
	o.strs("requestFields", s.RequestFields)
	o.boolean("cacheable", s.Cacheable)
	o.cite("spec", &s.Spec)
	o.str("example", s.Example)
	return o.close()
}

func appendStatusClass(b []byte, c *StatusClassObject) []byte {
	o := openObject(b)
	o.str("class", c.Class)
	o.integer("digit", int64(c.Digit))
	o.str("name", c.Name)
	o.str("summary", c.Summary)
	o.cite("spec", &c.Spec)
	return o.close()
}

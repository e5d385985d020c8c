package api

import (
	"errors"
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/internal/jsonx"
)

// parse(text, {kind, mode, method, methods, lang}) reads the raw HTTP text a
// learner typed. kind is "request" (default) or "response"; mode is
// "strict" (default) or "lenient"; method is, for responses, the method of
// the request answered (methods: one per response in a stream); lang is
// "en" (default), "zh-Hans" or "zh-Hant" and picks the language of the
// messages.
//
// The result, with every span a {start, end} of UTF-16 offsets into text
// (null when the part is absent):
//
//	{
//	  "messages": [{
//	    "kind": "request" | "response",
//	    "span", "leadingEmpty",
//	    "startLine": {"span", "end",
//	                  "method", "target", "version", "code", "reason": {"text", "span"} | null},
//	    "method", "target", "version", "reason": string, "status": number,
//	    "targetForm": "origin-form" | "absolute-form" | "authority-form" | "asterisk-form" | "invalid" | "none",
//	    "path", "query": {"text", "span"} | null,
//	    "http09": bool,
//	    "fields": [{"name", "value", "span", "nameSpan", "colonSpan", "valueSpan", "endSpan",
//	                "wsBeforeSpan", "wsAfterSpan" (the optional whitespace around the value),
//	                "folded": bool, "info": <knowledge about the field, when available>}],
//	    "emptyLine": span,
//	    "framing": "none" | "content-length" | "chunked" | "close-delimited" | "tunnel" | "http/0.9",
//	    "body": {"span", "text": decoded body, "length": decoded byte count},
//	    "chunks": [{"span", "size": number, "sizeSpan", "extSpan", "dataSpan", "dataEndSpan"}],
//	    "trailers": [fields, as above],
//	    "canonical": the message written back in canonical form (CRLF, "Name: value"),
//	    "complete": bool,
//	    "close": bool (the connection closes after this message),
//	    "waiting": {"for": "start-line" | "headers" | "body" | "chunk-size" | "chunk-data" | "chunk-end" | "trailers",
//	                "need": number, "message": string} | null,
//	    "diagnostics": [diagnostics of this message]
//	  }],
//	  "diagnostics": [{"code", "severity": "error" | "warning" | "note", "span",
//	                   "message", "status": number (0 = none), "spec": "RFC 9112 §2.2",
//	                   "fix": {"span", "text"} (a suggested replacement; absent when none)}],
//	  "fixed": the text with every suggested fix applied ("fix my request")
//	}
func init() {
	Register("parse", parseFunc)
	Register("parseCodes", parseCodesFunc)
	Register("canonical", canonicalFunc)
}

// canonical(text, {kind, mode, method, methods, fix}) writes every message
// of text back in canonical wire form (CRLF line endings, "Name: value",
// chunked bodies as one chunk): {text}. With fix: true the suggested fixes
// are applied first ("fix my request").
func canonicalFunc(args [][]byte) (any, error) {
	var text string
	if err := StringArg(args, 0, "text", &text); err != nil {
		return nil, err
	}
	var o ParseOptions
	var fix bool
	err := ObjectArg(args, 1, "options", func(key string, v jsonx.Value) string {
		if is(key, "fix") {
			return readBool("fix", v, &fix)
		}
		return o.read(key, v)
	})
	if err != nil {
		return nil, err
	}
	opts, err := o.core()
	if err != nil {
		return nil, err
	}
	return map[string]string{"text": Canonical(text, opts, fix)}, nil
}

// Canonical writes every message of text in canonical wire form, after
// applying the suggested fixes if fix is set.
func Canonical(text string, opts httpcore.Options, fix bool) string {
	input := []byte(text)
	if fix {
		input = httpcore.Parse(input, opts).Fix()
	}
	r := httpcore.Parse(input, opts)
	var out []byte
	for i := range r.Messages {
		out = append(out, httpcore.Write(r.Messages[i].Wire())...)
	}
	return string(out)
}

// CodeJSON describes one diagnostic code the parser can report.
type CodeJSON struct {
	Code     string `json:"code"`
	Strict   string `json:"strict"`  // severity in strict mode
	Lenient  string `json:"lenient"` // severity in lenient mode
	Status   int    `json:"status"`
	Spec     string `json:"spec"`
	Template string `json:"template"` // the message, {0} {1}... standing for the quoted values
}

// parseCodes(lang) lists every diagnostic code parse can report, sorted,
// with its severities, status, RFC section and message template in lang:
// [{code, strict, lenient, status, spec, template}].
func parseCodesFunc(args [][]byte) (any, error) {
	lang := "en"
	if err := StringArg(args, 0, "lang", &lang); err != nil {
		return nil, err
	}
	var out []CodeJSON
	for _, code := range httpcore.Codes() {
		strict, lenient, status, spec, tmpl, _ := httpcore.CodeInfo(code, lang)
		out = append(out, CodeJSON{code, strict.String(), lenient.String(), status, spec, tmpl})
	}
	return out, nil
}

// ParseOptions are the options parse accepts.
type ParseOptions struct {
	Kind    string   `json:"kind"`
	Mode    string   `json:"mode"`
	Method  string   `json:"method"`
	Methods []string `json:"methods"`
	Lang    string   `json:"lang"`
}

// read sets the option a member of the options object names (in any case,
// as encoding/json matched them); unknown members are ignored. It returns
// what is wrong with the value, or "".
func (o *ParseOptions) read(key string, v jsonx.Value) string {
	switch {
	case is(key, "kind"):
		return readString("kind", v, &o.Kind)
	case is(key, "mode"):
		return readString("mode", v, &o.Mode)
	case is(key, "method"):
		return readString("method", v, &o.Method)
	case is(key, "methods"):
		return readStrings("methods", v, &o.Methods)
	case is(key, "lang"):
		return readString("lang", v, &o.Lang)
	}
	return ""
}

// TextSpan is one part of a message: its text and where it is.
type TextSpan struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// StartLineJSON is a start line and its parts.
type StartLineJSON struct {
	Span    *Span     `json:"span"`
	End     *Span     `json:"end"`
	Method  *TextSpan `json:"method"`
	Target  *TextSpan `json:"target"`
	Version *TextSpan `json:"version"`
	Code    *TextSpan `json:"code"`
	Reason  *TextSpan `json:"reason"`
}

// FieldJSON is one field line.
type FieldJSON struct {
	Name      string `json:"name"`
	Value     string `json:"value"`
	Span      *Span  `json:"span"`
	NameSpan  *Span  `json:"nameSpan"`
	ColonSpan *Span  `json:"colonSpan"`
	ValueSpan *Span  `json:"valueSpan"`
	EndSpan   *Span  `json:"endSpan"`
	WSBefore  *Span  `json:"wsBeforeSpan"`
	WSAfter   *Span  `json:"wsAfterSpan"`
	Folded    bool   `json:"folded"`
	Info      any    `json:"info,omitempty"`
}

// BodyJSON is the body as sent and decoded.
type BodyJSON struct {
	Span   *Span  `json:"span"`
	Text   string `json:"text"`
	Length int    `json:"length"`
}

// ChunkJSON is one chunk of a chunked body.
type ChunkJSON struct {
	Span        *Span `json:"span"`
	Size        int64 `json:"size"`
	SizeSpan    *Span `json:"sizeSpan"`
	ExtSpan     *Span `json:"extSpan"`
	DataSpan    *Span `json:"dataSpan"`
	DataEndSpan *Span `json:"dataEndSpan"`
}

// WaitingJSON says what an incomplete message still needs.
type WaitingJSON struct {
	For     string `json:"for"`
	Need    int64  `json:"need"`
	Message string `json:"message"`
}

// DiagnosticJSON is one diagnostic.
type DiagnosticJSON struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Span     *Span  `json:"span"`
	Message  string `json:"message"`
	Status   int    `json:"status"`
	Spec     string `json:"spec"`
	Fix      *Fix   `json:"fix,omitempty"`
}

// Fix is a suggested correction: replace span with text.
type Fix struct {
	Span Span   `json:"span"`
	Text string `json:"text"`
}

// MessageJSON is one parsed message.
type MessageJSON struct {
	Kind         string           `json:"kind"`
	Span         *Span            `json:"span"`
	LeadingEmpty *Span            `json:"leadingEmpty"`
	StartLine    StartLineJSON    `json:"startLine"`
	Method       string           `json:"method"`
	Target       string           `json:"target"`
	Version      string           `json:"version"`
	Status       int              `json:"status"`
	Reason       string           `json:"reason"`
	TargetForm   string           `json:"targetForm"`
	Path         *TextSpan        `json:"path"`
	Query        *TextSpan        `json:"query"`
	HTTP09       bool             `json:"http09"`
	Fields       []FieldJSON      `json:"fields"`
	EmptyLine    *Span            `json:"emptyLine"`
	Framing      string           `json:"framing"`
	Body         BodyJSON         `json:"body"`
	Chunks       []ChunkJSON      `json:"chunks"`
	Trailers     []FieldJSON      `json:"trailers"`
	Canonical    string           `json:"canonical"`
	Complete     bool             `json:"complete"`
	Close        bool             `json:"close"`
	Waiting      *WaitingJSON     `json:"waiting"`
	Diagnostics  []DiagnosticJSON `json:"diagnostics"`
}

// ParseResult is what parse returns.
type ParseResult struct {
	Messages    []MessageJSON    `json:"messages"`
	Diagnostics []DiagnosticJSON `json:"diagnostics"`
	Fixed       string           `json:"fixed"`
}

func parseFunc(args [][]byte) (any, error) {
	var text string
	if err := StringArg(args, 0, "text", &text); err != nil {
		return nil, err
	}
	var o ParseOptions
	if err := ObjectArg(args, 1, "options", o.read); err != nil {
		return nil, err
	}
	opts, err := o.core()
	if err != nil {
		return nil, err
	}
	return Parse(text, opts, o.Lang), nil
}

func (o ParseOptions) core() (httpcore.Options, error) {
	var opts httpcore.Options
	switch strings.ToLower(o.Kind) {
	case "", "request":
	case "response":
		opts.Kind = httpcore.Response
	default:
		return opts, errors.New(`kind must be "request" or "response", not ` + strconv.Quote(o.Kind))
	}
	switch strings.ToLower(o.Mode) {
	case "", "strict":
	case "lenient":
		opts.Mode = httpcore.Lenient
	default:
		return opts, errors.New(`mode must be "strict" or "lenient", not ` + strconv.Quote(o.Mode))
	}
	opts.Method, opts.Methods = o.Method, o.Methods
	return opts, nil
}

// Parse parses text and shapes the result for JavaScript, with messages in lang.
func Parse(text string, opts httpcore.Options, lang string) ParseResult {
	r := httpcore.Parse([]byte(text), opts)
	c := converter{off: NewOffsets(text), lang: lang}
	out := ParseResult{Messages: []MessageJSON{}, Diagnostics: c.diagnostics(r.Diagnostics), Fixed: string(r.Fix())}
	for i := range r.Messages {
		out.Messages = append(out.Messages, c.message(&r.Messages[i]))
	}
	return out
}

type converter struct {
	off  *Offsets
	lang string
}

func (c converter) span(s httpcore.Span) *Span {
	if !s.Valid() {
		return nil
	}
	sp := c.off.Span(s.Start, s.End)
	return &sp
}

func (c converter) part(m *httpcore.Message, s httpcore.Span) *TextSpan {
	if !s.Valid() {
		return nil
	}
	return &TextSpan{Text: m.Text(s), Span: *c.span(s)}
}

func (c converter) diagnostics(ds []httpcore.Diagnostic) []DiagnosticJSON {
	out := make([]DiagnosticJSON, 0, len(ds))
	for _, d := range ds {
		dj := DiagnosticJSON{
			Code: d.Code, Severity: d.Severity.String(), Span: c.span(d.Span),
			Message: d.Text(c.lang), Status: d.Status, Spec: d.Spec,
		}
		if d.HasFix && dj.Span != nil {
			dj.Fix = &Fix{Span: *dj.Span, Text: d.Fix}
		}
		out = append(out, dj)
	}
	return out
}

func (c converter) fields(m *httpcore.Message, fs []httpcore.Field) []FieldJSON {
	out := make([]FieldJSON, 0, len(fs))
	for _, f := range fs {
		fj := FieldJSON{
			Name: m.Name(f), Value: m.Value(f),
			Span: c.span(httpcore.Span{Start: f.Line.Start, End: f.End.End}), NameSpan: c.span(f.Name),
			ColonSpan: c.span(f.Colon), ValueSpan: c.span(f.Value), EndSpan: c.span(f.End), Folded: f.Folded,
			WSBefore: c.span(f.SpaceBefore()), WSAfter: c.span(f.SpaceAfter()),
		}
		if FieldInfo != nil {
			fj.Info = FieldInfo(fj.Name, fj.Value, c.lang)
		}
		out = append(out, fj)
	}
	return out
}

func (c converter) message(m *httpcore.Message) MessageJSON {
	body := m.Body()
	mj := MessageJSON{
		Kind: m.Kind.String(), Span: c.span(m.Span), LeadingEmpty: c.span(m.LeadingEmpty),
		StartLine: StartLineJSON{
			Span: c.span(m.Start.Span), End: c.span(m.Start.End),
			Method: c.part(m, m.Start.Method), Target: c.part(m, m.Start.Target), Version: c.part(m, m.Start.Version),
			Code: c.part(m, m.Start.Code), Reason: c.part(m, m.Start.Reason),
		},
		Method: m.Method(), Target: m.Target(), Version: m.Version(), Status: m.Status(), Reason: m.Reason(),
		TargetForm: m.Form.String(), Path: c.part(m, m.Path), Query: c.part(m, m.Query), HTTP09: m.HTTP09,
		Fields: c.fields(m, m.Fields), EmptyLine: c.span(m.EmptyLine), Framing: m.Framing.String(),
		Body:     BodyJSON{Span: c.span(m.BodySpan), Text: string(body), Length: len(body)},
		Chunks:   []ChunkJSON{},
		Trailers: c.fields(m, m.Trailers), Complete: m.Complete, Close: m.Close,
		Canonical:   string(httpcore.Write(m.Wire())),
		Diagnostics: c.diagnostics(m.Diagnostics),
	}
	for _, ch := range m.Chunks {
		mj.Chunks = append(mj.Chunks, ChunkJSON{
			Span: c.span(ch.Span), Size: ch.N, SizeSpan: c.span(ch.Size), ExtSpan: c.span(ch.Ext),
			DataSpan: c.span(ch.Data), DataEndSpan: c.span(ch.DataEnd),
		})
	}
	if !m.Complete {
		mj.Waiting = &WaitingJSON{For: m.Waiting.String(), Need: m.Need, Message: m.WaitingText(c.lang)}
	}
	return mj
}

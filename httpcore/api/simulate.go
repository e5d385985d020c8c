package api

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/internal/httpdate"
	"github.com/httpplayground/playground/httpcore/internal/jsonx"
	"github.com/httpplayground/playground/httpcore/knowledge"
	"github.com/httpplayground/playground/httpcore/server"
)

// The simulated server's functions:
//
//	httpPlayground.simulate(text, {scenario, lang, mode, now})
//	    plays every request in text on one connection and returns
//	    {exchanges: [{request, response, interim, raw, rawBase64, status,
//	                  fields, trace, close}],
//	     timeline: [{kind, exchange, span, bytes, note}]}
//	    request, response and interim have the shape parse gives; request
//	    spans point into text, response and interim spans into raw (exactly
//	    the bytes the server sent, the interim 100 Continue first); fields
//	    says why the server set each response field; trace is the path
//	    through the decisions. Requests left unanswered after a close are in
//	    the timeline ("unread"), not in exchanges.
//	httpPlayground.pageLoad({scenario, lang, now, host, start, reload,
//	                         maxConnections, rtt, bandwidth})
//	    loads a page as a browser would and returns the waterfall
//	    {fetches: [...], connections: [...]}.
//	httpPlayground.scenario(name)
//	    a ready-made scenario ("seeds", the default, when name is absent), as
//	    the JSON object a teacher edits.
//	httpPlayground.scenarios()
//	    the names of the ready-made scenarios: "seeds", "maintenance",
//	    "hardened".
//
// scenario is a scenario object, its JSON text, or the name of a ready-made
// one; the seeds' site when absent. now is an RFC 3339 time for the server's clock (the Date field);
// the date of the seed's example response when absent.
func init() {
	Register("simulate", callSimulate)
	Register("pageLoad", callPageLoad)
	Register("scenario", callScenario)
	Register("scenarios", func([][]byte) (any, error) { return server.ScenarioNames(), nil })
}

// callScenario returns a ready-made scenario as JSON: scenario(name), the
// seeds' site when name is absent.
func callScenario(args [][]byte) (any, error) {
	name := "seeds"
	if err := StringArg(args, 0, "name", &name); err != nil {
		return nil, err
	}
	if name == "seeds" {
		return RawJSON(server.DefaultSiteJSON()), nil
	}
	site, ok := server.Scenario(name)
	if !ok {
		return nil, noScenario(name)
	}
	return RawJSON(site.JSON()), nil
}

func noScenario(name string) error {
	return errors.New("no scenario is named " + strconv.Quote(name) + "; there are " + strings.Join(server.ScenarioNames(), ", "))
}

// SimulateOptions are the options of simulate and pageLoad.
type SimulateOptions struct {
	// Scenario is the JSON text of the scenario member as given: an
	// object, a string (a name or JSON text), or nothing.
	Scenario RawJSON `json:"scenario"`
	Lang     string  `json:"lang"`
	Mode     string  `json:"mode"`
	Now      string  `json:"now"`
	server.PageLoadOptions
}

// read sets the option a member of the options object names (in any case,
// as encoding/json matched them); unknown members are ignored. arg is the
// argument's text, which v points into.
func (o *SimulateOptions) read(arg []byte, key string, v jsonx.Value) string {
	switch {
	case is(key, "scenario"):
		o.Scenario = RawJSON(arg[v.Start:v.End])
	case is(key, "lang"):
		return readString("lang", v, &o.Lang)
	case is(key, "mode"):
		return readString("mode", v, &o.Mode)
	case is(key, "now"):
		return readString("now", v, &o.Now)
	case is(key, "host"):
		return readString("host", v, &o.Host)
	case is(key, "start"):
		return readString("start", v, &o.Start)
	case is(key, "maxConnections"):
		return readNamedInt("maxConnections", v, &o.MaxConnections)
	case is(key, "reload"):
		return readBool("reload", v, &o.Reload)
	case is(key, "rtt"):
		return readNamedInt("rtt", v, &o.RTT)
	case is(key, "bandwidth"):
		return readNamedInt("bandwidth", v, &o.Bandwidth)
	}
	return ""
}

// simulateOptions reads argument i as SimulateOptions.
func simulateOptions(args [][]byte, i int) (SimulateOptions, error) {
	var o SimulateOptions
	err := ObjectArg(args, i, "options", func(key string, v jsonx.Value) string {
		return o.read(args[i], key, v)
	})
	return o, err
}

// StepJSON is one decision of the trace.
type StepJSON struct {
	ID       string  `json:"id"`
	Question string  `json:"question"`
	Answer   bool    `json:"answer"`
	Note     string  `json:"note"`
	Span     *Span   `json:"span"`
	Spec     CiteRef `json:"spec"`
	Status   int     `json:"status,omitempty"`
	// Diagnostic is the code of the parser's diagnostic the step rests on.
	Diagnostic string `json:"diagnostic,omitempty"`
}

// FieldWhyJSON is one response field and why the server set it.
type FieldWhyJSON struct {
	Name  string  `json:"name"`
	Value string  `json:"value"`
	Why   string  `json:"why"`
	Spec  CiteRef `json:"spec"`
}

// ExchangeJSON is one request and its answer.
type ExchangeJSON struct {
	Request   MessageJSON    `json:"request"`
	Response  MessageJSON    `json:"response"`
	Interim   *MessageJSON   `json:"interim"`
	Raw       string         `json:"raw"`
	RawBase64 string         `json:"rawBase64"`
	Status    int            `json:"status"`
	Fields    []FieldWhyJSON `json:"fields"`
	Trace     []StepJSON     `json:"trace"`
	Close     bool           `json:"close"`
}

// EventJSON is one moment of the connection's timeline.
type EventJSON struct {
	Kind     string `json:"kind"`
	Exchange int    `json:"exchange"`
	Span     *Span  `json:"span"`
	Bytes    int    `json:"bytes"`
	Note     string `json:"note"`
}

// SimulateResult is what simulate returns.
type SimulateResult struct {
	Exchanges []ExchangeJSON `json:"exchanges"`
	Timeline  []EventJSON    `json:"timeline"`
}

// FetchJSON is one bar of the page-load waterfall.
type FetchJSON struct {
	Index     int          `json:"index"`
	Load      int          `json:"load"`
	Path      string       `json:"path"`
	Initiator string       `json:"initiator"`
	Found     string       `json:"found"`
	Conn      int          `json:"conn"`
	NewConn   bool         `json:"newConn"`
	Why       string       `json:"why"`
	Queued    int          `json:"queued"`
	Start     int          `json:"start"`
	End       int          `json:"end"`
	Status    int          `json:"status"`
	Bytes     int          `json:"bytes"`
	Request   string       `json:"request"`
	Exchange  ExchangeJSON `json:"exchange"`
}

// WaterfallJSON is what pageLoad returns.
type WaterfallJSON struct {
	Fetches     []FetchJSON   `json:"fetches"`
	Connections []server.Conn `json:"connections"`
}

func (o SimulateOptions) server() (*server.Server, error) {
	site := server.DefaultSite()
	if sc := strings.TrimSpace(string(o.Scenario)); sc != "" && sc != "null" {
		data := []byte(sc)
		if sc[0] == '"' {
			v, err := jsonx.Parse(data)
			if err != nil || v.Kind != jsonx.String {
				return nil, errors.New("scenario: it must be an object, a name or JSON text")
			}
			text := v.Text
			data = []byte(text)
			if t := strings.TrimSpace(text); t != "" && t[0] != '{' {
				named, ok := server.Scenario(t)
				if !ok {
					return nil, noScenario(t)
				}
				data = named.JSON()
			}
		}
		s, err := server.ParseSite(data)
		if err != nil {
			return nil, err
		}
		site = s
	}
	now := server.DefaultTime
	if o.Now != "" {
		t, err := httpdate.ParseRFC3339(o.Now)
		if err != nil {
			return nil, errors.New("now must be an RFC 3339 time such as 2018-12-06T17:37:18Z: " + err.Error())
		}
		now = t
	}
	srv := server.New(site, func() time.Time { return now })
	switch strings.ToLower(o.Mode) {
	case "", "strict":
	case "lenient":
		srv.Mode = httpcore.Lenient
	default:
		return nil, errors.New(`mode must be "strict" or "lenient", not ` + strconv.Quote(o.Mode))
	}
	return srv, nil
}

func callSimulate(args [][]byte) (any, error) {
	var text string
	if err := StringArg(args, 0, "text", &text); err != nil {
		return nil, err
	}
	o, err := simulateOptions(args, 1)
	if err != nil {
		return nil, err
	}
	srv, err := o.server()
	if err != nil {
		return nil, err
	}
	return Simulate(srv, text, o.Lang), nil
}

// Simulate plays text on srv and shapes the session for JavaScript.
func Simulate(srv *server.Server, text, lang string) SimulateResult {
	sess := srv.Simulate([]byte(text))
	l := knowledge.ParseLang(lang)
	c := converter{off: NewOffsets(text), lang: lang}
	out := SimulateResult{Exchanges: []ExchangeJSON{}, Timeline: []EventJSON{}}
	for i := range sess.Exchanges {
		out.Exchanges = append(out.Exchanges, exchangeJSON(c, &sess.Exchanges[i], l))
	}
	for _, e := range sess.Timeline {
		ej := EventJSON{Kind: e.Kind, Exchange: e.Exchange, Bytes: e.Bytes, Note: e.Note.In(l)}
		if !e.Span.Empty() {
			ej.Span = c.span(e.Span)
		}
		out.Timeline = append(out.Timeline, ej)
	}
	return out
}

// exchangeJSON shapes one exchange; c converts spans of the request's input.
func exchangeJSON(c converter, ex *server.Exchange, l knowledge.Lang) ExchangeJSON {
	raw := string(ex.Raw)
	rc := converter{off: NewOffsets(raw), lang: c.lang}
	ej := ExchangeJSON{
		Request:   c.message(ex.Request),
		Raw:       raw,
		RawBase64: base64.StdEncoding.EncodeToString(ex.Raw),
		Status:    ex.Response.Status,
		Fields:    []FieldWhyJSON{},
		Trace:     []StepJSON{},
		Close:     ex.Close,
	}
	if !utf8.ValidString(raw) {
		// a binary body (gzip, an image): raw keeps the header section
		// exact; rawBase64 has every byte.
		ej.Raw = strings.ToValidUTF8(raw, "\uFFFD")
	}
	msgs := ex.Parsed.Messages
	if n := len(msgs); n > 0 {
		ej.Response = rc.message(&msgs[n-1])
		if n > 1 {
			im := rc.message(&msgs[0])
			ej.Interim = &im
		}
	}
	for _, f := range ex.Response.Fields {
		ej.Fields = append(ej.Fields, FieldWhyJSON{Name: f.Name, Value: f.Value, Why: f.Why.In(l), Spec: citeSpec(f.Spec)})
	}
	for _, s := range ex.Trace {
		sj := StepJSON{ID: s.ID, Question: s.Question.In(l), Answer: s.Answer, Note: s.Note.In(l), Spec: citeSpec(s.Spec), Status: s.Status, Diagnostic: s.Diagnostic}
		if !s.Span.Empty() {
			sj.Span = c.span(s.Span)
		}
		ej.Trace = append(ej.Trace, sj)
	}
	return ej
}

func callPageLoad(args [][]byte) (any, error) {
	o, err := simulateOptions(args, 0)
	if err != nil {
		return nil, err
	}
	srv, err := o.server()
	if err != nil {
		return nil, err
	}
	return PageLoad(srv, o.PageLoadOptions, o.Lang), nil
}

// PageLoad runs a page load on srv and shapes the waterfall for JavaScript.
func PageLoad(srv *server.Server, o server.PageLoadOptions, lang string) WaterfallJSON {
	wf := srv.PageLoad(o)
	l := knowledge.ParseLang(lang)
	out := WaterfallJSON{Fetches: []FetchJSON{}, Connections: wf.Connections}
	for i := range wf.Fetches {
		f := &wf.Fetches[i]
		req := string(f.Request)
		out.Fetches = append(out.Fetches, FetchJSON{
			Index: f.Index, Load: f.Load, Path: f.Path, Initiator: f.Initiator, Found: f.Found.In(l),
			Conn: f.Conn, NewConn: f.NewConn, Why: f.Why.In(l), Queued: f.Queued, Start: f.Start, End: f.End,
			Status: f.Status, Bytes: f.Bytes, Request: req,
			Exchange: exchangeJSON(converter{off: NewOffsets(req), lang: lang}, &f.Exchange, l),
		})
	}
	return out
}

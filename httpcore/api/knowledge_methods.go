package api

import "github.com/httpplayground/playground/httpcore/knowledge"

// The method and status-code functions of the knowledge base, every text in
// the language asked for ("en", "zh-Hans" or "zh-Hant"; other tags fall back
// as knowledge.ParseLang says):
//
//	httpPlayground.methods(lang)        every registered method
//	httpPlayground.method(name, lang)   one method; a mangled name ("get", "g-get") is matched to the one it meant
//	httpPlayground.statuses(lang)       every registered status code
//	httpPlayground.status(code, lang)   one code, registered or not (unregistered codes are explained by their class)
//	httpPlayground.statusClasses(lang)  the five classes, 1xx to 5xx
func init() {
	Register("methods", callMethods)
	Register("method", callMethod)
	Register("statuses", callStatuses)
	Register("status", callStatus)
	Register("statusClasses", callStatusClasses)
}

// CiteRef is a citation as the page shows it: "RFC 9110 §9.3.1" and its link.
type CiteRef struct {
	Text string `json:"text"`
	URL  string `json:"url,omitempty"`
}

func citeSpec(s knowledge.Spec) CiteRef { return CiteRef{Text: s.String(), URL: s.URL()} }

// MethodObject is one method in one language. The fields after example are
// set only for the methods explained in full (full is true).
type MethodObject struct {
	Name       string   `json:"name"`
	Safe       bool     `json:"safe"`
	Idempotent bool     `json:"idempotent"`
	Cacheable  bool     `json:"cacheable"`
	Summary    string   `json:"summary"`
	Spec       CiteRef  `json:"spec"`
	Example    string   `json:"example"`
	Full       bool     `json:"full"`
	Asks       string   `json:"asks,omitempty"`
	Body       string   `json:"body,omitempty"` // "expected", "optional", "no-meaning" or "forbidden"
	BodyNote   string   `json:"bodyNote,omitempty"`
	Answers    string   `json:"answers,omitempty"`
	Statuses   []int    `json:"statuses,omitempty"`
	Mistakes   []string `json:"mistakes,omitempty"`
}

// NewMethodObject renders a method in lang.
func NewMethodObject(m knowledge.Method, lang knowledge.Lang) MethodObject {
	o := MethodObject{
		Name: m.Name, Safe: m.Safe, Idempotent: m.Idempotent, Cacheable: m.Cacheable,
		Summary: m.Summary.In(lang), Spec: citeSpec(m.Spec), Example: m.Example,
	}
	if d := m.Detail; d != nil {
		o.Full = true
		o.Asks = d.Asks.In(lang)
		o.Body = string(d.Body)
		o.BodyNote = d.BodyNote.In(lang)
		o.Answers = d.Answers.In(lang)
		o.Statuses = d.Statuses
		o.Mistakes = make([]string, len(d.Mistakes))
		for i, mk := range d.Mistakes {
			o.Mistakes[i] = mk.In(lang)
		}
	}
	return o
}

// StatusClassObject is one class of status codes in one language.
type StatusClassObject struct {
	Class   string  `json:"class"` // "4xx"
	Digit   int     `json:"digit"`
	Name    string  `json:"name"`
	Summary string  `json:"summary"`
	Spec    CiteRef `json:"spec"`
}

// NewStatusClassObject renders a class in lang.
func NewStatusClassObject(c knowledge.StatusClass, lang knowledge.Lang) StatusClassObject {
	return StatusClassObject{
		Class: c.Range(), Digit: c.Digit, Name: c.Name.In(lang),
		Summary: c.Summary.In(lang), Spec: citeSpec(c.Spec),
	}
}

// StatusObject is one status code in one language.
type StatusObject struct {
	Code          int      `json:"code"`
	Reason        string   `json:"reason"`
	Registration  string   `json:"registration"` // assigned, temporary, unused, obsoleted, unassigned, invalid
	Class         string   `json:"class"`        // "4xx", or "" for an invalid code
	ClassName     string   `json:"className"`
	Summary       string   `json:"summary"`
	When          string   `json:"when"`
	Next          string   `json:"next"`
	Fields        []string `json:"fields"`
	RequestFields []string `json:"requestFields"`
	Cacheable     bool     `json:"cacheable"`
	Spec          CiteRef  `json:"spec"`
	Example       string   `json:"example"`
}

// NewStatusObject renders a status in lang.
func NewStatusObject(s knowledge.Status, lang knowledge.Lang) StatusObject {
	o := StatusObject{
		Code: s.Code, Reason: s.Reason, Registration: string(s.Registration),
		Class: s.Class.Range(), ClassName: s.Class.Name.In(lang),
		Summary: s.Summary.In(lang), When: s.When.In(lang), Next: s.Next.In(lang),
		Fields: s.Fields, RequestFields: s.RequestFields, Cacheable: s.Cacheable,
		Spec: CiteRef{Text: s.Cite(), URL: s.CiteURL()}, Example: s.Example,
	}
	if o.Fields == nil {
		o.Fields = []string{}
	}
	if o.RequestFields == nil {
		o.RequestFields = []string{}
	}
	return o
}

// MethodLookup is the answer of method(name, lang): the method the name
// denotes, or the one it probably meant.
type MethodLookup struct {
	Input      string        `json:"input"`
	Registered bool          `json:"registered"`       // the name is a registered method, exactly as written
	Method     *MethodObject `json:"method,omitempty"` // the registered or guessed method
	Guessed    bool          `json:"guessed"`          // Method is a guess ("get" → GET)
}

func langArg(args [][]byte, i int) (knowledge.Lang, error) {
	lang := "en"
	if err := StringArg(args, i, "lang", &lang); err != nil {
		return "", err
	}
	return knowledge.ParseLang(lang), nil
}

func callMethods(args [][]byte) (any, error) {
	lang, err := langArg(args, 0)
	if err != nil {
		return nil, err
	}
	methods := knowledge.Methods()
	out := make([]MethodObject, len(methods))
	for i, m := range methods {
		out[i] = NewMethodObject(m, lang)
	}
	return out, nil
}

func callMethod(args [][]byte) (any, error) {
	var name string
	if err := StringArg(args, 0, "name", &name); err != nil {
		return nil, err
	}
	lang, err := langArg(args, 1)
	if err != nil {
		return nil, err
	}
	return MethodInfo(name, lang), nil
}

// MethodInfo is what the knowledge base says about the method of a request
// line, in lang: the registered method, or the one a mangled name meant.
// parse can attach it to the start line.
func MethodInfo(name string, lang knowledge.Lang) MethodLookup {
	res := MethodLookup{Input: name}
	if m, ok := knowledge.LookupMethod(name); ok {
		o := NewMethodObject(m, lang)
		res.Registered, res.Method = true, &o
	} else if m, ok := knowledge.GuessMethod(name); ok {
		o := NewMethodObject(m, lang)
		res.Guessed, res.Method = true, &o
	}
	return res
}

// StatusInfo is what the knowledge base says about the code of a status
// line, in lang, registered or not. parse can attach it to the start line.
func StatusInfo(code int, lang knowledge.Lang) StatusObject {
	return NewStatusObject(knowledge.DescribeStatus(code), lang)
}

func callStatuses(args [][]byte) (any, error) {
	lang, err := langArg(args, 0)
	if err != nil {
		return nil, err
	}
	statuses := knowledge.Statuses()
	out := make([]StatusObject, len(statuses))
	for i, s := range statuses {
		out[i] = NewStatusObject(s, lang)
	}
	return out, nil
}

func callStatus(args [][]byte) (any, error) {
	var code int
	if err := IntArg(args, 0, "code", &code); err != nil {
		return nil, err
	}
	lang, err := langArg(args, 1)
	if err != nil {
		return nil, err
	}
	return StatusInfo(code, lang), nil
}

func callStatusClasses(args [][]byte) (any, error) {
	lang, err := langArg(args, 0)
	if err != nil {
		return nil, err
	}
	classes := knowledge.StatusClasses()
	out := make([]StatusClassObject, len(classes))
	for i, c := range classes {
		out[i] = NewStatusClassObject(c, lang)
	}
	return out, nil
}

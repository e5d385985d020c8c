package httpcore

import (
	"sort"
	"strings"
)

// Severity says how bad a diagnostic is.
type Severity uint8

const (
	Error   Severity = iota // a server following the RFC rejects the message
	Warning                 // accepted, but risky or not what the sender meant
	Note                    // worth knowing; nothing is wrong
)

var severityNames = [...]string{"error", "warning", "note"}

func (s Severity) String() string { return severityNames[s] }

// Diagnostic is one finding about the input: what (a stable Code), how bad
// (Severity), where (Span), a plain explanation (Message, in English; Text
// gives it in other languages), the status a strict server would answer
// (0 if none) and the RFC section that says so.
type Diagnostic struct {
	Code     string
	Severity Severity
	Span     Span
	Message  string
	Status   int
	Spec     string   // "RFC 9112 §2.2"
	Args     []string // the values the message quotes, in catalogue order
	// Fix, when HasFix is set, is the text that replaces Span to correct
	// the mistake ("GET" for "get", "" to delete); Result.Fix applies them.
	Fix    string
	HasFix bool
}

// Text returns the diagnostic's message in lang: "en", "zh-Hans" or
// "zh-Hant" (other Chinese tags map to one of the two; anything else is
// English).
func (d Diagnostic) Text(lang string) string {
	info, ok := catalogue[d.Code]
	if !ok {
		return d.Message
	}
	return render(info.text[langIndex(lang)], d.Args)
}

func (d Diagnostic) String() string {
	return d.Severity.String() + " " + d.Code + ": " + d.Message
}

// Codes lists every diagnostic code the parser can produce, sorted.
func Codes() []string {
	codes := make([]string, 0, len(catalogue))
	for c := range catalogue {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// CodeInfo describes a diagnostic code: its severity in each mode, the
// status a strict server answers, the RFC section, and its message
// template in lang ({0}, {1}... stand for the arguments).
func CodeInfo(code, lang string) (strict, lenient Severity, status int, spec, template string, ok bool) {
	info, ok := catalogue[code]
	if !ok {
		return 0, 0, 0, "", "", false
	}
	return info.strict, info.lenient, info.status, info.spec, info.text[langIndex(lang)], true
}

// Languages lists the language tags diagnostics are written in.
var Languages = []string{"en", "zh-Hans", "zh-Hant"}

func langIndex(lang string) int {
	t := strings.ToLower(lang)
	switch {
	case t == "zh-hant" || strings.HasPrefix(t, "zh-hant-") || t == "zh-tw" || t == "zh-hk" || t == "zh-mo":
		return 2
	case t == "zh" || strings.HasPrefix(t, "zh-"):
		return 1
	}
	return 0
}

// render replaces {0}, {1}... in tmpl with args.
func render(tmpl string, args []string) string {
	if strings.IndexByte(tmpl, '{') < 0 {
		return tmpl
	}
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '{' && i+2 < len(tmpl) && isDigit(tmpl[i+1]) && tmpl[i+2] == '}' {
			if n := int(tmpl[i+1] - '0'); n < len(args) {
				b.WriteString(args[n])
			}
			i += 2
			continue
		}
		b.WriteByte(tmpl[i])
	}
	return b.String()
}

package knowledge

import (
	"strconv"
	"strings"
	"testing"
)

// methodRegistry is the IANA HTTP Method Registry
// (https://www.iana.org/assignments/http-methods, updated 2026-06-17):
// name, safe, idempotent, and the first reference it gives.
var methodRegistry = []struct {
	name             string
	safe, idempotent bool
	spec             string
}{
	{"*", false, false, "RFC 9110 §18.2"},
	{"ACL", false, true, "RFC 3744 §8.1"},
	{"BASELINE-CONTROL", false, true, "RFC 3253 §12.6"},
	{"BIND", false, true, "RFC 5842 §4"},
	{"CHECKIN", false, true, "RFC 3253 §9.4"},
	{"CHECKOUT", false, true, "RFC 3253 §8.8"},
	{"CONNECT", false, false, "RFC 9110 §9.3.6"},
	{"COPY", false, true, "RFC 4918 §9.8"},
	{"DELETE", false, true, "RFC 9110 §9.3.5"},
	{"GET", true, true, "RFC 9110 §9.3.1"},
	{"HEAD", true, true, "RFC 9110 §9.3.2"},
	{"LABEL", false, true, "RFC 3253 §8.2"},
	{"LINK", false, true, "RFC 2068 §19.6.1.2"},
	{"LOCK", false, false, "RFC 4918 §9.10"},
	{"MERGE", false, true, "RFC 3253 §11.2"},
	{"MKACTIVITY", false, true, "RFC 3253 §13.5"},
	{"MKCALENDAR", false, true, "RFC 4791 §5.3.1"},
	{"MKCOL", false, true, "RFC 4918 §9.3"},
	{"MKREDIRECTREF", false, true, "RFC 4437 §6"},
	{"MKWORKSPACE", false, true, "RFC 3253 §6.3"},
	{"MOVE", false, true, "RFC 4918 §9.9"},
	{"OPTIONS", true, true, "RFC 9110 §9.3.7"},
	{"ORDERPATCH", false, true, "RFC 3648 §7"},
	{"PATCH", false, false, "RFC 5789 §2"},
	{"POST", false, false, "RFC 9110 §9.3.3"},
	{"PRI", true, true, "RFC 9113 §3.4"},
	{"PROPFIND", true, true, "RFC 4918 §9.1"},
	{"PROPPATCH", false, true, "RFC 4918 §9.2"},
	{"PUT", false, true, "RFC 9110 §9.3.4"},
	{"QUERY", true, true, "RFC 10008 §2"},
	{"REBIND", false, true, "RFC 5842 §6"},
	{"REPORT", true, true, "RFC 3253 §3.6"},
	{"SEARCH", true, true, "RFC 5323 §2"},
	{"TRACE", true, true, "RFC 9110 §9.3.8"},
	{"UNBIND", false, true, "RFC 5842 §5"},
	{"UNCHECKOUT", false, true, "RFC 3253 §4.5"},
	{"UNLINK", false, true, "RFC 2068 §19.6.1.3"},
	{"UNLOCK", false, true, "RFC 4918 §9.11"},
	{"UPDATE", false, true, "RFC 3253 §7.1"},
	{"UPDATEREDIRECTREF", false, true, "RFC 4437 §7"},
	{"VERSION-CONTROL", false, true, "RFC 3253 §3.5"},
}

// methodsInFull are the methods the issue asks to explain in full.
var methodsInFull = []string{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH"}

func TestEveryRegisteredMethodIsPresentWithItsRegistryFacts(t *testing.T) {
	for _, r := range methodRegistry {
		t.Run(r.name, func(t *testing.T) {
			m, ok := LookupMethod(r.name)
			if !ok {
				t.Fatalf("LookupMethod(%q) found nothing, want the registered method", r.name)
			}
			if m.Safe != r.safe || m.Idempotent != r.idempotent {
				t.Errorf("safe, idempotent = %v, %v, want %v, %v", m.Safe, m.Idempotent, r.safe, r.idempotent)
			}
			if got := m.Spec.String(); got != r.spec {
				t.Errorf("spec = %q, want %q", got, r.spec)
			}
		})
	}
	if got, want := len(Methods()), len(methodRegistry); got != want {
		t.Errorf("the table has %d methods, the registry %d: an entry is missing from one of them", got, want)
	}
}

func TestMethodTableInvariants(t *testing.T) {
	methods := Methods()
	t.Run("names are unique and sorted", func(t *testing.T) {
		for i := 1; i < len(methods); i++ {
			if methods[i-1].Name >= methods[i].Name {
				t.Errorf("%q comes before %q", methods[i-1].Name, methods[i].Name)
			}
		}
	})
	for _, m := range methods {
		t.Run(m.Name, func(t *testing.T) {
			if m.Safe && !m.Idempotent {
				t.Errorf("safe but not idempotent; every safe method is idempotent (RFC 9110 §9.2.2)")
			}
			if !m.Summary.Complete() {
				t.Errorf("summary is missing a language: %+v", m.Summary)
			}
			if m.Spec.Number == 0 || m.Spec.URL() == "" {
				t.Errorf("spec %+v has no RFC number or link", m.Spec)
			}
			methodCheckExample(t, m)
		})
	}
}

// methodCheckExample checks that an example request is well formed: CRLF
// line ends, a start line naming the method (or, for "*", OPTIONS *), a
// header section closed by an empty line, and a Content-Length that matches
// the body.
func methodCheckExample(t *testing.T, m Method) {
	t.Helper()
	ex := m.Example
	if ex == "" {
		t.Fatal("no example request")
	}
	if strings.Contains(strings.ReplaceAll(ex, "\r\n", ""), "\n") {
		t.Errorf("example has a bare LF: %q", ex)
	}
	head, body, ok := strings.Cut(ex, "\r\n\r\n")
	if !ok {
		t.Fatalf("example has no empty line ending its header section: %q", ex)
	}
	wantStart := m.Name + " "
	if m.Name == "*" {
		wantStart = "OPTIONS * "
	}
	if !strings.HasPrefix(ex, wantStart) {
		t.Errorf("example starts %q, want it to start with %q", ex[:min(len(ex), 20)], wantStart)
	}
	lines := strings.Split(head, "\r\n")
	if m.Name != "PRI" && !strings.HasSuffix(lines[0], " HTTP/1.1") {
		t.Errorf("start line %q does not end in HTTP/1.1", lines[0])
	}
	for _, line := range lines[1:] {
		name, value, ok := strings.Cut(line, ":")
		if !ok || name == "" || strings.ContainsAny(name, " \t") {
			t.Errorf("field line %q is not name: value", line)
			continue
		}
		if strings.EqualFold(name, "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n != len(body) {
				t.Errorf("Content-Length: %s, but the body has %d bytes", strings.TrimSpace(value), len(body))
			}
		}
	}
	if m.Name != "PRI" && body != "" && !strings.Contains(head, "Content-Length:") {
		t.Errorf("example has a body but no Content-Length")
	}
}

func TestCommonMethodsAreExplainedInFull(t *testing.T) {
	for _, name := range methodsInFull {
		t.Run(name, func(t *testing.T) {
			m, _ := LookupMethod(name)
			d := m.Detail
			if d == nil {
				t.Fatal("no full explanation")
			}
			for label, txt := range map[string]Text{"asks": d.Asks, "body note": d.BodyNote, "answers": d.Answers} {
				if !txt.Complete() {
					t.Errorf("%s is missing a language: %+v", label, txt)
				}
			}
			switch d.Body {
			case MethodBodyExpected, MethodBodyOptional, MethodBodyNoMeaning, MethodBodyForbidden:
			default:
				t.Errorf("body rule %q is not one of the defined values", d.Body)
			}
			if len(d.Statuses) == 0 {
				t.Error("no typical statuses")
			}
			for _, code := range d.Statuses {
				if s, ok := LookupStatus(code); !ok || s.Registration != StatusAssigned {
					t.Errorf("typical status %d is not an assigned status code", code)
				}
			}
			if len(d.Mistakes) < 2 {
				t.Errorf("%d common mistakes, want at least 2", len(d.Mistakes))
			}
			for i, mk := range d.Mistakes {
				if !mk.Complete() {
					t.Errorf("mistake %d is missing a language: %+v", i, mk)
				}
			}
		})
	}
}

func TestMethodBodyRulesFollowRFC9110(t *testing.T) {
	tests := []struct {
		name string
		want MethodBody
	}{
		{"GET", MethodBodyNoMeaning}, {"HEAD", MethodBodyNoMeaning}, {"DELETE", MethodBodyNoMeaning},
		{"POST", MethodBodyExpected}, {"PUT", MethodBodyExpected}, {"PATCH", MethodBodyExpected},
		{"OPTIONS", MethodBodyOptional},
		{"TRACE", MethodBodyForbidden}, {"CONNECT", MethodBodyForbidden},
	}
	for _, tt := range tests {
		m, _ := LookupMethod(tt.name)
		if m.Detail == nil || m.Detail.Body != tt.want {
			t.Errorf("%s body rule = %v, want %q", tt.name, m.Detail, tt.want)
		}
	}
}

func TestOnlyGETHEADPOSTAndQUERYAreCacheable(t *testing.T) {
	want := map[string]bool{"GET": true, "HEAD": true, "POST": true, "QUERY": true}
	for _, m := range Methods() {
		if m.Cacheable != want[m.Name] {
			t.Errorf("%s cacheable = %v, want %v (RFC 9110 §9.2.3, RFC 10008)", m.Name, m.Cacheable, want[m.Name])
		}
	}
}

func TestLookupMethodIsCaseSensitive(t *testing.T) {
	tests := []struct {
		name   string
		lookup string
		found  bool
	}{
		{"a registered name is found", "GET", true},
		{"a hyphenated name is found", "VERSION-CONTROL", true},
		{"the reserved asterisk is found", "*", true},
		{"a lower-case name is a different method", "get", false},
		{"a mixed-case name is a different method", "Post", false},
		{"an unregistered name is not found", "FETCH", false},
		{"the empty name is not found", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := LookupMethod(tt.lookup)
			if ok != tt.found {
				t.Fatalf("LookupMethod(%q) found = %v, want %v", tt.lookup, ok, tt.found)
			}
			if ok && m.Name != tt.lookup {
				t.Errorf("LookupMethod(%q) = %q", tt.lookup, m.Name)
			}
		})
	}
}

func TestGuessMethodFindsWhatAMangledNameMeant(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string // "" when there is nothing to suggest
	}{
		{"lower case", "get", "GET"},
		{"mixed case", "Delete", "DELETE"},
		{"lower case with a hyphen", "version-control", "VERSION-CONTROL"},
		{"the seed's stutter", "g-get", "GET"},
		{"a double stutter", "p-p-post", "POST"},
		{"a stutter in capitals", "H-HEAD", "HEAD"},
		{"a swapped pair of letters", "GTE", "GET"},
		{"a swapped pair in POST", "POTS", "POST"},
		{"a missing letter", "DELET", "DELETE"},
		{"an extra letter", "GETT", "GET"},
		{"two typos in a long name", "PROPFNID", "PROPFIND"},
		{"a ready-made name needs no correction", "GET", ""},
		{"an unrelated word", "HELLO", ""},
		{"nothing", "", ""},
		{"two typos in a short name are too far", "GXX", ""},
		{"a very long name", strings.Repeat("G", 100), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := GuessMethod(tt.input)
			got := ""
			if ok {
				got = m.Name
			}
			if got != tt.want {
				t.Errorf("GuessMethod(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func BenchmarkGuessMethod(b *testing.B) {
	for b.Loop() {
		GuessMethod("POTS")
	}
}

package knowledge

import (
	"strings"
	"testing"
)

// The registry facts below were read from the IANA HTTP Field Name Registry
// (https://www.iana.org/assignments/http-fields). They are a sample across
// every status and kind of reference, checked against the table.
func TestRegistryFactsAreKept(t *testing.T) {
	facts := []struct {
		name   string
		status FieldStatus
		cite   string
	}{
		{"Accept", FieldPermanent, "RFC 9110 §12.5.1"},
		{"Accept-Charset", FieldDeprecated, "RFC 9110 §12.5.2"},
		{"Accept-Ranges", FieldPermanent, "RFC 9110 §14.3"},
		{"Access-Control-Allow-Origin", FieldPermanent, "Fetch"},
		{"Age", FieldPermanent, "RFC 9111 §5.1"},
		{"Allow", FieldPermanent, "RFC 9110 §10.2.1"},
		{"Authorization", FieldPermanent, "RFC 9110 §11.6.2"},
		{"C-PEP-Info", FieldDeprecated, "PEP - an Extension Mechanism for HTTP"},
		{"Cache-Control", FieldPermanent, "RFC 9111 §5.2"},
		{"Cache-Status", FieldPermanent, "RFC 9211"},
		{"Close", FieldPermanent, "RFC 9112 §9.6"},
		{"CMCD-Request", FieldProvisional, "CTA-5004 Common Media Client Data"},
		{"Connection", FieldPermanent, "RFC 9110 §7.6.1"},
		{"Content-Base", FieldObsoleted, "RFC 2068"},
		{"Content-Encoding", FieldPermanent, "RFC 9110 §8.4"},
		{"Content-Length", FieldPermanent, "RFC 9110 §8.6"},
		{"Content-MD5", FieldObsoleted, "RFC 2616 §14.15"},
		{"Content-Range", FieldPermanent, "RFC 9110 §14.4"},
		{"Content-Security-Policy", FieldPermanent, "Content Security Policy Level 3"},
		{"Content-Type", FieldPermanent, "RFC 9110 §8.3"},
		{"Cookie2", FieldObsoleted, "RFC 2965"},
		{"Date", FieldPermanent, "RFC 9110 §6.6.1"},
		{"ETag", FieldPermanent, "RFC 9110 §8.8.3"},
		{"Expect-CT", FieldDeprecated, "RFC 9163"},
		{"Expires", FieldPermanent, "RFC 9111 §5.3"},
		{"From", FieldPermanent, "RFC 9110 §10.1.2"},
		{"Host", FieldPermanent, "RFC 9110 §7.2"},
		{"HTTP2-Settings", FieldObsoleted, "RFC 7540 §3.2.1"},
		{"If-Modified-Since", FieldPermanent, "RFC 9110 §13.1.3"},
		{"If-None-Match", FieldPermanent, "RFC 9110 §13.1.2"},
		{"Keep-Alive", FieldPermanent, "RFC 2068 §19.7.1.1"},
		{"Location", FieldPermanent, "RFC 9110 §10.2.2"},
		{"Max-Forwards", FieldPermanent, "RFC 9110 §7.6.2"},
		{"MIME-Version", FieldPermanent, "RFC 9112 §B.1"},
		{"Permissions-Policy", FieldProvisional, "Permissions Policy"},
		{"Pragma", FieldDeprecated, "RFC 9111 §5.4"},
		{"Priority", FieldPermanent, "RFC 9218"},
		{"Proxy-Authorization", FieldPermanent, "RFC 9110 §11.7.2"},
		{"Public", FieldObsoleted, "RFC 2068"},
		{"Range", FieldPermanent, "RFC 9110 §14.2"},
		{"Referer", FieldPermanent, "RFC 9110 §10.1.3"},
		{"Retry-After", FieldPermanent, "RFC 9110 §10.2.3"},
		{"Server", FieldPermanent, "RFC 9110 §10.2.4"},
		{"Set-Cookie2", FieldObsoleted, "RFC 2965"},
		{"Strict-Transport-Security", FieldPermanent, "RFC 6797 §6.1"},
		{"TE", FieldPermanent, "RFC 9110 §10.1.4"},
		{"Trailer", FieldPermanent, "RFC 9110 §6.6.2"},
		{"Transfer-Encoding", FieldPermanent, "RFC 9112 §6.1"},
		{"Upgrade", FieldPermanent, "RFC 9110 §7.8"},
		{"User-Agent", FieldPermanent, "RFC 9110 §10.1.5"},
		{"Vary", FieldPermanent, "RFC 9110 §12.5.5"},
		{"Via", FieldPermanent, "RFC 9110 §7.6.3"},
		{"Warning", FieldObsoleted, "RFC 9111 §5.5"},
		{"WWW-Authenticate", FieldPermanent, "RFC 9110 §11.6.1"},
		{"X-Content-Type-Options", FieldPermanent, "Fetch"},
		{"X-Frame-Options", FieldPermanent, "HTML"},
		{"*", FieldPermanent, "RFC 9110 §12.5.5"},
	}
	for _, fact := range facts {
		t.Run(fact.name+" is "+string(fact.status)+" in "+fact.cite, func(t *testing.T) {
			f, ok := LookupField(fact.name)
			if !ok {
				t.Fatalf("LookupField(%q) found nothing", fact.name)
			}
			if f.Name != fact.name || f.Status != fact.status || f.Cite() != fact.cite {
				t.Errorf("got %s %s %q, want %s %s %q", f.Name, f.Status, f.Cite(), fact.name, fact.status, fact.cite)
			}
		})
	}
}

func TestEveryRegistryNameIsAField(t *testing.T) {
	if got := len(fieldRegistry); got < 240 {
		t.Errorf("the registry table holds %d names, want the whole registry (over 240)", got)
	}
	for _, r := range fieldRegistry {
		f, ok := LookupField(r.name)
		if !ok || f.Name != r.name || f.Status != r.status {
			t.Errorf("LookupField(%q) = %q %q %v, want the registry record %s", r.name, f.Name, f.Status, ok, r.status)
		}
		if f.Status == FieldUnregistered {
			t.Errorf("%s is in the registry but marked unregistered", r.name)
		}
	}
	for _, r := range fieldUnregistered {
		if r.status != FieldUnregistered {
			t.Errorf("%s is listed as unregistered with status %s", r.name, r.status)
		}
	}
}

func TestFieldNamesAreUniqueSortedTokens(t *testing.T) {
	fields := Fields()
	seen := map[string]bool{}
	for i, f := range fields {
		low := strings.ToLower(f.Name)
		if seen[low] {
			t.Errorf("%s appears twice (names are compared without case)", f.Name)
		}
		seen[low] = true
		if i > 0 && !fieldLess(fields[i-1].Name, f.Name) {
			t.Errorf("%s comes after %s: the table is not sorted case-insensitively", f.Name, fields[i-1].Name)
		}
		if !fieldIsToken(f.Name) {
			t.Errorf("%q is not a token (RFC 9110 §5.1: field-name = token)", f.Name)
		}
	}
}

func TestEveryFieldCitesItsDocumentAndHasASummary(t *testing.T) {
	for _, f := range Fields() {
		if f.Status != FieldUnregistered && f.Cite() == "" {
			t.Errorf("%s has no citation", f.Name)
		}
		if f.Spec.Number != 0 && f.Doc != "" {
			t.Errorf("%s cites both %s and %q", f.Name, f.Spec, f.Doc)
		}
		if f.Cite() != "" && f.CiteURL() == "" && f.Spec.Number != 0 {
			t.Errorf("%s cites %s but has no link", f.Name, f.Cite())
		}
		if !f.Summary.Complete() {
			t.Errorf("%s lacks a summary in some language: %+v", f.Name, f.Summary)
		}
	}
}

func TestReservedNamesSayTheyAreReserved(t *testing.T) {
	for _, name := range []string{"Close", "*"} {
		f, _ := LookupField(name)
		if !strings.Contains(f.Summary.En, "reserved") || !f.Summary.Complete() {
			t.Errorf("%s summary = %+v, want it to say (in every language) that the name is reserved", name, f.Summary)
		}
	}
}

func TestLookupFieldIgnoresCase(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
		found bool
	}{
		{"the registry spelling is found", "Content-Type", "Content-Type", true},
		{"lower case is the same field", "content-type", "Content-Type", true},
		{"odd case is the same field", "aUTHORIZATION", "Authorization", true},
		{"surrounding spaces are ignored", "  Host ", "Host", true},
		{"an unregistered but common field is known", "x-forwarded-for", "X-Forwarded-For", true},
		{"an unknown name is not found", "X-Nothing-Here", "", false},
		{"an empty name is not found", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := LookupField(tt.input)
			if ok != tt.found || f.Name != tt.want {
				t.Errorf("LookupField(%q) = %q, %v; want %q, %v", tt.input, f.Name, ok, tt.want, tt.found)
			}
		})
	}
}

func TestFieldsReturnsACopy(t *testing.T) {
	a := Fields()
	a[0].Name = "changed"
	if b := Fields(); b[0].Name == "changed" {
		t.Error("changing the slice Fields returned changed the table")
	}
}

// fieldIsToken checks the RFC 9110 §5.6.2 token grammar, written out from
// the ABNF: 1*tchar, tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+"
// / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
func fieldIsToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.ContainsRune("!#$%&'*+-.^_`|~", c):
		default:
			return false
		}
	}
	return true
}

func BenchmarkLookupField(b *testing.B) {
	for b.Loop() {
		LookupField("content-type")
	}
}

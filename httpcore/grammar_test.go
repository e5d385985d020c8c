package httpcore

import (
	"strconv"
	"strings"
	"testing"
)

// The oracle: the byte-class rules of RFC 5234, RFC 3986, RFC 9110 and
// RFC 9112 as ABNF text, evaluated by a tiny interpreter for single-byte
// alternations. The tables in grammar.go are built by hand; this checks
// them against the grammar as the RFCs write it.
const byteClassABNF = `
ALPHA       = %x41-5A / %x61-7A
DIGIT       = %x30-39
HEXDIG      = DIGIT / "A" / "B" / "C" / "D" / "E" / "F"
VCHAR       = %x21-7E
HTAB        = %x09
SP          = %x20
obs-text    = %x80-FF
tchar       = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "` + "`" + `" / "|" / "~" / DIGIT / ALPHA
field-vchar = VCHAR / obs-text
field-char  = field-vchar / SP / HTAB
reason-char = HTAB / SP / VCHAR / obs-text
unreserved  = ALPHA / DIGIT / "-" / "." / "_" / "~"
sub-delims  = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
pchar-byte  = unreserved / "%" / sub-delims / ":" / "@"
target-byte = pchar-byte / "/" / "?"
host-byte   = unreserved / "%" / sub-delims
qdtext      = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
`

type abnfRules map[string][]string

func parseABNF(t *testing.T, text string) abnfRules {
	rules := abnfRules{}
	for _, line := range strings.Split(text, "\n") {
		name, def, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		var alts []string
		for _, a := range strings.Split(def, " / ") {
			alts = append(alts, strings.TrimSpace(a))
		}
		rules[strings.TrimSpace(name)] = alts
	}
	if len(rules) < 10 {
		t.Fatalf("parsed only %d rules", len(rules))
	}
	return rules
}

// match reports whether the single byte c matches rule name. Quoted
// strings are case-insensitive, as ABNF says (RFC 5234 §2.3).
func (r abnfRules) match(t *testing.T, name string, c byte) bool {
	alts, ok := r[name]
	if !ok {
		t.Fatalf("no rule %q", name)
	}
	for _, a := range alts {
		switch {
		case strings.HasPrefix(a, `"`):
			lit := strings.Trim(a, `"`)
			if len(lit) != 1 {
				t.Fatalf("rule %s: literal %s is not one byte", name, a)
			}
			if strings.EqualFold(lit, string(rune(c))) {
				return true
			}
		case strings.HasPrefix(a, "%x"):
			lo, hi, isRange := strings.Cut(a[2:], "-")
			l, err := strconv.ParseUint(lo, 16, 8)
			if err != nil {
				t.Fatalf("rule %s: %v", name, err)
			}
			h := l
			if isRange {
				if h, err = strconv.ParseUint(hi, 16, 8); err != nil {
					t.Fatalf("rule %s: %v", name, err)
				}
			}
			if uint64(c) >= l && uint64(c) <= h {
				return true
			}
		default:
			if r.match(t, a, c) {
				return true
			}
		}
	}
	return false
}

func TestByteClassTablesMatchTheABNF(t *testing.T) {
	rules := parseABNF(t, byteClassABNF)
	tests := []struct {
		rule string
		fn   func(byte) bool
	}{
		{"tchar", isTchar},
		{"VCHAR", isVchar},
		{"field-vchar", isFieldVchar},
		{"field-char", isFieldContentChar},
		{"reason-char", isReasonChar},
		{"target-byte", isTargetChar},
		{"host-byte", isHostChar},
		{"HEXDIG", isHex},
		{"qdtext", isQdtext},
		{"DIGIT", isDigit},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			for c := 0; c < 256; c++ {
				if got, want := tt.fn(byte(c)), rules.match(t, tt.rule, byte(c)); got != want {
					t.Errorf("byte 0x%02X: table says %v, ABNF %s says %v", c, got, tt.rule, want)
				}
			}
		})
	}
}

func TestHexValueReadsEveryHexDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := int64(-1)
		if n, err := strconv.ParseInt(string(rune(c)), 16, 64); err == nil && c < 128 {
			want = n
		}
		if got := hexVal(byte(c)); got != want {
			t.Errorf("hexVal(0x%02X) = %d, want %d", c, got, want)
		}
	}
}

func TestEditDistanceCountsSwapsAsOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"GET", "GET", 0},
		{"get", "GET", 0},
		{"GTE", "GET", 1},
		{"POTS", "POST", 1},
		{"Content-Lenght", "Content-Length", 1},
		{"content-wength", "Content-Length", 1},
		{"Transfer-Encodign", "Transfer-Encoding", 1},
		{"Hots", "Host", 1},
		{"Accept", "Host", 3},
		{"Content-Type", "Content-Length", 3},
	}
	for _, tt := range tests {
		if got := editDistanceFold([]byte(tt.a), tt.b, 2); got != min(tt.want, 3) {
			t.Errorf("editDistanceFold(%q, %q) = %d, want %d", tt.a, tt.b, got, min(tt.want, 3))
		}
	}
}

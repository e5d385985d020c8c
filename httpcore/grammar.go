package httpcore

// The byte classes of the HTTP/1.1 grammar, as lookup tables. Each table is
// built once from the ABNF it quotes; grammar_test.go checks every table
// against an oracle written directly from the same ABNF.

var (
	tcharTable      [256]bool
	vcharTable      [256]bool
	fieldVcharTable [256]bool
	reasonTable     [256]bool
	targetTable     [256]bool
	hostTable       [256]bool
	hexTable        [256]bool
	qdtextTable     [256]bool

	// Derived tables for the hot loops.
	fieldContentTable [256]bool // field-vchar, SP and HTAB (isFieldContentChar)
	targetFastTable   [256]bool // isTargetChar or isStartSep, but not "%" (which starts a triplet to check)
	hostFastTable     [256]bool // isHostChar, but not "%"
	pathEndTable      [256]bool // "?" and "#", where a path ends
	plainTargetTable  [256]bool // isTargetChar, but not "%" or "?"
	lowerTable        [256]byte // lower
)

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		alpha := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		digit := '0' <= b && b <= '9'
		obsText := b >= 0x80
		vchar := 0x21 <= b && b <= 0x7E
		tcharTable[c] = alpha || digit || isAnyOf(b, "!#$%&'*+-.^_`|~")
		vcharTable[c] = vchar
		fieldVcharTable[c] = vchar || obsText
		reasonTable[c] = b == '\t' || b == ' ' || vchar || obsText
		unreserved := alpha || digit || isAnyOf(b, "-._~")
		subDelims := isAnyOf(b, "!$&'()*+,;=")
		targetTable[c] = unreserved || subDelims || isAnyOf(b, ":@/?%")
		hostTable[c] = unreserved || subDelims || b == '%'
		hexTable[c] = digit || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F'
		qdtextTable[c] = b == '\t' || b == ' ' || b == 0x21 || 0x23 <= b && b <= 0x5B || 0x5D <= b && b <= 0x7E || obsText
	}
	for c := 0; c < 256; c++ {
		b := byte(c)
		fieldContentTable[c] = b == ' ' || b == '\t' || fieldVcharTable[c]
		targetFastTable[c] = (targetTable[c] || startSepTable[c]) && b != '%'
		hostFastTable[c] = hostTable[c] && b != '%'
		pathEndTable[c] = b == '?' || b == '#'
		plainTargetTable[c] = targetTable[c] && b != '%' && b != '?'
		lowerTable[c] = b
		if 'A' <= b && b <= 'Z' {
			lowerTable[c] = b + 'a' - 'A'
		}
	}
}

func isAnyOf(b byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == b {
			return true
		}
	}
	return false
}

// isTchar reports whether c may appear in a token (methods, field names,
// transfer codings, chunk extension names). RFC 9110 §5.6.2:
//
//	token  = 1*tchar
//	tchar  = "!" / "#" / "$" / "%" / "&" / "'" / "*"
//	       / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
//	       / DIGIT / ALPHA
func isTchar(c byte) bool { return tcharTable[c] }

// isVchar reports whether c is a visible US-ASCII character. RFC 5234 B.1:
//
//	VCHAR = %x21-7E
func isVchar(c byte) bool { return vcharTable[c] }

// isFieldVchar reports whether c may appear in a field value other than as
// inner whitespace. RFC 9110 §5.5:
//
//	field-vchar = VCHAR / obs-text
//	obs-text    = %x80-FF
func isFieldVchar(c byte) bool { return fieldVcharTable[c] }

// isFieldContentChar reports whether c may appear inside a field value:
// field-vchar plus the SP and HTAB that field-content allows between them.
// RFC 9110 §5.5:
//
//	field-content = field-vchar [ 1*( SP / HTAB / field-vchar ) field-vchar ]
func isFieldContentChar(c byte) bool { return fieldContentTable[c] }

// isReasonChar reports whether c may appear in a reason phrase.
// RFC 9112 §4:
//
//	reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
func isReasonChar(c byte) bool { return reasonTable[c] }

// isTargetChar reports whether c may appear in a request-target in origin,
// absolute or authority form ("%" must still start a pct-encoded triplet).
// RFC 3986 §3.3 and §3.4, as RFC 9112 §3.2 uses them:
//
//	pchar      = unreserved / pct-encoded / sub-delims / ":" / "@"
//	query      = *( pchar / "/" / "?" )
//	unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
//	sub-delims = "!" / "$" / "&" / "'" / "(" / ")"
//	           / "*" / "+" / "," / ";" / "="
func isTargetChar(c byte) bool { return targetTable[c] }

// isHostChar reports whether c may appear in a reg-name host
// ("%" must start a pct-encoded triplet). RFC 3986 §3.2.2:
//
//	reg-name = *( unreserved / pct-encoded / sub-delims )
func isHostChar(c byte) bool { return hostTable[c] }

// isHex reports whether c is a hexadecimal digit. RFC 5234 B.1:
//
//	HEXDIG = DIGIT / "A" / "B" / "C" / "D" / "E" / "F"
//
// (ABNF strings are case-insensitive, so a-f are hex digits too.)
func isHex(c byte) bool { return hexTable[c] }

// isQdtext reports whether c may appear unescaped in a quoted-string.
// RFC 9110 §5.6.4:
//
//	qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
func isQdtext(c byte) bool { return qdtextTable[c] }

// isDigit reports whether c is a decimal digit. RFC 5234 B.1:
//
//	DIGIT = %x30-39
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isOWS reports whether c is optional whitespace. RFC 9110 §5.6.3:
//
//	OWS = *( SP / HTAB )
func isOWS(c byte) bool { return c == ' ' || c == '\t' }

func hexVal(c byte) int64 {
	switch {
	case '0' <= c && c <= '9':
		return int64(c - '0')
	case 'a' <= c && c <= 'f':
		return int64(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int64(c-'A') + 10
	}
	return -1
}

func lower(c byte) byte { return lowerTable[c] }

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// equalFold reports whether b equals s, ignoring ASCII case. It allocates nothing.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i, c := range b {
		if lowerTable[c] != lowerTable[s[i]] {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether b begins with s, ignoring ASCII case.
func hasPrefixFold(b []byte, s string) bool {
	return len(b) >= len(s) && equalFold(b[:len(s)], s)
}

// trimOWS returns span s without leading and trailing SP and HTAB.
func trimOWS(src []byte, s Span) Span {
	for s.Start < s.End && isOWS(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isOWS(src[s.End-1]) {
		s.End--
	}
	return s
}

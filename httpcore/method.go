package httpcore

// registeredMethods are the methods in the IANA HTTP Method Registry
// (RFC 9110 §16.1). Methods are case-sensitive (RFC 9110 §9.1).
var registeredMethods = []string{
	"ACL", "BASELINE-CONTROL", "BIND", "CHECKIN", "CHECKOUT", "CONNECT", "COPY", "DELETE",
	"GET", "HEAD", "LABEL", "LINK", "LOCK", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL",
	"MKREDIRECTREF", "MKWORKSPACE", "MOVE", "OPTIONS", "ORDERPATCH", "PATCH", "POST", "PRI",
	"PROPFIND", "PROPPATCH", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "TRACE", "UNBIND",
	"UNCHECKOUT", "UNLINK", "UNLOCK", "UPDATE", "UPDATEREDIRECTREF", "VERSION-CONTROL",
}

// commonMethods are the ones a typo is most likely aimed at.
var commonMethods = []string{"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}

func knownMethod(b []byte) (string, bool) {
	switch string(b) { // the common ones without a search
	case "GET":
		return "GET", true
	case "POST":
		return "POST", true
	case "HEAD":
		return "HEAD", true
	case "PUT":
		return "PUT", true
	}
	for _, m := range registeredMethods {
		if string(b) == m {
			return m, true
		}
	}
	return "", false
}

func knownMethodFold(b []byte) (string, bool) {
	for _, m := range registeredMethods {
		if equalFold(b, m) {
			return m, true
		}
	}
	return "", false
}

// checkMethod judges the method. RFC 9110 §9.1 and RFC 9112 §3.1:
//
//	method = token
func (p *parser) checkMethod(m *Message, finished bool) {
	s := m.Start.Method
	b := s.Of(p.src)
	for i, c := range b {
		if !isTchar(c) {
			name, size := charName(p.src, s.Start+i)
			p.diag(m, "invalid-method", Span{s.Start + i, s.Start + i + size}, name)
			return
		}
	}
	if name, ok := knownMethod(b); ok {
		p.method = name
		return
	}
	if !finished {
		return
	}
	if name, ok := knownMethodFold(b); ok {
		p.method = name
		p.diag(m, "method-case", s, string(b), name)
		p.fix(name)
		return
	}
	if name, ok := knownMethodFold(unstutter(b)); ok {
		p.diag(m, "method-typo", s, string(b), name)
		p.fix(name)
		return
	}
	for _, name := range commonMethods {
		if editDistanceFold(b, name, 1) <= 1 {
			p.diag(m, "method-typo", s, string(b), name)
			p.fix(name)
			return
		}
	}
	p.diag(m, "unknown-method", s, string(b))
}

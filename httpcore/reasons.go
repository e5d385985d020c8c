package httpcore

// standardReasons are the reason phrases of the IANA HTTP Status Code
// Registry (RFC 9110 §15 and the RFCs it lists). Clients ignore the reason
// phrase; the parser only notes when one differs, for learners.
var standardReasons = map[int]string{
	100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
	200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
	204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
	208: "Already Reported", 226: "IM Used",
	300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other",
	304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
	400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
	404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
	407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
	411: "Length Required", 412: "Precondition Failed", 413: "Content Too Large",
	414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable",
	417: "Expectation Failed", 421: "Misdirected Request", 422: "Unprocessable Content",
	423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
	428: "Precondition Required", 429: "Too Many Requests", 431: "Request Header Fields Too Large",
	451: "Unavailable For Legal Reasons",
	500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
	503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
	506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
	511: "Network Authentication Required",
}

// formerReasons are phrases older RFCs used, which are still common.
var formerReasons = map[int]string{
	302: "Moved Temporarily", 413: "Payload Too Large", 413 + 1000: "Request Entity Too Large",
	414: "Request-URI Too Long", 416: "Requested Range Not Satisfiable", 422: "Unprocessable Entity",
}

// checkReason notes a reason phrase that is not the registered one.
func (p *parser) checkReason(m *Message) {
	status := m.Status()
	want, ok := standardReasons[status]
	reason := m.Start.Reason.Of(p.src)
	if !ok || len(reason) == 0 || equalFold(reason, want) ||
		equalFold(reason, formerReasons[status]) || equalFold(reason, formerReasons[status+1000]) {
		return
	}
	p.diag(m, "reason-unusual", m.Start.Reason, string(reason), want, m.Text(m.Start.Code))
}

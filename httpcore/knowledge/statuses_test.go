package knowledge

import (
	"strconv"
	"strings"
	"testing"
)

// statusRegistry is the IANA HTTP Status Code Registry
// (https://www.iana.org/assignments/http-status-codes, as of 2026): code,
// description, registration, and the reference it gives (the section is
// ours where the registry names only the RFC). Ranges marked "Unassigned"
// are left out; statusUnassigned samples them.
var statusRegistry = []struct {
	code   int
	reason string
	reg    StatusRegistration
	cite   string
}{
	{100, "Continue", StatusAssigned, "RFC 9110 §15.2.1"},
	{101, "Switching Protocols", StatusAssigned, "RFC 9110 §15.2.2"},
	{102, "Processing", StatusAssigned, "RFC 2518 §10.1"},
	{103, "Early Hints", StatusAssigned, "RFC 8297 §2"},
	{104, "Upload Resumption Supported", StatusTemporary, "draft-ietf-httpbis-resumable-upload"},
	{200, "OK", StatusAssigned, "RFC 9110 §15.3.1"},
	{201, "Created", StatusAssigned, "RFC 9110 §15.3.2"},
	{202, "Accepted", StatusAssigned, "RFC 9110 §15.3.3"},
	{203, "Non-Authoritative Information", StatusAssigned, "RFC 9110 §15.3.4"},
	{204, "No Content", StatusAssigned, "RFC 9110 §15.3.5"},
	{205, "Reset Content", StatusAssigned, "RFC 9110 §15.3.6"},
	{206, "Partial Content", StatusAssigned, "RFC 9110 §15.3.7"},
	{207, "Multi-Status", StatusAssigned, "RFC 4918 §11.1"},
	{208, "Already Reported", StatusAssigned, "RFC 5842 §7.1"},
	{226, "IM Used", StatusAssigned, "RFC 3229 §10.4.1"},
	{300, "Multiple Choices", StatusAssigned, "RFC 9110 §15.4.1"},
	{301, "Moved Permanently", StatusAssigned, "RFC 9110 §15.4.2"},
	{302, "Found", StatusAssigned, "RFC 9110 §15.4.3"},
	{303, "See Other", StatusAssigned, "RFC 9110 §15.4.4"},
	{304, "Not Modified", StatusAssigned, "RFC 9110 §15.4.5"},
	{305, "Use Proxy", StatusAssigned, "RFC 9110 §15.4.6"},
	{306, "(Unused)", StatusUnused, "RFC 9110 §15.4.7"},
	{307, "Temporary Redirect", StatusAssigned, "RFC 9110 §15.4.8"},
	{308, "Permanent Redirect", StatusAssigned, "RFC 9110 §15.4.9"},
	{400, "Bad Request", StatusAssigned, "RFC 9110 §15.5.1"},
	{401, "Unauthorized", StatusAssigned, "RFC 9110 §15.5.2"},
	{402, "Payment Required", StatusAssigned, "RFC 9110 §15.5.3"},
	{403, "Forbidden", StatusAssigned, "RFC 9110 §15.5.4"},
	{404, "Not Found", StatusAssigned, "RFC 9110 §15.5.5"},
	{405, "Method Not Allowed", StatusAssigned, "RFC 9110 §15.5.6"},
	{406, "Not Acceptable", StatusAssigned, "RFC 9110 §15.5.7"},
	{407, "Proxy Authentication Required", StatusAssigned, "RFC 9110 §15.5.8"},
	{408, "Request Timeout", StatusAssigned, "RFC 9110 §15.5.9"},
	{409, "Conflict", StatusAssigned, "RFC 9110 §15.5.10"},
	{410, "Gone", StatusAssigned, "RFC 9110 §15.5.11"},
	{411, "Length Required", StatusAssigned, "RFC 9110 §15.5.12"},
	{412, "Precondition Failed", StatusAssigned, "RFC 9110 §15.5.13"},
	{413, "Content Too Large", StatusAssigned, "RFC 9110 §15.5.14"},
	{414, "URI Too Long", StatusAssigned, "RFC 9110 §15.5.15"},
	{415, "Unsupported Media Type", StatusAssigned, "RFC 9110 §15.5.16"},
	{416, "Range Not Satisfiable", StatusAssigned, "RFC 9110 §15.5.17"},
	{417, "Expectation Failed", StatusAssigned, "RFC 9110 §15.5.18"},
	{418, "(Unused)", StatusUnused, "RFC 9110 §15.5.19"},
	{421, "Misdirected Request", StatusAssigned, "RFC 9110 §15.5.20"},
	{422, "Unprocessable Content", StatusAssigned, "RFC 9110 §15.5.21"},
	{423, "Locked", StatusAssigned, "RFC 4918 §11.3"},
	{424, "Failed Dependency", StatusAssigned, "RFC 4918 §11.4"},
	{425, "Too Early", StatusAssigned, "RFC 8470 §5.2"},
	{426, "Upgrade Required", StatusAssigned, "RFC 9110 §15.5.22"},
	{428, "Precondition Required", StatusAssigned, "RFC 6585 §3"},
	{429, "Too Many Requests", StatusAssigned, "RFC 6585 §4"},
	{431, "Request Header Fields Too Large", StatusAssigned, "RFC 6585 §5"},
	{451, "Unavailable For Legal Reasons", StatusAssigned, "RFC 7725 §3"},
	{500, "Internal Server Error", StatusAssigned, "RFC 9110 §15.6.1"},
	{501, "Not Implemented", StatusAssigned, "RFC 9110 §15.6.2"},
	{502, "Bad Gateway", StatusAssigned, "RFC 9110 §15.6.3"},
	{503, "Service Unavailable", StatusAssigned, "RFC 9110 §15.6.4"},
	{504, "Gateway Timeout", StatusAssigned, "RFC 9110 §15.6.5"},
	{505, "HTTP Version Not Supported", StatusAssigned, "RFC 9110 §15.6.6"},
	{506, "Variant Also Negotiates", StatusAssigned, "RFC 2295 §8.1"},
	{507, "Insufficient Storage", StatusAssigned, "RFC 4918 §11.5"},
	{508, "Loop Detected", StatusAssigned, "RFC 5842 §7.2"},
	{510, "Not Extended", StatusObsoleted, "RFC 2774 §7"},
	{511, "Network Authentication Required", StatusAssigned, "RFC 6585 §6"},
}

// statusCacheable lists the codes that are heuristically cacheable:
// RFC 9110 §15.1, plus 451 (RFC 7725 §3).
var statusCacheable = map[int]bool{
	200: true, 203: true, 204: true, 206: true, 300: true, 301: true, 308: true,
	404: true, 405: true, 410: true, 414: true, 451: true, 501: true,
}

// statusKnownFields is a small list of real header field names, enough to
// check every name a status says goes with it (the fields table is someone
// else's).
var statusKnownFields = map[string]bool{
	"A-IM": true, "Accept": true, "Accept-Charset": true, "Accept-Encoding": true,
	"Accept-Language": true, "Accept-Patch": true, "Accept-Post": true, "Allow": true,
	"Authorization": true, "Cache-Control": true, "Connection": true, "Content-Encoding": true,
	"Content-Length": true, "Content-Range": true, "Content-Type": true, "Date": true,
	"Early-Data": true, "ETag": true, "Expect": true, "Expires": true, "IM": true,
	"If-Match": true, "If-Modified-Since": true, "If-None-Match": true, "If-Range": true,
	"If-Unmodified-Since": true, "Link": true, "Location": true, "Proxy-Authenticate": true,
	"Proxy-Authorization": true, "Range": true, "Retry-After": true, "Upgrade": true,
	"Vary": true, "WWW-Authenticate": true,
}

func TestEveryRegisteredStatusIsPresentWithItsRegistryFacts(t *testing.T) {
	for _, r := range statusRegistry {
		t.Run(strconv.Itoa(r.code), func(t *testing.T) {
			s, ok := LookupStatus(r.code)
			if !ok {
				t.Fatalf("LookupStatus(%d) found nothing, want %q", r.code, r.reason)
			}
			if s.Reason != r.reason {
				t.Errorf("reason = %q, want %q", s.Reason, r.reason)
			}
			if s.Registration != r.reg {
				t.Errorf("registration = %q, want %q", s.Registration, r.reg)
			}
			if got := s.Cite(); got != r.cite {
				t.Errorf("cite = %q, want %q", got, r.cite)
			}
			if s.Cacheable != statusCacheable[r.code] {
				t.Errorf("cacheable = %v, want %v (RFC 9110 §15.1)", s.Cacheable, statusCacheable[r.code])
			}
		})
	}
	if got, want := len(Statuses()), len(statusRegistry); got != want {
		t.Errorf("the table has %d codes, the registry %d: an entry is missing from one of them", got, want)
	}
}

func TestStatusTableInvariants(t *testing.T) {
	statuses := Statuses()
	t.Run("codes are unique and sorted", func(t *testing.T) {
		for i := 1; i < len(statuses); i++ {
			if statuses[i-1].Code >= statuses[i].Code {
				t.Errorf("%d comes before %d", statuses[i-1].Code, statuses[i].Code)
			}
		}
	})
	t.Run("every block holds only codes of its class", func(t *testing.T) {
		for _, b := range statusBlocks {
			for _, s := range b.statuses {
				if s.Code/100 != b.class {
					t.Errorf("%d is in the %dxx block", s.Code, b.class)
				}
			}
		}
	})
	for _, s := range statuses {
		t.Run(strconv.Itoa(s.Code), func(t *testing.T) {
			if s.Class.Digit != s.Code/100 {
				t.Errorf("class %d does not match the first digit", s.Class.Digit)
			}
			for label, txt := range map[string]Text{"summary": s.Summary, "when": s.When, "next": s.Next} {
				if !txt.Complete() {
					t.Errorf("%s is missing a language: %+v", label, txt)
				}
			}
			if s.Cite() == "" || s.CiteURL() == "" {
				t.Errorf("no citation or link: %q %q", s.Cite(), s.CiteURL())
			}
			prefix := "HTTP/1.1 " + strconv.Itoa(s.Code) + " "
			if !strings.HasPrefix(s.Example, prefix) || len(s.Example) == len(prefix) || strings.ContainsAny(s.Example, "\r\n") {
				t.Errorf("example %q is not a status line starting %q with a reason", s.Example, prefix)
			}
			for _, f := range append(append([]string{}, s.Fields...), s.RequestFields...) {
				if !statusKnownFields[f] {
					t.Errorf("field %q is not a known header field name", f)
				}
			}
		})
	}
}

func TestStatusesNameTheFieldsThatGoWithThem(t *testing.T) {
	tests := []struct {
		code  int
		field string
	}{
		{301, "Location"}, {302, "Location"}, {303, "Location"}, {307, "Location"}, {308, "Location"},
		{201, "Location"}, {401, "WWW-Authenticate"}, {407, "Proxy-Authenticate"}, {405, "Allow"},
		{429, "Retry-After"}, {503, "Retry-After"}, {206, "Content-Range"}, {416, "Content-Range"},
		{415, "Accept-Post"}, {415, "Accept-Encoding"}, {101, "Upgrade"}, {426, "Upgrade"},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.code)+" goes with "+tt.field, func(t *testing.T) {
			s, _ := LookupStatus(tt.code)
			for _, f := range s.Fields {
				if f == tt.field {
					return
				}
			}
			t.Errorf("%d lists fields %v, want %s among them", tt.code, s.Fields, tt.field)
		})
	}
}

func TestClassFollowsTheFirstDigit(t *testing.T) {
	tests := []struct {
		code  int
		digit int
		name  string
	}{
		{100, 1, "Informational"}, {199, 1, "Informational"}, {200, 2, "Successful"},
		{302, 3, "Redirection"}, {404, 4, "Client Error"}, {599, 5, "Server Error"},
		{99, 0, ""}, {600, 0, ""}, {0, 0, ""}, {-200, 0, ""}, {1000, 0, ""},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.code), func(t *testing.T) {
			c := Class(tt.code)
			if c.Digit != tt.digit || c.Name.En != tt.name {
				t.Errorf("Class(%d) = %d %q, want %d %q", tt.code, c.Digit, c.Name.En, tt.digit, tt.name)
			}
		})
	}
	for _, c := range StatusClasses() {
		if !c.Name.Complete() || !c.Summary.Complete() || c.Spec.Number != 9110 {
			t.Errorf("class %s lacks a language or its RFC 9110 section: %+v", c.Range(), c)
		}
	}
}

func TestDescribeStatusExplainsUnregisteredCodes(t *testing.T) {
	tests := []struct {
		name    string
		code    int
		reg     StatusRegistration
		mention string // a word the English summary must contain
		example string
	}{
		{"a registered code is the table entry", 404, StatusAssigned, "nothing at this URL", "HTTP/1.1 404 Not Found"},
		{"an unassigned 2xx is treated as 200", 299, StatusUnassigned, "200 OK", "HTTP/1.1 299 OK"},
		{"an unassigned 4xx is treated as 400", 477, StatusUnassigned, "400 Bad Request", "HTTP/1.1 477 Bad Request"},
		{"an unassigned 1xx is treated as 100", 150, StatusUnassigned, "100 Continue", "HTTP/1.1 150 Continue"},
		{"a code past 599 is not a status code", 600, StatusInvalid, "not a valid status code", "HTTP/1.1 600 "},
		{"a two-digit code is not a status code", 42, StatusInvalid, "not a valid status code", "HTTP/1.1 42 "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := DescribeStatus(tt.code)
			if s.Registration != tt.reg {
				t.Errorf("registration = %q, want %q", s.Registration, tt.reg)
			}
			if !strings.Contains(s.Summary.En, tt.mention) {
				t.Errorf("summary %q does not mention %q", s.Summary.En, tt.mention)
			}
			for label, txt := range map[string]Text{"summary": s.Summary, "when": s.When, "next": s.Next} {
				if !txt.Complete() {
					t.Errorf("%s is missing a language", label)
				}
			}
			if s.Example != tt.example {
				t.Errorf("example = %q, want %q", s.Example, tt.example)
			}
		})
	}
}

func TestDescribeStatusCoversEveryThreeDigitCode(t *testing.T) {
	for code := 100; code <= 599; code++ {
		s := DescribeStatus(code)
		_, registered := LookupStatus(code)
		if registered == (s.Registration == StatusUnassigned) {
			t.Errorf("%d: registration %q, but LookupStatus found = %v", code, s.Registration, registered)
		}
		if s.Code != code || s.Class.Digit != code/100 {
			t.Errorf("%d: described as code %d of class %d", code, s.Code, s.Class.Digit)
		}
		if !s.Summary.Complete() || !s.When.Complete() || !s.Next.Complete() || s.Cite() == "" {
			t.Errorf("%d: description lacks a language or a citation", code)
		}
		if !registered && s.Cacheable {
			t.Errorf("%d: an unregistered code is not cacheable by default", code)
		}
	}
}

func BenchmarkLookupStatus(b *testing.B) {
	for b.Loop() {
		LookupStatus(404)
	}
}

// statusScriptPairs pairs Simplified characters with their Traditional
// forms; a zh-Hant text must not contain the first of a pair, nor a zh-Hans
// text the second.
var statusScriptPairs = [][2]string{
	{"务", "務"}, {"户", "戶"}, {"缓", "緩"}, {"请", "請"}, {"应", "應"}, {"连", "連"}, {"头", "頭"},
	{"节", "節"}, {"据", "據"}, {"为", "為"}, {"个", "個"}, {"这", "這"}, {"时", "時"}, {"发", "發"},
	{"数", "數"}, {"资", "資"}, {"没", "沒"}, {"种", "種"}, {"无", "無"}, {"类", "類"}, {"处", "處"},
	{"们", "們"}, {"议", "議"}, {"协", "協"}, {"认", "認"}, {"证", "證"}, {"载", "載"}, {"网", "網"},
	{"码", "碼"}, {"态", "態"}, {"录", "錄"}, {"删", "刪"}, {"实", "實"}, {"际", "際"}, {"过", "過"},
	{"问", "問"}, {"题", "題"}, {"错", "錯"}, {"误", "誤"}, {"标", "標"}, {"链", "鏈"}, {"该", "該"},
	{"长", "長"}, {"让", "讓"}, {"给", "給"}, {"还", "還"}, {"会", "會"}, {"对", "對"},
	{"变", "變"}, {"从", "從"}, {"与", "與"}, {"状", "狀"}, {"义", "義"}, {"体", "體"}, {"检", "檢"},
	{"读", "讀"}, {"写", "寫"}, {"样", "樣"}, {"经", "經"}, {"历", "歷"},
	{"权", "權"}, {"验", "驗"}, {"将", "將"}, {"开", "開"}, {"关", "關"}, {"间", "間"}, {"条", "條"},
	{"组", "組"}, {"选", "選"}, {"择", "擇"}, {"说", "說"}, {"执", "執"},
}

// statusCheckScript reports texts written in the wrong Chinese script.
func statusCheckScript(t *testing.T, where string, txt Text) {
	t.Helper()
	for _, p := range statusScriptPairs {
		if strings.Contains(txt.Hant, p[0]) {
			t.Errorf("%s: the zh-Hant text has the Simplified %s: %s", where, p[0], txt.Hant)
		}
		if strings.Contains(txt.Hans, p[1]) {
			t.Errorf("%s: the zh-Hans text has the Traditional %s: %s", where, p[1], txt.Hans)
		}
	}
}

func TestMethodAndStatusTextsUseTheRightScript(t *testing.T) {
	for _, m := range Methods() {
		statusCheckScript(t, m.Name+" summary", m.Summary)
		if d := m.Detail; d != nil {
			for _, txt := range append([]Text{d.Asks, d.BodyNote, d.Answers}, d.Mistakes...) {
				statusCheckScript(t, m.Name, txt)
			}
		}
	}
	for _, s := range Statuses() {
		for _, txt := range []Text{s.Summary, s.When, s.Next} {
			statusCheckScript(t, s.Example, txt)
		}
	}
	for _, c := range StatusClasses() {
		statusCheckScript(t, c.Range(), c.Name)
		statusCheckScript(t, c.Range(), c.Summary)
	}
	for _, code := range []int{150, 299, 477, 600} {
		s := DescribeStatus(code)
		for _, txt := range []Text{s.Summary, s.When, s.Next} {
			statusCheckScript(t, s.Example, txt)
		}
	}
}

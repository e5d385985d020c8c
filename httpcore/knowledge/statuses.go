package knowledge

import (
	"sort"
	"strconv"

	"github.com/httpplayground/playground/httpcore/internal/order"
)

// StatusRegistration is what the IANA HTTP Status Code Registry says about
// a code.
type StatusRegistration string

const (
	StatusAssigned   StatusRegistration = "assigned"   // in use, defined by its spec
	StatusTemporary  StatusRegistration = "temporary"  // early allocation for a draft, may expire
	StatusUnused     StatusRegistration = "unused"     // reserved, must not be given a meaning (306, 418)
	StatusObsoleted  StatusRegistration = "obsoleted"  // its spec was retired (510)
	StatusUnassigned StatusRegistration = "unassigned" // not in the registry (only from DescribeStatus)
	StatusInvalid    StatusRegistration = "invalid"    // not a status code at all (only from DescribeStatus)
)

// Status is one status code of the IANA HTTP Status Code Registry
// (RFC 9110 §16.2), explained.
type Status struct {
	Code         int
	Reason       string // the registered description, used as reason phrase
	Registration StatusRegistration
	Class        StatusClass
	Summary      Text // what the code says, in one line
	When         Text // when a server sends it
	Next         Text // what a client does next
	// Fields are the response header fields that go with the code
	// (Location for redirects, Allow for 405...).
	Fields []string
	// RequestFields are the request header fields that lead to the code
	// (Range for 206 and 416, If-None-Match for 304...).
	RequestFields []string
	// Cacheable: a cache may store the response and reuse it without
	// explicit freshness information ("heuristically cacheable",
	// RFC 9110 §15.1, RFC 9111 §4.2.2).
	Cacheable bool
	Spec      Spec   // where the code is defined; zero when Doc is set
	Doc       string // a defining document that is not an RFC (an Internet-Draft)
	Example   string // an example status line, without its CRLF
}

// Cite renders the defining document: "RFC 9110 §15.5.5", or a draft's name.
func (s Status) Cite() string {
	if s.Spec.Number != 0 {
		return s.Spec.String()
	}
	return s.Doc
}

// CiteURL links to the defining document, or returns "".
func (s Status) CiteURL() string {
	if s.Spec.Number != 0 {
		return s.Spec.URL()
	}
	if s.Doc != "" {
		return "https://datatracker.ietf.org/doc/" + s.Doc + "/"
	}
	return ""
}

// Statuses returns every registered status code, sorted by code.
func Statuses() []Status {
	out := make([]Status, len(statusTable))
	copy(out, statusTable)
	return out
}

// LookupStatus finds a status code of the registry.
func LookupStatus(code int) (Status, bool) {
	i := sort.Search(len(statusTable), func(i int) bool { return statusTable[i].Code >= code })
	if i < len(statusTable) && statusTable[i].Code == code {
		return statusTable[i], true
	}
	return Status{}, false
}

// DescribeStatus explains any code: a registered one as LookupStatus does;
// an unregistered code of a known class (say 299 or 477) as the registry
// leaves it, with the rule that a client which does not recognise a code
// treats it as the x00 code of its class (RFC 9110 §15); anything outside
// 100..599 as not a status code at all.
func DescribeStatus(code int) Status {
	if s, ok := LookupStatus(code); ok {
		return s
	}
	c := Class(code)
	n := strconv.Itoa(code)
	if c.Digit == 0 {
		return Status{
			Code: code, Registration: StatusInvalid, Spec: RFC(9110, "15"),
			Summary: Text{
				n + " is not a valid status code: a status code has three digits and its first digit, 1 to 5, names its class.",
				n + " 不是有效的状态码：状态码由三位数字组成，第一位数字（1 到 5）表示其类别。",
				n + " 不是有效的狀態碼：狀態碼由三位數字組成，第一位數字（1 到 5）表示其類別。",
			},
			When: Text{
				"A server must never send it.",
				"服务器绝不能发送它。",
				"伺服器絕不能送出它。",
			},
			Next: Text{
				"A client treats a response with such a code as invalid.",
				"客户端会把带有这种状态码的响应视为无效。",
				"用戶端會把帶有這種狀態碼的回應視為無效。",
			},
			Example: "HTTP/1.1 " + n + " ",
		}
	}
	base := strconv.Itoa(c.Digit) + "00"
	baseStatus, _ := LookupStatus(c.Digit * 100)
	return Status{
		Code: code, Registration: StatusUnassigned, Class: c, Spec: RFC(9110, "15"),
		Summary: Text{
			n + " is not registered. It is a " + c.Range() + " code (" + c.Name.En + "), and a client that does not recognise a code treats it like " + base + " " + baseStatus.Reason + ".",
			n + " 未经注册。它属于 " + c.Range() + "（" + c.Name.Hans + "）类，不认识该状态码的客户端会把它当作 " + base + " " + baseStatus.Reason + " 处理。",
			n + " 未經註冊。它屬於 " + c.Range() + "（" + c.Name.Hant + "）類，不認得該狀態碼的用戶端會把它當作 " + base + " " + baseStatus.Reason + " 處理。",
		},
		When: Text{
			"Only by private agreement between a server and its clients; nothing in the standards defines it.",
			"只在服务器与其客户端私下约定时使用；标准中没有对它的定义。",
			"只在伺服器與其用戶端私下約定時使用；標準中沒有對它的定義。",
		},
		Next: Text{
			"Act as for " + base + ", with one exception: a response with an unrecognised code must not be stored in a cache.",
			"按 " + base + " 处理，只有一个例外：状态码无法识别的响应不得存入缓存。",
			"依 " + base + " 處理，只有一個例外：狀態碼無法辨識的回應不得存入快取。",
		},
		Example: "HTTP/1.1 " + n + " " + baseStatus.Reason,
	}
}

func init() {
	for _, b := range statusBlocks {
		for _, s := range b.statuses {
			s.Class = statusClasses[b.class-1]
			if s.Registration == "" {
				s.Registration = StatusAssigned
			}
			if s.Example == "" {
				s.Example = "HTTP/1.1 " + strconv.Itoa(s.Code) + " " + s.Reason
			}
			statusTable = append(statusTable, s)
		}
	}
	order.Stable(len(statusTable), func(i, j int) bool { return statusTable[i].Code < statusTable[j].Code }, func(i, j int) { statusTable[i], statusTable[j] = statusTable[j], statusTable[i] })
}

// statusTable is the registry, sorted by code, built from statusBlocks.
var statusTable []Status

// statusBlocks groups the registry by class; each block's codes must start
// with its class digit (checked by the tests). Registration defaults to
// assigned and Example to "HTTP/1.1 <code> <reason>".
var statusBlocks = []struct {
	class    int
	statuses []Status
}{
	{1, status1xx}, {2, status2xx}, {3, status3xx}, {4, status4xx}, {5, status5xx},
}

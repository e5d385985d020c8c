package knowledge

import "strconv"

// StatusClass is one of the five classes of status codes, named by the
// first digit (RFC 9110 §15). The zero StatusClass (Digit 0) stands for a
// code outside 100..599, which is not a valid status code.
type StatusClass struct {
	Digit   int  // 1 to 5
	Name    Text // "Informational", "Successful", ...
	Summary Text // what a response of the class says
	Spec    Spec
}

// Range renders the class as learners write it: "4xx".
func (c StatusClass) Range() string {
	if c.Digit == 0 {
		return ""
	}
	return strconv.Itoa(c.Digit) + "xx"
}

// Class returns the class of a status code: its first digit, for codes
// 100 to 599, or the zero StatusClass for anything else.
func Class(code int) StatusClass {
	if code < 100 || code > 599 {
		return StatusClass{}
	}
	return statusClasses[code/100-1]
}

// StatusClasses returns the five classes, 1xx to 5xx.
func StatusClasses() []StatusClass {
	out := make([]StatusClass, len(statusClasses))
	copy(out, statusClasses)
	return out
}

var statusClasses = []StatusClass{
	{
		Digit: 1, Spec: RFC(9110, "15.2"),
		Name: Text{"Informational", "信息", "資訊"},
		Summary: Text{
			"An interim answer: the request was received and is being worked on. It comes before the final response, never instead of it, and has no body.",
			"临时回答：请求已收到，正在处理。它出现在最终响应之前，而不能代替最终响应，也没有主体。",
			"暫時回應：請求已收到，正在處理。它出現在最終回應之前，而不能取代最終回應，也沒有主體。",
		},
	},
	{
		Digit: 2, Spec: RFC(9110, "15.3"),
		Name: Text{"Successful", "成功", "成功"},
		Summary: Text{
			"The request was received, understood and accepted: the server did what was asked.",
			"请求已被接收、理解并接受：服务器完成了所请求的事情。",
			"請求已被接收、理解並接受：伺服器完成了所請求的事情。",
		},
	},
	{
		Digit: 3, Spec: RFC(9110, "15.4"),
		Name: Text{"Redirection", "重定向", "重新導向"},
		Summary: Text{
			"The client has to take a further step to complete the request, usually repeat it at another URL given in Location, or use the copy it already has.",
			"客户端需要再做一步才能完成请求，通常是向 Location 给出的另一个 URL 重发请求，或使用它已有的副本。",
			"用戶端需要再做一步才能完成請求，通常是向 Location 指定的另一個 URL 重送請求，或使用它已有的副本。",
		},
	},
	{
		Digit: 4, Spec: RFC(9110, "15.5"),
		Name: Text{"Client Error", "客户端错误", "用戶端錯誤"},
		Summary: Text{
			"The request has a problem the client must fix: bad syntax, missing permission, a resource that is not there. Repeating it unchanged will not help.",
			"请求有问题，需要客户端修正：语法错误、没有权限、资源不存在等。原样重发无济于事。",
			"請求有問題，需要用戶端修正：語法錯誤、沒有權限、資源不存在等。原封不動地重送無濟於事。",
		},
	},
	{
		Digit: 5, Spec: RFC(9110, "15.6"),
		Name: Text{"Server Error", "服务器错误", "伺服器錯誤"},
		Summary: Text{
			"The server failed to fulfil a request that looks valid. The fault is on the server's side; the same request may succeed later.",
			"服务器未能完成一个看起来有效的请求。问题在服务器一方，同样的请求稍后可能成功。",
			"伺服器未能完成一個看起來有效的請求。問題在伺服器一方，同樣的請求稍後可能成功。",
		},
	},
}

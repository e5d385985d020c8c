package fieldvalue

import "github.com/httpplayground/playground/httpcore/knowledge"

// Fields whose value is one HTTP date: Date, Last-Modified, Expires,
// If-Modified-Since, If-Unmodified-Since; and Retry-After, a date or a
// number of seconds.

func init() {
	for _, name := range []string{"Date", "Last-Modified", "If-Modified-Since", "If-Unmodified-Since"} {
		register(name, "date", func(a *analysis) { a.date(a.whole()) })
	}
	register("Expires", "date", analyzeExpires)
	register("Retry-After", "date-or-delay", analyzeRetryAfter)
}

var (
	textDelay = knowledge.Text{
		En:   "A number of seconds to wait before trying again.",
		Hans: "重试之前应等待的秒数。",
		Hant: "重試之前應等待的秒數。",
	}
	noteExpiresZero = &noteDef{"expires/zero", Warning, knowledge.RFC(9111, "5.3"), knowledge.Text{
		En:   "%s is not a date. Caches read an invalid Expires, especially 0, as a time in the past: the response is already stale. Cache-Control: max-age=0 or no-cache says so properly.",
		Hans: "%s 不是日期。缓存会把无效的 Expires（尤其是 0）理解为过去的时间：响应已经过期。用 Cache-Control: max-age=0 或 no-cache 才是正确写法。",
		Hant: "%s 不是日期。快取會把無效的 Expires（尤其是 0）理解為過去的時間：回應已經過期。用 Cache-Control: max-age=0 或 no-cache 才是正確寫法。",
	}}
	noteExpiresInvalid = &noteDef{"expires/invalid-means-expired", Remark, knowledge.RFC(9111, "5.3"), knowledge.Text{
		En:   "Because this Expires is not a valid date, caches treat the response as already expired.",
		Hans: "由于这个 Expires 不是有效日期，缓存会把响应视为已经过期。",
		Hant: "由於這個 Expires 不是有效日期，快取會把回應視為已經過期。",
	}}
	noteDelayNotNumber = &noteDef{"retry-after/bad-delay", Error, knowledge.RFC(9110, "10.2.3"), knowledge.Text{
		En:   "Retry-After is either an HTTP date or a whole number of seconds (digits only, no sign, no decimals).",
		Hans: "Retry-After 要么是 HTTP 日期，要么是整数秒（只能是数字，不能带正负号或小数）。",
		Hant: "Retry-After 要麼是 HTTP 日期，要麼是整數秒（只能是數字，不能帶正負號或小數）。",
	}}
)

func analyzeExpires(a *analysis) {
	w := a.whole()
	if v := a.text(w); v != "" && (allDigits(v) || (v[0] == '-' && allDigits(v[1:]))) {
		a.out.Kind = "invalid-date"
		a.add(part("expired", w, "1970-01-01T00:00:00Z", textDate))
		a.notef(noteExpiresZero, w, v)
		return
	}
	if !a.date(w) && w.Start < w.End {
		a.note(noteExpiresInvalid, w)
	}
}

func analyzeRetryAfter(a *analysis) {
	w := a.whole()
	v := a.text(w)
	if allDigits(v) {
		a.out.Kind = "delay-seconds"
		a.add(part("delay-seconds", w, "PT"+trimZeros(v)+"S", textDelay))
		return
	}
	if v != "" && (isDigit(v[0]) || v[0] == '-' || v[0] == '+') {
		a.out.Kind = "delay-seconds"
		a.add(part("delay-seconds", w, v, textDelay))
		a.note(noteDelayNotNumber, w)
		return
	}
	a.date(w)
}

// trimZeros drops the leading zeros of a number ("007" becomes "7").
func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

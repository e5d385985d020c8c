package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// implemented are the methods this server knows how to handle (B12); any
// other method is answered 501.
var implemented = []string{"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH"}

// decider walks the decision diagram for one request.
type decider struct {
	st    *state
	site  *Site
	now   instant
	req   *request
	steps []Step

	res    *Resource
	itemID string
	item   map[string]any

	// what the negotiation chose
	mediaType string
	variant   int
	coding    string
	vary      []string

	resp    *Response
	interim bool           // a 100 Continue goes first
	close   bool           // the server closes the connection after answering
	closeBy knowledge.Text // why it closes, when close is set
}

// ask records one decision.
//
// It is not inlined: its body is large beside a call, and the decisions call
// it hundreds of times (each inlined copy cost about 1 KB of WebAssembly).
//
//go:noinline
func (d *decider) ask(id string, answer bool, span httpcore.Span, note knowledge.Text) {
	dec := decisions[id]
	d.steps = append(d.steps, Step{ID: id, Question: dec.Question, Answer: answer, Note: note, Span: span, Spec: dec.Spec})
}

// settle ends the walk on the last decision with status; the response gets a
// small HTML page explaining it unless the status has no content.
func (d *decider) settle(status int, detail string) {
	d.steps[len(d.steps)-1].Status = status
	d.resp = &Response{Status: status, Reason: reasonPhrase(status)}
	if !bodyless(status) {
		d.setBody(statusPage(status, detail), "text/html; charset=utf-8",
			knowledge.Text{En: "The server describes the status in a small HTML page.", Hans: "服务器用一个小 HTML 页面说明这个状态。", Hant: "伺服器用一個小 HTML 頁面說明這個狀態。"})
	}
}

// setBody puts content in the response with its Content-Type.
func (d *decider) setBody(body []byte, contentType string, why knowledge.Text) {
	d.resp.Body = body
	d.resp.set("Content-Type", contentType, knowledge.RFC(9110, "8.3"), why)
}

// walk runs the decisions in the order of the Webmachine v3 diagram and
// leaves the answer in d.resp.
func (d *decider) walk() {
	r := d.req
	if diag, bad := r.firstError(); bad {
		status := diag.Status
		if status < 400 {
			status = 400
		}
		d.ask("P1", false, diag.Span, knowledge.Text{En: diag.Text("en"), Hans: diag.Text("zh-Hans"), Hant: diag.Text("zh-Hant")})
		d.steps[len(d.steps)-1].Spec = parseSpec(diag.Spec, d.steps[len(d.steps)-1].Spec)
		d.steps[len(d.steps)-1].Diagnostic = diag.Code
		d.settle(status, diag.Message)
		d.close = true
		d.closeBy = knowledge.Text{
			En:   "A server that could not read a request cannot tell where the next one starts, so it closes the connection.",
			Hans: "服务器读不懂一个请求时，就无法判断下一个请求从哪里开始，所以关闭连接。",
			Hant: "伺服器讀不懂一個請求時，就無法判斷下一個請求從哪裡開始，所以關閉連線。",
		}
		return
	}
	var warned []httpcore.Diagnostic
	for _, diag := range r.msg.Diagnostics {
		if diag.Severity == httpcore.Warning {
			warned = append(warned, diag)
		}
	}
	if len(warned) > 0 {
		w := warned[0]
		d.ask("P1", true, w.Span, joinText(
			say("The server can read the request, with %d warning(s). The first:", "服务器能读取这个请求，但有 %d 条警告。第一条：", "伺服器能讀取這個請求，但有 %d 則警告。第一則：", len(warned)),
			knowledge.Text{En: w.Text("en"), Hans: w.Text("zh-Hans"), Hant: w.Text("zh-Hant")}))
		d.steps[len(d.steps)-1].Diagnostic = w.Code
	} else {
		d.ask("P1", true, r.msg.Start.Span, knowledge.Text{En: "The request line and the header section follow RFC 9112.", Hans: "请求行和头部都符合 RFC 9112。", Hant: "請求行和標頭都符合 RFC 9112。"})
	}

	d.res, d.itemID = d.site.lookup(r.path)
	if d.res != nil && d.itemID != "" {
		d.item = findItem(d.res.Collection.Items, d.itemID)
	}

	// the decisions in the order of the diagram; each one either lets the
	// request through or settles the answer
	for _, settled := range []func() bool{
		d.unavailable,       // B13
		d.notImplemented,    // B12
		d.connect,           // T2
		d.tooLong,           // B11
		d.notAllowed,        // B10
		d.trace,             // T1
		d.malformed,         // B9
		d.unauthorized,      // B8
		d.forbidden,         // B7
		d.badContentHeaders, // B6
		d.lengthRequired,    // L1
		d.unsupportedType,   // B5
		d.tooLarge,          // B4
		d.expectationFailed, // E1
		d.options,           // B3
		d.notAcceptable,     // C3 to F7
	} {
		if settled() {
			return
		}
	}
	if d.exists() {
		d.existing()
	} else {
		d.missing()
	}
}

// B13
func (d *decider) unavailable() bool {
	un := d.site.Unavailable
	if un == nil && d.res != nil {
		un = d.res.Unavailable
	}
	if un == nil {
		d.ask("B13", true, httpcore.Span{}, knowledge.Text{En: "The site is up and taking requests.", Hans: "网站正常运行，接受请求。", Hant: "網站正常運作，接受請求。"})
		return false
	}
	d.ask("B13", false, httpcore.Span{}, knowledge.Text{En: "The scenario marks this part of the site as down for maintenance.", Hans: "场景把网站的这一部分设为维护中。", Hant: "情境把網站的這一部分設為維護中。"})
	d.settle(503, "The service is down for maintenance.")
	if un.RetryAfter > 0 {
		d.resp.set("Retry-After", itoa(un.RetryAfter), knowledge.RFC(9110, "10.2.3"),
			knowledge.Text{En: "Tells the client how many seconds to wait before trying again.", Hans: "告诉客户端过多少秒再试。", Hant: "告訴用戶端過多少秒再試。"})
	}
	return true
}

// B12
func (d *decider) notImplemented() bool {
	m := d.req.method
	if contains(implemented, m) {
		d.ask("B12", true, d.req.methodSpan(), say("%s is one of the methods this server implements.", "%s 是服务器实现了的方法之一。", "%s 是伺服器實作了的方法之一。", m))
		return false
	}
	note := say("This server does not implement %s, for any resource.", "服务器对任何资源都没有实现 %s。", "伺服器對任何資源都沒有實作 %s。", m)
	if up := strings.ToUpper(m); up != m && contains(implemented, up) {
		note = joinText(note, say("Method names are case-sensitive: %s is not %s.", "方法名区分大小写：%s 不是 %s。", "方法名稱區分大小寫：%s 不是 %s。", m, up))
	}
	d.ask("B12", false, d.req.methodSpan(), note)
	d.settle(501, "The method "+m+" is not implemented.")
	return true
}

// T2
func (d *decider) connect() bool {
	if d.req.method != "CONNECT" {
		return false
	}
	d.ask("T2", true, d.req.methodSpan(), say(
		"CONNECT asks a proxy to open a TCP tunnel to %s. This is an origin server, not a proxy: it opens no tunnels, so it answers 501.",
		"CONNECT 是请代理打开一条到 %s 的 TCP 隧道。这里是源服务器，不是代理，不开隧道，所以回答 501。",
		"CONNECT 是請代理開一條到 %s 的 TCP 通道。這裡是來源伺服器，不是代理，不開通道，所以回答 501。", d.req.target))
	d.settle(501, "This origin server does not open tunnels.")
	return true
}

// B11
func (d *decider) tooLong() bool {
	n, max := len(d.req.target), d.site.maxTarget()
	if n <= max {
		d.ask("B11", false, d.req.targetSpan(), say("The target is %d bytes; the server reads up to %d.", "目标长 %d 字节；服务器最多读 %d 字节。", "目標長 %d 位元組；伺服器最多讀 %d 位元組。", n, max))
		return false
	}
	d.ask("B11", true, d.req.targetSpan(), say("The target is %d bytes, more than the %d the server reads.", "目标长 %d 字节，超过服务器能读的 %d 字节。", "目標長 %d 位元組，超過伺服器能讀的 %d 位元組。", n, max))
	d.settle(414, "The request-target is too long.")
	return true
}

// allowed is the Allow list for the resource at the request's path; a path
// with no resource (and "*", the server as a whole) allows every method the
// server implements except CONNECT, so that the walk can go on to 404.
func (d *decider) allowed() []string {
	if d.res != nil {
		return d.res.allowedMethods(d.itemID != "", d.site)
	}
	ms := []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
	if d.site.AllowTrace {
		ms = append(ms, "TRACE")
	}
	return ms
}

// B10
func (d *decider) notAllowed() bool {
	allow := d.allowed()
	if d.req.target == "*" && d.req.method != "OPTIONS" {
		d.ask("B10", false, d.req.targetSpan(), knowledge.Text{En: "The asterisk target \"*\" only goes with OPTIONS.", Hans: "星号目标 \"*\" 只能和 OPTIONS 一起用。", Hant: "星號目標 \"*\" 只能和 OPTIONS 一起用。"})
		d.settle(400, "The target * is only for OPTIONS.")
		return true
	}
	if contains(allow, d.req.method) {
		d.ask("B10", true, d.req.methodSpan(), say("The resource allows %s.", "资源允许 %s。", "資源允許 %s。", strings.Join(allow, ", ")))
		return false
	}
	note := say("The resource allows only %s.", "资源只允许 %s。", "資源只允許 %s。", strings.Join(allow, ", "))
	if d.req.method == "TRACE" {
		note = joinText(note, knowledge.Text{
			En:   "TRACE is switched off, as on most real servers: an echo of the request could hand cookies and credentials to a script (cross-site tracing).",
			Hans: "TRACE 已关闭，和大多数真实服务器一样：回显请求可能把 Cookie 和凭据交给脚本（跨站追踪）。",
			Hant: "TRACE 已關閉，和大多數真實伺服器一樣：回顯請求可能把 Cookie 和憑證交給指令碼（跨站追蹤）。",
		})
	}
	d.ask("B10", false, d.req.methodSpan(), note)
	d.settle(405, "The method "+d.req.method+" is not allowed here.")
	d.setAllow(allow)
	return true
}

func (d *decider) setAllow(allow []string) {
	d.resp.set("Allow", strings.Join(allow, ", "), knowledge.RFC(9110, "10.2.1"),
		knowledge.Text{En: "Lists the methods this resource takes, so the client knows what it may try.", Hans: "列出这个资源接受的方法，让客户端知道可以用哪些。", Hant: "列出這個資源接受的方法，讓用戶端知道可以用哪些。"})
}

// T1
func (d *decider) trace() bool {
	if d.req.method != "TRACE" {
		return false
	}
	d.ask("T1", true, d.req.methodSpan(), knowledge.Text{
		En:   "The scenario turns TRACE on, so the server sends back the request it received, as message/http, leaving out Authorization and Cookie. Real servers switch TRACE off: a script that could send TRACE would read cookies and credentials it must not see.",
		Hans: "场景开启了 TRACE，所以服务器把收到的请求原样送回（message/http），但去掉 Authorization 和 Cookie。真实服务器通常关闭 TRACE：能发 TRACE 的脚本会读到它不该看到的 Cookie 和凭据。",
		Hant: "情境開啟了 TRACE，所以伺服器把收到的請求原樣送回（message/http），但去掉 Authorization 和 Cookie。真實伺服器通常關閉 TRACE：能發 TRACE 的指令碼會讀到它不該看到的 Cookie 和憑證。",
	})
	d.steps[len(d.steps)-1].Status = 200
	d.resp = &Response{Status: 200, Reason: reasonPhrase(200)}
	d.setBody(traceEcho(d.req), "message/http",
		knowledge.Text{En: "The content is an HTTP message: the request as the server received it.", Hans: "内容是一条 HTTP 消息：服务器收到的请求。", Hant: "內容是一則 HTTP 訊息：伺服器收到的請求。"})
	return true
}

// traceEcho is the request's header section as received, without the
// fields that carry secrets (RFC 9110 §9.3.8).
func traceEcho(r *request) []byte {
	m := r.msg
	b := []byte(m.Text(m.Start.Span) + "\r\n")
	for _, f := range m.Fields {
		switch strings.ToLower(m.Name(f)) {
		case "authorization", "cookie", "proxy-authorization":
			continue
		}
		b = append(b, m.Text(f.Line)+"\r\n"...)
	}
	return append(b, "\r\n"...)
}

// hasContent reports whether the method sends content this server reads.
func (d *decider) hasContent() bool {
	switch d.req.method {
	case "POST", "PUT", "PATCH":
		return true
	}
	return false
}

// B9
func (d *decider) malformed() bool {
	if !d.hasContent() || d.res == nil || d.res.Collection == nil || !(d.req.hasBody || d.req.has("Content-Length")) {
		d.ask("B9", false, d.req.msg.BodySpan, knowledge.Text{En: "Nothing in the content needs checking before the server uses it.", Hans: "内容里没有需要在使用前检查的东西。", Hant: "內容裡沒有需要在使用前檢查的東西。"})
		return false
	}
	ct, _, _ := d.req.field("Content-Type")
	if !strings.Contains(mediaTypeOf(ct), "json") {
		d.ask("B9", false, d.req.msg.BodySpan, knowledge.Text{En: "The content is not JSON; B5 decides whether its type is taken.", Hans: "内容不是 JSON；由 B5 判断是否接受它的类型。", Hant: "內容不是 JSON；由 B5 判斷是否接受它的類型。"})
		return false
	}
	if _, err := decodeObject(d.req.body()); err != nil {
		d.ask("B9", true, d.req.msg.BodySpan, say("The content is not a JSON object: %s.", "内容不是 JSON 对象：%s。", "內容不是 JSON 物件：%s。", err.Error()))
		d.settle(400, "The content is not a JSON object.")
		return true
	}
	d.ask("B9", false, d.req.msg.BodySpan, knowledge.Text{En: "The content is a well-formed JSON object.", Hans: "内容是格式正确的 JSON 对象。", Hant: "內容是格式正確的 JSON 物件。"})
	return false
}

// B8 and B7 live in auth.go; B6, B5, B4, E1 and B3 in content.go;
// C3 to F7 in negotiation.go; G7 onwards in exists.go.

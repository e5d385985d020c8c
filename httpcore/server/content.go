package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

var spanNone httpcore.Span

// B6
func (d *decider) badContentHeaders() bool {
	if v, span, ok := d.req.field("Content-Encoding"); ok && !strings.EqualFold(strings.TrimSpace(v), "identity") {
		d.ask("B6", false, span, say("The content is sent with the coding %q, which this server does not decode in requests.", "内容使用了编码 %q，服务器不解码请求中的这种编码。", "內容使用了編碼 %q，伺服器不解碼請求中的這種編碼。", v))
		d.settle(415, "The server does not take content coded as "+v+".")
		d.resp.set("Accept-Encoding", "identity", knowledge.RFC(9110, "12.5.3"),
			knowledge.Text{En: "In a 415 answer, says which content codings the server does take in requests.", Hans: "在 415 回应里说明服务器在请求中接受哪些内容编码。", Hant: "在 415 回應裡說明伺服器在請求中接受哪些內容編碼。"})
		d.steps[len(d.steps)-1].Spec = knowledge.RFC(9110, "8.4")
		return true
	}
	if _, span, ok := d.req.field("Content-Range"); ok {
		d.ask("B6", false, span, knowledge.Text{En: "Content-Range in a request asks for a partial update, which this server does not do.", Hans: "请求里的 Content-Range 要求部分更新，服务器不支持。", Hant: "請求裡的 Content-Range 要求部分更新，伺服器不支援。"})
		d.steps[len(d.steps)-1].Spec = knowledge.RFC(9110, "14.5")
		d.settle(400, "Partial updates with Content-Range are not supported.")
		return true
	}
	d.ask("B6", true, spanNone, knowledge.Text{En: "No Content-* field in the request asks for something the server cannot do.", Hans: "请求中没有服务器做不到的 Content-* 字段。", Hant: "請求中沒有伺服器做不到的 Content-* 欄位。"})
	return false
}

// accepts is the list of media types a resource takes in request content,
// or nil when any type will do.
func (d *decider) accepts() []string {
	switch {
	case d.res == nil:
		return nil
	case len(d.res.Accepts) > 0:
		return d.res.Accepts
	case d.res.Collection != nil:
		return []string{"application/json", "application/merge-patch+json"}
	case d.res.Form != nil:
		return []string{"application/x-www-form-urlencoded", "multipart/form-data"}
	}
	return nil
}

// L1
func (d *decider) lengthRequired() bool {
	if !d.hasContent() || d.accepts() == nil {
		return false
	}
	if d.req.has("Content-Length") || d.req.has("Transfer-Encoding") {
		d.ask("L1", true, spanNone, knowledge.Text{En: "The length of the content is declared, so the server knows where it ends.", Hans: "内容的长度已声明，服务器知道它在哪里结束。", Hant: "內容的長度已宣告，伺服器知道它在哪裡結束。"})
		return false
	}
	d.ask("L1", false, d.req.methodSpan(), say("%s to this resource needs content, and the request has neither Content-Length nor Transfer-Encoding: the server will not guess where the content ends.",
		"对这个资源的 %s 需要内容，而请求既没有 Content-Length 也没有 Transfer-Encoding：服务器不会去猜内容在哪里结束。",
		"對這個資源的 %s 需要內容，而請求既沒有 Content-Length 也沒有 Transfer-Encoding：伺服器不會去猜內容在哪裡結束。", d.req.method))
	d.settle(411, "Send the content with a Content-Length.")
	return true
}

// B5
func (d *decider) unsupportedType() bool {
	takes := d.accepts()
	if !d.hasContent() || len(takes) == 0 {
		d.ask("B5", true, spanNone, knowledge.Text{En: "The request carries no content whose type matters here.", Hans: "请求没有需要检查类型的内容。", Hant: "請求沒有需要檢查類型的內容。"})
		return false
	}
	v, span, ok := d.req.field("Content-Type")
	if ok && contains(takes, mediaTypeOf(v)) {
		d.ask("B5", true, span, say("%s is a type this resource takes.", "%s 是这个资源接受的类型。", "%s 是這個資源接受的類型。", mediaTypeOf(v)))
		return false
	}
	if !ok {
		d.ask("B5", false, spanNone, say("The request has no Content-Type, and this resource takes only %s.", "请求没有 Content-Type，而这个资源只接受 %s。", "請求沒有 Content-Type，而這個資源只接受 %s。", strings.Join(takes, ", ")))
	} else {
		d.ask("B5", false, span, say("%s is not a type this resource takes; it takes %s.", "%s 不是这个资源接受的类型；它接受 %s。", "%s 不是這個資源接受的類型；它接受 %s。", mediaTypeOf(v), strings.Join(takes, ", ")))
	}
	d.settle(415, "This resource takes "+strings.Join(takes, ", ")+".")
	d.resp.set("Accept", strings.Join(takes, ", "), knowledge.RFC(9110, "12.5.1"),
		knowledge.Text{En: "In a 415 answer, lists the media types the resource does take.", Hans: "在 415 回应里列出资源接受的媒体类型。", Hant: "在 415 回應裡列出資源接受的媒體類型。"})
	return true
}

// B4
func (d *decider) tooLarge() bool {
	limit := d.site.maxBody()
	if d.res != nil && d.res.MaxBody > 0 && d.res.MaxBody < limit {
		limit = d.res.MaxBody
	}
	n := d.req.msg.Length
	if n < 0 {
		n = 0
	}
	_, span, _ := d.req.field("Content-Length")
	if n <= int64(limit) {
		d.ask("B4", false, span, say("The content is %d bytes; the resource takes up to %d.", "内容有 %d 字节；资源最多接受 %d 字节。", "內容有 %d 位元組；資源最多接受 %d 位元組。", n, limit))
		return false
	}
	d.ask("B4", true, span, say("The content is %d bytes, more than the %d this resource takes.", "内容有 %d 字节，超过资源能接受的 %d 字节。", "內容有 %d 位元組，超過資源能接受的 %d 位元組。", n, limit))
	d.settle(413, "The content is too large.")
	d.close = true
	d.closeBy = knowledge.Text{
		En:   "The server will not read content that large, so it closes the connection rather than read and discard it.",
		Hans: "服务器不会读取这么大的内容，所以关闭连接，而不是读完再丢弃。",
		Hant: "伺服器不會讀取這麼大的內容，所以關閉連線，而不是讀完再丟棄。",
	}
	return true
}

// E1
func (d *decider) expectationFailed() bool {
	v, span, ok := d.req.field("Expect")
	if !ok {
		return false
	}
	if !strings.EqualFold(strings.TrimSpace(v), "100-continue") {
		d.ask("E1", false, span, say("The client expects %q, which this server cannot meet; only 100-continue is defined.", "客户端期望 %q，服务器无法满足；只有 100-continue 有定义。", "用戶端期望 %q，伺服器無法滿足；只有 100-continue 有定義。", v))
		d.settle(417, "Only Expect: 100-continue is supported.")
		return true
	}
	switch {
	case d.req.http10:
		d.ask("E1", false, span, knowledge.Text{En: "An HTTP/1.0 client cannot receive 100 Continue, so the server ignores the expectation.", Hans: "HTTP/1.0 客户端无法接收 100 Continue，所以服务器忽略这个期望。", Hant: "HTTP/1.0 用戶端無法接收 100 Continue，所以伺服器忽略這個期望。"})
	case !d.req.hasBody:
		d.ask("E1", false, span, knowledge.Text{En: "There is no content to wait for, so no 100 Continue is needed.", Hans: "没有要等待的内容，所以不需要 100 Continue。", Hant: "沒有要等待的內容，所以不需要 100 Continue。"})
	default:
		d.ask("E1", true, span, knowledge.Text{En: "Every check on the header section has passed, so the server sends 100 Continue and the client sends its content.", Hans: "对头部的检查都通过了，服务器先发 100 Continue，客户端再发送内容。", Hant: "對標頭的檢查都通過了，伺服器先送 100 Continue，用戶端再送出內容。"})
		d.steps[len(d.steps)-1].Status = 100
		d.interim = true
	}
	return false
}

// B3
func (d *decider) options() bool {
	if d.req.method != "OPTIONS" {
		d.ask("B3", false, d.req.methodSpan(), say("The method is %s.", "方法是 %s。", "方法是 %s。", d.req.method))
		return false
	}
	allow := d.allowed()
	note := knowledge.Text{En: "The client asks what this resource supports: the answer is its Allow list, with no content.", Hans: "客户端询问这个资源支持什么：回答就是它的 Allow 列表，没有内容。", Hant: "用戶端詢問這個資源支援什麼：回答就是它的 Allow 列表，沒有內容。"}
	if d.req.target == "*" {
		note = knowledge.Text{En: "OPTIONS * asks about the server as a whole, not one resource.", Hans: "OPTIONS * 询问整个服务器，而不是某个资源。", Hant: "OPTIONS * 詢問整個伺服器，而不是某個資源。"}
	}
	d.ask("B3", true, d.req.methodSpan(), note)
	d.settle(204, "")
	d.setAllow(allow)
	return true
}

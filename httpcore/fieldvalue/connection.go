package fieldvalue

import (
	"slices"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Fields about the connection: Connection and Keep-Alive (RFC 9112
// section 9, RFC 9110 section 7.6.1) and Upgrade (RFC 9110 section 7.8).

func init() {
	register("Connection", "connection-options", analyzeConnection)
	register("Keep-Alive", "keep-alive-parameters", analyzeKeepAlive)
	register("Upgrade", "protocols", analyzeUpgrade)
}

var connectionOptions = table{
	{"close", knowledge.Text{
		En:   "close: the connection will be closed after this message; no further request is sent on it.",
		Hans: "close：这条消息之后连接将被关闭，不会再在上面发送请求。",
		Hant: "close：這則訊息之後連線將被關閉，不會再在上面傳送請求。",
	}},
	{"keep-alive", knowledge.Text{
		En:   "keep-alive: asks to keep the connection open for more requests. HTTP/1.1 connections stay open by default; this matters for HTTP/1.0.",
		Hans: "keep-alive：要求保持连接以便发送更多请求。HTTP/1.1 连接默认保持打开；这个选项对 HTTP/1.0 才有意义。",
		Hant: "keep-alive：要求保持連線以便傳送更多請求。HTTP/1.1 連線預設保持開啟；這個選項對 HTTP/1.0 才有意義。",
	}},
	{"upgrade", knowledge.Text{
		En:   "upgrade: marks the Upgrade field as hop-by-hop; it must accompany an Upgrade field.",
		Hans: "upgrade：表示 Upgrade 字段是逐跳的；必须与 Upgrade 字段一起出现。",
		Hant: "upgrade：表示 Upgrade 欄位是逐跳的；必須與 Upgrade 欄位一起出現。",
	}},
}

var (
	textConnOption = knowledge.Text{
		En:   "A connection option naming a hop-by-hop field: a proxy must remove that field (and this option) before forwarding the message.",
		Hans: "连接选项，指明一个逐跳字段：代理在转发消息前必须删除该字段（以及这个选项）。",
		Hant: "連線選項，指明一個逐跳欄位：代理在轉送訊息前必須刪除該欄位（以及這個選項）。",
	}
	textTimeout = knowledge.Text{
		En:   "timeout: how many seconds the server keeps an idle connection open.",
		Hans: "timeout：服务器保持空闲连接的秒数。",
		Hant: "timeout：伺服器保持閒置連線的秒數。",
	}
	textMax = knowledge.Text{
		En:   "max: how many more requests the server will accept on this connection.",
		Hans: "max：服务器在此连接上还会接受的请求数。",
		Hant: "max：伺服器在此連線上還會接受的請求數。",
	}
	textProtocol = knowledge.Text{
		En:   "A protocol the sender offers (in a request) or switches to (in a 101 response), name and optional version.",
		Hans: "发送方提供（请求中）或切换到（101 响应中）的协议，名称加可选的版本。",
		Hant: "傳送端提供（請求中）或切換到（101 回應中）的協定，名稱加可選的版本。",
	}
	textProtocolName    = knowledge.Text{En: "The protocol's name.", Hans: "协议名称。", Hant: "協定名稱。"}
	textProtocolVersion = knowledge.Text{En: "The protocol's version.", Hans: "协议版本。", Hant: "協定版本。"}

	noteConnCloseAndKeep = &noteDef{"connection/close-and-keep-alive", Warning, knowledge.RFC(9112, "9.6"), knowledge.Text{
		En:   "keep-alive and close contradict each other; close wins, and the connection ends after this message.",
		Hans: "keep-alive 与 close 互相矛盾；close 优先，连接会在这条消息之后关闭。",
		Hant: "keep-alive 與 close 互相矛盾；close 優先，連線會在這則訊息之後關閉。",
	}}
	noteConnEndToEnd = &noteDef{"connection/end-to-end-field", Warning, knowledge.RFC(9110, "7.6.1"), knowledge.Text{
		En:   "%s is an end-to-end field; naming it in Connection makes proxies delete it.",
		Hans: "%s 是端到端字段；在 Connection 中列出它会让代理把它删掉。",
		Hant: "%s 是端對端欄位；在 Connection 中列出它會讓代理把它刪掉。",
	}}
	noteKeepAliveBad = &noteDef{"keep-alive/bad-number", Error, knowledge.RFC(9112, "C.2.2"), knowledge.Text{
		En:   "%s takes a whole number, digits only.",
		Hans: "%s 的值必须是整数，只能包含数字。",
		Hant: "%s 的值必須是整數，只能包含數字。",
	}}
	noteKeepAliveLegacy = &noteDef{"keep-alive/legacy", Remark, knowledge.RFC(9112, "C.2.2"), knowledge.Text{
		En:   "Keep-Alive comes from HTTP/1.0 and is not part of HTTP/1.1; clients may use its hints, and it only counts when Connection lists keep-alive.",
		Hans: "Keep-Alive 来自 HTTP/1.0，不属于 HTTP/1.1；客户端可以参考其中的提示，而且只有 Connection 中列出 keep-alive 时才有效。",
		Hant: "Keep-Alive 來自 HTTP/1.0，不屬於 HTTP/1.1；用戶端可以參考其中的提示，而且只有 Connection 中列出 keep-alive 時才有效。",
	}}
	noteUpgradeH2 = &noteDef{"upgrade/http2", Warning, knowledge.RFC(9113, "3.1"), knowledge.Text{
		En:   "HTTP/2 is not reached this way: over TLS it is chosen during the handshake (ALPN token h2), and the cleartext Upgrade: h2c is deprecated. HTTP/2.0 is not a protocol token anyone answers.",
		Hans: "HTTP/2 不是这样启用的：在 TLS 上它在握手时通过 ALPN（标识 h2）选定，而明文的 Upgrade: h2c 已被弃用。没有人会响应 HTTP/2.0 这个协议标识。",
		Hant: "HTTP/2 不是這樣啟用的：在 TLS 上它在交握時透過 ALPN（識別碼 h2）選定，而明文的 Upgrade: h2c 已被棄用。沒有人會回應 HTTP/2.0 這個協定識別碼。",
	}}
)

// endToEnd are fields that must not be named in Connection.
var endToEnd = []string{"content-length", "content-type", "host", "authorization", "cache-control", "content-encoding", "cookie", "set-cookie", "date", "etag"}

func analyzeConnection(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	var closeSpan Span
	hasClose, hasKeep := false, false
	for _, el := range els {
		o := strings.ToLower(a.text(el))
		t, known := connectionOptions.get(o)
		if !known {
			t = textConnOption
		}
		switch {
		case !isToken(o):
			a.note(noteNotAToken, el)
		case o == "close":
			hasClose, closeSpan = true, el
		case o == "keep-alive":
			hasKeep = true
		case slices.Contains(endToEnd, o):
			a.notef(noteConnEndToEnd, el, canonical(o))
		}
		a.add(part("option", el, o, t))
	}
	if hasClose && hasKeep {
		a.note(noteConnCloseAndKeep, closeSpan)
	}
}

func analyzeKeepAlive(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	a.note(noteKeepAliveLegacy, w)
	for _, el := range els {
		p := a.nameValue(el)
		a.checkParam(p, false)
		name := strings.ToLower(a.text(p.name))
		t := textParam
		switch name {
		case "timeout":
			t = textTimeout
		case "max":
			t = textMax
		}
		value := name
		if p.eq {
			value = name + "=" + p.val
			if (name == "timeout" || name == "max") && !allDigits(p.val) {
				a.notef(noteKeepAliveBad, p.value, name)
			}
		}
		a.add(a.paramPart(p, t, value))
	}
}

func analyzeUpgrade(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	for _, el := range els {
		v := a.text(el)
		name, version, hasV := strings.Cut(v, "/")
		ns := Span{el.Start, el.Start + len(name)}
		kids := []Part{part("protocol-name", ns, name, textProtocolName)}
		if hasV {
			kids = appendPart(kids, part("protocol-version", Span{ns.End + 1, el.End}, version, textProtocolVersion))
		}
		if !isToken(name) || (hasV && !isToken(version)) {
			a.note(noteNotAToken, el)
		}
		if strings.EqualFold(name, "HTTP") && strings.HasPrefix(version, "2") || strings.EqualFold(name, "h2") {
			a.note(noteUpgradeH2, el)
		}
		a.add(part("protocol", el, v, textProtocol, kids...))
	}
}

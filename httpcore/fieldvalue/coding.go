package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// How the body is encoded and framed: Content-Encoding (RFC 9110 section
// 8.4), Transfer-Encoding (RFC 9112 section 6.1) and Content-Length
// (RFC 9110 section 8.6).

func init() {
	register("Content-Encoding", "codings", analyzeContentEncoding)
	register("Transfer-Encoding", "transfer-codings", analyzeTransferEncoding)
	register("Content-Length", "length", analyzeContentLength)
}

// textChunked explains the chunked transfer coding.
var textChunked = knowledge.Text{
	En:   "chunked: the body is sent in chunks, each preceded by its size in hexadecimal, ending with a chunk of size 0; the length need not be known in advance.",
	Hans: "chunked：正文分块发送，每块前面是其十六进制大小，以大小为 0 的块结束；无需事先知道长度。",
	Hant: "chunked：本文分塊傳送，每塊前面是其十六進位大小，以大小為 0 的塊結束；無需事先知道長度。",
}

// transferCoding explains a registered transfer coding: chunked, or one of
// the compression codings shared with Content-Encoding.
func transferCoding(c string) (knowledge.Text, bool) {
	switch c {
	case "chunked":
		return textChunked, true
	case "gzip", "x-gzip", "deflate", "compress":
		return codings.get(c)
	}
	return knowledge.Text{}, false
}

var (
	textLengthValue = knowledge.Text{
		En:   "The length of the body in bytes (octets), a decimal number.",
		Hans: "正文长度（字节数），十进制数。",
		Hant: "本文長度（位元組數），十進位數。",
	}

	noteTENotLast = &noteDef{"transfer-encoding/chunked-not-last", Error, knowledge.RFC(9112, "6.1"), knowledge.Text{
		En:   "chunked must be the last transfer coding, or the recipient cannot tell where the body ends.",
		Hans: "chunked 必须是最后一个传输编码，否则接收方无法判断正文在哪里结束。",
		Hant: "chunked 必須是最後一個傳輸編碼，否則接收端無法判斷本文在哪裡結束。",
	}}
	noteTETwice = &noteDef{"transfer-encoding/chunked-twice", Error, knowledge.RFC(9112, "6.1"), knowledge.Text{
		En:   "chunked must not be applied more than once.",
		Hans: "chunked 不得使用超过一次。",
		Hant: "chunked 不得使用超過一次。",
	}}
	noteTEUnknown = &noteDef{"transfer-encoding/unknown", Error, knowledge.RFC(9112, "6.1"), knowledge.Text{
		En:   "%s is not a transfer coding the server knows; a server answers 501 (Not Implemented) to a request it cannot decode.",
		Hans: "%s 不是服务器认识的传输编码；对无法解码的请求，服务器会回应 501（Not Implemented）。",
		Hant: "%s 不是伺服器認識的傳輸編碼；對無法解碼的請求，伺服器會回應 501（Not Implemented）。",
	}}
	noteTEIdentity = &noteDef{"transfer-encoding/identity", Error, knowledge.RFC(9112, "6.1"), knowledge.Text{
		En:   "identity is no longer a transfer coding; to send the body as it is, leave Transfer-Encoding out.",
		Hans: "identity 已不再是传输编码；若要原样发送正文，请省略 Transfer-Encoding。",
		Hant: "identity 已不再是傳輸編碼；若要原樣傳送本文，請省略 Transfer-Encoding。",
	}}
	noteCEIdentity = &noteDef{"content-encoding/identity", Warning, knowledge.RFC(9110, "8.4.1"), knowledge.Text{
		En:   "identity means no coding and is not to be used in Content-Encoding; leave the field out instead.",
		Hans: "identity 表示不编码，不应出现在 Content-Encoding 中；应直接省略该字段。",
		Hant: "identity 表示不編碼，不應出現在 Content-Encoding 中；應直接省略該欄位。",
	}}
	noteCLNotDigits = &noteDef{"content-length/not-digits", Error, knowledge.RFC(9110, "8.6"), knowledge.Text{
		En:   "Content-Length is digits only: the number of bytes in the body, nothing else.",
		Hans: "Content-Length 只能是数字：正文的字节数，不能有其他内容。",
		Hant: "Content-Length 只能是數字：本文的位元組數，不能有其他內容。",
	}}
	noteCLComment = &noteDef{"content-length/comment", Error, knowledge.RFC(9110, "8.6"), knowledge.Text{
		En:   "The text in parentheses is an explanation written into the value; Content-Length has no comments, so a strict server rejects the message with 400 and a lenient one cannot trust the length.",
		Hans: "括号中的文字是写进值里的说明；Content-Length 不允许注释，严格的服务器会以 400 拒绝该消息，宽松的服务器也无法信任这个长度。",
		Hant: "括號中的文字是寫進值裡的說明；Content-Length 不允許註解，嚴格的伺服器會以 400 拒絕該訊息，寬鬆的伺服器也無法信任這個長度。",
	}}
	noteCLList = &noteDef{"content-length/list", Warning, knowledge.RFC(9110, "8.6"), knowledge.Text{
		En:   "Content-Length appears as a list; a recipient may accept identical repeated values as one, but different values make the message invalid.",
		Hans: "Content-Length 以列表形式出现；接收方可以把相同的重复值视为一个，但值不同时消息无效。",
		Hant: "Content-Length 以清單形式出現；接收端可以把相同的重複值視為一個，但值不同時訊息無效。",
	}}
	noteCLConflict = &noteDef{"content-length/conflict", Error, knowledge.RFC(9112, "6.3"), knowledge.Text{
		En:   "The listed lengths differ, so the body's end cannot be known; the message is invalid (400 for a request).",
		Hans: "列出的长度互不相同，无法确定正文在哪里结束；该消息无效（请求会得到 400）。",
		Hant: "列出的長度互不相同，無法確定本文在哪裡結束；該訊息無效（請求會得到 400）。",
	}}
	noteCLTooBig = &noteDef{"content-length/too-large", Error, knowledge.RFC(9110, "8.6"), knowledge.Text{
		En:   "The length is too large to be handled; recipients must guard against such numbers.",
		Hans: "长度过大，无法处理；接收方必须防范这样的数字。",
		Hant: "長度過大，無法處理；接收端必須防範這樣的數字。",
	}}
)

func analyzeContentEncoding(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	for _, el := range els {
		c := strings.ToLower(a.text(el))
		t, ok := codings.get(c)
		if !ok || c == "*" {
			t = textToken
		}
		a.coding(el, c)
		if c == "identity" {
			a.note(noteCEIdentity, el)
		}
		a.add(part("coding", el, c, t))
	}
}

func analyzeTransferEncoding(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	chunked := 0
	for i, el := range els {
		head, rest := a.cutParams(el)
		c := strings.ToLower(a.text(head))
		t, ok := transferCoding(c)
		switch {
		case !isToken(c):
			a.note(noteNotAToken, head)
			t = textToken
		case c == "identity":
			a.note(noteTEIdentity, head)
			t, _ = codings.get("identity")
		case !ok:
			a.notef(noteTEUnknown, head, c)
			t = textToken
		}
		if c == "chunked" {
			chunked++
			if chunked == 2 {
				a.note(noteTETwice, el)
			} else if i != len(els)-1 {
				a.note(noteTENotLast, el)
			}
		}
		var kids []Part
		for _, p := range a.params(rest) {
			kids = append(kids, a.paramPart(p, textParam, strings.ToLower(a.text(p.name))+"="+p.val))
		}
		a.add(part("coding", el, c, t, kids...))
	}
}

func analyzeContentLength(a *analysis) {
	w := a.whole()
	v := a.text(w)
	if allDigits(v) {
		a.lengthPart(w)
		return
	}
	// A list of lengths ("42, 42").
	if strings.Contains(v, ",") {
		els := a.splitList(w)
		digits := len(els) > 0
		for _, el := range els {
			digits = digits && allDigits(a.text(el))
		}
		if digits {
			a.note(noteCLList, w)
			first := trimZeros(a.text(els[0]))
			for _, el := range els {
				a.lengthPart(el)
				if trimZeros(a.text(el)) != first {
					a.note(noteCLConflict, el)
				}
			}
			return
		}
	}
	// Leading digits, then something else: show both.
	n := 0
	for n < len(v) && isDigit(v[n]) {
		n++
	}
	if n > 0 {
		a.lengthPart(Span{w.Start, w.Start + n})
	}
	rest := a.trim(Span{w.Start + n, w.End})
	if rest.Start < rest.End && a.v[rest.Start] == '(' {
		end, _ := a.commentEnd(rest.Start, rest.End)
		cs := Span{rest.Start, end}
		a.add(part("comment", cs, a.text(cs), textComment))
		a.note(noteCLComment, cs)
		if end < rest.End {
			a.note(noteCLNotDigits, Span{end, rest.End})
		}
		return
	}
	a.note(noteCLNotDigits, w)
}

// lengthPart adds a Content-Length number.
func (a *analysis) lengthPart(s Span) {
	v := a.text(s)
	if _, ok := num(v); !ok {
		a.note(noteCLTooBig, s)
	}
	a.add(part("length", s, trimZeros(v), textLengthValue))
}

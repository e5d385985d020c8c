package fieldvalue

import (
	"slices"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Fields a learner meets next to the seed's: TE and Trailer (RFC 9110
// sections 10.1.4 and 6.6.2), Expect (10.1.1), Origin (RFC 6454 section
// 7), Access-Control-Allow-Origin (Fetch) and Content-Disposition
// (RFC 6266).

func init() {
	register("TE", "transfer-codings", analyzeTE)
	register("Trailer", "field-names", analyzeTrailer)
	register("Expect", "expectation", analyzeExpect)
	register("Origin", "origin", analyzeOrigin)
	register("Access-Control-Allow-Origin", "origin", analyzeOrigin)
	register("Content-Disposition", "disposition", analyzeContentDisposition)
}

var (
	textTECoding = knowledge.Text{
		En:   "A transfer coding the client accepts in the response, with its optional weight; trailers means it accepts trailer fields after a chunked body.",
		Hans: "客户端在响应中可接受的传输编码，可带权重；trailers 表示它接受 chunked 正文之后的尾部字段。",
		Hant: "用戶端在回應中可接受的傳輸編碼，可帶權重；trailers 表示它接受 chunked 本文之後的尾端欄位。",
	}
	textTrailerName = knowledge.Text{
		En:   "A field the sender will put in the trailer, after a chunked body, such as a checksum computed while sending.",
		Hans: "发送方将放在尾部（chunked 正文之后）的字段，例如边发送边计算的校验和。",
		Hant: "傳送端將放在尾端（chunked 本文之後）的欄位，例如邊傳送邊計算的檢查碼。",
	}
	textExpect = knowledge.Text{
		En:   "100-continue: the client waits for a 100 (Continue) response before sending a large body, so that the server can refuse it first.",
		Hans: "100-continue：客户端在发送较大的正文前先等待 100（Continue）响应，让服务器有机会先拒绝。",
		Hant: "100-continue：用戶端在傳送較大的本文前先等待 100（Continue）回應，讓伺服器有機會先拒絕。",
	}
	textOrigin = knowledge.Text{
		En:   "An origin: scheme, host and port of the page that made the request, without any path; browsers send it for cross-origin and POST requests.",
		Hans: "源：发起请求的页面的协议方案、主机和端口，不含路径；浏览器在跨源请求和 POST 请求中发送它。",
		Hant: "來源：發起請求的頁面的協定配置、主機和連接埠，不含路徑；瀏覽器在跨來源請求和 POST 請求中傳送它。",
	}
	textOriginNull = knowledge.Text{
		En:   "null: an opaque origin, such as a sandboxed frame, a file: page or a redirect across origins.",
		Hans: "null：不透明的源，例如沙箱框架、file: 页面或跨源重定向。",
		Hant: "null：不透明的來源，例如沙箱框架、file: 頁面或跨來源重新導向。",
	}
	textOriginAny = knowledge.Text{
		En:   "*: any origin may read the response (but not with credentials such as cookies).",
		Hans: "*：任何源都可以读取该响应（但不能带 cookie 等凭据）。",
		Hant: "*：任何來源都可以讀取該回應（但不能帶 cookie 等憑證）。",
	}
	textDispositionType = knowledge.Text{
		En:   "The disposition: inline (show it in the page), attachment (save it as a file) or form-data (one part of a form).",
		Hans: "处置方式：inline（在页面中显示）、attachment（作为文件保存）或 form-data（表单的一部分）。",
		Hant: "處置方式：inline（在頁面中顯示）、attachment（存成檔案）或 form-data（表單的一部分）。",
	}
	textFilename = knowledge.Text{
		En:   "filename: the name the browser proposes when saving the file (the browser keeps only the last path segment).",
		Hans: "filename：浏览器保存文件时建议使用的名称（浏览器只保留路径的最后一段）。",
		Hant: "filename：瀏覽器存檔時建議使用的名稱（瀏覽器只保留路徑的最後一段）。",
	}
	textFilenameStar = knowledge.Text{
		En:   "filename*: the file name in any language, as charset'language'percent-encoded bytes; it wins over filename. The value shows it decoded.",
		Hans: "filename*：可用任何语言书写的文件名，格式为 字符集'语言'百分号编码字节；它优先于 filename。值中显示解码结果。",
		Hant: "filename*：可用任何語言書寫的檔名，格式為 字元集'語言'百分比編碼位元組；它優先於 filename。值中顯示解碼結果。",
	}

	noteTEChunked = &noteDef{"te/chunked", Error, knowledge.RFC(9110, "10.1.4"), knowledge.Text{
		En:   "chunked is always acceptable to an HTTP/1.1 recipient and must not be listed in TE.",
		Hans: "HTTP/1.1 接收方总是接受 chunked，不得在 TE 中列出它。",
		Hant: "HTTP/1.1 接收端一律接受 chunked，不得在 TE 中列出它。",
	}}
	noteTrailerForbidden = &noteDef{"trailer/forbidden-field", Warning, knowledge.RFC(9110, "6.5.1"), knowledge.Text{
		En:   "%s is needed before the body (for framing, routing, authentication or content handling) and cannot be sent in a trailer.",
		Hans: "%s 在正文之前就必须知道（用于确定消息边界、路由、认证或内容处理），不能放在尾部发送。",
		Hant: "%s 在本文之前就必須知道（用於判定訊息邊界、路由、驗證或內容處理），不能放在尾端傳送。",
	}}
	noteExpectUnknown = &noteDef{"expect/unknown", Error, knowledge.RFC(9110, "10.1.1"), knowledge.Text{
		En:   "100-continue is the only expectation defined; a server answers 417 (Expectation Failed) to any other.",
		Hans: "100-continue 是唯一定义的期望；对其他任何期望，服务器会回应 417（Expectation Failed）。",
		Hant: "100-continue 是唯一定義的期望；對其他任何期望，伺服器會回應 417（Expectation Failed）。",
	}}
	noteOriginPath = &noteDef{"origin/has-path", Error, knowledge.RFC(6454, "7.1"), knowledge.Text{
		En:   "An origin is only scheme://host[:port], without a path, query or trailing slash.",
		Hans: "源只有 scheme://host[:port]，不含路径、查询或结尾的斜杠。",
		Hant: "來源只有 scheme://host[:port]，不含路徑、查詢或結尾的斜線。",
	}}
	noteOriginSyntax = &noteDef{"origin/syntax", Error, knowledge.RFC(6454, "7.1"), knowledge.Text{
		En:   "An origin is null or scheme://host[:port], such as https://example.com.",
		Hans: "源是 null 或 scheme://host[:port]，例如 https://example.com。",
		Hant: "來源是 null 或 scheme://host[:port]，例如 https://example.com。",
	}}
	noteDispositionType = &noteDef{"content-disposition/unknown-type", Warning, knowledge.RFC(6266, "4.2"), knowledge.Text{
		En:   "%s is not a known disposition type; browsers treat unknown types as attachment.",
		Hans: "%s 不是已知的处置方式；浏览器会把未知类型当作 attachment。",
		Hant: "%s 不是已知的處置方式；瀏覽器會把未知類型當作 attachment。",
	}}
	noteFilenamePath = &noteDef{"content-disposition/path-in-filename", Warning, knowledge.RFC(6266, "4.3"), knowledge.Text{
		En:   "The file name contains a path; browsers drop everything up to the last / or \\.",
		Hans: "文件名中含有路径；浏览器会去掉最后一个 / 或 \\ 之前的全部内容。",
		Hant: "檔名中含有路徑；瀏覽器會去掉最後一個 / 或 \\ 之前的全部內容。",
	}}
	noteExtValue = &noteDef{"content-disposition/ext-value", Error, knowledge.RFC(8187, "3.2"), knowledge.Text{
		En:   "filename* is written charset'language'value with the value percent-encoded, such as UTF-8''%E2%82%AC%20rates.txt.",
		Hans: "filename* 的写法是 字符集'语言'值，值需百分号编码，例如 UTF-8''%E2%82%AC%20rates.txt。",
		Hant: "filename* 的寫法是 字元集'語言'值，值需百分比編碼，例如 UTF-8''%E2%82%AC%20rates.txt。",
	}}
)

func analyzeTE(a *analysis) {
	a.weightedList(func(head Span) item {
		c := strings.ToLower(a.text(head))
		switch {
		case c == "chunked":
			a.note(noteTEChunked, head)
		case c == "trailers":
		case !isToken(c):
			a.note(noteNotAToken, head)
		default:
			if _, ok := transferCoding(c); !ok {
				a.notef(noteTEUnknown, head, c)
			}
		}
		return item{role: "coding", value: c, text: textTECoding, specific: 1}
	}, nil)
}

// notInTrailer are fields that cannot travel in a trailer.
var notInTrailer = []string{"content-length", "transfer-encoding", "host", "trailer", "content-type", "content-encoding", "content-range", "authorization", "set-cookie", "cache-control", "expect", "te", "max-forwards"}

func analyzeTrailer(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
	}
	for _, el := range els {
		n := strings.ToLower(a.text(el))
		switch {
		case !isToken(n):
			a.note(noteNotAToken, el)
		case slices.Contains(notInTrailer, n):
			a.notef(noteTrailerForbidden, el, canonical(n))
		}
		a.add(part("field-name", el, canonical(n), textTrailerName))
	}
}

func analyzeExpect(a *analysis) {
	w := a.whole()
	v := strings.ToLower(a.text(w))
	if v != "100-continue" {
		a.note(noteExpectUnknown, w)
	}
	if w.Start < w.End {
		a.add(part("expectation", w, v, textExpect))
	}
}

func analyzeOrigin(a *analysis) {
	w := a.whole()
	v := a.text(w)
	switch v {
	case "null":
		a.add(part("origin", w, v, textOriginNull))
		return
	case "*":
		if a.out.Field == "Access-Control-Allow-Origin" {
			a.add(part("origin", w, v, textOriginAny))
			return
		}
	}
	scheme, rest, ok := strings.Cut(v, "://")
	if !ok || scheme == "" || rest == "" {
		a.note(noteOriginSyntax, w)
		if v != "" {
			a.add(part("origin", w, v, textOrigin))
		}
		return
	}
	hostEnd := len(rest)
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		hostEnd = i
		a.note(noteOriginPath, Span{w.Start + len(scheme) + 3 + i, w.End})
	}
	ss := Span{w.Start, w.Start + len(scheme)}
	hs := Span{ss.End + 3, ss.End + 3 + hostEnd}
	kids := append([]Part{part("scheme", ss, strings.ToLower(scheme), textScheme2)}, a.host(hs, false)...)
	a.add(part("origin", w, strings.ToLower(a.text(Span{w.Start, hs.End})), textOrigin, kids...))
}

func analyzeContentDisposition(a *analysis) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteEmptyList, w)
		return
	}
	head, rest := a.cutParams(w)
	typ := strings.ToLower(a.text(head))
	switch {
	case !isToken(typ):
		a.note(noteNotAToken, head)
	case typ != "inline" && typ != "attachment" && typ != "form-data":
		a.notef(noteDispositionType, head, typ)
	}
	a.add(part("disposition-type", head, typ, textDispositionType))
	for _, p := range a.params(rest) {
		name := strings.ToLower(a.text(p.name))
		t, val := textParam, p.val
		switch name {
		case "filename":
			t = textFilename
			if strings.ContainsAny(p.val, "/\\") {
				a.note(noteFilenamePath, p.value)
			}
		case "filename*":
			t = textFilenameStar
			dec, ok := decodeExtValue(p.val)
			if !ok || p.quote {
				a.note(noteExtValue, p.value)
			} else {
				val = dec
			}
		}
		a.add(a.paramPart(p, t, name+"="+val))
	}
}

// decodeExtValue decodes an RFC 8187 ext-value: charset'[language]'value.
// Only UTF-8 and ISO-8859-1 are required of recipients.
func decodeExtValue(s string) (string, bool) {
	charset, rest, ok := strings.Cut(s, "'")
	if !ok {
		return "", false
	}
	_, enc, ok := strings.Cut(rest, "'")
	if !ok {
		return "", false
	}
	raw, ok := percentDecode(enc)
	if !ok {
		return "", false
	}
	switch strings.ToLower(charset) {
	case "utf-8":
		return raw, true
	case "iso-8859-1":
		r := make([]rune, len(raw))
		for i := 0; i < len(raw); i++ {
			r[i] = rune(raw[i])
		}
		return string(r), true
	}
	return "", false
}

// percentDecode undoes %XX escapes, failing on a broken one or on bytes
// that must have been escaped.
func percentDecode(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return "", false
			}
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		case c <= ' ' || c >= 0x7f || c == '"':
			return "", false
		default:
			b = append(b, c)
		}
	}
	return string(b), true
}

// unhex is the value of a hexadecimal digit.
func unhex(c byte) byte {
	switch {
	case isDigit(c):
		return c - '0'
	case 'a' <= c|0x20 && c|0x20 <= 'f':
		return c | 0x20 - 'a' + 10
	}
	return 0
}

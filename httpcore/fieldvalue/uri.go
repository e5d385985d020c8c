package fieldvalue

import (
	"strings"
	"unicode/utf8"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Host (RFC 9110 section 7.2) and the fields holding a URI reference:
// Location, Content-Location, Referer and the obsolete Content-Base.
//
//	Host          = uri-host [ ":" port ]
//	URI-reference = URI / relative-ref          ; RFC 3986 section 4.1

func init() {
	register("Host", "host", func(a *analysis) { a.host(a.whole(), true) })
	register("Location", "uri-reference", func(a *analysis) { a.uriField("Location") })
	register("Content-Location", "uri-reference", func(a *analysis) { a.uriField("Content-Location") })
	register("Referer", "uri-reference", func(a *analysis) { a.uriField("Referer") })
	register("Content-Base", "uri-reference", func(a *analysis) { a.uriField("Content-Base") })
}

var (
	textHostName = knowledge.Text{
		En:   "The host: a domain name (or an IP address) that says which site on the server the request is for.",
		Hans: "主机：域名（或 IP 地址），指明请求的是服务器上的哪个站点。",
		Hant: "主機：網域名稱（或 IP 位址），指明請求的是伺服器上的哪個網站。",
	}
	textHostIPv4 = knowledge.Text{En: "The host, as an IPv4 address.", Hans: "主机，以 IPv4 地址表示。", Hant: "主機，以 IPv4 位址表示。"}
	textHostIPv6 = knowledge.Text{En: "The host, as an IPv6 address in square brackets.", Hans: "主机，以方括号中的 IPv6 地址表示。", Hant: "主機，以方括號中的 IPv6 位址表示。"}
	textPort     = knowledge.Text{
		En:   "The port number; without it the scheme's default applies (80 for http, 443 for https).",
		Hans: "端口号；省略时使用协议的默认端口（http 为 80，https 为 443）。",
		Hant: "連接埠號碼；省略時使用協定的預設連接埠（http 為 80，https 為 443）。",
	}
	textScheme2 = knowledge.Text{
		En:   "The scheme: how to reach the resource (http, https, ...). Its presence makes the reference absolute.",
		Hans: "协议方案：如何访问资源（http、https 等）。有了它，引用就是绝对的。",
		Hant: "協定配置：如何存取資源（http、https 等）。有了它，參照就是絕對的。",
	}
	textAuthority = knowledge.Text{
		En:   "The authority after //: the host and optional port (and, rarely, user information).",
		Hans: "// 之后的授权部分：主机和可选端口（极少数情况下还有用户信息）。",
		Hant: "// 之後的授權部分：主機和可選的連接埠（極少數情況下還有使用者資訊）。",
	}
	textPath = knowledge.Text{
		En:   "The path: which resource on the host, in segments separated by /.",
		Hans: "路径：主机上的哪个资源，各段用 / 分隔。",
		Hant: "路徑：主機上的哪個資源，各段以 / 分隔。",
	}
	textQuery = knowledge.Text{
		En:   "The query after ?: extra data for the resource, often name=value pairs joined by &.",
		Hans: "? 之后的查询部分：给资源的附加数据，通常是用 & 连接的 name=value 对。",
		Hant: "? 之後的查詢部分：給資源的附加資料，通常是以 & 連接的 name=value 對。",
	}
	textFragment = knowledge.Text{
		En:   "The fragment after #: a place inside the resource, handled by the browser and never sent to the server.",
		Hans: "# 之后的片段：资源内部的位置，由浏览器处理，从不发送给服务器。",
		Hant: "# 之後的片段：資源內部的位置，由瀏覽器處理，從不傳送給伺服器。",
	}
	textURI = knowledge.Text{
		En:   "A URI reference: absolute (with a scheme such as https:) or relative to the URL of the request.",
		Hans: "URI 引用：绝对的（带有 https: 之类的协议方案），或相对于请求 URL 的。",
		Hant: "URI 參照：絕對的（帶有 https: 之類的協定配置），或相對於請求 URL 的。",
	}

	noteHostEmpty = &noteDef{"host/empty", Warning, knowledge.RFC(9110, "7.2"), knowledge.Text{
		En:   "An empty Host is only allowed when the target URI has no host; for an http or https URL the server answers 400.",
		Hans: "只有目标 URI 没有主机时才允许 Host 为空；对 http 或 https 网址，服务器会回应 400。",
		Hant: "只有目標 URI 沒有主機時才允許 Host 為空；對 http 或 https 網址，伺服器會回應 400。",
	}}
	noteHostScheme = &noteDef{"host/has-scheme", Error, knowledge.RFC(9110, "7.2"), knowledge.Text{
		En:   "Host holds only the host name and port, without the scheme (http://) or a path.",
		Hans: "Host 只包含主机名和端口，不包含协议方案（http://）或路径。",
		Hant: "Host 只包含主機名稱和連接埠，不包含協定配置（http://）或路徑。",
	}}
	noteHostBadChar = &noteDef{"host/bad-character", Error, knowledge.RFC(3986, "3.2.2"), knowledge.Text{
		En:   "A host name cannot contain this character; it allows letters, digits, - . _ ~, percent-escapes and a few sub-delimiters.",
		Hans: "主机名中不能有这个字符；只允许字母、数字、- . _ ~、百分号转义和少数分隔符。",
		Hant: "主機名稱中不能有這個字元；只允許字母、數字、- . _ ~、百分比跳脫和少數分隔符號。",
	}}
	noteHostUserinfo = &noteDef{"host/userinfo", Error, knowledge.RFC(9110, "4.2.4"), knowledge.Text{
		En:   "User information (user@) is not allowed in an http or https authority; it leaks credentials.",
		Hans: "http 或 https 的授权部分不允许带用户信息（user@），那会泄露凭据。",
		Hant: "http 或 https 的授權部分不允許帶使用者資訊（user@），那會洩漏憑證。",
	}}
	noteHostBadPort = &noteDef{"host/bad-port", Error, knowledge.RFC(3986, "3.2.3"), knowledge.Text{
		En:   "A port is a number from 0 to 65535, digits only.",
		Hans: "端口是 0 到 65535 之间的数字，只能包含数字。",
		Hant: "連接埠是 0 到 65535 之間的數字，只能包含數字。",
	}}
	noteURISpace = &noteDef{"uri/whitespace", Error, knowledge.RFC(3986, "2"), knowledge.Text{
		En:   "A URI cannot contain spaces; they must be percent-encoded as %20.",
		Hans: "URI 中不能有空格，必须用百分号编码写成 %20。",
		Hant: "URI 中不能有空格，必須用百分比編碼寫成 %20。",
	}}
	noteURIComment = &noteDef{"uri/comment", Error, knowledge.RFC(9110, "10.2.2"), knowledge.Text{
		En:   "The text in parentheses after the URI is an explanation written into the field; Location holds a URI and nothing else, so a browser would take the whole text as the address.",
		Hans: "URI 后面括号中的文字是写进字段的说明；Location 只能包含一个 URI，浏览器会把整段文字当作地址。",
		Hant: "URI 後面括號中的文字是寫進欄位的說明；Location 只能包含一個 URI，瀏覽器會把整段文字當作網址。",
	}}
	noteURIPercent = &noteDef{"uri/bad-percent", Error, knowledge.RFC(3986, "2.1"), knowledge.Text{
		En:   "A % must be followed by two hexadecimal digits (as in %20).",
		Hans: "% 后面必须跟两个十六进制数字（如 %20）。",
		Hant: "% 後面必須跟兩個十六進位數字（如 %20）。",
	}}
	noteURINonASCII = &noteDef{"uri/non-ascii", Warning, knowledge.RFC(3986, "2"), knowledge.Text{
		En:   "Non-ASCII characters must be percent-encoded in a URI (as UTF-8 bytes, like %E4%B8%AD).",
		Hans: "URI 中的非 ASCII 字符必须进行百分号编码（按 UTF-8 字节，如 %E4%B8%AD）。",
		Hant: "URI 中的非 ASCII 字元必須進行百分比編碼（按 UTF-8 位元組，如 %E4%B8%AD）。",
	}}
	noteURIBadScheme = &noteDef{"uri/bad-scheme", Error, knowledge.RFC(3986, "3.1"), knowledge.Text{
		En:   "A scheme starts with a letter and holds only letters, digits, + - and .",
		Hans: "协议方案以字母开头，只能包含字母、数字、+、- 和 .。",
		Hant: "協定配置以字母開頭，只能包含字母、數字、+、- 和 .。",
	}}
	noteLocationRelative = &noteDef{"location/relative", Remark, knowledge.RFC(9110, "10.2.2"), knowledge.Text{
		En:   "A relative reference: the client resolves it against the URL of the request, as a link in a page is resolved.",
		Hans: "相对引用：客户端会以请求的 URL 为基准解析它，就像解析网页中的链接一样。",
		Hant: "相對參照：用戶端會以請求的 URL 為基準解析它，就像解析網頁中的連結一樣。",
	}}
	noteRefererFragment = &noteDef{"referer/fragment", Error, knowledge.RFC(9110, "10.1.3"), knowledge.Text{
		En:   "Referer must not include a fragment (#...) or user information.",
		Hans: "Referer 不得包含片段（#...）或用户信息。",
		Hant: "Referer 不得包含片段（#...）或使用者資訊。",
	}}
	noteURIEmpty = &noteDef{"uri/empty", Error, knowledge.RFC(3986, "4.1"), knowledge.Text{
		En:   "The field needs a URI, but the value is empty.",
		Hans: "该字段需要一个 URI，但值为空。",
		Hant: "該欄位需要一個 URI，但值為空。",
	}}
)

// host reads "host[:port]" in s, adding parts; alone says whether s is the
// whole Host field (where a scheme or path is a mistake).
func (a *analysis) host(s Span, alone bool) []Part {
	var out []Part
	v := a.text(s)
	if v == "" {
		if alone {
			a.note(noteHostEmpty, s)
		}
		return nil
	}
	if alone && (strings.Contains(v, "://") || strings.ContainsAny(v, "/?#")) {
		a.note(noteHostScheme, s)
		if i := strings.Index(v, "://"); i >= 0 {
			s.Start += i + 3
			v = a.text(s)
		}
		if i := strings.IndexAny(v, "/?#"); i >= 0 {
			s.End = s.Start + i
			v = a.text(s)
		}
	}
	if at := strings.LastIndexByte(v, '@'); at >= 0 {
		a.note(noteHostUserinfo, Span{s.Start, s.Start + at + 1})
		s.Start += at + 1
		v = a.text(s)
	}
	hs, ps := s, Span{-1, -1}
	if strings.HasPrefix(v, "[") {
		end := strings.IndexByte(v, ']')
		if end < 0 {
			a.note(noteHostBadChar, s)
			out = appendPart(out, part("host", s, v, textHostIPv6))
			if alone {
				a.add(out[0])
			}
			return out
		}
		hs = Span{s.Start, s.Start + end + 1}
		if rest := v[end+1:]; strings.HasPrefix(rest, ":") {
			ps = Span{hs.End + 1, s.End}
		} else if rest != "" {
			a.note(noteHostBadChar, Span{hs.End, s.End})
		}
		out = appendPart(out, part("host", hs, strings.ToLower(a.text(hs)), textHostIPv6))
	} else {
		if c := strings.LastIndexByte(v, ':'); c >= 0 {
			hs, ps = Span{s.Start, s.Start + c}, Span{s.Start + c + 1, s.End}
		}
		h := a.text(hs)
		t := textHostName
		if isIPv4(h) {
			t = textHostIPv4
		}
		for i := 0; i < len(h); i++ {
			c := h[i]
			if !(isAlpha(c) || isDigit(c) || strings.IndexByte("-._~%!$&'()*+,;=", c) >= 0) {
				_, size := utf8.DecodeRuneInString(h[i:])
				a.note(noteHostBadChar, Span{hs.Start + i, hs.Start + i + size})
				break
			}
		}
		if h == "" && alone {
			a.note(noteHostEmpty, hs)
		}
		out = appendPart(out, part("host", hs, strings.ToLower(h), t))
	}
	if ps.Start >= 0 {
		p := a.text(ps)
		if n, ok := num(p); (!ok && p != "") || n > 65535 {
			a.note(noteHostBadPort, ps)
		}
		out = appendPart(out, part("port", ps, trimZeros(p), textPort))
	}
	if alone {
		for _, p := range out {
			a.add(p)
		}
	}
	return out
}

// isIPv4 reports whether s is a dotted IPv4 address.
func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if n, ok := num(p); !ok || n > 255 || len(p) > 3 {
			return false
		}
	}
	return true
}

// uriField reads a field holding one URI reference.
func (a *analysis) uriField(field string) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteURIEmpty, w)
		return
	}
	v := a.text(w)
	// An explanation in parentheses after the URI, as in the MDN seed.
	if sp := strings.IndexAny(v, " \t"); sp >= 0 {
		rest := a.trim(Span{w.Start + sp, w.End})
		if rest.Start < rest.End && a.v[rest.Start] == '(' {
			a.uri(Span{w.Start, w.Start + sp}, field)
			end, _ := a.commentEnd(rest.Start, rest.End)
			cs := Span{rest.Start, end}
			a.add(part("comment", cs, a.text(cs), textComment))
			a.note(noteURIComment, cs)
			return
		}
		a.note(noteURISpace, Span{w.Start + sp, w.Start + sp + 1})
	}
	a.uri(w, field)
}

// uri splits a URI reference (RFC 3986 appendix B) into parts.
func (a *analysis) uri(s Span, field string) {
	v := a.text(s)
	var kids []Part
	i := 0
	absolute := false
	if c := strings.IndexAny(v, ":/?#"); c > 0 && v[c] == ':' {
		absolute = true
		sch := v[:c]
		ok := isAlpha(sch[0])
		for j := 0; j < len(sch); j++ {
			ok = ok && (isAlpha(sch[j]) || isDigit(sch[j]) || strings.IndexByte("+-.", sch[j]) >= 0)
		}
		if !ok {
			a.note(noteURIBadScheme, Span{s.Start, s.Start + c})
		}
		kids = appendPart(kids, part("scheme", Span{s.Start, s.Start + c}, strings.ToLower(sch), textScheme2))
		i = c + 1
	}
	if strings.HasPrefix(v[i:], "//") {
		end := i + 2
		for end < len(v) && strings.IndexByte("/?#", v[end]) < 0 {
			end++
		}
		as := Span{s.Start + i, s.Start + end}
		kids = appendPart(kids, part("authority", as, a.text(as), textAuthority, a.host(Span{as.Start + 2, as.End}, false)...))
		i = end
	}
	pathEnd := i
	for pathEnd < len(v) && v[pathEnd] != '?' && v[pathEnd] != '#' {
		pathEnd++
	}
	if pathEnd > i {
		kids = appendPart(kids, part("path", Span{s.Start + i, s.Start + pathEnd}, v[i:pathEnd], textPath))
	}
	i = pathEnd
	if i < len(v) && v[i] == '?' {
		end := i + 1
		for end < len(v) && v[end] != '#' {
			end++
		}
		kids = appendPart(kids, part("query", Span{s.Start + i, s.Start + end}, v[i+1:end], textQuery))
		i = end
	}
	if i < len(v) && v[i] == '#' {
		fs := Span{s.Start + i, s.End}
		kids = appendPart(kids, part("fragment", fs, v[i+1:], textFragment))
		if field == "Referer" {
			a.note(noteRefererFragment, fs)
		}
	}
	for j := 0; j < len(v); j++ {
		if v[j] >= 0x80 {
			_, size := utf8.DecodeRuneInString(v[j:])
			a.note(noteURINonASCII, Span{s.Start + j, s.Start + j + size})
			break
		}
	}
	for j := 0; j < len(v); j++ {
		if v[j] == '%' && (j+2 >= len(v) || !isHex(v[j+1]) || !isHex(v[j+2])) {
			end := min(s.Start+j+3, s.End)
			for end < s.End && !utf8.RuneStart(a.v[end]) {
				end++
			}
			a.note(noteURIPercent, Span{s.Start + j, end})
			break
		}
	}
	if !absolute && field == "Location" {
		a.note(noteLocationRelative, s)
	}
	kind := "relative"
	if absolute {
		kind = "absolute"
	}
	a.add(part("uri-reference", s, kind, textURI, kids...))
}

func isHex(c byte) bool { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f') }

package fieldvalue

import (
	"encoding/base64"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Small fields of the seed glossary: Age, Max-Forwards, Allow, Public,
// Content-Language, From, Pragma, Warning, Content-MD5 and X-Frame-Options.

func init() {
	register("Age", "delta-seconds", analyzeAge)
	register("Max-Forwards", "number", analyzeMaxForwards)
	register("Allow", "methods", analyzeMethods)
	register("Public", "methods", analyzeMethods)
	register("Content-Language", "language-tags", analyzeContentLanguage)
	register("From", "mailbox", analyzeFrom)
	register("Pragma", "pragma-directives", analyzePragma)
	register("Warning", "warnings", analyzeWarning)
	register("Content-MD5", "digest", analyzeContentMD5)
	register("X-Frame-Options", "frame-option", analyzeFrameOptions)
}

var (
	textAge = knowledge.Text{
		En:   "How many seconds ago the response was generated or validated by the origin server, as a cache estimates it.",
		Hans: "缓存估算的、响应由源服务器生成或验证以来经过的秒数。",
		Hant: "快取估算的、回應由來源伺服器產生或驗證以來經過的秒數。",
	}
	textMaxForwards = knowledge.Text{
		En:   "How many more proxies may forward this TRACE or OPTIONS request; each one subtracts 1, and the one that sees 0 answers itself.",
		Hans: "这个 TRACE 或 OPTIONS 请求还可以被多少个代理转发；每个代理减 1，看到 0 的代理自己回应。",
		Hant: "這個 TRACE 或 OPTIONS 請求還可以被多少個代理轉送；每個代理減 1，看到 0 的代理自己回應。",
	}
	textMethod = knowledge.Text{
		En:   "A request method the resource supports.",
		Hans: "该资源支持的一种请求方法。",
		Hant: "該資源支援的一種請求方法。",
	}
	textLanguageTag = knowledge.Text{
		En:   "A language tag (BCP 47): the language of the content, such as en, en-US or zh-Hant-TW.",
		Hans: "语言标签（BCP 47）：内容所用的语言，例如 en、en-US 或 zh-Hant-TW。",
		Hant: "語言標籤（BCP 47）：內容所用的語言，例如 en、en-US 或 zh-Hant-TW。",
	}
	textMailbox = knowledge.Text{
		En:   "An e-mail address of the person responsible for the requests, typically the operator of a robot.",
		Hans: "对这些请求负责的人的电子邮件地址，通常是爬虫的运营者。",
		Hant: "對這些請求負責的人的電子郵件地址，通常是爬蟲的營運者。",
	}
	textPragmaNoCache = knowledge.Text{
		En:   "no-cache: the HTTP/1.0 way to ask caches to revalidate; the same as Cache-Control: no-cache in a request.",
		Hans: "no-cache：HTTP/1.0 要求缓存重新验证的写法，与请求中的 Cache-Control: no-cache 相同。",
		Hant: "no-cache：HTTP/1.0 要求快取重新驗證的寫法，與請求中的 Cache-Control: no-cache 相同。",
	}
	textWarnCode = knowledge.Text{
		En:   "The warning code, three digits: 1xx warnings concern freshness, 2xx a transformation of the content.",
		Hans: "警告代码，三位数字：1xx 与新鲜度有关，2xx 与内容被转换有关。",
		Hant: "警告代碼，三位數字：1xx 與新鮮度有關，2xx 與內容被轉換有關。",
	}
	textWarnAgent = knowledge.Text{En: "The host (or pseudonym) that added the warning.", Hans: "添加该警告的主机（或代称）。", Hant: "加上該警告的主機（或代稱）。"}
	textWarnText  = knowledge.Text{En: "The warning text, a quoted string for people.", Hans: "警告文字，写给人看的带引号字符串。", Hant: "警告文字，寫給人看的帶引號字串。"}
	textWarning   = knowledge.Text{
		En:   "One warning: code, agent, quoted text and an optional date.",
		Hans: "一条警告：代码、代理、带引号的文字和可选的日期。",
		Hant: "一則警告：代碼、代理、帶引號的文字和可選的日期。",
	}
	textDigest = knowledge.Text{
		En:   "The Base64 of the content's 128-bit MD5 digest.",
		Hans: "内容 128 位 MD5 摘要的 Base64 编码。",
		Hant: "內容 128 位元 MD5 摘要的 Base64 編碼。",
	}
	textFrameOption = knowledge.Text{
		En:   "Whether other sites may show this page inside a frame: DENY (never) or SAMEORIGIN (only this site), a defense against clickjacking.",
		Hans: "其他站点能否在框架中显示本页：DENY（不能）或 SAMEORIGIN（仅限本站），用于防范点击劫持。",
		Hant: "其他網站能否在框架中顯示本頁：DENY（不能）或 SAMEORIGIN（僅限本站），用於防範點擊劫持。",
	}

	noteNotNumber = &noteDef{"number/syntax", Error, knowledge.RFC(9110, "1.2"), knowledge.Text{
		En:   "The value must be a whole number, digits only.",
		Hans: "值必须是整数，只能包含数字。",
		Hant: "值必須是整數，只能包含數字。",
	}}
	noteMethodCase = &noteDef{"method/lowercase", Warning, knowledge.RFC(9110, "9.1"), knowledge.Text{
		En:   "Method names are case-sensitive: %s is not %s.",
		Hans: "方法名区分大小写：%s 不等于 %s。",
		Hant: "方法名稱區分大小寫：%s 不等於 %s。",
	}}
	noteMethodUnknown = &noteDef{"method/unregistered", Remark, knowledge.RFC(9110, "16.1"), knowledge.Text{
		En:   "%s is not in the IANA method registry; only software that knows it can use it.",
		Hans: "%s 不在 IANA 方法注册表中；只有认识它的软件才能使用。",
		Hant: "%s 不在 IANA 方法註冊表中；只有認識它的軟體才能使用。",
	}}
	noteLanguageTag = &noteDef{"language-tag/syntax", Error, knowledge.RFC(5646, "2.1"), knowledge.Text{
		En:   "A language tag is subtags of letters or digits joined by \"-\", such as en-US; not underscores or spaces.",
		Hans: "语言标签由字母或数字组成的子标签以“-”连接，例如 en-US；不能用下划线或空格。",
		Hant: "語言標籤由字母或數字組成的子標籤以「-」連接，例如 en-US；不能用底線或空格。",
	}}
	noteMailbox = &noteDef{"from/mailbox", Error, knowledge.RFC(9110, "10.1.2"), knowledge.Text{
		En:   "From holds one e-mail address, such as webmaster@example.com.",
		Hans: "From 应是一个电子邮件地址，例如 webmaster@example.com。",
		Hant: "From 應是一個電子郵件地址，例如 webmaster@example.com。",
	}}
	notePragma = &noteDef{"pragma/deprecated", Remark, knowledge.RFC(9111, "5.4"), knowledge.Text{
		En:   "Pragma is deprecated; it only survives for HTTP/1.0 caches. Use Cache-Control (no-cache) instead.",
		Hans: "Pragma 已被弃用，只为兼容 HTTP/1.0 缓存而保留。请改用 Cache-Control（no-cache）。",
		Hant: "Pragma 已被棄用，只為相容 HTTP/1.0 快取而保留。請改用 Cache-Control（no-cache）。",
	}}
	noteWarningObsolete = &noteDef{"warning/obsolete", Warning, knowledge.RFC(9111, "5.5"), knowledge.Text{
		En:   "Warning is obsolete: caches no longer send or act on it.",
		Hans: "Warning 已经过时：缓存不再发送它，也不再据此行事。",
		Hant: "Warning 已經過時：快取不再傳送它，也不再據此行事。",
	}}
	noteWarnCode = &noteDef{"warning/code", Error, knowledge.RFC(7234, "5.5"), knowledge.Text{
		En:   "A warning code has exactly three digits (such as 199 or 299).",
		Hans: "警告代码必须正好是三位数字（如 199 或 299）。",
		Hant: "警告代碼必須正好是三位數字（如 199 或 299）。",
	}}
	noteWarnText = &noteDef{"warning/unquoted-text", Error, knowledge.RFC(7234, "5.5"), knowledge.Text{
		En:   "The warning text must be in double quotes: \"%s\".",
		Hans: "警告文字必须放在双引号中：\"%s\"。",
		Hant: "警告文字必須放在雙引號中：\"%s\"。",
	}}
	noteMD5Obsolete = &noteDef{"content-md5/obsolete", Warning, knowledge.RFC(7231, "B"), knowledge.Text{
		En:   "Content-MD5 was removed from HTTP because it was implemented inconsistently (especially for ranges); today integrity is checked with Repr-Digest or Content-Digest (RFC 9530).",
		Hans: "Content-MD5 因各方实现不一致（尤其是范围请求）而被移出 HTTP；如今用 Repr-Digest 或 Content-Digest（RFC 9530）校验完整性。",
		Hant: "Content-MD5 因各方實作不一致（尤其是範圍請求）而被移出 HTTP；如今以 Repr-Digest 或 Content-Digest（RFC 9530）檢查完整性。",
	}}
	noteMD5Bad = &noteDef{"content-md5/not-a-digest", Error, knowledge.RFC(1864, "2"), knowledge.Text{
		En:   "This is not the Base64 of a 16-byte MD5 digest (24 characters ending in ==).",
		Hans: "这不是 16 字节 MD5 摘要的 Base64 编码（应为以 == 结尾的 24 个字符）。",
		Hant: "這不是 16 位元組 MD5 摘要的 Base64 編碼（應為以 == 結尾的 24 個字元）。",
	}}
	noteFrameOption = &noteDef{"x-frame-options/value", Error, knowledge.RFC(7034, "2.1"), knowledge.Text{
		En:   "X-Frame-Options takes DENY or SAMEORIGIN (ALLOW-FROM is no longer supported; use the CSP frame-ancestors directive).",
		Hans: "X-Frame-Options 的值为 DENY 或 SAMEORIGIN（ALLOW-FROM 已不被支持，请改用 CSP 的 frame-ancestors 指令）。",
		Hant: "X-Frame-Options 的值為 DENY 或 SAMEORIGIN（ALLOW-FROM 已不被支援，請改用 CSP 的 frame-ancestors 指令）。",
	}}
)

// registeredMethods are the methods of the IANA registry.
var registeredMethods = map[string]bool{"GET": true, "HEAD": true, "POST": true, "PUT": true, "DELETE": true,
	"CONNECT": true, "OPTIONS": true, "TRACE": true, "PATCH": true, "ACL": true, "BASELINE-CONTROL": true,
	"BIND": true, "CHECKIN": true, "CHECKOUT": true, "COPY": true, "LABEL": true, "LINK": true, "LOCK": true,
	"MERGE": true, "MKACTIVITY": true, "MKCALENDAR": true, "MKCOL": true, "MKREDIRECTREF": true,
	"MKWORKSPACE": true, "MOVE": true, "ORDERPATCH": true, "PRI": true, "PROPFIND": true, "PROPPATCH": true,
	"QUERY": true, "REBIND": true, "REPORT": true, "SEARCH": true, "UNBIND": true, "UNCHECKOUT": true,
	"UNLINK": true, "UNLOCK": true, "UPDATE": true, "UPDATEREDIRECTREF": true, "VERSION-CONTROL": true}

// number reads a field that is one whole number.
func (a *analysis) number(role string, t knowledge.Text, iso bool) {
	w := a.whole()
	v := a.text(w)
	if !allDigits(v) {
		a.note(noteNotNumber, w)
		if v != "" {
			a.add(part(role, w, v, t))
		}
		return
	}
	val := trimZeros(v)
	if iso {
		val = "PT" + val + "S"
	}
	a.add(part(role, w, val, t))
}

func analyzeAge(a *analysis)         { a.number("delta-seconds", textAge, true) }
func analyzeMaxForwards(a *analysis) { a.number("hops", textMaxForwards, false) }

func analyzeMethods(a *analysis) {
	for _, el := range a.splitList(a.whole()) {
		m := a.text(el)
		switch {
		case !isToken(m):
			a.note(noteNotAToken, el)
		case registeredMethods[strings.ToUpper(m)] && m != strings.ToUpper(m):
			a.notef(noteMethodCase, el, m, strings.ToUpper(m))
		case !registeredMethods[m]:
			a.notef(noteMethodUnknown, el, m)
		}
		a.add(part("method", el, m, textMethod))
	}
}

func analyzeContentLanguage(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
	}
	for _, el := range els {
		l := a.text(el)
		if l == "*" || !languageRange(l) {
			a.note(noteLanguageTag, el)
		}
		a.add(part("language-tag", el, l, textLanguageTag))
	}
}

func analyzeFrom(a *analysis) {
	w := a.whole()
	v := a.text(w)
	local, domain, ok := strings.Cut(v, "@")
	if !ok || local == "" || domain == "" || strings.ContainsAny(v, " \t,;") || strings.Count(v, "@") > 1 {
		a.note(noteMailbox, w)
	}
	if v != "" {
		a.add(part("mailbox", w, v, textMailbox))
	}
}

func analyzePragma(a *analysis) {
	w := a.whole()
	a.note(notePragma, w)
	for _, el := range a.splitList(w) {
		p := a.nameValue(el)
		a.checkParam(p, false)
		t := textUnknownDirective
		if strings.EqualFold(a.text(el), "no-cache") {
			t = textPragmaNoCache
		}
		a.add(part("directive", el, strings.ToLower(a.text(el)), t))
	}
}

func analyzeWarning(a *analysis) {
	w := a.whole()
	a.note(noteWarningObsolete, w)
	for _, el := range a.splitList(w) {
		var kids []Part
		v := a.text(el)
		code, rest, _ := strings.Cut(v, " ")
		cs := Span{el.Start, el.Start + len(code)}
		if len(code) != 3 || !allDigits(code) {
			a.note(noteWarnCode, cs)
		}
		kids = appendPart(kids, part("warn-code", cs, code, textWarnCode))
		rest = strings.TrimLeft(rest, " ")
		rs := a.trim(Span{el.End - len(rest), el.End})
		if rs.Start < rs.End {
			agent, _, _ := strings.Cut(a.text(rs), " ")
			as := Span{rs.Start, rs.Start + len(agent)}
			kids = appendPart(kids, part("warn-agent", as, agent, textWarnAgent))
			ts := a.trim(Span{as.End, rs.End})
			if ts.Start < ts.End {
				txt := a.text(ts)
				if txt[0] == '"' {
					end, content, _ := a.quotedEnd(ts.Start, ts.End)
					kids = appendPart(kids, part("warn-text", Span{ts.Start, end}, content, textWarnText))
					if ds := a.trim(Span{end, ts.End}); ds.Start < ds.End {
						// warn-date = DQUOTE HTTP-date DQUOTE
						if a.v[ds.Start] == '"' && ds.End-ds.Start >= 2 && a.v[ds.End-1] == '"' {
							ds = Span{ds.Start + 1, ds.End - 1}
						}
						d, _ := a.datePart(ds)
						kids = append(kids, d)
					}
				} else {
					a.notef(noteWarnText, ts, txt)
					kids = appendPart(kids, part("warn-text", ts, txt, textWarnText))
				}
			}
		}
		a.add(part("warning", el, v, textWarning, kids...))
	}
}

func analyzeContentMD5(a *analysis) {
	w := a.whole()
	a.note(noteMD5Obsolete, w)
	v := a.text(w)
	if raw, err := base64.StdEncoding.DecodeString(v); err != nil || len(raw) != 16 {
		a.note(noteMD5Bad, w)
	}
	if v != "" {
		a.add(part("digest", w, v, textDigest))
	}
}

func analyzeFrameOptions(a *analysis) {
	w := a.whole()
	v := a.text(w)
	if u := strings.ToUpper(v); u == "DENY" || u == "SAMEORIGIN" {
		v = u
	} else {
		a.note(noteFrameOption, w)
	}
	if v != "" {
		a.add(part("option", w, v, textFrameOption))
	}
}

package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Cookies (RFC 6265 section 4): Cookie sends name=value pairs back to the
// server; Set-Cookie stores one cookie, with attributes.
//
//	cookie-string    = cookie-pair *( ";" SP cookie-pair )
//	set-cookie-string = cookie-pair *( ";" SP cookie-av )
//	cookie-pair      = cookie-name "=" cookie-value

func init() {
	register("Cookie", "cookies", analyzeCookie)
	register("Set-Cookie", "set-cookie", analyzeSetCookie)
}

var (
	textCookie = knowledge.Text{
		En:   "A cookie the browser stored earlier for this site, sent back as name=value.",
		Hans: "浏览器先前为该站点保存的 cookie，以 name=value 形式发回。",
		Hant: "瀏覽器先前為該網站保存的 cookie，以 name=value 形式送回。",
	}
	textSetCookiePair = knowledge.Text{
		En:   "The cookie to store, name=value; the browser sends it back in Cookie on later requests.",
		Hans: "要保存的 cookie，name=value；浏览器会在之后的请求中通过 Cookie 发回。",
		Hant: "要保存的 cookie，name=value；瀏覽器會在之後的請求中透過 Cookie 送回。",
	}
	textCookieName  = knowledge.Text{En: "The cookie's name.", Hans: "cookie 的名称。", Hant: "cookie 的名稱。"}
	textCookieValue = knowledge.Text{En: "The cookie's value, opaque to the browser.", Hans: "cookie 的值，对浏览器来说是不透明的。", Hant: "cookie 的值，對瀏覽器來說是不透明的。"}
	textAttrUnknown = knowledge.Text{
		En:   "An attribute browsers do not know; they ignore it.",
		Hans: "浏览器不认识的属性，会被忽略。",
		Hant: "瀏覽器不認識的屬性，會被忽略。",
	}
)

var cookieAttrs = table{
	{"expires", knowledge.Text{
		En:   "Expires: the date after which the browser deletes the cookie. Without Expires or Max-Age the cookie lasts until the browser closes.",
		Hans: "Expires：浏览器在此日期之后删除 cookie。若没有 Expires 和 Max-Age，cookie 在浏览器关闭时失效。",
		Hant: "Expires：瀏覽器在此日期之後刪除 cookie。若沒有 Expires 和 Max-Age，cookie 在瀏覽器關閉時失效。",
	}},
	{"max-age", knowledge.Text{
		En:   "Max-Age: how many seconds the cookie lives; 0 or less deletes it at once. It wins over Expires.",
		Hans: "Max-Age：cookie 的存活秒数；0 或负数会立即删除它。它优先于 Expires。",
		Hant: "Max-Age：cookie 的存活秒數；0 或負數會立即刪除它。它優先於 Expires。",
	}},
	{"domain", knowledge.Text{
		En:   "Domain: the cookie is also sent to subdomains of this domain. Without it, only the exact host that set it receives it.",
		Hans: "Domain：cookie 也会发送给该域名的子域名。没有它时，只有设置它的那个主机才会收到。",
		Hant: "Domain：cookie 也會傳送給該網域的子網域。沒有它時，只有設定它的那個主機才會收到。",
	}},
	{"path", knowledge.Text{
		En:   "Path: the cookie is only sent for URLs under this path.",
		Hans: "Path：只有该路径下的网址才会带上这个 cookie。",
		Hant: "Path：只有該路徑下的網址才會帶上這個 cookie。",
	}},
	{"secure", knowledge.Text{
		En:   "Secure: the cookie is only sent over HTTPS.",
		Hans: "Secure：cookie 只通过 HTTPS 发送。",
		Hant: "Secure：cookie 只透過 HTTPS 傳送。",
	}},
	{"httponly", knowledge.Text{
		En:   "HttpOnly: page scripts (document.cookie) cannot read the cookie, which protects it from cross-site scripting.",
		Hans: "HttpOnly：页面脚本（document.cookie）无法读取该 cookie，可防范跨站脚本攻击。",
		Hant: "HttpOnly：頁面指令碼（document.cookie）無法讀取該 cookie，可防範跨網站指令碼攻擊。",
	}},
	{"samesite", knowledge.Text{
		En:   "SameSite: whether the cookie goes along on requests started by other sites: Strict (never), Lax (top-level navigations only, the default) or None (always, requires Secure).",
		Hans: "SameSite：由其他站点发起的请求是否带上该 cookie：Strict（从不）、Lax（仅顶层导航，默认值）或 None（总是，需要 Secure）。",
		Hant: "SameSite：由其他網站發起的請求是否帶上該 cookie：Strict（從不）、Lax（僅頂層導覽，預設值）或 None（總是，需要 Secure）。",
	}},
	{"partitioned", knowledge.Text{
		En:   "Partitioned: the cookie is kept separately for each top-level site that embeds this one (CHIPS); requires Secure.",
		Hans: "Partitioned：cookie 按嵌入本站的每个顶层站点分开保存（CHIPS）；需要 Secure。",
		Hant: "Partitioned：cookie 按嵌入本站的每個頂層網站分開保存（CHIPS）；需要 Secure。",
	}},
}

var (
	noteCookieNoEquals = &noteDef{"cookie/no-equals", Error, knowledge.RFC(6265, "4.1.1"), knowledge.Text{
		En:   "A cookie is written name=value; the \"=\" is missing.",
		Hans: "cookie 的写法是 name=value，这里缺少“=”。",
		Hant: "cookie 的寫法是 name=value，這裡缺少「=」。",
	}}
	noteCookieBadName = &noteDef{"cookie/bad-name", Error, knowledge.RFC(6265, "4.1.1"), knowledge.Text{
		En:   "A cookie name must be a non-empty token.",
		Hans: "cookie 名称必须是非空的 token。",
		Hant: "cookie 名稱必須是非空的 token。",
	}}
	noteCookieBadValue = &noteDef{"cookie/bad-value", Warning, knowledge.RFC(6265, "4.1.1"), knowledge.Text{
		En:   "A cookie value should not contain spaces, commas, semicolons, backslashes or double quotes (other than around the whole value); encode them, for example with percent-encoding.",
		Hans: "cookie 值中不应出现空格、逗号、分号、反斜杠或双引号（包住整个值的引号除外）；请先编码，例如使用百分号编码。",
		Hant: "cookie 值中不應出現空格、逗號、分號、反斜線或雙引號（包住整個值的引號除外）；請先編碼，例如使用百分比編碼。",
	}}
	noteCookieSeparator = &noteDef{"cookie/separator", Warning, knowledge.RFC(6265, "4.2.1"), knowledge.Text{
		En:   "Cookies are separated by a semicolon and one space (\"; \").",
		Hans: "各个 cookie 之间用分号加一个空格（\"; \"）分隔。",
		Hant: "各個 cookie 之間以分號加一個空格（\"; \"）分隔。",
	}}
	noteSameSiteNone = &noteDef{"set-cookie/samesite-none-without-secure", Error, knowledge.RFC(6265, "4.1.2"), knowledge.Text{
		En:   "SameSite=None without Secure: browsers reject this cookie. Add Secure (and serve the site over HTTPS).",
		Hans: "SameSite=None 却没有 Secure：浏览器会拒绝这个 cookie。请加上 Secure（并通过 HTTPS 提供站点）。",
		Hant: "SameSite=None 卻沒有 Secure：瀏覽器會拒絕這個 cookie。請加上 Secure（並透過 HTTPS 提供網站）。",
	}}
	noteSameSiteBad = &noteDef{"set-cookie/samesite-value", Warning, knowledge.RFC(6265, "4.1.2"), knowledge.Text{
		En:   "SameSite takes Strict, Lax or None; browsers treat anything else as Lax.",
		Hans: "SameSite 的值只能是 Strict、Lax 或 None；浏览器会把其他值当作 Lax。",
		Hant: "SameSite 的值只能是 Strict、Lax 或 None；瀏覽器會把其他值當作 Lax。",
	}}
	noteMaxAgeBad = &noteDef{"set-cookie/max-age", Error, knowledge.RFC(6265, "4.1.2.2"), knowledge.Text{
		En:   "Max-Age is a whole number of seconds (digits, optionally after a minus sign); browsers ignore anything else.",
		Hans: "Max-Age 是整数秒（数字，前面可带负号）；其他写法会被浏览器忽略。",
		Hant: "Max-Age 是整數秒（數字，前面可帶負號）；其他寫法會被瀏覽器忽略。",
	}}
	noteMaxAgeDelete = &noteDef{"set-cookie/delete", Remark, knowledge.RFC(6265, "4.1.2.2"), knowledge.Text{
		En:   "A Max-Age of 0 or less deletes the cookie at once: this is how a server removes a cookie.",
		Hans: "Max-Age 为 0 或负数会立即删除 cookie：服务器就是这样删除 cookie 的。",
		Hant: "Max-Age 為 0 或負數會立即刪除 cookie：伺服器就是這樣刪除 cookie 的。",
	}}
	noteMaxAgeAndExpires = &noteDef{"set-cookie/max-age-and-expires", Remark, knowledge.RFC(6265, "4.1.2.2"), knowledge.Text{
		En:   "With both Max-Age and Expires, browsers follow Max-Age; Expires is only for very old browsers.",
		Hans: "同时有 Max-Age 和 Expires 时，浏览器以 Max-Age 为准；Expires 只是为很旧的浏览器准备的。",
		Hant: "同時有 Max-Age 和 Expires 時，瀏覽器以 Max-Age 為準；Expires 只是為很舊的瀏覽器準備的。",
	}}
	noteSessionCookie = &noteDef{"set-cookie/session", Remark, knowledge.RFC(6265, "4.1.2.1"), knowledge.Text{
		En:   "Neither Expires nor Max-Age: a session cookie, gone when the browser closes.",
		Hans: "既没有 Expires 也没有 Max-Age：这是会话 cookie，浏览器关闭后即消失。",
		Hant: "既沒有 Expires 也沒有 Max-Age：這是工作階段 cookie，瀏覽器關閉後即消失。",
	}}
	noteDomainDot = &noteDef{"set-cookie/domain-dot", Remark, knowledge.RFC(6265, "4.1.2.3"), knowledge.Text{
		En:   "The leading dot of Domain is ignored; subdomains are included either way.",
		Hans: "Domain 开头的点会被忽略；无论有没有，子域名都包括在内。",
		Hant: "Domain 開頭的點會被忽略；無論有沒有，子網域都包括在內。",
	}}
	notePathRelative = &noteDef{"set-cookie/path", Warning, knowledge.RFC(6265, "5.2.4"), knowledge.Text{
		En:   "Path must start with /; otherwise browsers use the default path (the directory of the request) instead.",
		Hans: "Path 必须以 / 开头，否则浏览器会改用默认路径（请求所在的目录）。",
		Hant: "Path 必須以 / 開頭，否則瀏覽器會改用預設路徑（請求所在的目錄）。",
	}}
	noteAttrUnknown = &noteDef{"set-cookie/unknown-attribute", Remark, knowledge.RFC(6265, "5.2"), knowledge.Text{
		En:   "%s is not a cookie attribute; browsers ignore it.",
		Hans: "%s 不是 cookie 属性；浏览器会忽略它。",
		Hant: "%s 不是 cookie 屬性；瀏覽器會忽略它。",
	}}
	notePrefix = &noteDef{"set-cookie/prefix", Error, knowledge.RFC(6265, "4.1.2"), knowledge.Text{
		En:   "A cookie named __Secure-… needs Secure; one named __Host-… needs Secure, Path=/ and no Domain. Browsers reject this one.",
		Hans: "名为 __Secure-… 的 cookie 需要 Secure；名为 __Host-… 的需要 Secure、Path=/ 且不能有 Domain。浏览器会拒绝这个 cookie。",
		Hant: "名為 __Secure-… 的 cookie 需要 Secure；名為 __Host-… 的需要 Secure、Path=/ 且不能有 Domain。瀏覽器會拒絕這個 cookie。",
	}}
	notePartitioned = &noteDef{"set-cookie/partitioned-without-secure", Error, knowledge.RFC(6265, "4.1.2"), knowledge.Text{
		En:   "Partitioned requires Secure; browsers reject this cookie.",
		Hans: "Partitioned 需要 Secure；浏览器会拒绝这个 cookie。",
		Hant: "Partitioned 需要 Secure；瀏覽器會拒絕這個 cookie。",
	}}
)

// cookiePair reads name=value in s and returns its part.
func (a *analysis) cookiePair(s Span, t knowledge.Text) (Part, string) {
	v := a.text(s)
	eq := strings.IndexByte(v, '=')
	if eq < 0 {
		a.note(noteCookieNoEquals, s)
		return part("cookie", s, v, t, part("cookie-value", s, v, textCookieValue)), ""
	}
	ns := a.trim(Span{s.Start, s.Start + eq})
	vs := a.trim(Span{s.Start + eq + 1, s.End})
	name, value := a.text(ns), a.text(vs)
	if !isToken(name) {
		a.note(noteCookieBadName, Span{s.Start, s.Start + eq})
	}
	inner := value
	if len(inner) >= 2 && inner[0] == '"' && inner[len(inner)-1] == '"' {
		inner = inner[1 : len(inner)-1]
	}
	for i := 0; i < len(inner); i++ {
		if c := inner[i]; c <= ' ' || c == '"' || c == ',' || c == ';' || c == '\\' || c == 0x7f {
			a.note(noteCookieBadValue, vs)
			break
		}
	}
	kids := []Part{}
	if ns.End > ns.Start {
		kids = appendPart(kids, part("cookie-name", ns, name, textCookieName))
	}
	if vs.End > vs.Start {
		kids = appendPart(kids, part("cookie-value", vs, value, textCookieValue))
	}
	return part("cookie", s, name+"="+value, t, kids...), name
}

func analyzeCookie(a *analysis) {
	w := a.whole()
	pairs := a.split(w, ';')
	if len(pairs) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	for i, s := range pairs {
		if i > 0 {
			// The separator is exactly "; ".
			if s.Start < 2 || a.v[s.Start-2:s.Start] != "; " || (s.Start >= 3 && isOWS(a.v[s.Start-3])) {
				a.note(noteCookieSeparator, Span{s.Start - 1, s.Start})
			}
		}
		p, _ := a.cookiePair(s, textCookie)
		a.add(p)
	}
}

func analyzeSetCookie(a *analysis) {
	w := a.whole()
	els := a.split(w, ';')
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	p, name := a.cookiePair(els[0], textSetCookiePair)
	a.add(p)
	has := map[string]string{}
	var sameSite Span
	for _, el := range els[1:] {
		v := a.text(el)
		an, av, eq := strings.Cut(v, "=")
		an = strings.TrimRight(an, " \t")
		av = strings.TrimLeft(av, " \t")
		key := strings.ToLower(an)
		ns := Span{el.Start, el.Start + len(an)}
		vs := Span{el.End - len(av), el.End}
		t, known := cookieAttrs.get(key)
		if !known {
			t = textAttrUnknown
			a.notef(noteAttrUnknown, ns, an)
		}
		has[key] = av
		kids := []Part{part("attribute-name", ns, an, textParamName)}
		value := an
		if eq {
			value = an + "=" + av
		}
		switch key {
		case "expires":
			if eq && av != "" {
				dp, _ := a.datePart(vs)
				kids = append(kids, dp)
			}
		case "max-age":
			digits := strings.TrimPrefix(av, "-")
			if !allDigits(digits) {
				a.note(noteMaxAgeBad, vs)
			} else if strings.HasPrefix(av, "-") || trimZeros(digits) == "0" {
				a.note(noteMaxAgeDelete, el)
			}
			if eq {
				secs := av
				if allDigits(av) {
					secs = "PT" + trimZeros(av) + "S"
				}
				kids = appendPart(kids, part("attribute-value", vs, secs, textSeconds))
			}
		case "samesite":
			sameSite = el
			switch strings.ToLower(av) {
			case "strict", "lax", "none":
			default:
				a.note(noteSameSiteBad, vs)
			}
			if eq {
				kids = appendPart(kids, part("attribute-value", vs, av, textParamValue))
			}
		case "domain":
			if strings.HasPrefix(av, ".") {
				a.note(noteDomainDot, vs)
			}
			if eq {
				kids = appendPart(kids, part("attribute-value", vs, strings.ToLower(strings.TrimPrefix(av, ".")), textParamValue))
			}
		case "path":
			if !strings.HasPrefix(av, "/") {
				a.note(notePathRelative, el)
			}
			if eq && av != "" {
				kids = appendPart(kids, part("attribute-value", vs, av, textParamValue))
			}
		default:
			if eq && av != "" {
				kids = appendPart(kids, part("attribute-value", vs, av, textParamValue))
			}
		}
		a.add(part("attribute", el, value, t, kids...))
	}
	_, secure := has["secure"]
	if ss, ok := has["samesite"]; ok && strings.EqualFold(ss, "none") && !secure {
		a.note(noteSameSiteNone, sameSite)
	}
	if _, ok := has["partitioned"]; ok && !secure {
		a.note(notePartitioned, w)
	}
	_, hasMaxAge := has["max-age"]
	_, hasExpires := has["expires"]
	switch {
	case hasMaxAge && hasExpires:
		a.note(noteMaxAgeAndExpires, w)
	case !hasMaxAge && !hasExpires:
		a.note(noteSessionCookie, w)
	}
	_, hasDomain := has["domain"]
	if (strings.HasPrefix(name, "__Secure-") && !secure) ||
		(strings.HasPrefix(name, "__Host-") && (!secure || hasDomain || has["path"] != "/")) {
		a.note(notePrefix, els[0])
	}
}

package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Cache-Control (RFC 9111 section 5.2): a list of directives, each a token
// with an optional argument:
//
//	Cache-Control   = #cache-directive
//	cache-directive = token [ "=" ( token / quoted-string ) ]

func init() {
	register("Cache-Control", "cache-directives", analyzeCacheControl)
}

// argKind says what argument a directive takes.
type argKind int

const (
	argNone     argKind = iota // no argument
	argSeconds                 // delta-seconds, required
	argOptSecs                 // delta-seconds, optional (max-stale)
	argOptNames                // an optional quoted list of field names
)

// directive describes one registered cache directive.
type directive struct {
	name     string
	arg      argKind
	request  bool // meaningful in requests
	response bool // meaningful in responses
	spec     knowledge.Spec
	text     knowledge.Text
}

var directives = []directive{
	{"max-age", argSeconds, true, true, knowledge.RFC(9111, "5.2.1.1"), knowledge.Text{
		En:   "max-age: in a response, how many seconds it stays fresh; in a request, the oldest response the client will take.",
		Hans: "max-age：在响应中表示保持新鲜的秒数；在请求中表示客户端愿意接受的响应最大年龄。",
		Hant: "max-age：在回應中表示保持新鮮的秒數；在請求中表示用戶端願意接受的回應最大年齡。",
	}},
	{"s-maxage", argSeconds, false, true, knowledge.RFC(9111, "5.2.2.10"), knowledge.Text{
		En:   "s-maxage: like max-age, but only for shared caches (proxies, CDNs), where it overrides max-age. A response directive.",
		Hans: "s-maxage：与 max-age 相同，但只适用于共享缓存（代理、CDN），并在其中优先于 max-age。响应指令。",
		Hant: "s-maxage：與 max-age 相同，但只適用於共用快取（代理、CDN），並在其中優先於 max-age。回應指令。",
	}},
	{"no-cache", argOptNames, true, true, knowledge.RFC(9111, "5.2.2.4"), knowledge.Text{
		En:   "no-cache: a cache may store the response but must check with the origin server before each reuse.",
		Hans: "no-cache：缓存可以存储响应，但每次重用前都必须向源服务器确认。",
		Hant: "no-cache：快取可以儲存回應，但每次重用前都必須向來源伺服器確認。",
	}},
	{"no-store", argNone, true, true, knowledge.RFC(9111, "5.2.2.5"), knowledge.Text{
		En:   "no-store: no cache may keep any part of the request or response.",
		Hans: "no-store：任何缓存都不得保存请求或响应的任何部分。",
		Hant: "no-store：任何快取都不得保存請求或回應的任何部分。",
	}},
	{"no-transform", argNone, true, true, knowledge.RFC(9111, "5.2.2.6"), knowledge.Text{
		En:   "no-transform: intermediaries must not change the content (for example recompress images).",
		Hans: "no-transform：中间节点不得改动内容（例如重新压缩图片）。",
		Hant: "no-transform：中介不得改動內容（例如重新壓縮圖片）。",
	}},
	{"public", argNone, false, true, knowledge.RFC(9111, "5.2.2.9"), knowledge.Text{
		En:   "public: any cache, shared ones included, may store the response, even one that would normally not be cached (such as an answer to a request with Authorization). A response directive.",
		Hans: "public：任何缓存（包括共享缓存）都可以存储该响应，即使它通常不可缓存（如对带 Authorization 请求的响应）。响应指令。",
		Hant: "public：任何快取（包括共用快取）都可以儲存該回應，即使它通常不可快取（如對帶 Authorization 請求的回應）。回應指令。",
	}},
	{"private", argOptNames, false, true, knowledge.RFC(9111, "5.2.2.7"), knowledge.Text{
		En:   "private: only the user's own cache (the browser) may store the response, not shared caches. A response directive.",
		Hans: "private：只有用户自己的缓存（浏览器）可以存储该响应，共享缓存不可以。响应指令。",
		Hant: "private：只有使用者自己的快取（瀏覽器）可以儲存該回應，共用快取不可以。回應指令。",
	}},
	{"must-revalidate", argNone, false, true, knowledge.RFC(9111, "5.2.2.2"), knowledge.Text{
		En:   "must-revalidate: once stale, the response must not be used without checking with the origin server, even when it is unreachable. A response directive.",
		Hans: "must-revalidate：响应一旦过期，就必须先向源服务器确认才能使用，即使服务器无法访问也不例外。响应指令。",
		Hant: "must-revalidate：回應一旦過期，就必須先向來源伺服器確認才能使用，即使伺服器無法連線也不例外。回應指令。",
	}},
	{"proxy-revalidate", argNone, false, true, knowledge.RFC(9111, "5.2.2.8"), knowledge.Text{
		En:   "proxy-revalidate: like must-revalidate, but only for shared caches. A response directive.",
		Hans: "proxy-revalidate：与 must-revalidate 相同，但只适用于共享缓存。响应指令。",
		Hant: "proxy-revalidate：與 must-revalidate 相同，但只適用於共用快取。回應指令。",
	}},
	{"must-understand", argNone, false, true, knowledge.RFC(9111, "5.2.2.3"), knowledge.Text{
		En:   "must-understand: a cache may store the response only if it understands the caching rules of its status code. A response directive.",
		Hans: "must-understand：只有理解该状态码缓存规则的缓存才可以存储响应。响应指令。",
		Hant: "must-understand：只有理解該狀態碼快取規則的快取才可以儲存回應。回應指令。",
	}},
	{"max-stale", argOptSecs, true, false, knowledge.RFC(9111, "5.2.1.2"), knowledge.Text{
		En:   "max-stale: the client accepts a stale response, stale by at most the given seconds (any staleness without an argument). A request directive.",
		Hans: "max-stale：客户端愿意接受过期的响应，过期时间不超过给定秒数（不带参数则不限）。请求指令。",
		Hant: "max-stale：用戶端願意接受過期的回應，過期時間不超過給定秒數（不帶參數則不限）。請求指令。",
	}},
	{"min-fresh", argSeconds, true, false, knowledge.RFC(9111, "5.2.1.3"), knowledge.Text{
		En:   "min-fresh: the client wants a response that stays fresh for at least the given seconds. A request directive.",
		Hans: "min-fresh：客户端要求响应至少还能保持新鲜给定的秒数。请求指令。",
		Hant: "min-fresh：用戶端要求回應至少還能保持新鮮給定的秒數。請求指令。",
	}},
	{"only-if-cached", argNone, true, false, knowledge.RFC(9111, "5.2.1.7"), knowledge.Text{
		En:   "only-if-cached: the client wants a stored response only; without one the cache answers 504. A request directive.",
		Hans: "only-if-cached：客户端只要已存储的响应；没有的话缓存回应 504。请求指令。",
		Hant: "only-if-cached：用戶端只要已儲存的回應；沒有的話快取回應 504。請求指令。",
	}},
	{"immutable", argNone, false, true, knowledge.RFC(8246, "2"), knowledge.Text{
		En:   "immutable: the response will not change while fresh, so the browser need not revalidate it even on reload. A response directive.",
		Hans: "immutable：响应在新鲜期内不会改变，因此浏览器即使刷新也无需重新验证。响应指令。",
		Hant: "immutable：回應在新鮮期內不會改變，因此瀏覽器即使重新整理也無需重新驗證。回應指令。",
	}},
	{"stale-while-revalidate", argSeconds, false, true, knowledge.RFC(5861, "3"), knowledge.Text{
		En:   "stale-while-revalidate: for the given seconds after it goes stale, a cache may serve the response while it revalidates in the background. A response directive.",
		Hans: "stale-while-revalidate：过期后的给定秒数内，缓存可以一边在后台重新验证，一边继续提供该响应。响应指令。",
		Hant: "stale-while-revalidate：過期後的給定秒數內，快取可以一邊在背景重新驗證，一邊繼續提供該回應。回應指令。",
	}},
	{"stale-if-error", argSeconds, true, true, knowledge.RFC(5861, "4"), knowledge.Text{
		En:   "stale-if-error: for the given seconds after it goes stale, a cache may serve the response when the origin server fails with an error.",
		Hans: "stale-if-error：过期后的给定秒数内，若源服务器出错，缓存可以继续提供该响应。",
		Hant: "stale-if-error：過期後的給定秒數內，若來源伺服器出錯，快取可以繼續提供該回應。",
	}},
}

// lookupDirective finds a registered cache directive by its lower-case name.
func lookupDirective(name string) (directive, bool) {
	for _, d := range directives {
		if d.name == name {
			return d, true
		}
	}
	return directive{}, false
}

var (
	textUnknownDirective = knowledge.Text{
		En:   "A directive the playground does not know; caches ignore directives they do not understand.",
		Hans: "练习场不认识的指令；缓存会忽略它们不理解的指令。",
		Hant: "練習場不認識的指令；快取會忽略它們不理解的指令。",
	}
	textSeconds = knowledge.Text{
		En:   "A number of seconds (delta-seconds); the value shows it as an ISO 8601 duration.",
		Hans: "秒数（delta-seconds）；值中以 ISO 8601 时长格式显示。",
		Hant: "秒數（delta-seconds）；值中以 ISO 8601 時長格式顯示。",
	}
	textFieldNames = knowledge.Text{
		En:   "A quoted list of field names the directive applies to, instead of the whole response.",
		Hans: "带引号的字段名列表，指令只作用于这些字段，而不是整个响应。",
		Hant: "帶引號的欄位名稱清單，指令只作用於這些欄位，而不是整個回應。",
	}

	noteCCUnknown = &noteDef{"cache-control/unknown-directive", Remark, knowledge.RFC(9111, "5.2.3"), knowledge.Text{
		En:   "%s is not a registered cache directive; caches that do not know it ignore it.",
		Hans: "%s 不是已注册的缓存指令；不认识它的缓存会忽略它。",
		Hant: "%s 不是已註冊的快取指令；不認識它的快取會忽略它。",
	}}
	noteCCNeedsSeconds = &noteDef{"cache-control/missing-argument", Error, knowledge.RFC(9111, "5.2"), knowledge.Text{
		En:   "%s needs a number of seconds, as in %s=60.",
		Hans: "%s 需要一个秒数，例如 %s=60。",
		Hant: "%s 需要一個秒數，例如 %s=60。",
	}}
	noteCCBadSeconds = &noteDef{"cache-control/bad-seconds", Error, knowledge.RFC(9111, "1.2.2"), knowledge.Text{
		En:   "The argument of %s must be a whole number of seconds, digits only.",
		Hans: "%s 的参数必须是整数秒，只能包含数字。",
		Hant: "%s 的參數必須是整數秒，只能包含數字。",
	}}
	noteCCQuotedSeconds = &noteDef{"cache-control/quoted-seconds", Warning, knowledge.RFC(9111, "5.2"), knowledge.Text{
		En:   "Senders should not quote the seconds of %s; some caches will not understand it.",
		Hans: "发送方不应给 %s 的秒数加引号，有些缓存会无法理解。",
		Hant: "傳送端不應給 %s 的秒數加引號，有些快取會無法理解。",
	}}
	noteCCNoArgument = &noteDef{"cache-control/unexpected-argument", Warning, knowledge.RFC(9111, "5.2"), knowledge.Text{
		En:   "%s takes no argument; the argument will be ignored or make caches ignore the directive.",
		Hans: "%s 不带参数；参数会被忽略，或导致缓存忽略这个指令。",
		Hant: "%s 不帶參數；參數會被忽略，或導致快取忽略這個指令。",
	}}
	noteCCDuplicate = &noteDef{"cache-control/duplicate", Warning, knowledge.RFC(9111, "4.2.1"), knowledge.Text{
		En:   "%s appears more than once; a cache then either uses the first one or treats the response as stale.",
		Hans: "%s 出现了不止一次；缓存此时要么采用第一个，要么把响应视为已过期。",
		Hant: "%s 出現了不只一次；快取此時要麼採用第一個，要麼把回應視為已過期。",
	}}
	noteCCNoStoreWins = &noteDef{"cache-control/no-store-overrides", Warning, knowledge.RFC(9111, "5.2.2.5"), knowledge.Text{
		En:   "no-store forbids storing the response at all, so %s has no effect here.",
		Hans: "no-store 完全禁止存储响应，因此这里的 %s 不起作用。",
		Hant: "no-store 完全禁止儲存回應，因此這裡的 %s 不起作用。",
	}}
	noteCCPublicPrivate = &noteDef{"cache-control/public-and-private", Warning, knowledge.RFC(9111, "5.2.2.7"), knowledge.Text{
		En:   "public and private contradict each other; caches will follow the more restrictive private.",
		Hans: "public 与 private 互相矛盾；缓存会遵循更严格的 private。",
		Hant: "public 與 private 互相矛盾；快取會遵循更嚴格的 private。",
	}}
	noteCCNoCacheMaxAge = &noteDef{"cache-control/no-cache-with-max-age", Remark, knowledge.RFC(9111, "5.2.2.4"), knowledge.Text{
		En:   "With no-cache every reuse is checked with the server anyway, so a max-age above 0 changes little.",
		Hans: "有了 no-cache，每次重用都要向服务器确认，因此大于 0 的 max-age 几乎不起作用。",
		Hant: "有了 no-cache，每次重用都要向伺服器確認，因此大於 0 的 max-age 幾乎不起作用。",
	}}
	noteCCMixed = &noteDef{"cache-control/request-and-response", Warning, knowledge.RFC(9111, "5.2"), knowledge.Text{
		En:   "This value mixes request directives (%s) with response directives (%s); one field is either in a request or in a response.",
		Hans: "该值混用了请求指令（%s）和响应指令（%s）；一个字段要么出现在请求中，要么出现在响应中。",
		Hant: "該值混用了請求指令（%s）和回應指令（%s）；一個欄位要麼出現在請求中，要麼出現在回應中。",
	}}
)

func analyzeCacheControl(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	seen := map[string]Span{}
	var reqOnly, respOnly []string
	maxAge := ""
	for _, el := range els {
		p := a.nameValue(el)
		name := strings.ToLower(a.text(p.name))
		if !isToken(name) {
			a.note(noteNotAToken, p.name)
			a.add(part("directive", el, a.text(el), textUnknownDirective))
			continue
		}
		a.checkParam(p, false)
		d, known := lookupDirective(name)
		t := d.text
		if !known {
			t = textUnknownDirective
			a.notef(noteCCUnknown, p.name, name)
		}
		if _, dup := seen[name]; dup {
			a.notef(noteCCDuplicate, p.name, name)
		}
		seen[name] = el
		value := name
		var kids []Part
		if p.eq {
			value = name + "=" + p.val
			argText, argVal := textParamValue, p.val
			switch d.arg {
			case argSeconds, argOptSecs:
				argText = textSeconds
				if allDigits(p.val) {
					argVal = "PT" + trimZeros(p.val) + "S"
					if p.quote {
						a.notef(noteCCQuotedSeconds, p.value, name)
					}
				} else {
					a.notef(noteCCBadSeconds, p.value, name)
				}
			case argOptNames:
				argText = textFieldNames
			case argNone:
				if known {
					a.notef(noteCCNoArgument, p.value, name)
				}
			}
			kids = appendPart(kids, part("argument", p.value, argVal, argText))
		} else if known && d.arg == argSeconds {
			a.notef(noteCCNeedsSeconds, p.name, name, name)
		}
		if name == "max-age" {
			maxAge = p.val
		}
		if known && d.request && !d.response {
			reqOnly = append(reqOnly, name)
		}
		if known && d.response && !d.request {
			respOnly = append(respOnly, name)
		}
		a.add(part("directive", el, value, t, kids...))
	}
	if s, ok := seen["no-store"]; ok {
		for _, other := range []string{"max-age", "s-maxage", "public", "immutable", "stale-while-revalidate", "stale-if-error", "max-stale", "min-fresh"} {
			if _, both := seen[other]; both {
				if other == "max-age" && trimZeros(maxAge) == "0" {
					continue // max-age=0 agrees with no-store
				}
				a.notef(noteCCNoStoreWins, s, other)
			}
		}
	}
	if _, pub := seen["public"]; pub {
		if s, priv := seen["private"]; priv {
			a.note(noteCCPublicPrivate, s)
		}
	}
	if s, nc := seen["no-cache"]; nc && maxAge != "" && allDigits(maxAge) && trimZeros(maxAge) != "0" {
		if _, ns := seen["no-store"]; !ns {
			a.note(noteCCNoCacheMaxAge, s)
		}
	}
	if len(reqOnly) > 0 && len(respOnly) > 0 {
		a.notef(noteCCMixed, w, strings.Join(reqOnly, ", "), strings.Join(respOnly, ", "))
	}
}

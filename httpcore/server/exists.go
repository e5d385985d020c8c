package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// exists is G7.
func (d *decider) exists() bool {
	switch {
	case d.res == nil:
		d.ask("G7", false, d.req.targetSpan(), say("Nothing on this site lives at %s.", "这个网站在 %s 没有任何东西。", "這個網站在 %s 沒有任何東西。", d.req.path))
		return false
	case d.res.Redirect != nil:
		d.ask("G7", false, d.req.targetSpan(), say("%s is not here any more: it has moved.", "%s 已经不在这里：它搬走了。", "%s 已經不在這裡：它搬走了。", d.req.path))
		return false
	case d.res.Gone:
		d.ask("G7", false, d.req.targetSpan(), say("%s was removed from the site.", "%s 已从网站上删除。", "%s 已從網站上刪除。", d.req.path))
		return false
	case d.itemID != "" && d.item == nil:
		d.ask("G7", false, d.req.targetSpan(), say("The collection %s has no item %q.", "集合 %s 里没有条目 %q。", "集合 %s 裡沒有項目 %q。", d.res.Path, d.itemID))
		return false
	}
	d.ask("G7", true, d.req.targetSpan(), say("%s exists.", "%s 存在。", "%s 存在。", d.req.path))
	return true
}

// validators are the current ETag and Last-Modified of what the request
// names, for the representation the negotiation chose.
func (d *decider) validators() (etag string, modified instant) {
	modified = instantOf(d.res.modified(d.site))
	if t, ok := d.st.modified[d.res.Path]; ok {
		modified = t
	}
	switch {
	case d.res.Collection != nil:
		return hashTag(d.collectionBody()), modified
	case d.res.Form != nil:
		return hashTag(d.res.body(0)), modified
	}
	etag = d.res.etag(d.variant)
	if d.coding == "gzip" {
		etag = strings.TrimSuffix(etag, `"`) + `-gzip"`
	}
	return etag, modified
}

// existing walks G8 to O18 for a resource that exists.
func (d *decider) existing() {
	etag, modified := d.validators()
	safe := d.req.method == "GET" || d.req.method == "HEAD"

	// G8, G9, G11
	im, imSpan, hasIM := d.req.field("If-Match")
	if hasIM {
		d.ask("G8", true, imSpan, knowledge.Text{En: "The client wants the action only if the resource is still as it knows it.", Hans: "客户端要求资源仍是它所知道的样子才执行操作。", Hant: "用戶端要求資源仍是它所知道的樣子才執行操作。"})
		tags := entityTags(im)
		if len(tags) == 1 && tags[0] == "*" {
			d.ask("G9", true, imSpan, knowledge.Text{En: "\"*\" matches any current representation, and there is one.", Hans: "\"*\" 匹配任何现有表示，而资源确实有一个。", Hant: "\"*\" 符合任何現有表示，而資源確實有一個。"})
		} else {
			d.ask("G9", false, imSpan, knowledge.Text{En: "The field lists entity tags.", Hans: "字段列出了实体标签。", Hant: "欄位列出了實體標籤。"})
			if !anyTag(tags, etag, strongMatch) {
				d.ask("G11", false, imSpan, say("The current ETag is %s; none of the tags matches it strongly, so someone changed the resource since the client read it.",
					"当前 ETag 是 %s；没有标签与之强匹配，说明客户端读取后资源被改过了。", "目前的 ETag 是 %s；沒有標籤與之強符合，表示用戶端讀取後資源被改過了。", etag))
				d.settle(412, "The resource has changed.")
				return
			}
			d.ask("G11", true, imSpan, say("The current ETag %s is in the list.", "当前 ETag %s 在列表中。", "目前的 ETag %s 在列表中。", etag))
		}
	} else {
		d.ask("G8", false, spanNone, knowledge.Text{En: "No If-Match precondition.", Hans: "没有 If-Match 前提条件。", Hant: "沒有 If-Match 前提條件。"})
	}

	// H10, H11, H12 (ignored when If-Match is present, RFC 9110 §13.2.2)
	if v, span, ok := d.req.field("If-Unmodified-Since"); ok && !hasIM {
		d.ask("H10", true, span, knowledge.Text{En: "The client wants the action only if the resource is unchanged since a date.", Hans: "客户端要求资源在某日期后未被修改才执行操作。", Hant: "用戶端要求資源在某日期後未被修改才執行操作。"})
		if t, valid := parseHTTPDate(v); !valid {
			d.ask("H11", false, span, say("%q is not an HTTP date, so the server ignores the field.", "%q 不是 HTTP 日期，所以服务器忽略这个字段。", "%q 不是 HTTP 日期，所以伺服器忽略這個欄位。", v))
		} else {
			d.ask("H11", true, span, knowledge.Text{En: "The date is valid.", Hans: "日期有效。", Hant: "日期有效。"})
			if modified.after(t) {
				d.ask("H12", true, span, say("The resource was last modified %s, after %s.", "资源最后修改于 %s，晚于 %s。", "資源最後修改於 %s，晚於 %s。", httpDate(modified), httpDate(t)))
				d.settle(412, "The resource has changed since that date.")
				return
			}
			d.ask("H12", false, span, say("The resource was last modified %s, not after %s.", "资源最后修改于 %s，不晚于 %s。", "資源最後修改於 %s，不晚於 %s。", httpDate(modified), httpDate(t)))
		}
	} else if !hasIM {
		d.ask("H10", false, spanNone, knowledge.Text{En: "No If-Unmodified-Since precondition.", Hans: "没有 If-Unmodified-Since 前提条件。", Hant: "沒有 If-Unmodified-Since 前提條件。"})
	}

	// I12, I13, K13, J18
	inm, inmSpan, hasINM := d.req.field("If-None-Match")
	if hasINM {
		d.ask("I12", true, inmSpan, knowledge.Text{En: "The client has a copy and names its entity tags.", Hans: "客户端有副本，并给出了它的实体标签。", Hant: "用戶端有副本，並給出了它的實體標籤。"})
		tags := entityTags(inm)
		matched := false
		if len(tags) == 1 && tags[0] == "*" {
			d.ask("I13", true, inmSpan, knowledge.Text{En: "\"*\" matches any current representation, and there is one.", Hans: "\"*\" 匹配任何现有表示，而资源确实有一个。", Hant: "\"*\" 符合任何現有表示，而資源確實有一個。"})
			matched = true
		} else {
			d.ask("I13", false, inmSpan, knowledge.Text{En: "The field lists entity tags.", Hans: "字段列出了实体标签。", Hant: "欄位列出了實體標籤。"})
			matched = anyTag(tags, etag, weakMatch)
			if matched {
				d.ask("K13", true, inmSpan, say("The current ETag %s matches: the client's copy is still good.", "当前 ETag %s 匹配：客户端的副本仍然有效。", "目前的 ETag %s 符合：用戶端的副本仍然有效。", etag))
			} else {
				d.ask("K13", false, inmSpan, say("The current ETag is %s; the client's copy is out of date.", "当前 ETag 是 %s；客户端的副本已过时。", "目前的 ETag 是 %s；用戶端的副本已過時。", etag))
			}
		}
		if matched {
			if safe {
				d.ask("J18", true, d.req.methodSpan(), knowledge.Text{En: "For GET and HEAD, a match means \"use your copy\": 304 with no content.", Hans: "对 GET 和 HEAD 来说，匹配就表示\"用你的副本\"：回答 304，没有内容。", Hant: "對 GET 和 HEAD 來說，符合就表示「用你的副本」：回答 304，沒有內容。"})
				d.notModified(etag, modified)
				return
			}
			d.ask("J18", false, d.req.methodSpan(), say("For %s, a match means the precondition fails.", "对 %s 来说，匹配就表示前提条件不成立。", "對 %s 來說，符合就表示前提條件不成立。", d.req.method))
			d.settle(412, "The precondition failed.")
			return
		}
	} else {
		d.ask("I12", false, spanNone, knowledge.Text{En: "No If-None-Match precondition.", Hans: "没有 If-None-Match 前提条件。", Hant: "沒有 If-None-Match 前提條件。"})
	}

	// L13, L14, L15, L17 (only for GET and HEAD, and not with If-None-Match)
	if v, span, ok := d.req.field("If-Modified-Since"); ok && safe && !hasINM {
		d.ask("L13", true, span, knowledge.Text{En: "The client has a copy from a given date.", Hans: "客户端有某个日期的副本。", Hant: "用戶端有某個日期的副本。"})
		t, valid := parseHTTPDate(v)
		switch {
		case !valid:
			d.ask("L14", false, span, say("%q is not an HTTP date, so the server ignores the field.", "%q 不是 HTTP 日期，所以服务器忽略这个字段。", "%q 不是 HTTP 日期，所以伺服器忽略這個欄位。", v))
		case t.after(d.now):
			d.ask("L14", true, span, knowledge.Text{En: "The date is valid.", Hans: "日期有效。", Hant: "日期有效。"})
			d.ask("L15", true, span, say("%s is later than the server's clock (%s), so the server ignores it.", "%s 晚于服务器时钟（%s），所以服务器忽略它。", "%s 晚於伺服器時鐘（%s），所以伺服器忽略它。", httpDate(t), httpDate(d.now)))
		default:
			d.ask("L14", true, span, knowledge.Text{En: "The date is valid.", Hans: "日期有效。", Hant: "日期有效。"})
			d.ask("L15", false, span, knowledge.Text{En: "The date is not in the future.", Hans: "日期不在将来。", Hant: "日期不在未來。"})
			if !modified.after(t) {
				d.ask("L17", false, span, say("The resource was last modified %s, not after the client's copy.", "资源最后修改于 %s，不晚于客户端的副本。", "資源最後修改於 %s，不晚於用戶端的副本。", httpDate(modified)))
				d.notModified(etag, modified)
				return
			}
			d.ask("L17", true, span, say("The resource was modified %s, after the client's copy.", "资源修改于 %s，晚于客户端的副本。", "資源修改於 %s，晚於用戶端的副本。", httpDate(modified)))
		}
	} else if safe && !hasINM {
		d.ask("L13", false, spanNone, knowledge.Text{En: "No If-Modified-Since precondition.", Hans: "没有 If-Modified-Since 前提条件。", Hant: "沒有 If-Modified-Since 前提條件。"})
	}

	switch d.req.method {
	case "DELETE":
		d.ask("M16", true, d.req.methodSpan(), knowledge.Text{En: "The client asks to delete the resource.", Hans: "客户端要求删除资源。", Hant: "用戶端要求刪除資源。"})
		d.deleteItem()
	case "POST":
		d.ask("M16", false, d.req.methodSpan(), knowledge.Text{En: "The method is POST.", Hans: "方法是 POST。", Hant: "方法是 POST。"})
		d.ask("N16", true, d.req.methodSpan(), knowledge.Text{En: "The client sends data for the resource to process.", Hans: "客户端发送数据，交给资源处理。", Hant: "用戶端送出資料，交給資源處理。"})
		d.post()
	case "PUT":
		d.ask("M16", false, d.req.methodSpan(), knowledge.Text{En: "The method is PUT.", Hans: "方法是 PUT。", Hant: "方法是 PUT。"})
		d.ask("N16", false, d.req.methodSpan(), knowledge.Text{En: "The method is PUT.", Hans: "方法是 PUT。", Hant: "方法是 PUT。"})
		d.ask("O16", true, d.req.methodSpan(), knowledge.Text{En: "The client replaces the resource with the content it sends.", Hans: "客户端用它发送的内容替换资源。", Hant: "用戶端用它送出的內容取代資源。"})
		d.putItem(false)
	case "PATCH":
		d.ask("M16", false, d.req.methodSpan(), knowledge.Text{En: "The method is PATCH.", Hans: "方法是 PATCH。", Hant: "方法是 PATCH。"})
		d.ask("N16", false, d.req.methodSpan(), knowledge.Text{En: "The method is PATCH.", Hans: "方法是 PATCH。", Hant: "方法是 PATCH。"})
		d.ask("O16", false, d.req.methodSpan(), knowledge.Text{En: "The method is PATCH.", Hans: "方法是 PATCH。", Hant: "方法是 PATCH。"})
		d.ask("U1", true, d.req.methodSpan(), knowledge.Text{En: "The client sends changes to merge into the resource.", Hans: "客户端发送要合并进资源的修改。", Hant: "用戶端送出要合併進資源的修改。"})
		d.patchItem()
	default:
		d.ask("O18", true, d.req.methodSpan(), say("%s asks for the current representation.", "%s 请求当前表示。", "%s 請求目前表示。", d.req.method))
		d.represent(etag, modified)
	}
}

func anyTag(tags []string, etag string, match func(a, b string) bool) bool {
	for _, t := range tags {
		if match(t, etag) {
			return true
		}
	}
	return false
}

// notModified settles on 304: no content, but the fields a 200 would have
// sent that a cache needs to update its copy (RFC 9110 §15.4.5).
func (d *decider) notModified(etag string, modified instant) {
	d.settle(304, "")
	d.setValidators(etag, modified)
	d.setCacheControl()
	d.setVary()
}

func (d *decider) setValidators(etag string, modified instant) {
	d.resp.set("ETag", etag, knowledge.RFC(9110, "8.8.3"),
		knowledge.Text{En: "An opaque tag for this exact representation: the client sends it back in If-None-Match or If-Match.", Hans: "这个表示的不透明标签：客户端会在 If-None-Match 或 If-Match 中把它送回来。", Hant: "這個表示的不透明標籤：用戶端會在 If-None-Match 或 If-Match 中把它送回來。"})
	d.resp.set("Last-Modified", httpDate(modified), knowledge.RFC(9110, "8.8.2"),
		knowledge.Text{En: "When the resource last changed: the client may send it back in If-Modified-Since.", Hans: "资源最后改变的时间：客户端可以在 If-Modified-Since 中送回它。", Hant: "資源最後改變的時間：用戶端可以在 If-Modified-Since 中送回它。"})
}

func (d *decider) setCacheControl() {
	if d.res.CacheControl == "" {
		return
	}
	d.resp.set("Cache-Control", d.res.CacheControl, knowledge.RFC(9111, "5.2"),
		knowledge.Text{En: "The scenario's caching rule for this resource: how long caches may reuse the answer without asking again.", Hans: "场景为这个资源设定的缓存规则：缓存不必再询问就能复用回答多久。", Hant: "情境為這個資源設定的快取規則：快取不必再詢問就能重用回答多久。"})
}

// missing walks H7 to the 404, 410, redirects and PUT creation for a
// resource that does not exist.
func (d *decider) missing() {
	// H7
	if _, span, ok := d.req.field("If-Match"); ok {
		d.ask("H7", true, span, knowledge.Text{En: "If-Match asks for a current representation, and there is none.", Hans: "If-Match 要求存在当前表示，但并没有。", Hant: "If-Match 要求存在目前表示，但並沒有。"})
		d.settle(412, "There is nothing here for If-Match to match.")
		return
	}
	d.ask("H7", false, spanNone, knowledge.Text{En: "No If-Match precondition.", Hans: "没有 If-Match 前提条件。", Hant: "沒有 If-Match 前提條件。"})

	// I7, I4, P3
	if d.req.method == "PUT" {
		d.ask("I7", true, d.req.methodSpan(), knowledge.Text{En: "PUT may create what does not exist yet.", Hans: "PUT 可以创建还不存在的东西。", Hant: "PUT 可以建立還不存在的東西。"})
		if d.res != nil && d.res.Redirect != nil && permanent(d.res.Redirect.Status) {
			d.ask("I4", true, d.req.targetSpan(), say("It moved permanently to %s.", "它已永久移到 %s。", "它已永久移到 %s。", d.res.Redirect.Location))
			d.redirect()
			return
		}
		d.ask("I4", false, d.req.targetSpan(), knowledge.Text{En: "It has not moved permanently.", Hans: "它没有永久移动。", Hant: "它沒有永久移動。"})
		if d.res != nil && d.res.Collection != nil && d.itemID != "" {
			d.putItem(true)
			return
		}
		d.ask("P3", true, d.req.targetSpan(), say("Nothing on this site creates resources at %s with PUT.", "这个网站没有能用 PUT 在 %s 创建资源的东西。", "這個網站沒有能用 PUT 在 %s 建立資源的東西。", d.req.path))
		d.notFound()
		return
	}
	d.ask("I7", false, d.req.methodSpan(), say("The method is %s, not PUT.", "方法是 %s，不是 PUT。", "方法是 %s，不是 PUT。", d.req.method))

	// K7, K5, L5, M5
	if d.res != nil && (d.res.Redirect != nil || d.res.Gone) {
		d.ask("K7", true, d.req.targetSpan(), say("Something lived at %s before.", "%s 以前有过东西。", "%s 以前有過東西。", d.req.path))
		if r := d.res.Redirect; r != nil {
			if permanent(r.Status) {
				d.ask("K5", true, d.req.targetSpan(), say("It moved permanently to %s.", "它已永久移到 %s。", "它已永久移到 %s。", r.Location))
			} else {
				d.ask("K5", false, d.req.targetSpan(), knowledge.Text{En: "It has not moved for good.", Hans: "它不是永久移动。", Hant: "它不是永久移動。"})
				d.ask("L5", true, d.req.targetSpan(), say("It is at %s for now.", "它暂时在 %s。", "它暫時在 %s。", r.Location))
			}
			d.redirect()
			return
		}
		d.ask("K5", false, d.req.targetSpan(), knowledge.Text{En: "It did not move.", Hans: "它没有移动。", Hant: "它沒有移動。"})
		d.ask("L5", false, d.req.targetSpan(), knowledge.Text{En: "It did not move.", Hans: "它没有移动。", Hant: "它沒有移動。"})
		d.ask("M5", d.req.method == "POST", d.req.methodSpan(), knowledge.Text{
			En:   "It was removed on purpose and will not come back: 410 tells clients and search engines to forget the link, which 404 does not.",
			Hans: "它是被有意删除的，不会再回来：410 告诉客户端和搜索引擎忘掉这个链接，404 做不到这一点。",
			Hant: "它是被刻意刪除的，不會再回來：410 告訴用戶端和搜尋引擎忘掉這個連結，404 做不到這一點。",
		})
		d.settle(410, "")
		if d.site.GonePage != "" {
			d.resp.Body = []byte(d.site.GonePage)
		}
		return
	}
	d.ask("K7", false, d.req.targetSpan(), say("Nothing ever lived at %s.", "%s 从来没有过东西。", "%s 從來沒有過東西。", d.req.path))
	if d.req.method == "POST" {
		d.ask("L7", true, d.req.methodSpan(), knowledge.Text{En: "Nothing at this address takes a POST, so nothing can be created here.", Hans: "这个地址没有东西接受 POST，所以这里什么也不能创建。", Hant: "這個位址沒有東西接受 POST，所以這裡什麼也不能建立。"})
	} else {
		d.ask("L7", false, d.req.methodSpan(), knowledge.Text{En: "There is nothing to send back: 404 Not Found.", Hans: "没有可以送回的东西：404 Not Found。", Hant: "沒有可以送回的東西：404 Not Found。"})
	}
	d.notFound()
}

func (d *decider) notFound() {
	d.settle(404, "")
	if d.site.NotFoundPage != "" {
		d.resp.Body = []byte(d.site.NotFoundPage)
	}
}

func permanent(status int) bool { return status == 301 || status == 308 }

// redirect settles on the resource's redirect status with its Location.
func (d *decider) redirect() {
	r := d.res.Redirect
	d.settle(r.Status, "This page is now at "+r.Location+".")
	var why knowledge.Text
	switch r.Status {
	case 301:
		why = knowledge.Text{En: "The new address for good. With 301 a client may turn a POST into a GET when it follows; 308 forbids that.", Hans: "永久的新地址。收到 301 的客户端跟随时可能把 POST 改成 GET；308 不允许这样。", Hant: "永久的新位址。收到 301 的用戶端跟隨時可能把 POST 改成 GET；308 不允許這樣。"}
	case 308:
		why = knowledge.Text{En: "The new address for good; the client must repeat the same method and content there.", Hans: "永久的新地址；客户端必须用同样的方法和内容去那里重新请求。", Hant: "永久的新位址；用戶端必須用同樣的方法和內容去那裡重新請求。"}
	case 307:
		why = knowledge.Text{En: "Where the resource is for now; the client repeats the same method there and keeps using the old address later.", Hans: "资源暂时所在的地址；客户端用同样的方法去那里请求，以后仍使用旧地址。", Hant: "資源暫時所在的位址；用戶端用同樣的方法去那裡請求，以後仍使用舊位址。"}
	case 303:
		why = knowledge.Text{En: "Where to see the result: the client fetches it with GET, whatever method it used here.", Hans: "查看结果的地址：无论这里用的是什么方法，客户端都用 GET 去获取它。", Hant: "查看結果的位址：無論這裡用的是什麼方法，用戶端都用 GET 去取得它。"}
	default:
		why = knowledge.Text{En: "Where the resource is for now; for historical reasons a client may turn a POST into a GET when it follows, which 307 forbids.", Hans: "资源暂时所在的地址；由于历史原因，客户端跟随时可能把 POST 改成 GET，307 则不允许。", Hant: "資源暫時所在的位址；由於歷史原因，用戶端跟隨時可能把 POST 改成 GET，307 則不允許。"}
	}
	d.resp.set("Location", r.Location, knowledge.RFC(9110, "10.2.2"), why)
}

package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// minGzip is the smallest body worth compressing: below it, gzip's own
// header and trailer eat the gain.
const minGzip = 256

// contentType is the Content-Type of the resource's representation.
func (d *decider) contentType() string {
	switch {
	case d.res.Collection != nil:
		return "application/json"
	case d.res.Type != "":
		ct := d.res.Type
		if isTextual(mediaTypeOf(ct)) && !strings.Contains(strings.ToLower(ct), "charset") {
			ct += "; charset=utf-8"
		}
		return ct
	case d.res.Form != nil:
		return "text/html; charset=utf-8"
	}
	return "application/octet-stream"
}

// notAcceptable runs C3 to F7: it picks the media type, language, charset and
// content coding of the answer, or answers 406 (and reports that it
// settled the answer). Resources without a
// representation (none at all, moved or gone) have nothing to negotiate.
func (d *decider) notAcceptable() bool {
	if d.res == nil || d.res.Redirect != nil || d.res.Gone {
		return false
	}
	ct := d.contentType()
	d.mediaType = mediaTypeOf(ct)

	// C3, C4
	if v, span, ok := d.req.field("Accept"); ok {
		d.ask("C3", true, span, knowledge.Text{En: "The client says which media types it takes.", Hans: "客户端说明了它接受哪些媒体类型。", Hant: "用戶端說明了它接受哪些媒體類型。"})
		q, by := mediaQ(parseWeighted(v), d.mediaType)
		if q <= 0 {
			d.ask("C4", false, span, say("The resource is only available as %s, and Accept does not take it.", "资源只有 %s 这一种类型，而 Accept 不接受它。", "資源只有 %s 這一種類型，而 Accept 不接受它。", d.mediaType))
			d.settle(406, "This resource is only available as "+d.mediaType+".")
			return true
		}
		d.ask("C4", true, span, say("%s is acceptable (it matches %q, q=%g).", "%s 可以接受（匹配 %q，q=%g）。", "%s 可以接受（符合 %q，q=%g）。", d.mediaType, by, q))
	} else {
		d.ask("C3", false, spanNone, say("Without Accept, any media type will do; the server sends %s.", "没有 Accept，任何媒体类型都可以；服务器发送 %s。", "沒有 Accept，任何媒體類型都可以；伺服器送出 %s。", d.mediaType))
	}

	// D4, D5
	if v, span, ok := d.req.field("Accept-Language"); ok {
		d.ask("D4", true, span, knowledge.Text{En: "The client says which languages it prefers.", Hans: "客户端说明了它偏好的语言。", Hant: "用戶端說明了它偏好的語言。"})
		if len(d.res.Variants) == 0 {
			d.ask("D5", true, span, knowledge.Text{En: "This resource exists in one language only, so the preference changes nothing.", Hans: "这个资源只有一种语言，所以偏好不起作用。", Hant: "這個資源只有一種語言，所以偏好不起作用。"})
		} else {
			offered := make([]string, len(d.res.Variants))
			for i, v := range d.res.Variants {
				offered[i] = v.Language
			}
			i, by, ok := chooseLanguage(parseWeighted(v), offered)
			if !ok {
				d.ask("D5", false, span, say("The resource exists in %s; the client accepts none of them. Many servers would send the default language instead; this one follows the diagram and answers 406.",
					"资源有 %s 几种语言；客户端一个都不接受。许多服务器会改发默认语言；这里按决策图回答 406。",
					"資源有 %s 幾種語言；用戶端一個都不接受。許多伺服器會改送預設語言；這裡按決策圖回答 406。", strings.Join(offered, ", ")))
				d.settle(406, "This page exists in "+strings.Join(offered, ", ")+".")
				return true
			}
			d.variant = i
			d.ask("D5", true, span, say("The %s version is chosen (it matches %q).", "选择了 %s 版本（匹配 %q）。", "選擇了 %s 版本（符合 %q）。", offered[i], by))
		}
	} else {
		d.ask("D4", false, spanNone, knowledge.Text{En: "Without Accept-Language, the server sends its default language.", Hans: "没有 Accept-Language，服务器发送默认语言。", Hant: "沒有 Accept-Language，伺服器送出預設語言。"})
	}
	if len(d.res.Variants) > 0 {
		d.vary = append(d.vary, "Accept-Language")
	}

	// E5, E6
	if v, span, ok := d.req.field("Accept-Charset"); ok {
		d.ask("E5", true, span, knowledge.Text{En: "The client says which charsets it reads.", Hans: "客户端说明了它能读的字符集。", Hant: "用戶端說明了它能讀的字元集。"})
		if isTextual(d.mediaType) && charsetQ(parseWeighted(v), "utf-8") <= 0 {
			d.ask("E6", false, span, knowledge.Text{En: "The text is in UTF-8, and Accept-Charset does not take UTF-8.", Hans: "文本是 UTF-8，而 Accept-Charset 不接受 UTF-8。", Hant: "文字是 UTF-8，而 Accept-Charset 不接受 UTF-8。"})
			d.settle(406, "This resource is only available in UTF-8.")
			return true
		}
		d.ask("E6", true, span, knowledge.Text{En: "UTF-8 (or a binary type, where charsets do not apply) is acceptable.", Hans: "UTF-8（或不涉及字符集的二进制类型）可以接受。", Hant: "UTF-8（或不涉及字元集的二進位類型）可以接受。"})
	} else {
		d.ask("E5", false, spanNone, knowledge.Text{En: "Without Accept-Charset, any charset will do.", Hans: "没有 Accept-Charset，任何字符集都可以。", Hant: "沒有 Accept-Charset，任何字元集都可以。"})
	}

	// F6, F7
	canGzip := d.res.Compress && (d.req.method == "GET" || d.req.method == "HEAD") && len(d.res.body(d.variant)) >= minGzip
	if d.res.Compress {
		d.vary = append(d.vary, "Accept-Encoding")
	}
	if v, span, ok := d.req.field("Accept-Encoding"); ok {
		d.ask("F6", true, span, knowledge.Text{En: "The client says which content codings it can undo.", Hans: "客户端说明了它能解开哪些内容编码。", Hant: "用戶端說明了它能解開哪些內容編碼。"})
		coding, ok := chooseEncoding(parseWeighted(v), canGzip)
		if !ok {
			d.ask("F7", false, span, knowledge.Text{En: "The client refuses the uncompressed form, and the server has no coding it accepts.", Hans: "客户端拒绝未压缩的形式，服务器也没有它接受的编码。", Hant: "用戶端拒絕未壓縮的形式，伺服器也沒有它接受的編碼。"})
			d.settle(406, "No acceptable content coding.")
			return true
		}
		d.coding = coding
		switch {
		case coding == "gzip":
			d.ask("F7", true, span, knowledge.Text{En: "The client takes gzip and the text compresses well, so the server sends it gzipped.", Hans: "客户端接受 gzip，而文本压缩效果好，所以服务器用 gzip 发送。", Hant: "用戶端接受 gzip，而文字壓縮效果好，所以伺服器用 gzip 送出。"})
		case d.res.Compress && len(d.res.body(d.variant)) < minGzip:
			d.ask("F7", true, span, say("The body is under %d bytes: too small to gain from compression, so it goes as it is.", "内容不到 %d 字节，压缩得不偿失，所以原样发送。", "內容不到 %d 位元組，壓縮得不償失，所以原樣送出。", minGzip))
		default:
			d.ask("F7", true, span, knowledge.Text{En: "The server sends this resource as it is (identity).", Hans: "服务器原样发送这个资源（identity）。", Hant: "伺服器原樣送出這個資源（identity）。"})
		}
	} else {
		d.ask("F6", false, spanNone, knowledge.Text{En: "Without Accept-Encoding, the server sends the content uncompressed.", Hans: "没有 Accept-Encoding，服务器发送未压缩的内容。", Hant: "沒有 Accept-Encoding，伺服器送出未壓縮的內容。"})
	}
	return false
}

// setVary tells caches which request fields chose this representation.
func (d *decider) setVary() {
	if len(d.vary) == 0 || d.resp == nil {
		return
	}
	d.resp.set("Vary", strings.Join(d.vary, ", "), knowledge.RFC(9110, "12.5.5"),
		say("Tells caches that another %s could get a different answer, so they must not reuse this one for it.",
			"告诉缓存：不同的 %s 可能得到不同的回答，不能拿这个回答去复用。",
			"告訴快取：不同的 %s 可能得到不同的回答，不能拿這個回答去重用。", strings.Join(d.vary, ", ")))
}

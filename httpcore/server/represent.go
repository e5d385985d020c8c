package server

import (
	"strconv"

	"github.com/httpplayground/playground/httpcore/internal/deflate"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// currentBody is the representation of what the request names, before any
// content coding.
func (d *decider) currentBody() []byte {
	switch {
	case d.res.Collection != nil && d.item != nil:
		return encodeJSON(d.item)
	case d.res.Collection != nil:
		return d.collectionBody()
	}
	return d.res.body(d.variant)
}

// represent answers GET and HEAD with the representation: 200, or 206/416
// for a range.
func (d *decider) represent(etag string, modified instant) {
	plain := d.currentBody()
	body := plain
	if d.coding == "gzip" {
		body = deflate.Gzip(plain)
	}
	d.settle(200, "")
	d.resp.plain = plain
	d.setBody(body, d.contentType(), knowledge.Text{En: "The media type of the representation, so the client knows how to read it.", Hans: "表示的媒体类型，让客户端知道如何读取。", Hant: "表示的媒體類型，讓用戶端知道如何讀取。"})
	d.setLanguage()
	d.setValidators(etag, modified)
	d.setCacheControl()
	if d.coding == "gzip" {
		d.resp.set("Content-Encoding", "gzip", knowledge.RFC(9110, "8.4"),
			say("The content is gzip-compressed; the client must decompress it to get the %s.", "内容经过 gzip 压缩；客户端要先解压才能得到 %s。", "內容經過 gzip 壓縮；用戶端要先解壓才能得到 %s。", d.mediaType))
		if !d.req.http10 {
			d.resp.Chunked = true
		}
	}
	d.setVary()
	static := d.res.Collection == nil && d.res.Form == nil
	if static && !d.res.NoRanges {
		d.resp.set("Accept-Ranges", "bytes", knowledge.RFC(9110, "14.3"),
			knowledge.Text{En: "Tells the client it may ask for parts of this resource by byte range.", Hans: "告诉客户端可以按字节范围请求这个资源的一部分。", Hant: "告訴用戶端可以按位元組範圍請求這個資源的一部分。"})
	}
	if !static || d.res.NoRanges || d.req.method != "GET" {
		return
	}
	d.byteRange(body, etag, modified)
}

// byteRange runs R1 and R2 on a GET of a static resource.
func (d *decider) byteRange(body []byte, etag string, modified instant) {
	v, span, ok := d.req.field("Range")
	if !ok {
		d.ask("R1", false, spanNone, knowledge.Text{En: "The client wants the whole representation.", Hans: "客户端要整个表示。", Hant: "用戶端要整個表示。"})
		return
	}
	d.steps[len(d.steps)-1].Status = 0
	if ir, irSpan, has := d.req.field("If-Range"); has {
		still := false
		if t, isDate := parseHTTPDate(ir); isDate {
			still = !modified.after(t)
		} else {
			still = strongMatch(ir, etag)
		}
		if !still {
			d.ask("R2", false, irSpan, knowledge.Text{En: "The client's copy is out of date, so it gets the whole new representation instead of a part.", Hans: "客户端的副本已过时，所以得到整个新表示，而不是一部分。", Hant: "用戶端的副本已過時，所以得到整個新表示，而不是一部分。"})
			d.steps[len(d.steps)-1].Status = 200
			return
		}
		d.ask("R2", true, irSpan, knowledge.Text{En: "The client's copy is current, so the range can be added to it.", Hans: "客户端的副本是最新的，所以可以把范围接到它上面。", Hant: "用戶端的副本是最新的，所以可以把範圍接到它上面。"})
	}
	size := int64(len(body))
	kind, br := parseRange(v, size)
	switch kind {
	case rangeIgnored:
		d.ask("R1", false, span, say("%q is not a byte range this server reads, so it sends the whole representation.", "%q 不是服务器能读的字节范围，所以发送整个表示。", "%q 不是伺服器能讀的位元組範圍，所以送出整個表示。", v))
		d.steps[len(d.steps)-1].Status = 200
	case rangeMultiple:
		d.ask("R1", false, span, knowledge.Text{En: "Several ranges would need a multipart answer; this server may ignore Range, and sends the whole representation.", Hans: "多个范围需要 multipart 回答；服务器可以忽略 Range，于是发送整个表示。", Hant: "多個範圍需要 multipart 回答；伺服器可以忽略 Range，於是送出整個表示。"})
		d.steps[len(d.steps)-1].Status = 200
	case rangeUnsatisfiable:
		d.ask("R1", true, span, say("The representation is %d bytes; no requested range starts inside it.", "表示只有 %d 字节；请求的范围都不在其中。", "表示只有 %d 位元組；請求的範圍都不在其中。", size))
		d.settle(416, "")
		d.resp.set("Content-Range", "bytes */"+strconv.FormatInt(size, 10), knowledge.RFC(9110, "14.4"),
			knowledge.Text{En: "In a 416 answer, gives the full length so the client can ask again correctly.", Hans: "在 416 回答里给出完整长度，让客户端能重新正确请求。", Hant: "在 416 回答裡給出完整長度，讓用戶端能重新正確請求。"})
		d.resp.Chunked = false
	case rangeSatisfiable:
		d.ask("R1", true, span, say("Bytes %d to %d of %d are sent, with 206.", "发送 %d 到 %d 字节（共 %d），状态 206。", "送出 %d 到 %d 位元組（共 %d），狀態 206。", br.First, br.Last, size))
		d.steps[len(d.steps)-1].Status = 206
		d.resp.Status, d.resp.Reason = 206, reasonPhrase(206)
		d.resp.Body = body[br.First : br.Last+1]
		d.resp.Chunked = false
		d.resp.set("Content-Range", "bytes "+strconv.FormatInt(br.First, 10)+"-"+strconv.FormatInt(br.Last, 10)+"/"+strconv.FormatInt(size, 10), knowledge.RFC(9110, "14.4"),
			knowledge.Text{En: "Which bytes of the whole representation this part is, and the whole length.", Hans: "这一部分是整个表示中的哪些字节，以及完整长度。", Hant: "這一部分是整個表示中的哪些位元組，以及完整長度。"})
	}
}

// setLanguage sends Content-Language when the representation has one.
func (d *decider) setLanguage() {
	lang := d.res.Language
	if len(d.res.Variants) > 0 {
		lang = d.res.Variants[d.variant].Language
	}
	if lang == "" {
		return
	}
	d.resp.set("Content-Language", lang, knowledge.RFC(9110, "8.5"),
		knowledge.Text{En: "The language the content is written in, for its readers.", Hans: "内容所用的语言，写给读者的。", Hant: "內容所用的語言，寫給讀者的。"})
}

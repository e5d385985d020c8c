package fieldvalue

import (
	"slices"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Media types (RFC 9110 section 8.3.1) in Content-Type and Accept:
//
//	media-type = type "/" subtype parameters
//	media-range = ( "*/*" / ( type "/*" ) / ( type "/" subtype ) ) parameters

func init() {
	register("Content-Type", "media-type", analyzeContentType)
	register("Accept", "media-ranges", analyzeAccept)
}

var (
	textType = knowledge.Text{
		En:   "The top-level type: the broad kind of data (text, image, audio, video, application, multipart, ...).",
		Hans: "顶级类型：数据的大类（text、image、audio、video、application、multipart 等）。",
		Hant: "頂層類型：資料的大類（text、image、audio、video、application、multipart 等）。",
	}
	textSubtype = knowledge.Text{
		En:   "The subtype: the exact format within the top-level type.",
		Hans: "子类型：顶级类型中的具体格式。",
		Hant: "子類型：頂層類型中的具體格式。",
	}
	textWildcard = knowledge.Text{
		En:   "\"*\" stands for any type or subtype; it is only allowed in Accept, not in Content-Type.",
		Hans: "“*”代表任意类型或子类型；只能用在 Accept 中，不能用在 Content-Type 中。",
		Hant: "「*」代表任意類型或子類型；只能用在 Accept 中，不能用在 Content-Type 中。",
	}
	textCharset = knowledge.Text{
		En:   "The charset parameter names the character encoding that turns the body's bytes into characters, such as utf-8.",
		Hans: "charset 参数指明把正文字节转换成字符所用的字符编码，例如 utf-8。",
		Hant: "charset 參數指明把本文位元組轉換成字元所用的字元編碼，例如 utf-8。",
	}
	textBoundary = knowledge.Text{
		En:   "The boundary parameter is the line that separates the parts of a multipart body; it must not occur inside any part.",
		Hans: "boundary 参数是分隔 multipart 正文各部分的分界线，不能出现在任何部分的内容中。",
		Hant: "boundary 參數是分隔 multipart 本文各部分的分界線，不能出現在任何部分的內容中。",
	}
	textMediaRange = knowledge.Text{
		En:   "One media range the client accepts, with its optional weight.",
		Hans: "客户端可接受的一个媒体范围，可带权重。",
		Hant: "用戶端可接受的一個媒體範圍，可帶權重。",
	}
)

// mediaTypes explains the common media types.
var mediaTypes = map[string]knowledge.Text{
	"text/html":                         knowledge.Text{En: "HTML, a web page.", Hans: "HTML 网页。", Hant: "HTML 網頁。"},
	"text/plain":                        knowledge.Text{En: "Plain text without formatting.", Hans: "无格式的纯文本。", Hant: "無格式的純文字。"},
	"text/css":                          knowledge.Text{En: "A CSS style sheet.", Hans: "CSS 样式表。", Hant: "CSS 樣式表。"},
	"text/javascript":                   knowledge.Text{En: "JavaScript code.", Hans: "JavaScript 代码。", Hant: "JavaScript 程式碼。"},
	"text/csv":                          knowledge.Text{En: "Comma-separated values, a table as text.", Hans: "逗号分隔值，以文本表示的表格。", Hant: "逗號分隔值，以文字表示的表格。"},
	"text/xml":                          knowledge.Text{En: "XML as text.", Hans: "文本形式的 XML。", Hant: "文字形式的 XML。"},
	"application/json":                  knowledge.Text{En: "JSON data.", Hans: "JSON 数据。", Hant: "JSON 資料。"},
	"application/xml":                   knowledge.Text{En: "XML data.", Hans: "XML 数据。", Hant: "XML 資料。"},
	"application/javascript":            knowledge.Text{En: "JavaScript code (an older name; text/javascript is now preferred).", Hans: "JavaScript 代码（旧名称，现在推荐 text/javascript）。", Hant: "JavaScript 程式碼（舊名稱，現在建議用 text/javascript）。"},
	"application/x-www-form-urlencoded": knowledge.Text{En: "An HTML form's fields, encoded as name=value pairs joined by &.", Hans: "HTML 表单字段，编码为用 & 连接的 name=value 对。", Hant: "HTML 表單欄位，編碼為以 & 連接的 name=value 對。"},
	"multipart/form-data":               knowledge.Text{En: "An HTML form with files, in parts separated by a boundary.", Hans: "含文件的 HTML 表单，各部分用 boundary 分隔。", Hant: "含檔案的 HTML 表單，各部分以 boundary 分隔。"},
	"multipart/byteranges":              knowledge.Text{En: "Several byte ranges of one resource, in a 206 response.", Hans: "同一资源的多个字节范围，用于 206 响应。", Hant: "同一資源的多個位元組範圍，用於 206 回應。"},
	"application/octet-stream":          knowledge.Text{En: "Arbitrary binary data, of no particular type.", Hans: "任意二进制数据，不属于特定类型。", Hant: "任意二進位資料，不屬於特定類型。"},
	"application/pdf":                   knowledge.Text{En: "A PDF document.", Hans: "PDF 文档。", Hant: "PDF 文件。"},
	"image/png":                         knowledge.Text{En: "A PNG image.", Hans: "PNG 图像。", Hant: "PNG 影像。"},
	"image/jpeg":                        knowledge.Text{En: "A JPEG image.", Hans: "JPEG 图像。", Hant: "JPEG 影像。"},
	"image/gif":                         knowledge.Text{En: "A GIF image.", Hans: "GIF 图像。", Hant: "GIF 影像。"},
	"image/webp":                        knowledge.Text{En: "A WebP image.", Hans: "WebP 图像。", Hant: "WebP 影像。"},
	"image/avif":                        knowledge.Text{En: "An AVIF image.", Hans: "AVIF 图像。", Hant: "AVIF 影像。"},
	"image/svg+xml":                     knowledge.Text{En: "An SVG vector image.", Hans: "SVG 矢量图。", Hant: "SVG 向量圖。"},
	"image/x-icon":                      knowledge.Text{En: "An icon (favicon), an unregistered but common name.", Hans: "图标（favicon），未注册但常见的名称。", Hant: "圖示（favicon），未註冊但常見的名稱。"},
	"audio/mpeg":                        knowledge.Text{En: "MP3 audio.", Hans: "MP3 音频。", Hant: "MP3 音訊。"},
	"video/mp4":                         knowledge.Text{En: "MP4 video.", Hans: "MP4 视频。", Hant: "MP4 影片。"},
	"font/woff2":                        knowledge.Text{En: "A WOFF2 web font.", Hans: "WOFF2 网页字体。", Hant: "WOFF2 網頁字型。"},
	"application/xhtml+xml":             knowledge.Text{En: "XHTML, HTML written as XML.", Hans: "XHTML，以 XML 写成的 HTML。", Hant: "XHTML，以 XML 寫成的 HTML。"},
	"application/wasm":                  knowledge.Text{En: "A WebAssembly module.", Hans: "WebAssembly 模块。", Hant: "WebAssembly 模組。"},
}

// topTypes are the registered top-level types.
var topTypes = []string{"text", "image", "audio", "video", "application", "multipart", "message", "font", "model", "example", "haptics"}

var (
	noteMediaEmpty = &noteDef{"media-type/empty", Error, knowledge.RFC(9110, "8.3.1"), knowledge.Text{
		En:   "Content-Type needs a media type such as text/html, but the value is empty.",
		Hans: "Content-Type 需要一个媒体类型（如 text/html），但值为空。",
		Hant: "Content-Type 需要一個媒體類型（如 text/html），但值為空。",
	}}
	noteMediaNoSlash = &noteDef{"media-type/no-subtype", Error, knowledge.RFC(9110, "8.3.1"), knowledge.Text{
		En:   "A media type is a type and a subtype joined by \"/\", such as text/html; the subtype is missing.",
		Hans: "媒体类型由类型和子类型以“/”连接而成，如 text/html；这里缺少子类型。",
		Hant: "媒體類型由類型和子類型以「/」連接而成，如 text/html；這裡缺少子類型。",
	}}
	noteMediaBadToken = &noteDef{"media-type/bad-token", Error, knowledge.RFC(9110, "8.3.1"), knowledge.Text{
		En:   "The type and the subtype must each be a token; this one contains characters a token cannot hold.",
		Hans: "类型和子类型都必须是 token；这里含有 token 中不允许的字符。",
		Hant: "類型和子類型都必須是 token；這裡含有 token 中不允許的字元。",
	}}
	noteMediaWildcard = &noteDef{"media-type/wildcard", Error, knowledge.RFC(9110, "8.3.1"), knowledge.Text{
		En:   "A Content-Type names one exact media type; wildcards such as */* belong in Accept.",
		Hans: "Content-Type 指明一个确切的媒体类型；*/* 之类的通配符只能出现在 Accept 中。",
		Hant: "Content-Type 指明一個確切的媒體類型；*/* 之類的萬用字元只能出現在 Accept 中。",
	}}
	noteMediaBadRange = &noteDef{"media-range/bad-wildcard", Error, knowledge.RFC(9110, "12.5.1"), knowledge.Text{
		En:   "A wildcard type needs a wildcard subtype: */* is allowed, */html is not.",
		Hans: "通配的类型必须配通配的子类型：*/* 可以，*/html 不行。",
		Hant: "萬用的類型必須搭配萬用的子類型：*/* 可以，*/html 不行。",
	}}
	noteMediaTypo = &noteDef{"media-type/misspelled", Warning, knowledge.RFC(6838, "4.2"), knowledge.Text{
		En:   "%s is not a registered media type; it looks like a misspelling of %s, and a browser would not recognize it.",
		Hans: "%s 不是已注册的媒体类型，看起来是 %s 的拼写错误，浏览器不会识别它。",
		Hant: "%s 不是已註冊的媒體類型，看起來是 %s 的拼寫錯誤，瀏覽器不會辨識它。",
	}}
	noteMediaUnknownTop = &noteDef{"media-type/unknown-type", Warning, knowledge.RFC(6838, "4.2"), knowledge.Text{
		En:   "%s is not a registered top-level type (text, image, audio, video, application, multipart, message, font, model).",
		Hans: "%s 不是已注册的顶级类型（text、image、audio、video、application、multipart、message、font、model）。",
		Hant: "%s 不是已註冊的頂層類型（text、image、audio、video、application、multipart、message、font、model）。",
	}}
	noteNoCharset = &noteDef{"media-type/no-charset", Remark, knowledge.RFC(9110, "8.3.2"), knowledge.Text{
		En:   "Text without a charset parameter leaves the recipient to guess the encoding; browsers may guess wrong for non-ASCII text. Adding charset=utf-8 removes the doubt.",
		Hans: "文本没有 charset 参数时，接收方只能猜测编码；对非 ASCII 文本，浏览器可能猜错。加上 charset=utf-8 就不会有疑问。",
		Hant: "文字沒有 charset 參數時，接收端只能猜測編碼；對非 ASCII 文字，瀏覽器可能猜錯。加上 charset=utf-8 就不會有疑問。",
	}}
	noteNoBoundary = &noteDef{"media-type/no-boundary", Error, knowledge.RFC(2046, "5.1.1"), knowledge.Text{
		En:   "A multipart type needs a boundary parameter; without it the parts of the body cannot be found.",
		Hans: "multipart 类型必须有 boundary 参数，否则无法找出正文的各个部分。",
		Hant: "multipart 類型必須有 boundary 參數，否則無法找出本文的各個部分。",
	}}
	noteCharsetTypo = &noteDef{"charset/misspelled", Warning, knowledge.RFC(9110, "8.3.2"), knowledge.Text{
		En:   "%s is not a registered charset name; write %s.",
		Hans: "%s 不是已注册的字符集名称；应写作 %s。",
		Hant: "%s 不是已註冊的字元集名稱；應寫作 %s。",
	}}
)

// charsetTypo returns the right spelling of a frequent wrong spelling of
// a charset name.
func charsetTypo(cs string) (string, bool) {
	switch cs {
	case "utf8", "utf_8", "utf-08":
		return "utf-8", true
	case "latin1", "latin-1":
		return "iso-8859-1", true
	case "ascii":
		return "us-ascii", true
	case "big-5":
		return "big5", true
	case "sjis":
		return "shift_jis", true
	case "gb-2312":
		return "gb2312", true
	}
	return "", false
}

// mediaType reads "type/subtype" in s into parts; accept allows wildcards.
// It returns the parts, the lowercased type and subtype, and how specific
// the range is (0 for */*, 1 for type/*, 2 for type/subtype).
func (a *analysis) mediaType(s Span, accept bool) (parts []Part, typ, sub string, specific int) {
	slash := strings.IndexByte(a.text(s), '/')
	if slash < 0 {
		t := strings.ToLower(a.text(s))
		if !isToken(t) {
			a.note(noteMediaBadToken, s)
		} else {
			a.note(noteMediaNoSlash, s)
		}
		return []Part{part("type", s, t, textType)}, t, "", 0
	}
	ts := Span{s.Start, s.Start + slash}
	ss := Span{s.Start + slash + 1, s.End}
	typ, sub = strings.ToLower(a.text(ts)), strings.ToLower(a.text(ss))
	tt, st := textType, textSubtype
	if typ == "*" {
		tt = textWildcard
	}
	if sub == "*" {
		st = textWildcard
	}
	if mt, ok := mediaTypes[typ+"/"+sub]; ok {
		st = mt
	}
	parts = []Part{part("type", ts, typ, tt), part("subtype", ss, sub, st)}
	switch {
	case !isToken(typ) || !isToken(sub):
		a.note(noteMediaBadToken, s)
		return parts, typ, sub, 0
	case !accept && (typ == "*" || sub == "*"):
		a.note(noteMediaWildcard, s)
	case typ == "*" && sub != "*":
		a.note(noteMediaBadRange, s)
	case typ != "*" && !slices.Contains(topTypes, typ) && !strings.HasPrefix(typ, "x-"):
		a.notef(noteMediaUnknownTop, ts, typ)
	case sub != "*":
		if _, known := mediaTypes[typ+"/"+sub]; !known {
			var same []string
			for m := range mediaTypes {
				if strings.HasPrefix(m, typ+"/") {
					same = append(same, m)
				}
			}
			if m, ok := closest(typ+"/"+sub, same, 2); ok {
				a.notef(noteMediaTypo, s, typ+"/"+sub, m)
			}
		}
	}
	switch {
	case typ == "*":
		specific = 0
	case sub == "*":
		specific = 1
	default:
		specific = 2
	}
	return parts, typ, sub, specific
}

// analyzeContentType reads Content-Type (RFC 9110 section 8.3).
func analyzeContentType(a *analysis) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteMediaEmpty, w)
		return
	}
	head, rest := a.cutParams(w)
	parts, typ, sub, _ := a.mediaType(head, false)
	for _, p := range parts {
		a.add(p)
	}
	hasCharset, hasBoundary := false, false
	for _, p := range a.params(rest) {
		name := strings.ToLower(a.text(p.name))
		t, val := textParam, name+"="+p.val
		if !p.eq {
			val = name
		}
		switch name {
		case "charset":
			hasCharset = true
			t = textCharset
			cs := strings.ToLower(p.val)
			val = name + "=" + cs
			if right, ok := charsetTypo(cs); ok {
				a.notef(noteCharsetTypo, p.value, p.val, right)
			}
		case "boundary":
			hasBoundary = true
			t = textBoundary
		}
		a.add(a.paramPart(p, t, val))
	}
	if typ == "text" && sub != "" && !hasCharset {
		a.note(noteNoCharset, w)
	}
	if typ == "multipart" && !hasBoundary {
		a.note(noteNoBoundary, w)
	}
}

// analyzeAccept reads Accept (RFC 9110 section 12.5.1).
func analyzeAccept(a *analysis) {
	a.weightedList(func(head Span) item {
		parts, typ, sub, spec := a.mediaType(head, true)
		return item{role: "media-range", value: typ + "/" + sub, text: textMediaRange, children: parts, specific: spec}
	}, nil)
}

// closest returns the candidate nearest to s, if any lies within max
// edits; ties go to the alphabetically first.
func closest(s string, candidates []string, max int) (string, bool) {
	best, bestD := "", max+1
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	return best, bestD <= max
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(s, t string) int {
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			c := prev[j-1]
			if s[i-1] != t[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(t)]
}

package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Entity tags (RFC 9110 section 8.8.3) in ETag, If-Match, If-None-Match
// and If-Range:
//
//	entity-tag = [ weak ] opaque-tag
//	weak       = %s"W/"
//	opaque-tag = DQUOTE *etagc DQUOTE
//	etagc      = %x21 / %x23-7E / obs-text

func init() {
	register("ETag", "entity-tag", func(a *analysis) { a.etags(false, "ETag") })
	register("If-Match", "entity-tags", func(a *analysis) { a.etags(true, "If-Match") })
	register("If-None-Match", "entity-tags", func(a *analysis) { a.etags(true, "If-None-Match") })
	register("If-Range", "entity-tag-or-date", analyzeIfRange)
}

var (
	textStrongTag = knowledge.Text{
		En:   "A strong entity tag: it changes whenever the bytes of the representation change, so equal tags mean identical content.",
		Hans: "强实体标签：只要表示的字节发生变化它就会改变，因此标签相同就意味着内容完全相同。",
		Hant: "強實體標籤：只要表示的位元組有變化它就會改變，因此標籤相同就表示內容完全相同。",
	}
	textWeakTag = knowledge.Text{
		En:   "A weak entity tag (W/): equal tags mean equivalent content, not necessarily the same bytes (say, the same page with a different timestamp).",
		Hans: "弱实体标签（W/）：标签相同表示内容等价，但字节不一定相同（例如只是时间戳不同的同一页面）。",
		Hant: "弱實體標籤（W/）：標籤相同表示內容等價，但位元組不一定相同（例如只有時間戳記不同的同一頁面）。",
	}
	textWeakPrefix = knowledge.Text{
		En:   "W/ marks the tag as weak; it is case-sensitive.",
		Hans: "W/ 表示这是弱标签，区分大小写。",
		Hant: "W/ 表示這是弱標籤，區分大小寫。",
	}
	textOpaqueTag = knowledge.Text{
		En:   "The opaque tag: a quoted string chosen by the server; only its exact characters matter.",
		Hans: "不透明标签：由服务器选定的带引号字符串，只有其中字符是否完全相同才有意义。",
		Hant: "不透明標籤：由伺服器選定的帶引號字串，只有其中字元是否完全相同才有意義。",
	}
	textAnyTag = knowledge.Text{
		En:   "\"*\" matches any current representation: If-Match: * means \"only if it exists\", If-None-Match: * means \"only if it does not exist yet\".",
		Hans: "“*”匹配任何当前表示：If-Match: * 表示“仅当资源存在时”，If-None-Match: * 表示“仅当资源尚不存在时”。",
		Hant: "「*」符合任何目前的表示：If-Match: * 表示「僅當資源存在時」，If-None-Match: * 表示「僅當資源尚不存在時」。",
	}

	noteETagUnquoted = &noteDef{"etag/unquoted", Error, knowledge.RFC(9110, "8.8.3"), knowledge.Text{
		En:   "An entity tag is written in double quotes, as in \"%s\".",
		Hans: "实体标签必须写在双引号中，例如 \"%s\"。",
		Hant: "實體標籤必須寫在雙引號中，例如 \"%s\"。",
	}}
	noteETagLowerW = &noteDef{"etag/lowercase-weak", Error, knowledge.RFC(9110, "8.8.3"), knowledge.Text{
		En:   "The weak prefix is an upper-case W/; w/ is not recognized.",
		Hans: "弱标签前缀是大写的 W/，小写 w/ 不被识别。",
		Hant: "弱標籤前綴是大寫的 W/，小寫 w/ 不被辨識。",
	}}
	noteETagBadChar = &noteDef{"etag/bad-character", Error, knowledge.RFC(9110, "8.8.3"), knowledge.Text{
		En:   "An entity tag cannot contain spaces, double quotes inside the quotes, or control characters.",
		Hans: "实体标签中不能有空格、引号内的双引号或控制字符。",
		Hant: "實體標籤中不能有空格、引號內的雙引號或控制字元。",
	}}
	noteETagStar = &noteDef{"etag/star", Error, knowledge.RFC(9110, "13.1.1"), knowledge.Text{
		En:   "\"*\" stands alone: it cannot be listed with entity tags, and an ETag cannot be \"*\".",
		Hans: "“*”只能单独使用：不能与实体标签并列，ETag 的值也不能是“*”。",
		Hant: "「*」只能單獨使用：不能與實體標籤並列，ETag 的值也不能是「*」。",
	}}
	noteETagOne = &noteDef{"etag/one-only", Error, knowledge.RFC(9110, "8.8.3"), knowledge.Text{
		En:   "ETag holds exactly one entity tag.",
		Hans: "ETag 只能包含一个实体标签。",
		Hant: "ETag 只能包含一個實體標籤。",
	}}
	noteETagWeakIfMatch = &noteDef{"etag/weak-in-if-match", Warning, knowledge.RFC(9110, "13.1.1"), knowledge.Text{
		En:   "If-Match compares strongly, so a weak entity tag never matches and the request will fail with 412.",
		Hans: "If-Match 使用强比较，弱实体标签永远不会匹配，请求会以 412 失败。",
		Hant: "If-Match 使用強比較，弱實體標籤永遠不會符合，請求會以 412 失敗。",
	}}
	noteETagWeakIfRange = &noteDef{"etag/weak-in-if-range", Error, knowledge.RFC(9110, "13.1.5"), knowledge.Text{
		En:   "If-Range needs a strong validator; a client must not send a weak entity tag in it.",
		Hans: "If-Range 需要强验证器；客户端不得在其中发送弱实体标签。",
		Hant: "If-Range 需要強驗證器；用戶端不得在其中傳送弱實體標籤。",
	}}
)

// etags reads an entity tag, or ("list") "*" or a list of entity tags.
func (a *analysis) etags(list bool, field string) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	if !list && len(els) > 1 {
		a.note(noteETagOne, w)
	}
	for _, el := range els {
		if a.text(el) == "*" {
			a.add(part("any", el, "*", textAnyTag))
			if !list || len(els) > 1 {
				a.note(noteETagStar, el)
			}
			continue
		}
		weak := a.etag(el)
		if weak && field == "If-Match" {
			a.note(noteETagWeakIfMatch, el)
		}
	}
}

// etag reads one entity tag in s, adding its part; it reports whether the
// tag is weak.
func (a *analysis) etag(s Span) bool {
	var kids []Part
	i := s.Start
	weak := false
	v := a.text(s)
	if strings.HasPrefix(v, "W/") || strings.HasPrefix(v, "w/") {
		weak = true
		if v[0] == 'w' {
			a.note(noteETagLowerW, Span{s.Start, s.Start + 2})
		}
		kids = appendPart(kids, part("weak", Span{s.Start, s.Start + 2}, "W/", textWeakPrefix))
		i += 2
	}
	tag := Span{i, s.End}
	content := a.text(tag)
	if len(content) >= 2 && content[0] == '"' && content[len(content)-1] == '"' {
		content = content[1 : len(content)-1]
	} else {
		a.notef(noteETagUnquoted, tag, strings.Trim(content, "\""))
	}
	for j := 0; j < len(content); j++ {
		if c := content[j]; c <= ' ' || c == '"' || c == 0x7f {
			a.note(noteETagBadChar, tag)
			break
		}
	}
	kids = appendPart(kids, part("opaque-tag", tag, content, textOpaqueTag))
	t, val := textStrongTag, "strong"
	if weak {
		t, val = textWeakTag, "weak"
	}
	a.add(part("entity-tag", s, val, t, kids...))
	return weak
}

// analyzeIfRange reads If-Range: an entity tag or a date (RFC 9110
// section 13.1.5).
func analyzeIfRange(a *analysis) {
	w := a.whole()
	v := a.text(w)
	if strings.HasPrefix(v, "\"") || strings.HasPrefix(v, "W/") || strings.HasPrefix(v, "w/") {
		a.out.Kind = "entity-tag"
		if a.etag(w) {
			a.note(noteETagWeakIfRange, w)
		}
		return
	}
	if v != "" && !strings.ContainsAny(v, " ,:") {
		// Neither a date nor a quoted tag: most likely a tag without quotes.
		a.out.Kind = "entity-tag"
		a.etag(w)
		return
	}
	a.out.Kind = "date"
	a.date(w)
}

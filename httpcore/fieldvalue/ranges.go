package fieldvalue

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Range requests (RFC 9110 section 14):
//
//	Range         = ranges-specifier
//	ranges-specifier = range-unit "=" range-set
//	range-set     = 1#range-spec
//	range-spec    = int-range / suffix-range / other-range
//	int-range     = first-pos "-" [ last-pos ]
//	suffix-range  = "-" suffix-length
//	Content-Range = range-unit SP ( range-resp / unsatisfied-range )
//	range-resp    = incl-range "/" ( complete-length / "*" )
//	unsatisfied-range = "*/" complete-length

func init() {
	register("Range", "ranges", analyzeRange)
	register("Content-Range", "content-range", analyzeContentRange)
	register("Accept-Ranges", "range-units", analyzeAcceptRanges)
}

var (
	textRangeUnit = knowledge.Text{
		En:   "The range unit; bytes is the only one in common use.",
		Hans: "范围单位；常用的只有 bytes。",
		Hant: "範圍單位；常用的只有 bytes。",
	}
	textNoneUnit = knowledge.Text{
		En:   "none: the server does not accept range requests for this resource.",
		Hans: "none：服务器不接受对该资源的范围请求。",
		Hant: "none：伺服器不接受對該資源的範圍請求。",
	}
	textIntRange = knowledge.Text{
		En:   "A range from the first to the last byte position, both included and counted from 0; without a last position it runs to the end. The value adds its length in bytes (B).",
		Hans: "从第一个到最后一个字节位置的范围，两端都包含，位置从 0 开始计数；省略最后位置则一直到结尾。值中附有其字节长度（B）。",
		Hant: "從第一個到最後一個位元組位置的範圍，兩端都包含，位置從 0 開始計數；省略最後位置則一直到結尾。值中附有其位元組長度（B）。",
	}
	textSuffixRange = knowledge.Text{
		En:   "A suffix range: the last N bytes of the representation.",
		Hans: "后缀范围：表示的最后 N 个字节。",
		Hant: "後綴範圍：表示的最後 N 個位元組。",
	}
	textFirstPos = knowledge.Text{En: "The first byte position, counted from 0.", Hans: "第一个字节位置，从 0 开始计数。", Hant: "第一個位元組位置，從 0 開始計數。"}
	textLastPos  = knowledge.Text{En: "The last byte position, included in the range.", Hans: "最后一个字节位置，包含在范围内。", Hant: "最後一個位元組位置，包含在範圍內。"}
	textLength   = knowledge.Text{
		En:   "The complete length of the representation in bytes, or \"*\" when unknown.",
		Hans: "表示的完整长度（字节），未知时为“*”。",
		Hant: "表示的完整長度（位元組），未知時為「*」。",
	}

	noteRangeUnknownUnit = &noteDef{"range/unknown-unit", Warning, knowledge.RFC(9110, "14.1"), knowledge.Text{
		En:   "%s is not a registered range unit; a server ignores a Range it does not understand and sends the whole representation with 200.",
		Hans: "%s 不是已注册的范围单位；服务器会忽略它不理解的 Range，以 200 返回完整表示。",
		Hant: "%s 不是已註冊的範圍單位；伺服器會忽略它不理解的 Range，以 200 傳回完整表示。",
	}}
	noteRangeUnitTypo = &noteDef{"range/misspelled-unit", Warning, knowledge.RFC(9110, "14.1"), knowledge.Text{
		En:   "%s is not a range unit; the unit is bytes (plural). A server ignores this Range and sends the whole representation.",
		Hans: "%s 不是范围单位，应为复数形式 bytes。服务器会忽略这个 Range，返回完整表示。",
		Hant: "%s 不是範圍單位，應為複數形式 bytes。伺服器會忽略這個 Range，傳回完整表示。",
	}}
	noteRangeNoEquals = &noteDef{"range/syntax", Error, knowledge.RFC(9110, "14.2"), knowledge.Text{
		En:   "A Range is a unit, \"=\", and a list of ranges, as in bytes=0-499.",
		Hans: "Range 的格式是单位、“=”和范围列表，例如 bytes=0-499。",
		Hant: "Range 的格式是單位、「=」和範圍清單，例如 bytes=0-499。",
	}}
	noteRangeBadSpec = &noteDef{"range/bad-range", Error, knowledge.RFC(9110, "14.1.2"), knowledge.Text{
		En:   "A byte range is first-last, first- or -suffix, with digits only.",
		Hans: "字节范围的写法是 first-last、first- 或 -suffix，只能包含数字。",
		Hant: "位元組範圍的寫法是 first-last、first- 或 -suffix，只能包含數字。",
	}}
	noteRangeBackwards = &noteDef{"range/backwards", Error, knowledge.RFC(9110, "14.1.1"), knowledge.Text{
		En:   "The last position is before the first; such a range is invalid.",
		Hans: "最后位置在第一个位置之前，这样的范围无效。",
		Hant: "最後位置在第一個位置之前，這樣的範圍無效。",
	}}
	noteCRNoUnit = &noteDef{"content-range/no-unit", Error, knowledge.RFC(9110, "14.4"), knowledge.Text{
		En:   "Content-Range starts with its unit and a space, as in bytes %s.",
		Hans: "Content-Range 要以单位和一个空格开头，例如 bytes %s。",
		Hant: "Content-Range 要以單位和一個空格開頭，例如 bytes %s。",
	}}
	noteCRSyntax = &noteDef{"content-range/syntax", Error, knowledge.RFC(9110, "14.4"), knowledge.Text{
		En:   "Content-Range reads unit first-last/length (or unit */length for an unsatisfiable range), as in bytes 0-499/1234.",
		Hans: "Content-Range 的格式是 单位 first-last/总长度（无法满足时为 单位 */总长度），例如 bytes 0-499/1234。",
		Hant: "Content-Range 的格式是 單位 first-last/總長度（無法滿足時為 單位 */總長度），例如 bytes 0-499/1234。",
	}}
	noteCRBeyond = &noteDef{"content-range/beyond-length", Error, knowledge.RFC(9110, "14.4"), knowledge.Text{
		En:   "The last position must be smaller than the complete length.",
		Hans: "最后位置必须小于完整长度。",
		Hant: "最後位置必須小於完整長度。",
	}}
)

// num reads a run of digits as an int64, reporting overflow as failure.
func num(s string) (int64, bool) {
	if !allDigits(s) {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// i64 writes n in decimal.
func i64(n int64) string { return strconv.FormatInt(n, 10) }

func analyzeRange(a *analysis) {
	w := a.whole()
	v := a.text(w)
	eq := strings.IndexByte(v, '=')
	if eq < 0 {
		a.note(noteRangeNoEquals, w)
		if w.Start < w.End {
			a.add(part("value", w, v, textUnreadable))
		}
		return
	}
	us := a.trim(Span{w.Start, w.Start + eq})
	unit := strings.ToLower(a.text(us))
	a.add(part("unit", us, unit, textRangeUnit))
	bytes := unit == "bytes"
	switch {
	case bytes:
	case unit == "byte" || unit == "bytess" || unit == "octets":
		a.notef(noteRangeUnitTypo, us, unit)
	case !isToken(unit):
		a.note(noteNotAToken, us)
	default:
		a.notef(noteRangeUnknownUnit, us, unit)
	}
	set := Span{w.Start + eq + 1, w.End}
	specs := a.splitList(set)
	if len(specs) == 0 {
		a.note(noteRangeNoEquals, set)
	}
	for _, sp := range specs {
		a.rangeSpec(sp, bytes)
	}
}

// rangeSpec reads one range-spec.
func (a *analysis) rangeSpec(s Span, bytes bool) {
	v := a.text(s)
	dash := strings.IndexByte(v, '-')
	if dash < 0 {
		if bytes {
			a.note(noteRangeBadSpec, s)
		}
		a.add(part("range", s, v, textIntRange))
		return
	}
	first, last := v[:dash], v[dash+1:]
	fs, ls := Span{s.Start, s.Start + dash}, Span{s.Start + dash + 1, s.End}
	if first == "" {
		n, ok := num(last)
		if !ok {
			a.note(noteRangeBadSpec, s)
			a.add(part("suffix-range", s, v, textSuffixRange))
			return
		}
		a.add(part("suffix-range", s, "-"+i64(n)+" ("+i64(n)+" B)", textSuffixRange))
		return
	}
	f, okf := num(first)
	l, okl := num(last)
	if !okf || (last != "" && !okl) {
		a.note(noteRangeBadSpec, s)
		a.add(part("range", s, v, textIntRange))
		return
	}
	kids := []Part{part("first-pos", fs, first, textFirstPos)}
	value := i64(f) + "-"
	if last != "" {
		kids = appendPart(kids, part("last-pos", ls, last, textLastPos))
		value = i64(f) + "-" + i64(l) + " (" + i64(l-f+1) + " B)"
		if l < f {
			a.note(noteRangeBackwards, s)
			value = v
		}
	}
	if !bytes {
		value = v
	}
	a.add(part("range", s, value, textIntRange, kids...))
}

func analyzeContentRange(a *analysis) {
	w := a.whole()
	v := a.text(w)
	sp := strings.IndexByte(v, ' ')
	rest := w
	if sp < 0 || !isToken(v[:sp]) {
		if len(v) > 0 && (isDigit(v[0]) || v[0] == '*') {
			a.notef(noteCRNoUnit, w, v)
		} else {
			a.note(noteCRSyntax, w)
			if w.Start < w.End {
				a.add(part("value", w, v, textUnreadable))
			}
			return
		}
	} else {
		us := Span{w.Start, w.Start + sp}
		unit := strings.ToLower(v[:sp])
		a.add(part("unit", us, unit, textRangeUnit))
		if unit != "bytes" {
			a.notef(noteRangeUnknownUnit, us, unit)
		}
		rest = a.trim(Span{w.Start + sp + 1, w.End})
	}
	r := a.text(rest)
	slash := strings.IndexByte(r, '/')
	if slash < 0 {
		a.note(noteCRSyntax, rest)
		return
	}
	rs, ls := Span{rest.Start, rest.Start + slash}, Span{rest.Start + slash + 1, rest.End}
	rng, length := r[:slash], r[slash+1:]
	total, okLen := num(length)
	if rng == "*" {
		a.add(part("unsatisfied", rs, "*", textIntRange))
		if !okLen {
			a.note(noteCRSyntax, ls)
		}
		a.add(part("complete-length", ls, length, textLength))
		return
	}
	first, last, ok := strings.Cut(rng, "-")
	f, okf := num(first)
	l, okl := num(last)
	if !ok || !okf || !okl || (!okLen && length != "*") {
		a.note(noteCRSyntax, rest)
		a.add(part("range", rs, rng, textIntRange))
		a.add(part("complete-length", ls, length, textLength))
		return
	}
	fsp := Span{rs.Start, rs.Start + len(first)}
	lsp := Span{fsp.End + 1, rs.End}
	value := i64(f) + "-" + i64(l) + " (" + i64(l-f+1) + " B)"
	if l < f {
		a.note(noteRangeBackwards, rs)
		value = rng
	}
	a.add(part("range", rs, value, textIntRange, part("first-pos", fsp, first, textFirstPos), part("last-pos", lsp, last, textLastPos)))
	a.add(part("complete-length", ls, length, textLength))
	if okLen && l >= total {
		a.note(noteCRBeyond, rest)
	}
}

func analyzeAcceptRanges(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
	}
	for _, el := range els {
		u := strings.ToLower(a.text(el))
		t := textRangeUnit
		switch {
		case u == "none":
			t = textNoneUnit
		case u == "bytes":
		case !isToken(u):
			a.note(noteNotAToken, el)
		default:
			a.notef(noteRangeUnknownUnit, el, u)
		}
		a.add(part("unit", el, u, t))
	}
}

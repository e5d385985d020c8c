package fieldvalue

import "github.com/httpplayground/playground/httpcore/knowledge"

var (
	textElement = knowledge.Text{
		En:   "One element of a comma-separated list. Many fields take a list; a recipient may combine several field lines of the same name into one list.",
		Hans: "逗号分隔列表中的一个元素。许多字段的值是列表；接收方可以把同名的多个字段行合并成一个列表。",
		Hant: "逗號分隔清單中的一個元素。許多欄位的值是清單；接收端可以把同名的多個欄位行合併成一個清單。",
	}
	textOpaque = knowledge.Text{
		En:   "The value of the field, read as a whole: the playground has no specific reading for this field.",
		Hans: "字段的整个值：练习场没有针对这个字段的专门解读。",
		Hant: "欄位的整個值：練習場沒有針對這個欄位的專門解讀。",
	}
	textUnreadable = knowledge.Text{
		En:   "A piece that does not fit the field's grammar, so it cannot be read further; the notes say what is wrong.",
		Hans: "不符合该字段语法的部分，因此无法进一步解读；说明中指出了问题所在。",
		Hant: "不符合該欄位語法的部分，因此無法進一步解讀；說明中指出了問題所在。",
	}
	noteEmptyValue = &noteDef{"value/empty", Remark, knowledge.RFC(9110, "5.5"), knowledge.Text{
		En:   "The value is empty. A field with an empty value is allowed by the grammar, but it usually says nothing.",
		Hans: "值为空。语法允许字段值为空，但这样的字段通常不表达任何意思。",
		Hant: "值為空。語法允許欄位值為空，但這樣的欄位通常不表達任何意思。",
	}}
	noteControl = &noteDef{"value/control-character", Error, knowledge.RFC(9110, "5.5"), knowledge.Text{
		En:   "The value contains a control character (such as a NUL or a bare CR or LF), which a field value must not contain.",
		Hans: "值中含有控制字符（例如 NUL、单独的 CR 或 LF），字段值中不得出现这些字符。",
		Hant: "值中含有控制字元（例如 NUL、單獨的 CR 或 LF），欄位值中不得出現這些字元。",
	}}
)

// analyzeGeneric reads a value without a specific grammar: a list when it
// has commas outside quotes and comments, otherwise one opaque piece.
func analyzeGeneric(a *analysis) {
	a.checkControls()
	w := a.whole()
	if w.Start == w.End {
		a.out.Kind = "empty"
		a.note(noteEmptyValue, w)
		return
	}
	els := a.splitList(w)
	if len(els) > 1 {
		a.out.Kind = "list"
		for _, e := range els {
			a.add(part("element", e, a.text(e), textElement))
		}
		return
	}
	a.out.Kind = "opaque"
	a.add(part("value", w, a.text(w), textOpaque))
}

// checkControls notes control characters in the value (HTAB excepted):
//
//	field-value = *field-content
//	field-vchar = VCHAR / obs-text
func (a *analysis) checkControls() bool {
	for i := 0; i < len(a.v); i++ {
		if c := a.v[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			a.note(noteControl, Span{i, i + 1})
			return true
		}
	}
	return false
}

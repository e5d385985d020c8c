package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// notef records a note whose text has %s verbs, filled in from args in
// every language (args are protocol strings such as "text/plain", the same
// in every language). Like noteL, it is not inlined: each inlined copy
// passed its arguments three times.
//
//go:noinline
func (a *analysis) notef(d *noteDef, s Span, args ...string) {
	a.noteL(d, s, args, args, args)
}

// noteL records a note whose text has %s verbs, with arguments that differ
// by language (such as the names of weekdays). Like note, it is not
// inlined.
//
//go:noinline
func (a *analysis) noteL(d *noteDef, s Span, en, hans, hant []string) {
	t := knowledge.Text{En: fill(d.text.En, en), Hans: fill(d.text.Hans, hans), Hant: fill(d.text.Hant, hant)}
	a.out.Notes = append(a.out.Notes, Note{Code: d.code, Severity: d.severity, Span: s, Text: t, Spec: d.spec})
}

// fill replaces the %s verbs of text, in order, with args: what
// fmt.Sprintf does with string arguments, without fmt. Texts use no other
// verb (TestFillAgreesWithSprintf checks every note text).
func fill(text string, args []string) string {
	var b strings.Builder
	for _, arg := range args {
		i := strings.Index(text, "%s")
		if i < 0 {
			break
		}
		b.WriteString(text[:i])
		b.WriteString(arg)
		text = text[i+2:]
	}
	b.WriteString(text)
	return b.String()
}

// Texts of parts shared by several fields.
var (
	textParam = knowledge.Text{
		En:   "A parameter: a name, \"=\", and a value (a token or a quoted string) that refines what comes before it.",
		Hans: "参数：名称、“=”和值（token 或带引号的字符串），用来细化前面的内容。",
		Hant: "參數：名稱、「=」和值（token 或帶引號的字串），用來細化前面的內容。",
	}
	textParamName = knowledge.Text{
		En:   "The parameter's name. Parameter names are case-insensitive.",
		Hans: "参数名。参数名不区分大小写。",
		Hant: "參數名稱。參數名稱不區分大小寫。",
	}
	textParamValue = knowledge.Text{
		En:   "The parameter's value, a token or a quoted string; the quotes are not part of the value.",
		Hans: "参数值，可以是 token 或带引号的字符串；引号本身不属于值。",
		Hant: "參數值，可以是 token 或帶引號的字串；引號本身不屬於值。",
	}
	textQ = knowledge.Text{
		En:   "The weight (q-value), from 0 to 1 with at most three decimals: how much this item is preferred. Without it the weight is 1; q=0 means \"not acceptable\".",
		Hans: "权重（q 值），取值 0 到 1，最多三位小数，表示对该项的偏好程度。省略时为 1；q=0 表示“不可接受”。",
		Hant: "權重（q 值），取值 0 到 1，最多三位小數，表示對該項的偏好程度。省略時為 1；q=0 表示「不可接受」。",
	}
	textToken = knowledge.Text{
		En:   "A token: a word made of letters, digits and a few symbols, the basic word of HTTP field grammars.",
		Hans: "token：由字母、数字和少数符号组成的词，是 HTTP 字段语法的基本单位。",
		Hant: "token：由字母、數字和少數符號組成的詞，是 HTTP 欄位語法的基本單位。",
	}
	textComment = knowledge.Text{
		En:   "A comment in parentheses. Recipients do not interpret it; it is only there for people reading the message.",
		Hans: "括号中的注释。接收方不解读它，它只是写给阅读报文的人看的。",
		Hant: "括號中的註解。接收端不解讀它，它只是寫給閱讀訊息的人看的。",
	}
)

// Notes shared by several fields.
var (
	noteParamNoValue = &noteDef{"parameter/no-value", Error, knowledge.RFC(9110, "5.6.6"), knowledge.Text{
		En:   "A parameter needs \"=\" and a value; a bare name is not a parameter.",
		Hans: "参数需要“=”和值；只有名称不构成参数。",
		Hant: "參數需要「=」和值；只有名稱不構成參數。",
	}}
	noteParamBadName = &noteDef{"parameter/bad-name", Error, knowledge.RFC(9110, "5.6.6"), knowledge.Text{
		En:   "A parameter name must be a token (letters, digits and !#$%&'*+-.^_`|~).",
		Hans: "参数名必须是 token（字母、数字和 !#$%&'*+-.^_`|~）。",
		Hant: "參數名稱必須是 token（字母、數字和 !#$%&'*+-.^_`|~）。",
	}}
	noteParamBadValue = &noteDef{"parameter/bad-value", Error, knowledge.RFC(9110, "5.6.6"), knowledge.Text{
		En:   "A parameter value must be a token or a quoted string; values with spaces or separators need double quotes.",
		Hans: "参数值必须是 token 或带引号的字符串；含空格或分隔符的值需要用双引号括起来。",
		Hant: "參數值必須是 token 或帶引號的字串；含空格或分隔符號的值需要用雙引號括起來。",
	}}
	noteParamSpace = &noteDef{"parameter/space-around-equals", Error, knowledge.RFC(9110, "5.6.6"), knowledge.Text{
		En:   "Whitespace is not allowed around the \"=\" of a parameter.",
		Hans: "参数的“=”两边不允许有空白。",
		Hant: "參數的「=」兩邊不允許有空白。",
	}}
	noteUnclosedQuote = &noteDef{"quoted-string/unclosed", Error, knowledge.RFC(9110, "5.6.4"), knowledge.Text{
		En:   "A quoted string opens with a double quote but never closes.",
		Hans: "带引号的字符串以双引号开头，却没有结束的双引号。",
		Hant: "帶引號的字串以雙引號開頭，卻沒有結束的雙引號。",
	}}
	noteParamDuplicate = &noteDef{"parameter/duplicate", Warning, knowledge.RFC(9110, "5.6.6"), knowledge.Text{
		En:   "The parameter %s appears more than once; recipients may take either value.",
		Hans: "参数 %s 出现了不止一次；接收方可能采用其中任何一个值。",
		Hant: "參數 %s 出現了不只一次；接收端可能採用其中任何一個值。",
	}}
	noteBadQ = &noteDef{"q/syntax", Error, knowledge.RFC(9110, "12.4.2"), knowledge.Text{
		En:   "A q-value is a number from 0 to 1 with at most three decimals (such as 0.8 or 1.000); this one is not.",
		Hans: "q 值必须是 0 到 1 之间、最多三位小数的数（如 0.8 或 1.000）；这个不是。",
		Hant: "q 值必須是 0 到 1 之間、最多三位小數的數（如 0.8 或 1.000）；這個不是。",
	}}
	noteQZero = &noteDef{"q/zero", Remark, knowledge.RFC(9110, "12.4.2"), knowledge.Text{
		En:   "q=0 marks this item as not acceptable at all.",
		Hans: "q=0 表示完全不接受此项。",
		Hant: "q=0 表示完全不接受此項。",
	}}
	noteNotAToken = &noteDef{"token/bad", Error, knowledge.RFC(9110, "5.6.2"), knowledge.Text{
		En:   "This should be a token, but it contains characters a token cannot hold (spaces, quotes, commas, slashes and the like).",
		Hans: "这里应当是 token，但含有 token 中不允许的字符（空格、引号、逗号、斜杠之类）。",
		Hant: "這裡應當是 token，但含有 token 中不允許的字元（空格、引號、逗號、斜線之類）。",
	}}
	noteEmptyList = &noteDef{"list/empty", Error, knowledge.RFC(9110, "5.6.1"), knowledge.Text{
		En:   "This field needs at least one element, but the value is empty.",
		Hans: "该字段至少需要一个元素，但值为空。",
		Hant: "該欄位至少需要一個元素，但值為空。",
	}}
)

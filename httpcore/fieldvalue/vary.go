package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Vary (RFC 9110 section 12.5.5): which request fields the response
// depends on.
//
//	Vary = #( "*" / field-name )

func init() {
	register("Vary", "field-names", analyzeVary)
}

var (
	textVaryName = knowledge.Text{
		En:   "A request field the response depends on: a cache keeps a separate copy for each value of it and only reuses a copy for a request with the same value.",
		Hans: "响应所依赖的请求字段：缓存会针对它的每个不同值分别保存副本，只在请求中该字段值相同时才重用。",
		Hant: "回應所依賴的請求欄位：快取會針對它的每個不同值分別保存副本，只在請求中該欄位值相同時才重用。",
	}
	textVaryStar = knowledge.Text{
		En:   "\"*\": the response depends on more than request fields (the client's address, the time, ...), so a cache can never reuse it without asking the server.",
		Hans: "“*”：响应还取决于请求字段以外的因素（客户端地址、时间等），因此缓存不询问服务器就永远不能重用它。",
		Hant: "「*」：回應還取決於請求欄位以外的因素（用戶端位址、時間等），因此快取不詢問伺服器就永遠不能重用它。",
	}
	noteVaryStar = &noteDef{"vary/star", Remark, knowledge.RFC(9110, "12.5.5"), knowledge.Text{
		En:   "Vary: * makes every stored copy of this response unusable without revalidation.",
		Hans: "Vary: * 使这个响应的任何存储副本都必须先重新验证才能使用。",
		Hant: "Vary: * 使這個回應的任何儲存副本都必須先重新驗證才能使用。",
	}}
	noteVaryStarMixed = &noteDef{"vary/star-with-names", Warning, knowledge.RFC(9110, "12.5.5"), knowledge.Text{
		En:   "\"*\" already covers every field; listing field names beside it adds nothing.",
		Hans: "“*”已经涵盖所有字段，再列出字段名毫无作用。",
		Hant: "「*」已經涵蓋所有欄位，再列出欄位名稱毫無作用。",
	}}
)

func analyzeVary(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	star := -1
	for i, el := range els {
		n := a.text(el)
		if n == "*" {
			star = i
			a.add(part("any", el, "*", textVaryStar))
			continue
		}
		if !isToken(n) {
			a.note(noteNotAToken, el)
		}
		a.add(part("field-name", el, canonical(strings.ToLower(n)), textVaryName))
	}
	if star >= 0 {
		a.note(noteVaryStar, els[star])
		if len(els) > 1 {
			a.note(noteVaryStarMixed, els[star])
		}
	}
}

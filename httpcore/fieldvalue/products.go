package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Products and comments in User-Agent and Server (RFC 9110 sections
// 10.1.5 and 10.2.4), and the chain of intermediaries in Via (section 7.6.3):
//
//	User-Agent      = product *( RWS ( product / comment ) )
//	product         = token [ "/" product-version ]
//	Via             = #( received-protocol RWS received-by [ RWS comment ] )

func init() {
	register("User-Agent", "products", func(a *analysis) { a.products(false) })
	register("Server", "products", func(a *analysis) { a.products(true) })
	register("Via", "intermediaries", analyzeVia)
}

var (
	textProduct = knowledge.Text{
		En:   "A product: the name of a piece of software and, after /, its version.",
		Hans: "产品：软件的名称，以及 / 之后的版本号。",
		Hant: "產品：軟體的名稱，以及 / 之後的版本號。",
	}
	textProductName    = knowledge.Text{En: "The product's name.", Hans: "产品名称。", Hant: "產品名稱。"}
	textProductVersion = knowledge.Text{En: "The product's version.", Hans: "产品版本。", Hant: "產品版本。"}
	textMozilla        = knowledge.Text{
		En:   "Mozilla: a historical token. Since the 1990s almost every browser claims to be Mozilla so that sites written for Netscape serve it the full page.",
		Hans: "Mozilla：历史遗留的标识。自 20 世纪 90 年代起，几乎所有浏览器都自称 Mozilla，好让为 Netscape 编写的网站给它完整的页面。",
		Hant: "Mozilla：歷史遺留的識別。自 1990 年代起，幾乎所有瀏覽器都自稱 Mozilla，好讓為 Netscape 撰寫的網站給它完整的頁面。",
	}
	textCommentItem = knowledge.Text{
		En:   "One detail inside the comment, such as the operating system or the real browser.",
		Hans: "注释中的一项细节，例如操作系统或真正的浏览器。",
		Hant: "註解中的一項細節，例如作業系統或真正的瀏覽器。",
	}
	textCompatible = knowledge.Text{
		En:   "compatible: an old convention saying this browser only claims compatibility with the Mozilla named before; the real browser follows.",
		Hans: "compatible：旧惯例，表示该浏览器只是声称与前面的 Mozilla 兼容，真正的浏览器名称在后面。",
		Hant: "compatible：舊慣例，表示該瀏覽器只是宣稱與前面的 Mozilla 相容，真正的瀏覽器名稱在後面。",
	}
	textMSIE = knowledge.Text{
		En:   "MSIE: Microsoft Internet Explorer, with its version.",
		Hans: "MSIE：微软 Internet Explorer 及其版本。",
		Hant: "MSIE：微軟 Internet Explorer 及其版本。",
	}
	textHop = knowledge.Text{
		En:   "One intermediary (proxy or gateway) the message passed through: the protocol version it received, and its name.",
		Hans: "消息经过的一个中间节点（代理或网关）：它收到消息时使用的协议版本，以及它的名称。",
		Hant: "訊息經過的一個中介（代理或閘道）：它收到訊息時使用的協定版本，以及它的名稱。",
	}
	textReceivedProtocol = knowledge.Text{
		En:   "The protocol (HTTP when no name is given) and version of the message as the intermediary received it.",
		Hans: "中间节点收到消息时的协议（未写名称时即 HTTP）和版本。",
		Hant: "中介收到訊息時的協定（未寫名稱時即 HTTP）和版本。",
	}
	textReceivedBy = knowledge.Text{
		En:   "The intermediary's host name or pseudonym.",
		Hans: "中间节点的主机名或代称。",
		Hant: "中介的主機名稱或代稱。",
	}

	noteProductNoSpace = &noteDef{"product/no-space-before-comment", Warning, knowledge.RFC(9110, "10.1.5"), knowledge.Text{
		En:   "A space belongs between a product and the comment that follows it (Apache/2.0.46 (Win32)); most parsers cope, strict ones do not.",
		Hans: "产品与其后的注释之间应有空格（Apache/2.0.46 (Win32)）；多数解析器能容忍，严格的解析器不行。",
		Hant: "產品與其後的註解之間應有空格（Apache/2.0.46 (Win32)）；多數剖析器能容忍，嚴格的剖析器不行。",
	}}
	noteCommentUnclosed = &noteDef{"comment/unclosed", Error, knowledge.RFC(9110, "5.6.5"), knowledge.Text{
		En:   "A comment opens with \"(\" but never closes.",
		Hans: "注释以“(”开头，却没有结束的“)”。",
		Hant: "註解以「(」開頭，卻沒有結束的「)」。",
	}}
	noteServerDetail = &noteDef{"server/detail", Remark, knowledge.RFC(9110, "10.2.4"), knowledge.Text{
		En:   "Exact versions in Server help attackers look up known flaws; servers are advised not to give needless detail.",
		Hans: "Server 中的精确版本号会帮助攻击者查找已知漏洞；建议服务器不要提供不必要的细节。",
		Hant: "Server 中的精確版本號會幫助攻擊者查找已知漏洞；建議伺服器不要提供不必要的細節。",
	}}
	noteProductsEmpty = &noteDef{"products/empty", Error, knowledge.RFC(9110, "10.1.5"), knowledge.Text{
		En:   "The field needs at least one product, such as curl/8.5.0.",
		Hans: "该字段至少需要一个产品，例如 curl/8.5.0。",
		Hant: "該欄位至少需要一個產品，例如 curl/8.5.0。",
	}}
	noteViaNoVersion = &noteDef{"via/missing-protocol", Error, knowledge.RFC(9110, "7.6.3"), knowledge.Text{
		En:   "Each Via entry starts with the protocol version the intermediary received (such as 1.1), then its name: 1.1 %s.",
		Hans: "每个 Via 项都以中间节点收到的协议版本（如 1.1）开头，然后才是它的名称：1.1 %s。",
		Hant: "每個 Via 項目都以中介收到的協定版本（如 1.1）開頭，然後才是它的名稱：1.1 %s。",
	}}
)

// products reads User-Agent or Server.
func (a *analysis) products(server bool) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteProductsEmpty, w)
		return
	}
	versioned := false
	for i := w.Start; i < w.End; {
		c := a.v[i]
		switch {
		case isOWS(c):
			i++
		case c == '(':
			end, closed := a.commentEnd(i, w.End)
			if !closed {
				a.note(noteCommentUnclosed, Span{i, end})
			}
			if i > w.Start && !isOWS(a.v[i-1]) {
				a.note(noteProductNoSpace, Span{i, i + 1})
			}
			a.add(a.comment(Span{i, end}, closed))
			i = end
		default:
			e := a.tokenEnd(i, w.End)
			if e == i {
				// Not a token character: skip to the next space.
				for e < w.End && !isOWS(a.v[e]) && a.v[e] != '(' {
					e++
				}
				a.note(noteNotAToken, Span{i, e})
				a.add(part("word", Span{i, e}, a.text(Span{i, e}), textToken))
				i = e
				continue
			}
			name := Span{i, e}
			t := textProduct
			if strings.EqualFold(a.text(name), "Mozilla") {
				t = textMozilla
			}
			kids := []Part{part("product-name", name, a.text(name), textProductName)}
			end := e
			if e < w.End && a.v[e] == '/' {
				ve := a.tokenEnd(e+1, w.End)
				kids = appendPart(kids, part("product-version", Span{e + 1, ve}, a.text(Span{e + 1, ve}), textProductVersion))
				if ve == e+1 {
					a.note(noteNotAToken, Span{e, e + 1})
				}
				end = ve
				versioned = true
			}
			a.add(part("product", Span{i, end}, a.text(Span{i, end}), t, kids...))
			i = end
		}
	}
	if server && versioned {
		a.note(noteServerDetail, w)
	}
}

// comment builds the part of a comment, its ";"-separated items as
// children.
func (a *analysis) comment(s Span, closed bool) Part {
	inner := Span{s.Start + 1, s.End}
	if closed {
		inner.End--
	}
	var kids []Part
	for _, it := range a.split(inner, ';') {
		t := textCommentItem
		v := a.text(it)
		switch {
		case strings.EqualFold(v, "compatible"):
			t = textCompatible
		case strings.HasPrefix(v, "MSIE "):
			t = textMSIE
		}
		kids = appendPart(kids, part("comment-item", it, v, t))
	}
	return part("comment", s, a.text(inner), textComment, kids...)
}

func analyzeVia(a *analysis) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		a.note(noteEmptyList, w)
		return
	}
	for _, el := range els {
		var kids []Part
		var words []Span
		i := el.Start
		for i < el.End {
			if isOWS(a.v[i]) {
				i++
				continue
			}
			if a.v[i] == '(' {
				end, closed := a.commentEnd(i, el.End)
				if !closed {
					a.note(noteCommentUnclosed, Span{i, end})
				}
				words = append(words, Span{i, end})
				i = end
				continue
			}
			j := i
			for j < el.End && !isOWS(a.v[j]) && a.v[j] != '(' {
				j++
			}
			words = append(words, Span{i, j})
			i = j
		}
		first := a.text(words[0])
		if len(words) < 2 || a.v[words[1].Start] == '(' {
			a.notef(noteViaNoVersion, words[0], strings.ToLower(first))
			kids = appendPart(kids, part("received-by", words[0], first, textReceivedBy))
			words = words[1:]
		} else {
			proto := first
			if !strings.Contains(first, "/") {
				proto = "HTTP/" + first
			}
			kids = appendPart(kids, part("received-protocol", words[0], proto, textReceivedProtocol))
			kids = appendPart(kids, part("received-by", words[1], a.text(words[1]), textReceivedBy))
			words = words[2:]
		}
		for _, wd := range words {
			if a.v[wd.Start] == '(' {
				kids = append(kids, a.comment(wd, a.v[wd.End-1] == ')'))
			} else {
				a.note(noteNotAToken, wd)
				kids = appendPart(kids, part("word", wd, a.text(wd), textToken))
			}
		}
		a.add(part("hop", el, a.text(el), textHop, kids...))
	}
}

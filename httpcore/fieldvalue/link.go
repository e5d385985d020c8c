package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Link (RFC 8288 section 3): typed links to other resources, such as the
// style sheet a page will need.
//
//	Link       = #link-value
//	link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
//	link-param = token BWS [ "=" BWS ( token / quoted-string ) ]

func init() {
	register("Link", "links", analyzeLink)
}

var (
	textLink = knowledge.Text{
		En:   "One link: a target URI in angle brackets and parameters, of which rel names the relation (stylesheet, preload, next, canonical, ...).",
		Hans: "一个链接：尖括号中的目标 URI 和参数，其中 rel 指明关系（stylesheet、preload、next、canonical 等）。",
		Hant: "一個連結：角括號中的目標 URI 和參數，其中 rel 指明關係（stylesheet、preload、next、canonical 等）。",
	}
	textLinkTarget = knowledge.Text{
		En:   "The link target, a URI reference resolved against the URL of the response.",
		Hans: "链接目标，一个以响应 URL 为基准解析的 URI 引用。",
		Hant: "連結目標，一個以回應 URL 為基準解析的 URI 參照。",
	}
	textRel = knowledge.Text{
		En:   "rel: the relation types of the link, separated by spaces.",
		Hans: "rel：链接的关系类型，以空格分隔。",
		Hant: "rel：連結的關係類型，以空格分隔。",
	}

	noteLinkBrackets = &noteDef{"link/no-brackets", Error, knowledge.RFC(8288, "3"), knowledge.Text{
		En:   "A link starts with its target in angle brackets, as in <https://example.com/style.css>; rel=stylesheet.",
		Hans: "链接以尖括号中的目标开头，例如 <https://example.com/style.css>; rel=stylesheet。",
		Hant: "連結以角括號中的目標開頭，例如 <https://example.com/style.css>; rel=stylesheet。",
	}}
	noteLinkNoRel = &noteDef{"link/no-rel", Warning, knowledge.RFC(8288, "3.3"), knowledge.Text{
		En:   "This link has no rel parameter, so it says nothing about how the target relates to this resource.",
		Hans: "这个链接没有 rel 参数，因此没有说明目标与当前资源的关系。",
		Hant: "這個連結沒有 rel 參數，因此沒有說明目標與目前資源的關係。",
	}}
)

func analyzeLink(a *analysis) {
	w := a.whole()
	if w.Start == w.End {
		a.note(noteEmptyList, w)
		return
	}
	// Split at commas outside <...> and quoted strings.
	var els []Span
	start, angle := w.Start, false
	for i := w.Start; i < w.End; i++ {
		switch c := a.v[i]; {
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case c == '"' && !angle:
			e, _, _ := a.quotedEnd(i, w.End)
			i = e - 1
		case c == ',' && !angle:
			if el := a.trim(Span{start, i}); el.Start < el.End {
				els = append(els, el)
			}
			start = i + 1
		}
	}
	if el := a.trim(Span{start, w.End}); el.Start < el.End {
		els = append(els, el)
	}
	for _, el := range els {
		v := a.text(el)
		if v[0] != '<' || !strings.Contains(v, ">") {
			a.note(noteLinkBrackets, el)
			a.add(part("link", el, v, textUnreadable))
			continue
		}
		gt := el.Start + strings.IndexByte(v, '>')
		target := Span{el.Start + 1, gt}
		sub := &analysis{v: a.v}
		sub.uri(target, "Link")
		a.out.Notes = append(a.out.Notes, sub.out.Notes...)
		var kids []Part
		if len(sub.out.Parts) > 0 {
			t := sub.out.Parts[0]
			t.Role, t.Text = "target", textLinkTarget
			kids = append(kids, t)
		}
		hasRel := false
		for _, p := range a.params(Span{gt + 1, el.End}) {
			name := strings.ToLower(a.text(p.name))
			t := textParam
			if name == "rel" {
				hasRel = true
				t = textRel
			}
			kids = append(kids, a.paramPart(p, t, name+"="+p.val))
		}
		if !hasRel {
			a.note(noteLinkNoRel, el)
		}
		a.add(part("link", el, a.text(target), textLink, kids...))
	}
}

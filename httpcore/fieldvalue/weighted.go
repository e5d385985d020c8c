package fieldvalue

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/order"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Lists of preferences: Accept, Accept-Charset, Accept-Encoding and
// Accept-Language. Each element is an item with an optional weight:
//
//	weight = OWS ";" OWS "q=" qvalue
//	qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )

var noteEqualWeights = &noteDef{"q/order-is-not-preference", Remark, knowledge.RFC(9110, "12.4.2"), knowledge.Text{
	En:   "No item carries a q-value, so all are equally preferred: the order of the list is not a ranking in the standard (some servers still break ties by order).",
	Hans: "所有项都没有 q 值，因此偏好程度相同：按标准，列表的顺序并不代表优先级（有些服务器仍按顺序决定先后）。",
	Hant: "所有項目都沒有 q 值，因此偏好程度相同：依標準，清單的順序並不代表優先順序（有些伺服器仍按順序決定先後）。",
}}

// parseQ reads a qvalue into thousandths (0..1000).
func parseQ(s string) (int, bool) {
	if s == "" || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	whole := int(s[0] - '0')
	if len(s) == 1 {
		return whole * 1000, true
	}
	if s[1] != '.' || len(s) > 5 {
		return 0, false
	}
	frac := s[2:]
	if frac != "" && !allDigits(frac) {
		return 0, false
	}
	n := 0
	for i := 0; i < 3; i++ {
		n *= 10
		if i < len(frac) {
			n += int(frac[i] - '0')
		}
	}
	if whole == 1 && n != 0 {
		return 0, false
	}
	return whole*1000 + n, true
}

// formatQ writes thousandths as a short decimal ("1", "0.8", "0.125").
func formatQ(q int) string {
	switch q {
	case 1000:
		return "1"
	case 0:
		return "0"
	}
	s := strconv.Itoa(q + 1000)[1:] // three digits
	return "0." + strings.TrimRight(s, "0")
}

// item is what a weighted list's reader makes of one element's head.
type item struct {
	role     string
	value    string // normalized item
	text     knowledge.Text
	children []Part
	specific int // how specific the item is: "*" is 0
	wildcard bool
}

// weightedList reads a list of weighted items; read explains each element's
// head (the text before any ";") and returns the item. Parameters other
// than q are shown as parameters when media says so (Accept), else they
// are accept extensions.
func (a *analysis) weightedList(read func(head Span) item, empty *noteDef) {
	w := a.whole()
	els := a.splitList(w)
	if len(els) == 0 {
		if empty != nil {
			a.note(empty, w)
		}
		return
	}
	type rank struct{ idx, q, specific int }
	var ranks []rank
	explicit := false
	for _, el := range els {
		head, rest := a.cutParams(el)
		it := read(head)
		q := 1000
		kids := it.children
		for _, p := range a.params(rest) {
			if strings.EqualFold(a.text(p.name), "q") && p.eq {
				explicit = true
				qv, ok := parseQ(p.val)
				if !ok || p.quote {
					a.note(noteBadQ, p.value)
					kids = appendPart(kids, part("q", p.all, p.val, textQ))
					continue
				}
				q = qv
				if q == 0 {
					a.note(noteQZero, p.all)
				}
				kids = appendPart(kids, part("q", p.all, formatQ(q), textQ))
				continue
			}
			kids = append(kids, a.paramPart(p, textParam, strings.ToLower(a.text(p.name))+"="+p.val))
		}
		ranks = append(ranks, rank{len(a.out.Parts), q, it.specific})
		a.add(part(it.role, el, it.value+";q="+formatQ(q), it.text, kids...))
	}
	order.Stable(len(ranks), func(i, j int) bool {
		if ranks[i].q != ranks[j].q {
			return ranks[i].q > ranks[j].q
		}
		return ranks[i].specific > ranks[j].specific
	}, func(i, j int) { ranks[i], ranks[j] = ranks[j], ranks[i] })
	for _, r := range ranks {
		if r.q > 0 {
			a.out.Ranked = append(a.out.Ranked, r.idx)
		}
	}
	if !explicit && len(els) > 1 {
		a.note(noteEqualWeights, w)
	}
}

package knowledge

import (
	"strings"
	"sync"
)

// FieldMatch says how a name a learner typed was matched to a known field.
type FieldMatch string

const (
	// FieldExact: the name is spelled exactly as the registry spells it.
	FieldExact FieldMatch = "exact"
	// FieldCase: the same name in other letter case; field names are
	// case-insensitive, so this is the same field on the wire. All lower
	// case is the usual HTTP/2 and HTTP/3 spelling and gets no note; odd
	// mixtures such as "aUTHORIZATION" do.
	FieldCase FieldMatch = "case"
	// FieldMangled: the name looks like a known field garbled by stutter
	// ("c-content-length") or by l and r written as w ("content-wength").
	// On the wire it is a different, unknown field.
	FieldMangled FieldMatch = "mangled"
	// FieldMisspelled: the name is a few letters away from a known field
	// ("Refener", "Form"). On the wire it is a different, unknown field.
	FieldMisspelled FieldMatch = "misspelled"
)

// FieldGuess is the answer of ResolveField: the field meant, how the name
// was matched and, unless it matched exactly, a note for the learner.
type FieldGuess struct {
	Input string     `json:"input"`
	Field Field      `json:"field"`
	Match FieldMatch `json:"match"`
	Note  Text       `json:"note"`
}

// ResolveField finds the field a name refers to, and when the name is not a
// known field, the field it was most likely meant to be ("did you mean").
// It recognises letter-case variants, the stutter and w-for-l/r mangling of
// the MDN seed (x-x-content-type-options, s-sewvew), repeated words
// (Proxy-Proxy-Authorization) and small misspellings (Refener, Form,
// Contern-Type). It reports false when nothing is close enough.
func ResolveField(name string) (FieldGuess, bool) {
	in := strings.TrimSpace(name)
	if in == "" || len(in) > 200 {
		return FieldGuess{}, false
	}
	if f, ok := LookupField(in); ok {
		if f.Name == in {
			return FieldGuess{Input: in, Field: f, Match: FieldExact}, true
		}
		g := FieldGuess{Input: in, Field: f, Match: FieldCase}
		if in != strings.ToLower(in) {
			g.Note = fieldCaseNote(in, f.Name)
		}
		return g, true
	}
	lower := strings.ToLower(in)
	collapsed := fieldCollapse(lower)
	// A repeated word (proxy-proxy-authorization) or stutter that leaves a
	// real name behind.
	if f, ok := LookupField(collapsed); ok {
		return FieldGuess{Input: in, Field: f, Match: FieldMangled, Note: fieldMangledNote(in, f.Name, true, false)}, true
	}
	// w written for l or r, possibly after a stutter.
	for _, c := range []string{lower, collapsed} {
		if i, ok := fieldUwuIndex()[fieldUwu(c)]; ok {
			f := fieldTable[i]
			note := fieldMangledNote(in, f.Name, c != lower, c != strings.ToLower(f.Name))
			return FieldGuess{Input: in, Field: f, Match: FieldMangled, Note: note}, true
		}
	}
	// A few letters wrong.
	if f, ok := fieldNearest(collapsed); ok {
		return FieldGuess{Input: in, Field: f, Match: FieldMisspelled, Note: fieldMisspelledNote(in, f.Name)}, true
	}
	return FieldGuess{}, false
}

// fieldCollapse removes stutter from a lower-cased name: a one-letter word
// followed by a word that starts with that letter ("c-content" becomes
// "content", "x-x-cache" becomes "x-cache"), and a word written twice
// ("proxy-proxy-authorization" becomes "proxy-authorization").
func fieldCollapse(s string) string {
	words := strings.Split(s, "-")
	out := make([]string, 0, len(words))
	for i, w := range words {
		if i+1 < len(words) {
			next := words[i+1]
			if w != "" && (w == next || (len(w) == 1 && strings.HasPrefix(next, w))) {
				continue
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, "-")
}

// fieldUwu maps a lower-cased name to its "baby talk" shape: l and r become
// w and "ny" becomes "n", so that content-length and content-wength (or
// x-frame-options and x-fwame-options) share one shape.
func fieldUwu(s string) string {
	s = strings.ReplaceAll(s, "ny", "n")
	return strings.Map(func(r rune) rune {
		if r == 'l' || r == 'r' {
			return 'w'
		}
		return r
	}, s)
}

// fieldUwuIndex maps each known field's baby-talk shape to its position in
// fieldTable. A shape shared by two fields is left out, as ambiguous. It is
// built the first time a name needs it, not at start-up.
var fieldUwuIndex = sync.OnceValue(func() map[string]int { return fieldBuildUwuIndex(fieldTable) })

func fieldBuildUwuIndex(table []Field) map[string]int {
	idx := map[string]int{}
	seen := map[string]int{}
	for i, f := range table {
		k := fieldUwu(strings.ToLower(f.Name))
		seen[k]++
		idx[k] = i
	}
	for k, n := range seen {
		if n > 1 {
			delete(idx, k)
		}
	}
	return idx
}

// fieldNearest finds the one known field within a small edit distance of
// name: one edit for names of four to nine letters, two for longer ones.
// Shorter names are too close to everything to guess from, and a tie
// between two fields is no answer.
func fieldNearest(name string) (Field, bool) {
	if len(name) < 4 {
		return Field{}, false
	}
	limit := 1
	if len(name) >= 10 {
		limit = 2
	}
	best, bestDist, tie := -1, limit+1, false
	for i, f := range fieldTable {
		cand := strings.ToLower(f.Name)
		if d := len(cand) - len(name); d > limit || -d > limit {
			continue
		}
		d := editDistance(name, cand, limit)
		switch {
		case d < bestDist:
			best, bestDist, tie = i, d, false
		case d == bestDist:
			tie = true
		}
	}
	if best < 0 || tie {
		return Field{}, false
	}
	return fieldTable[best], true
}

func fieldCaseNote(in, name string) Text {
	return Text{
		"Field names ignore letter case, so “" + in + "” is the " + name + " field; " + name + " is the usual spelling.",
		"字段名不区分大小写，所以“" + in + "”就是 " + name + " 字段；惯常写法是 " + name + "。",
		"欄位名稱不分大小寫，所以「" + in + "」就是 " + name + " 欄位；慣用寫法是 " + name + "。",
	}
}

// fieldMangledNote explains a garbled name: stutter says a letter or word
// was repeated, uwu that l or r was written as w.
func fieldMangledNote(in, name string, stutter, uwu bool) Text {
	how := Text{"a letter or word repeated", "字母或单词重复", "字母或單字重複"}
	switch {
	case stutter && uwu:
		how = Text{"a letter or word repeated, and l or r written as w", "字母或单词重复，且 l、r 写成了 w", "字母或單字重複，且 l、r 寫成了 w"}
	case uwu:
		how = Text{"l or r written as w", "l、r 写成了 w", "l、r 寫成了 w"}
	}
	return Text{
		"“" + in + "” is not a field HTTP knows: it reads as a garbled " + name + " (" + how.En + "). On the wire it is a different name, so a server would treat it as an unknown field and ignore it; write " + name + ".",
		"“" + in + "”不是 HTTP 认识的字段：它看起来是被写乱的 " + name + "（" + how.Hans + "）。在线路上它是另一个名字，服务器会把它当作未知字段并忽略；应写作 " + name + "。",
		"「" + in + "」不是 HTTP 認得的欄位：它看起來是被寫亂的 " + name + "（" + how.Hant + "）。在線路上它是另一個名稱，伺服器會把它當成未知欄位並忽略；應寫作 " + name + "。",
	}
}

func fieldMisspelledNote(in, name string) Text {
	return Text{
		"“" + in + "” is not a registered field; it looks like a misspelling of " + name + ". A server would treat “" + in + "” as an unknown field and ignore it.",
		"“" + in + "”不是已注册的字段，看起来是 " + name + " 的拼写错误。服务器会把“" + in + "”当作未知字段并忽略。",
		"「" + in + "」不是已註冊的欄位，看起來是 " + name + " 的拼寫錯誤。伺服器會把「" + in + "」當成未知欄位並忽略。",
	}
}

// UnknownFieldNote explains a name that is neither a known field nor close
// to one: recipients ignore fields they do not recognise (RFC 9110 §5.1).
func UnknownFieldNote(name string) Text {
	return Text{
		"“" + name + "” is not a field this playground knows. That is allowed: HTTP can be extended with new fields, and a recipient that does not recognise a field ignores it (a proxy passes it on).",
		"本演练场不认识“" + name + "”这个字段。这是允许的：HTTP 可以用新字段扩展，不认识某个字段的接收方会忽略它（代理则原样转发）。",
		"本練習場不認得「" + name + "」這個欄位。這是允許的：HTTP 可以用新欄位擴充，不認得某個欄位的接收方會忽略它（代理則原樣轉送）。",
	}
}

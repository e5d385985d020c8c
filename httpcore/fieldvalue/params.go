package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// params reads a parameter list, the text after a value's first ";"
// (RFC 9110 section 5.6.6), noting syntax mistakes:
//
//	parameters      = *( OWS ";" OWS [ parameter ] )
//	parameter       = parameter-name "=" parameter-value
//	parameter-name  = token
//	parameter-value = ( token / quoted-string )
func (a *analysis) params(s Span) []param {
	var out []param
	seen := map[string]bool{}
	for _, el := range a.split(s, ';') {
		p := a.nameValue(el)
		a.checkParam(p, true)
		name := strings.ToLower(a.text(p.name))
		if seen[name] && isToken(name) {
			a.notef(noteParamDuplicate, p.name, name)
		}
		seen[name] = true
		out = append(out, p)
	}
	return out
}

// checkParam notes what is wrong with one name=value pair; needValue says
// whether the grammar requires "=" and a value.
func (a *analysis) checkParam(p param, needValue bool) {
	if !isToken(a.text(p.name)) {
		a.note(noteParamBadName, p.name)
		return
	}
	if !p.eq {
		if needValue {
			a.note(noteParamNoValue, p.name)
		}
		return
	}
	if (p.name.End < a.len() && isOWS(a.v[p.name.End])) || (p.value.Start > 0 && isOWS(a.v[p.value.Start-1])) {
		a.note(noteParamSpace, Span{p.name.End, p.value.Start})
	}
	switch {
	case p.open:
		a.note(noteUnclosedQuote, p.value)
	case p.quote:
		if e, _, _ := a.quotedEnd(p.value.Start, p.value.End); e != p.value.End {
			a.note(noteParamBadValue, p.value)
		}
	case !isToken(p.val):
		a.note(noteParamBadValue, p.value)
	}
}

// len is the length of the value.
func (a *analysis) len() int { return len(a.v) }

// paramPart builds the part of one parameter, with its name and value as
// children; t explains the parameter as a whole and value is its meaning.
func (a *analysis) paramPart(p param, t knowledge.Text, value string) Part {
	kids := []Part{part("param-name", p.name, strings.ToLower(a.text(p.name)), textParamName)}
	if p.eq && p.value.End > p.value.Start {
		kids = appendPart(kids, part("param-value", p.value, p.val, textParamValue))
	}
	return part("parameter", p.all, value, t, kids...)
}

// cutParams splits an element at its first ";" outside quotes into the
// head and the parameters' span (empty when there is no ";").
func (a *analysis) cutParams(s Span) (head, rest Span) {
	for i := s.Start; i < s.End; i++ {
		switch a.v[i] {
		case '"':
			e, _, _ := a.quotedEnd(i, s.End)
			i = e - 1
		case ';':
			return a.trim(Span{s.Start, i}), Span{i + 1, s.End}
		}
	}
	return s, Span{s.End, s.End}
}

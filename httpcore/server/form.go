package server

import (
	"strings"
)

// formField is one name=value pair of an urlencoded form.
type formField struct{ Name, Value string }

// parseForm decodes application/x-www-form-urlencoded content: pairs joined
// by "&", "+" for space, %XX escapes (the WHATWG URL standard's
// application/x-www-form-urlencoded parser, simplified). Bad escapes are kept
// as written.
func parseForm(b []byte) []formField {
	var out []formField
	for _, pair := range strings.Split(string(b), "&") {
		if pair == "" {
			continue
		}
		name, value, _ := strings.Cut(pair, "=")
		out = append(out, formField{unescapeForm(name), unescapeForm(value)})
	}
	return out
}

func unescapeForm(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// formReply fills the form's reply page: "{fields}" becomes a list of the
// decoded fields, HTML-escaped (a form is the classic way to inject markup).
func formReply(reply string, content []byte) []byte {
	if reply == "" {
		reply = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Thank you</title></head>\n<body>\n<h1>Thank you</h1>\n{fields}</body>\n</html>\n"
	}
	list := []byte("<ul>\n")
	for _, f := range parseForm(content) {
		list = append(list, "<li>"+escapeHTML(f.Name)+": "+escapeHTML(f.Value)+"</li>\n"...)
	}
	list = append(list, "</ul>\n"...)
	return []byte(strings.ReplaceAll(reply, "{fields}", string(list)))
}

package server

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/order"
)

// format does what fmt.Sprintf does with the verbs the server's sentences
// use, without fmt (which is large in the browser module): %s, %d, %q, %g
// and %v, each optionally with an argument index such as %[2]s, for the
// argument types the server passes (strings, integers, float64, and JSON
// values for %v). TestFormatAgreesWithSprintf checks it against fmt, and
// TestSentencesUseOnlyFormatVerbs checks every sentence of the package.
func format(s string, args []any) string {
	var b strings.Builder
	next := 0
	for {
		i := strings.IndexByte(s, '%')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+1:]
		if s != "" && s[0] == '[' {
			if end := strings.IndexByte(s, ']'); end > 0 {
				if n, err := strconv.Atoi(s[1:end]); err == nil && n >= 1 {
					next = n - 1
					s = s[end+1:]
				}
			}
		}
		if s == "" {
			b.WriteString("%!(NOVERB)")
			return b.String()
		}
		verb := s[0]
		s = s[1:]
		if verb == '%' {
			b.WriteByte('%')
			continue
		}
		if next >= len(args) {
			b.WriteString("%!" + string(verb) + "(MISSING)")
			continue
		}
		b.WriteString(formatArg(verb, args[next]))
		next++
	}
}

// formatArg writes one argument as fmt does for the verb.
func formatArg(verb byte, arg any) string {
	switch v := arg.(type) {
	case string:
		if verb == 'q' {
			return strconv.Quote(v)
		}
		return v
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return valueText(arg)
}

// valueText writes a value as fmt's %v does: numbers, strings, booleans,
// nil, and the maps and slices a JSON document decodes to (a map's keys in
// order, as fmt prints them).
func valueText(arg any) string {
	switch v := arg.(type) {
	case nil:
		return "<nil>"
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = valueText(e)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		order.Strings(keys)
		for i, k := range keys {
			keys[i] = k + ":" + valueText(v[k])
		}
		return "map[" + strings.Join(keys, " ") + "]"
	}
	return "?"
}

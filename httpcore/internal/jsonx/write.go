// Package jsonx writes and reads JSON without reflection, so that the
// browser module need not link encoding/json, fmt or reflect.
//
// The writer produces exactly the bytes encoding/json produces for the same
// values (its string escaping, its number format, its indentation); the
// reader accepts exactly the texts encoding/json accepts, reports the same
// syntax error messages, and adds the line and column of the mistake.
package jsonx

import (
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string, escaped as encoding/json escapes
// it: the quote, the backslash and control characters; <, > and & (so the
// JSON is safe inside HTML); U+2028 and U+2029 (so it is safe inside
// JavaScript source); and each byte of invalid UTF-8 becomes \ufffd.
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	done := 0 // s[:done] is already in b
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[done:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			done = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[done:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[done:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		done = i
	}
	b = append(b, s[done:]...)
	return append(b, '"')
}

// AppendInt appends an integer.
func AppendInt(b []byte, n int64) []byte { return strconv.AppendInt(b, n, 10) }

// AppendBool appends true or false.
func AppendBool(b []byte, v bool) []byte { return strconv.AppendBool(b, v) }

// AppendFloat appends a float64 as encoding/json writes it: the shortest
// decimal that reads back as the same number, in exponent form (with at
// least one exponent digit, "1e-7") only below 1e-6 or from 1e21 on. It
// reports false for NaN and the infinities, which JSON cannot hold.
func AppendFloat(b []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// strconv writes two exponent digits ("e-07"); JSON needs one.
		if e := len(b) - 4; e > start && b[e] == 'e' && b[e+1] == '-' && b[e+2] == '0' {
			b[e+2] = b[e+3]
			b = b[:e+3]
		}
	}
	return b, true
}

// AppendAny appends a dynamic JSON value, as the reader's Any gives it or as
// a program builds one: nil, bool, float64, int, string, []any, []string,
// map[string]any, []map[string]any and map[string]string. Object keys come
// out sorted. It reports false for any other type, or a number JSON cannot
// hold.
func AppendAny(b []byte, v any) ([]byte, bool) {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...), true
	case bool:
		return AppendBool(b, v), true
	case float64:
		return AppendFloat(b, v)
	case int:
		return AppendInt(b, int64(v)), true
	case string:
		return AppendString(b, v), true
	case []any:
		if v == nil {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = AppendAny(b, e); !ok {
				return b, false
			}
		}
		return append(b, ']'), true
	case []string:
		return AppendStrings(b, v), true
	case []map[string]any:
		if v == nil {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = AppendAny(b, e); !ok {
				return b, false
			}
		}
		return append(b, ']'), true
	case map[string]any:
		if v == nil {
			return append(b, "null"...), true
		}
		b = append(b, '{')
		for i, k := range sortedKeys(v) {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(AppendString(b, k), ':')
			var ok bool
			if b, ok = AppendAny(b, v[k]); !ok {
				return b, false
			}
		}
		return append(b, '}'), true
	case map[string]string:
		if v == nil {
			return append(b, "null"...), true
		}
		b = append(b, '{')
		for i, k := range sortedKeys(v) {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(AppendString(b, k), ':')
			b = AppendString(b, v[k])
		}
		return append(b, '}'), true
	}
	return b, false
}

// AppendStrings appends a list of strings; a nil list is null, an empty one [].
func AppendStrings(b []byte, list []string) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, s)
	}
	return append(b, ']')
}

// AppendInts appends a list of integers; a nil list is null, an empty one [].
func AppendInts(b []byte, list []int) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, n := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendInt(b, int64(n))
	}
	return append(b, ']')
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

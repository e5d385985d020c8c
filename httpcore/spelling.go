package httpcore

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// How the parser compares names that are almost right, and how it shows
// characters in messages.

// unstutter removes the baby-talk stutter the seed documents use
// ("g-get" → "get", "h-http/1.1" → "http/1.1", "x-x-cache" → "x-cache"):
// a letter, a hyphen, and the same letter again.
func unstutter(b []byte) []byte {
	for len(b) >= 3 && b[1] == '-' && lower(b[0]) == lower(b[2]) && lower(b[0]) >= 'a' && lower(b[0]) <= 'z' {
		b = b[2:]
	}
	return b
}

// editDistanceFold is the optimal string alignment distance between a and
// b ignoring ASCII case (insertions, deletions, substitutions and swaps of
// two neighbouring letters each count 1), or max+1 as soon as it must
// exceed max. It allocates nothing.
func editDistanceFold(a []byte, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(b) > 31 {
		return max + 1
	}
	var rows [3][33]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if lower(a[i-1]) == lower(b[j-1]) {
				cost = 0
			}
			v := prev[j-1] + cost
			if prev[j]+1 < v {
				v = prev[j] + 1
			}
			if cur[j-1]+1 < v {
				v = cur[j-1] + 1
			}
			if i > 1 && j > 1 && lower(a[i-1]) == lower(b[j-2]) && lower(a[i-2]) == lower(b[j-1]) && prev2[j-2]+1 < v {
				v = prev2[j-2] + 1
			}
			cur[j] = v
			if v < best {
				best = v
			}
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// charName shows the character at src[i] the way a learner can recognise
// it: a whole UTF-8 character when one starts there, else the byte.
func charName(src []byte, i int) (string, int) {
	if src[i] >= 0x80 {
		if r, size := utf8.DecodeRune(src[i:]); r != utf8.RuneError {
			return "'" + string(r) + "' (" + codePoint(r) + ")", size
		}
	}
	return byteName(src[i]), 1
}

// codePoint writes r as U+ and at least four upper-case hexadecimal
// digits ("U+00E9", "U+1F600").
func codePoint(r rune) string {
	h := strings.ToUpper(strconv.FormatUint(uint64(r), 16))
	if len(h) < 4 {
		h = strings.Repeat("0", 4-len(h)) + h
	}
	return "U+" + h
}

// byteName shows a byte the way a learner can recognise it.
func byteName(c byte) string {
	switch c {
	case 0:
		return "NUL (0x00)"
	case '\t':
		return "HTAB (0x09)"
	case '\n':
		return "LF (0x0A)"
	case '\r':
		return "CR (0x0D)"
	case ' ':
		return "SP (0x20)"
	case 0x7F:
		return "DEL (0x7F)"
	}
	h := "0x" + strings.ToUpper(strconv.FormatUint(uint64(c)>>4, 16)+strconv.FormatUint(uint64(c)&15, 16))
	if c < 0x20 || c >= 0x80 {
		return h
	}
	return "'" + string(rune(c)) + "' (" + h + ")"
}

package server

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

func itoa(n int) string { return strconv.Itoa(n) }

// parseSpec reads a citation written "RFC 9112 §2.2"; fallback is returned
// when it is not in that form.
func parseSpec(s string, fallback knowledge.Spec) knowledge.Spec {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "RFC ")
	if !ok {
		return fallback
	}
	num, sec, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(num)
	if err != nil {
		return fallback
	}
	return knowledge.RFC(n, strings.TrimPrefix(strings.TrimSpace(sec), "§"))
}

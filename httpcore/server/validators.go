package server

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/httpdate"
)

// httpDate formats t as an IMF-fixdate, the only form a sender generates.
func httpDate(t instant) string { return httpdate.FormatUnix(t.sec) }

// parseHTTPDate reads an HTTP-date in any of the three forms a recipient must
// accept (RFC 9110 §5.6.7); ok is false for anything else (such as the seed's
// "Mon,10PR 18:42:51 GMT").
func parseHTTPDate(s string) (instant, bool) {
	sec, nsec, ok := httpdate.ParseUnix(strings.TrimSpace(s))
	return instant{sec, nsec}, ok
}

// entityTags splits an If-Match or If-None-Match value into its entity tags
// (RFC 9110 §8.8.3): `"xyz"`, `W/"xyz"`, or the single "*". Malformed members
// are kept as written, so they simply match nothing.
func entityTags(v string) []string {
	var tags []string
	for len(v) > 0 {
		v = strings.TrimLeft(v, " \t,")
		if v == "" {
			break
		}
		start := 0
		if strings.HasPrefix(v, "W/") {
			start = 2
		}
		if start < len(v) && v[start] == '"' {
			if end := strings.IndexByte(v[start+1:], '"'); end >= 0 {
				n := start + 1 + end + 1
				tags = append(tags, v[:n])
				v = v[n:]
				continue
			}
		}
		n := strings.IndexByte(v, ',')
		if n < 0 {
			n = len(v)
		}
		tags = append(tags, strings.TrimSpace(v[:n]))
		v = v[n:]
	}
	return tags
}

// strongMatch compares entity tags as If-Match does: both strong and the same
// (RFC 9110 §8.8.3.2).
func strongMatch(a, b string) bool {
	return !strings.HasPrefix(a, "W/") && !strings.HasPrefix(b, "W/") && a == b
}

// weakMatch compares entity tags as If-None-Match does: the same once any W/
// is dropped.
func weakMatch(a, b string) bool {
	return strings.TrimPrefix(a, "W/") == strings.TrimPrefix(b, "W/")
}

// byteRange is one satisfiable range, First to Last inclusive.
type byteRange struct{ First, Last int64 }

// rangeResult is what a Range field asks of a representation of size bytes.
type rangeResult int

const (
	rangeIgnored       rangeResult = iota // not a bytes range this server reads: send 200
	rangeSatisfiable                      // one range: send 206
	rangeMultiple                         // several ranges: this server sends 200 (RFC 9110 §14.2 allows it)
	rangeUnsatisfiable                    // none overlaps the representation: 416
)

// parseRange reads a Range value against a representation of size bytes
// (RFC 9110 §14.1.2): "bytes=0-99", "bytes=100-", "bytes=-50".
func parseRange(v string, size int64) (rangeResult, byteRange) {
	unit, set, ok := strings.Cut(strings.TrimSpace(v), "=")
	if !ok || !strings.EqualFold(strings.TrimSpace(unit), "bytes") {
		return rangeIgnored, byteRange{}
	}
	var got []byteRange
	for _, spec := range strings.Split(set, ",") {
		spec = strings.TrimSpace(spec)
		if spec == "" {
			continue
		}
		a, b, ok := strings.Cut(spec, "-")
		if !ok {
			return rangeIgnored, byteRange{}
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		switch {
		case a == "": // suffix range: the last b bytes
			n, err := strconv.ParseInt(b, 10, 64)
			if err != nil || n < 0 {
				return rangeIgnored, byteRange{}
			}
			if n == 0 || size == 0 {
				continue
			}
			if n > size {
				n = size
			}
			got = append(got, byteRange{size - n, size - 1})
		default:
			first, err := strconv.ParseInt(a, 10, 64)
			if err != nil || first < 0 {
				return rangeIgnored, byteRange{}
			}
			last := size - 1
			if b != "" {
				l, err := strconv.ParseInt(b, 10, 64)
				if err != nil || l < first {
					return rangeIgnored, byteRange{}
				}
				if l < last {
					last = l
				}
			}
			if first >= size {
				continue
			}
			got = append(got, byteRange{first, last})
		}
	}
	switch len(got) {
	case 0:
		return rangeUnsatisfiable, byteRange{}
	case 1:
		return rangeSatisfiable, got[0]
	default:
		return rangeMultiple, byteRange{}
	}
}

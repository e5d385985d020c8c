package server

import (
	"strconv"
	"strings"
)

// weighted is one member of an Accept-style list: a value and its q weight
// (RFC 9110 §12.4.2). Explicit says whether the weight was written.
type weighted struct {
	Value string
	Q     float64
}

// parseWeighted splits an Accept, Accept-Language, Accept-Charset or
// Accept-Encoding value into its members. Members it cannot read are skipped;
// a q it cannot read counts as 1, the way lenient servers take it.
func parseWeighted(v string) []weighted {
	var out []weighted
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		w := weighted{Q: 1}
		params := strings.Split(part, ";")
		w.Value = strings.ToLower(strings.TrimSpace(params[0]))
		var kept []string
		for _, p := range params[1:] {
			name, val, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(name), "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil && q >= 0 && q <= 1 {
					w.Q = q
				}
				break // parameters after q are accept-ext, not media parameters
			}
			kept = append(kept, strings.ToLower(strings.TrimSpace(p)))
		}
		if len(kept) > 0 {
			w.Value += ";" + strings.Join(kept, ";")
		}
		if w.Value != "" {
			out = append(out, w)
		}
	}
	return out
}

// mediaQ is the weight an Accept value gives to the media type mt ("text/css",
// without parameters): the weight of the most specific matching range, as
// RFC 9110 §12.5.1 says, and the range that decided it. No match is weight 0.
func mediaQ(accept []weighted, mt string) (q float64, by string) {
	mt = strings.ToLower(mt)
	typ, _, _ := strings.Cut(mt, "/")
	best := -1
	for _, w := range accept {
		rng, _, _ := strings.Cut(w.Value, ";")
		spec := -1
		switch {
		case rng == mt:
			spec = 2
		case rng == typ+"/*":
			spec = 1
		case rng == "*/*":
			spec = 0
		}
		if spec > best {
			best, q, by = spec, w.Q, w.Value
		}
	}
	return q, by
}

// languageMatch says how well a language range fits a tag: 3 for the same
// tag, 2 when the range is a prefix of the tag ("fr" fits "fr-CA", the basic
// filtering of RFC 4647 §3.3.1), 1 when the tag is a prefix of the range
// ("en-US" asked, "en" offered: the fallback most servers make), 0 for "*",
// -1 for no match.
func languageMatch(rng, tag string) int {
	rng, tag = strings.ToLower(rng), strings.ToLower(tag)
	switch {
	case rng == tag:
		return 3
	case strings.HasPrefix(tag, rng+"-"):
		return 2
	case strings.HasPrefix(rng, tag+"-"):
		return 1
	case rng == "*":
		return 0
	}
	return -1
}

// chooseLanguage picks the offered language the client weighs most; on a
// tie the earlier offer (the site's preference) wins. ok is false when the
// client accepts none of them.
func chooseLanguage(accept []weighted, offered []string) (index int, by string, ok bool) {
	bestQ, bestMatch := 0.0, -2
	index = -1
	for i, tag := range offered {
		q, match, rng := 0.0, -2, ""
		for _, w := range accept {
			if m := languageMatch(w.Value, tag); m > match {
				q, match, rng = w.Q, m, w.Value
			}
		}
		if match < 0 || q == 0 {
			continue
		}
		if q > bestQ || (q == bestQ && match > bestMatch) {
			bestQ, bestMatch, index, by = q, match, i, rng
		}
	}
	return index, by, index >= 0
}

// charsetQ is the weight Accept-Charset gives to cs; "*" matches any.
func charsetQ(accept []weighted, cs string) float64 {
	cs = strings.ToLower(cs)
	star := -1.0
	for _, w := range accept {
		switch w.Value {
		case cs:
			return w.Q
		case "*":
			star = w.Q
		}
	}
	if star >= 0 {
		return star
	}
	return 0
}

// chooseEncoding picks the content coding of the response: "gzip" when the
// client accepts it and the server may compress, "" (identity) when identity
// is acceptable. ok is false when neither is (RFC 9110 §12.5.3).
func chooseEncoding(accept []weighted, canGzip bool) (coding string, ok bool) {
	gzipQ, identityQ, starQ := -1.0, -1.0, -1.0
	for _, w := range accept {
		switch w.Value {
		case "gzip", "x-gzip":
			gzipQ = w.Q
		case "identity":
			identityQ = w.Q
		case "*":
			starQ = w.Q
		}
	}
	if gzipQ < 0 {
		gzipQ = starQ
	}
	if identityQ < 0 {
		// identity is acceptable unless "*;q=0" excludes it (RFC 9110 §12.5.3).
		identityQ = 1
		if starQ == 0 {
			identityQ = 0
		}
	}
	if canGzip && gzipQ > 0 && gzipQ >= identityQ {
		return "gzip", true
	}
	if identityQ > 0 {
		return "", true
	}
	if canGzip && gzipQ > 0 {
		return "gzip", true
	}
	return "", false
}

// mediaTypeOf is a Content-Type without its parameters, lower-cased.
func mediaTypeOf(ct string) string {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// isTextual reports whether a media type is text the server sends in UTF-8,
// so that Accept-Charset concerns it.
func isTextual(mt string) bool {
	return strings.HasPrefix(mt, "text/") || mt == "application/json" || mt == "message/http"
}

// isToken reports whether s is an RFC 9110 token: 1*tchar, where
// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

package server

import (
	"strings"
)

// link is one subresource an HTML page references.
type link struct {
	Tag  string // "link", "img" or "script"
	Attr string // the attribute that holds the URL
	URL  string // as written
	Path string // resolved against the page's path
}

// findLinks lists, in document order, the stylesheets, images and scripts an
// HTML page references, as a browser's preload scanner finds them. Tag and
// attribute names are matched without regard to case (the seed writes
// <LINK REL="stylesheet" HREF="index.css">). Only same-site references are
// resolved; absolute URLs to other hosts are skipped.
func findLinks(page string, body []byte) []link {
	var out []link
	s := string(body)
	lower := strings.ToLower(s)
	for i := 0; i < len(lower); {
		j := strings.IndexByte(lower[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		end := strings.IndexByte(lower[i:], '>')
		if end < 0 {
			break
		}
		tag := s[i : i+end]
		i += end + 1
		name, attrs := tagName(tag)
		var want string
		switch name {
		case "link":
			if !strings.Contains(" "+strings.ToLower(attrs["rel"])+" ", " stylesheet ") {
				continue
			}
			want = "href"
		case "img", "script":
			want = "src"
		default:
			continue
		}
		u := strings.TrimSpace(attrs[want])
		if u == "" {
			continue
		}
		if p, ok := resolve(page, u); ok {
			out = append(out, link{Tag: name, Attr: want, URL: u, Path: p})
		}
	}
	return out
}

// tagName splits the inside of a tag into its lower-cased name and
// attributes (names lower-cased, values unquoted).
func tagName(tag string) (string, map[string]string) {
	attrs := map[string]string{}
	tag = strings.TrimSuffix(strings.TrimSpace(tag), "/")
	n := strings.IndexAny(tag, " \t\r\n")
	if n < 0 {
		return strings.ToLower(tag), attrs
	}
	name, rest := strings.ToLower(tag[:n]), tag[n:]
	for {
		rest = strings.TrimLeft(rest, " \t\r\n")
		if rest == "" {
			break
		}
		k := strings.IndexAny(rest, "= \t\r\n")
		if k < 0 {
			attrs[strings.ToLower(rest)] = ""
			break
		}
		key := strings.ToLower(rest[:k])
		rest = strings.TrimLeft(rest[k:], " \t\r\n")
		if !strings.HasPrefix(rest, "=") {
			attrs[key] = ""
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\r\n")
		var val string
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			q := rest[0]
			e := strings.IndexByte(rest[1:], q)
			if e < 0 {
				val, rest = rest[1:], ""
			} else {
				val, rest = rest[1:1+e], rest[2+e:]
			}
		} else {
			e := strings.IndexAny(rest, " \t\r\n")
			if e < 0 {
				e = len(rest)
			}
			val, rest = rest[:e], rest[e:]
		}
		attrs[key] = val
	}
	return name, attrs
}

// resolve turns a reference in the page at base into a path on the same
// site: "index.css" next to "/index.html" is "/index.css", "../a.png" goes
// up one level. References with a scheme or to another host are not
// resolved.
func resolve(base, ref string) (string, bool) {
	if strings.HasPrefix(ref, "//") || strings.Contains(strings.SplitN(ref, "/", 2)[0], ":") {
		return "", false
	}
	if i := strings.IndexAny(ref, "#"); i >= 0 {
		ref = ref[:i]
	}
	var parts []string
	if !strings.HasPrefix(ref, "/") {
		dir := base[:strings.LastIndexByte(base, '/')+1]
		ref = dir + ref
	}
	for _, p := range strings.Split(ref, "/")[1:] {
		switch p {
		case ".":
		case "..":
			if len(parts) > 0 {
				parts = parts[:len(parts)-1]
			}
		default:
			parts = append(parts, p)
		}
	}
	return "/" + strings.Join(parts, "/"), true
}

package fieldvalue

import "testing"

// The field lines of the two seed documents, as they are written there (the
// MDN seed's baby-talk undone: "c-content-wength" is Content-Length). Each
// must have a golden case, so that every seed example is explained.
var seedLines = []string{
	// 002: the glossary of HTTP/1.1 headers.
	"Accept: image/jpeg,image/png,*/*",
	"Accept-Charset: iso-8859-1,*,utf-8",
	"Accept-Encoding:gzip,compress",
	"Accept-Language: en,de",
	"Accept-Ranges: bytes",
	"Accept-Ranges: none",
	"Age: 30",
	"Allow: GET,PUT",
	"Authorization: Basic YXV0aG9yOnBoaWw=",
	"Cache-Control: max-age=30",
	"Connection: close",
	"Connection: keep-alive",
	"Content-Base: Http://www.myweb.com",
	"Content-Encoding: zip",
	"Content-Language: en",
	"Content-Length:382",
	"Content-Location: http://www.myweb.com/news",
	"Content-MD5: <base64 of 128 MD5 digest>",
	"Content-Range: 1001-2000/5000",
	"Content-Type: text/html",
	"Date: Mon,10PR 18:42:51 GMT",
	"ETag: \"208f-419e-30f8dc99\"",
	"Expires: Mon,05 Dec 2008 12:00:00 GMT",
	"From: webmaster@myweb.com",
	"Host: www.myweb.com",
	"If-Modified-Since: Mon,10PR 18:42:51 GMT",
	"If-Match: \"208f-419e-308dc99\"",
	"If-None-Match: \"208f-419e-308dc99\"",
	"Range: byte=0-499",
	"If-Range:\"208f-419e-30f8dc99\"",
	"If-Unmodified-Since:Mon,10PR 18:42:51 GMT",
	"Last-Modified: Mon,10PR 18:42:51 GMT",
	"Location: http://www2.myweb.com/index.jsp",
	"Max-Forwards: 3",
	"Pragma: no-cache",
	"Proxy-Authenticate: Basic realm-admin",
	"Proxy-Proxy-Authorization: Basic YXV0aG9yOnBoaWw=",
	"Public: OPTIONS,MGET,MHEAD,GET,HEAD",
	"Range: bytes=206-5513",
	"Refener: http://www.myweb.com/news/search.html",
	"Retry-After: 18",
	"Server: Apache/2.0.46(Win32)",
	"Transfer-Encoding: chunked",
	"Upgrade: HTTP/2.0",
	"User-Agent: Mozilla/4.0(compatible; MSIE 5.5; Windows NT; DigExt)",
	"Vary: *",
	"Via: 1.0 fred.com, 1.1 wilma.com",
	"Warning: 99 www.myweb.com Piano needs tuning",
	"www-Authenticate: Basic realm=zxm.mgmt",
	// 002: the example responses.
	"Date: Apr 11 2006 15:32:08 GMT",
	"Server: Apache/2.0.46(win32)",
	"Content-Length: 119",
	"Connection: Keep-alive, close",
	"Content-Length: 70",
	"Content-Length: 1280",
	"Content-Type: text/plane",
	// 000: the MDN session's requests and responses.
	"Host: developer.mozilla.org",
	"Accept-Language: fr",
	"Content-Length: 64",
	"Content-Type: application/x-www-form-urlencoded",
	"Content-Type: text/html; charset=utf-8",
	"Content-Length: 55743",
	"Connection: keep-alive",
	"Cache-Control: s-maxage=300, public, max-age=0",
	"Content-Language: en-US",
	"Date: Thu, 06 Dec 2018 17:37:18 GMT",
	"ETag: \"2e77ad1dc6ab0b53a2996dfd4653c1c3\"",
	"Server: meinheld/0.6.1",
	"Strict-Transport-Security: max-age=63072000",
	"X-Content-Type-Options: nosniff",
	"X-Frame-Options: DENY",
	"X-XSS-Protection: 1; mode=block",
	"Vary: Accept-Encoding,Cookie",
	"Age: 7",
	"Server: Apache/2.4.37 (Red Hat)",
	"Date: Thu, 06 Dec 2018 17:33:08 GMT",
	"Location: https://developer.mozilla.org/ (this is the new link to the resource; it is expected that the user-agent will fetch it)",
	"Keep-Alive: timeout=15, max=98",
	"Via: Moz-Cache-zlb05",
	"Connection: Keep-Alive",
	"Content-Length: 325 (the content contains a default page to display if the user-agent is not able to follow the link)",
	"Content-Length: 38217",
	"Cache-Control: no-cache, no-store, must-revalidate, max-age=0",
	"Date: Thu, 06 Dec 2018 17:35:13 GMT",
	"Expires: Thu, 06 Dec 2018 17:35:13 GMT",
	"X-Cache: Error from cloudfront",
}

func TestEverySeedExampleHasAGoldenCase(t *testing.T) {
	have := map[string]bool{}
	for _, in := range goldenInputs(t) {
		have[in[0]+":"+in[1]] = true
	}
	for _, line := range seedLines {
		name, value := splitLine(line)
		if !have[name+":"+value] && !sameFieldInGolden(have, name, value) {
			t.Errorf("the seed line %q has no golden case", line)
		}
	}
}

func TestEverySeedExampleIsAnalyzed(t *testing.T) {
	for _, line := range seedLines {
		name, value := splitLine(line)
		an := Analyze(name, value)
		if len(an.Parts) == 0 {
			t.Errorf("Analyze(%q, %q) found no parts", name, value)
		}
		for _, p := range checkAnalysis(value, an) {
			t.Errorf("Analyze(%q, %q): %s", name, value, p)
		}
	}
}

// splitLine cuts a field line at its first colon and trims the value.
func splitLine(line string) (string, string) {
	for i := 0; i < len(line); i++ {
		if line[i] == ':' {
			v := line[i+1:]
			for len(v) > 0 && isOWS(v[0]) {
				v = v[1:]
			}
			return line[:i], v
		}
	}
	return line, ""
}

// sameFieldInGolden accepts a golden case whose field name differs from
// the seed's only in letter case (the seed writes www-Authenticate).
func sameFieldInGolden(have map[string]bool, name, value string) bool {
	for k := range have {
		n, v := splitLine(k)
		if v != value {
			continue
		}
		if Analyze(n, v).Field == Analyze(name, value).Field {
			return true
		}
	}
	return false
}

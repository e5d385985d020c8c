package server

import (
	"strconv"
	"strings"
)

// rq joins lines with CRLF and ends the header section; body follows as is.
func rq(body string, lines ...string) string {
	return strings.Join(lines, "\r\n") + "\r\n\r\n" + body
}

// get is a GET of path with the extra field lines given.
func get(path string, fields ...string) string {
	return rq("", append([]string{"GET " + path + " HTTP/1.1", "Host: www.myweb.com"}, fields...)...)
}

// send is a request with JSON-ish content and its Content-Length.
func send(method, path, contentType, body string, fields ...string) string {
	lines := []string{method + " " + path + " HTTP/1.1", "Host: www.myweb.com"}
	lines = append(lines, fields...)
	lines = append(lines, "Content-Type: "+contentType, "Content-Length: "+strconv.Itoa(len(body)))
	return rq(body, lines...)
}

// currentETag is the ETag the default site gives path (identity coding).
func currentETag(path string) string {
	s := DefaultSite()
	r, _ := s.lookup(path)
	return r.etag(0)
}

const (
	seedForm       = "name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue"
	aliceBasic     = "Authorization: Basic YWxpY2U6d29uZGVybGFuZA=="
	bobBasic       = "Authorization: Basic Ym9iOmJ1aWxkZXI="
	wrongBasic     = "Authorization: Basic YWxpY2U6cGFzc3dvcmQ="
	seedGlossBasic = "Authorization: Basic YXV0aG9yOnBoaWw="
)

func goldenFiles() []goldenFile {
	return []goldenFile{
		{name: "statuses", title: "Every status the simulated server sends",
			intro: "One case (or more) for each status code, with the path through the decisions that led to it.",
			cases: statusCases()},
		{name: "seeds", title: "The seeds' examples, answered",
			intro: "Every request in the two seed documents, as written and as a browser would send it.",
			cases: seedCases()},
		{name: "sessions", title: "Sessions on one connection",
			intro: "Several requests in one input, played in order on one kept-alive connection.",
			cases: sessionCases()},
	}
}

func statusCases() []exchangeCase {
	return []exchangeCase{
		{"100 Continue, then 201 Created", "A client that sends Expect: 100-continue waits for the interim answer before sending its content.",
			send("POST", "/api/items", "application/json", `{"name":"mug"}`, "Expect: 100-continue"), []int{201}},
		{"200 OK for the seed's page", "The first request of the seeds' page load.", get("/index.html"), []int{200}},
		{"200 OK for HEAD: GET's fields, no content", "HEAD is GET without the content; Content-Length still tells the length.",
			rq("", "HEAD /index.html HTTP/1.1", "Host: www.myweb.com"), []int{200}},
		{"200 OK gzipped and chunked", "A client that takes gzip gets compressible text compressed, sent in chunks since its length is not known in advance.",
			get("/docs/guide.txt", "Accept-Encoding: gzip, deflate, br"), []int{200}},
		{"200 OK for TRACE, an echo", "The default scenario turns TRACE on to show what it does; the cookie is left out of the echo.",
			rq("", "TRACE /index.html HTTP/1.1", "Host: www.myweb.com", "Cookie: session=secret", "Max-Forwards: 3"), []int{200}},
		{"200 OK for a PUT that replaces", "PUT on an existing item replaces it.",
			send("PUT", "/api/items/2", "application/json", `{"name":"fountain pen","price":30}`), []int{200}},
		{"200 OK for a PATCH that merges", "PATCH merges the members sent into the item.",
			send("PATCH", "/api/items/2", "application/merge-patch+json", `{"price":3}`), []int{200}},
		{"201 Created by POST", "POST to the collection adds an item and says where it lives.",
			send("POST", "/api/items", "application/json", `{"name":"cup","price":4}`), []int{201}},
		{"201 Created by PUT", "PUT to an item that does not exist yet creates it there.",
			send("PUT", "/api/items/7", "application/json", `{"name":"lamp"}`), []int{201}},
		{"202 Accepted for a queued deletion", "The scenario says deleting item 3 takes a while.",
			rq("", "DELETE /api/items/3 HTTP/1.1", "Host: www.myweb.com"), []int{202}},
		{"204 No Content for a deletion", "A deletion done at once has nothing to send back.",
			rq("", "DELETE /api/items/1 HTTP/1.1", "Host: www.myweb.com"), []int{204}},
		{"204 No Content for OPTIONS", "OPTIONS asks what a resource supports; the answer is in Allow.",
			rq("", "OPTIONS /api/items HTTP/1.1", "Host: www.myweb.com"), []int{204}},
		{"204 No Content for OPTIONS *", "The asterisk asks about the server as a whole.",
			rq("", "OPTIONS * HTTP/1.1", "Host: www.myweb.com"), []int{204}},
		{"206 Partial Content", "A range of a large file.", get("/files/big.txt", "Range: bytes=0-99"), []int{206}},
		{"301 Moved Permanently", "An old address that moved for good, like the seed's example response.", get("/old-index.html"), []int{301}},
		{"304 Not Modified by ETag", "The client's copy has the current entity tag.",
			get("/index.html", "If-None-Match: "+currentETag("/index.html")), []int{304}},
		{"304 Not Modified by date", "The resource has not changed since the client's copy.",
			get("/index.css", "If-Modified-Since: Sat, 01 Dec 2018 09:00:00 GMT"), []int{304}},
		{"307 Temporary Redirect", "A page that is elsewhere for now.", get("/moved-for-now.html"), []int{307}},
		{"308 Permanent Redirect keeps the method", "An old API address; a client must repeat the POST at the new one.",
			send("POST", "/api/v1/items", "application/json", `{"name":"cup"}`), []int{308}},
		{"400 Bad Request: no Host", "HTTP/1.1 requires Host; the parser's diagnostic is the reason.",
			rq("", "GET /index.html HTTP/1.1"), []int{400}},
		{"400 Bad Request: content that is not JSON", "The collection reads JSON objects.",
			send("POST", "/api/items", "application/json", `{"name":`), []int{400}},
		{"400 Bad Request: the asterisk with GET", "The asterisk target is only for OPTIONS.",
			rq("", "GET * HTTP/1.1", "Host: www.myweb.com"), []int{400}},
		{"401 Unauthorized without credentials", "The staff area needs a user name and password.", get("/private/index.html"), []int{401}},
		{"401 Unauthorized with a wrong password", "Credentials that do not match are no credentials.", get("/private/index.html", wrongBasic), []int{401}},
		{"403 Forbidden for a known user", "bob is known but not allowed in.", get("/private/index.html", bobBasic), []int{403}},
		{"200 OK for an allowed user", "alice may come in.", get("/private/index.html", aliceBasic), []int{200}},
		{"404 Not Found", "Nothing ever lived at this address.", get("/nothing-here.html"), []int{404}},
		{"405 Method Not Allowed", "A static page cannot be deleted; Allow says what it takes.",
			rq("", "DELETE /index.html HTTP/1.1", "Host: www.myweb.com"), []int{405}},
		{"406 Not Acceptable by Accept", "The stylesheet exists only as text/css.", get("/index.css", "Accept: image/png"), []int{406}},
		{"406 Not Acceptable by Accept-Language", "The root page exists in English, French and Chinese only.", get("/", "Accept-Language: de"), []int{406}},
		{"406 Not Acceptable by Accept-Charset", "The text exists in UTF-8 only.", get("/index.html", "Accept-Charset: iso-8859-1"), []int{406}},
		{"406 Not Acceptable by Accept-Encoding", "The client refuses identity and takes no coding the server has.",
			get("/docs/guide.txt", "Accept-Encoding: br, identity;q=0"), []int{406}},
		{"409 Conflict on a duplicate", "Names are unique in the collection.",
			send("POST", "/api/items", "application/json", `{"name":"pen"}`), []int{409}},
		{"409 Conflict on an id mismatch", "The content names another item than the address.",
			send("PUT", "/api/items/2", "application/json", `{"id":"5","name":"pen"}`), []int{409}},
		{"410 Gone", "A page removed on purpose.", get("/promo-2018.html"), []int{410}},
		{"411 Length Required", "A POST whose content has no declared length.",
			rq("", "POST /api/items HTTP/1.1", "Host: www.myweb.com", "Content-Type: application/json"), []int{411}},
		{"412 Precondition Failed by If-Match", "Someone changed the item since the client read it.",
			send("PUT", "/api/items/2", "application/json", `{"name":"pen"}`, `If-Match: "not-the-current-tag"`), []int{412}},
		{"412 Precondition Failed by If-Unmodified-Since", "The page changed after the date given.",
			get("/index.html", "If-Unmodified-Since: Thu, 01 Nov 2018 00:00:00 GMT"), []int{412}},
		{"412 Precondition Failed: If-Match on nothing", "There is no current representation to match.",
			get("/nothing-here.html", "If-Match: *"), []int{412}},
		{"412 Precondition Failed: If-None-Match * on PUT", "A PUT meant only to create, on an item that exists.",
			send("PUT", "/api/items/1", "application/json", `{"name":"catalogue"}`, "If-None-Match: *"), []int{412}},
		{"413 Content Too Large for the resource", "The collection takes at most 1024 bytes.",
			send("POST", "/api/items", "application/json", `{"name":"`+strings.Repeat("x", 1100)+`"}`), []int{413}},
		{"413 Content Too Large for the parser", "A declared length over the parser's limit; the diagnostic is the reason.",
			rq("", "POST /api/items HTTP/1.1", "Host: www.myweb.com", "Content-Type: application/json", "Content-Length: 99999999999"), []int{413}},
		{"414 URI Too Long for the site", "The scenario reads targets up to 2048 bytes.", get("/" + strings.Repeat("a", 2100)), []int{414}},
		{"414 URI Too Long for the parser", "Over the parser's own limit; the diagnostic is the reason.", get("/" + strings.Repeat("a", 9000)), []int{414}},
		{"415 Unsupported Media Type", "The collection reads JSON, not plain text.",
			send("POST", "/api/items", "text/plain", "cup"), []int{415}},
		{"415 Unsupported Media Type by Content-Encoding", "The server does not decode compressed requests.",
			send("POST", "/api/items", "application/json", `{"name":"cup"}`, "Content-Encoding: gzip"), []int{415}},
		{"416 Range Not Satisfiable", "The range starts past the end.", get("/files/big.txt", "Range: bytes=99999-"), []int{416}},
		{"417 Expectation Failed", "Only 100-continue is an expectation a server knows.", get("/index.html", "Expect: teapot"), []int{417}},
		{"431 Request Header Fields Too Large", "A field line over the parser's limit; the diagnostic is the reason.",
			get("/index.html", "Cookie: "+strings.Repeat("c", 9000)), []int{431}},
		{"501 Not Implemented for an unknown method", "No resource on this server knows BREW.",
			rq("", "BREW /index.html HTTP/1.1", "Host: www.myweb.com"), []int{501}},
		{"501 Not Implemented for a lowercase method", "Methods are case-sensitive; the parser's diagnostic is the reason.",
			rq("", "get /index.html HTTP/1.1", "Host: www.myweb.com"), []int{501}},
		{"501 Not Implemented for CONNECT", "An origin server opens no tunnels.",
			rq("", "CONNECT www.myweb.com:443 HTTP/1.1", "Host: www.myweb.com:443"), []int{501}},
		{"503 Service Unavailable", "A part of the site down for maintenance, with Retry-After.", get("/status/maintenance.html"), []int{503}},
		{"505 HTTP Version Not Supported", "HTTP/2 is never written as a text request line.",
			rq("", "GET /index.html HTTP/2.0", "Host: www.myweb.com"), []int{505}},
	}
}

func seedCases() []exchangeCase {
	return []exchangeCase{
		{"MDN: the root page in French", "The seed's first example request, with Accept-Language: fr.",
			rq("", "GET / HTTP/1.1", "Host: developer.mozilla.org", "Accept-Language: fr"), []int{200}},
		{"MDN: the first request as the mangled seed prints it", "The seed's text was turned into baby-talk (g-get, h-http/1.1, fw); read literally, the request line is not HTTP.",
			rq("", "g-get / h-http/1.1", "host: devewopew.moziwwa.owg", "accept-wanguage: fw"), []int{501}},
		{"MDN: the form post as printed", "The seed's form post declares 64 bytes of content but carries 63, so the server waits for one more byte.",
			rq(seedForm, "POST /contact_form.php HTTP/1.1", "Host: developer.mozilla.org", "Content-Length: 64", "Content-Type: application/x-www-form-urlencoded"), nil},
		{"MDN: the form post with its true length", "The same post with Content-Length: 63 is answered with the thank-you page.",
			rq(seedForm, "POST /contact_form.php HTTP/1.1", "Host: developer.mozilla.org", "Content-Length: 63", "Content-Type: application/x-www-form-urlencoded"), []int{200}},
		{"MDN: the three example responses", "Requests that make this server send the seed's 200, 301 and 404.",
			get("/index.html") + get("/old-index.html") + get("/no-such-page.html"), []int{200, 301, 404}},
		{"Seed 2: the page load as printed", "The seed's three requests have no Host (and the third has no leading slash), so the first gets 400 and the connection closes.",
			"GET /index.html HTTP/1.1\r\n\r\nGET /index.css HTTP/1.1\r\n\r\nGET image/logo.png HTTP/1.1\r\n\r\n", []int{400}},
		{"Seed 2: the page load as a browser sends it", "The three requests with Host and resolved paths, one after another on one connection.",
			get("/index.html") + get("/index.css") + get("/image/logo.png"), []int{200, 200, 200}},
		{"Seed 2: the third request's target as printed", "image/logo.png without a slash is not a valid request-target.",
			rq("", "GET image/logo.png HTTP/1.1", "Host: www.myweb.com"), []int{400}},
		{"Seed 2: the glossary's request fields", "Each request field example of the glossary, one request each, on one connection.",
			get("/index.html", "Accept: image/jpeg,image/png,*/*") +
				get("/index.html", "Accept-Charset: iso-8859-1,*,utf-8") +
				get("/docs/guide.txt", "Accept-Encoding:gzip,compress") +
				get("/", "Accept-Language: en,de") +
				get("/private/index.html", seedGlossBasic) +
				get("/index.html", "Cache-Control: max-age=30") +
				get("/index.html", "If-Modified-Since: Mon,10PR 18:42:51 GMT") +
				get("/index.html", `If-Match: "208f-419e-308dc99"`) +
				get("/index.html", `If-None-Match: "208f-419e-308dc99"`) +
				get("/files/big.txt", "Range: byte=0-499", `If-Range:"208f-419e-30f8dc99"`) +
				get("/index.html", "If-Unmodified-Since:Mon,10PR 18:42:51 GMT") +
				rq("", "TRACE /index.html HTTP/1.1", "Host: www.myweb.com", "Max-Forwards: 3") +
				get("/index.html", "Pragma: no-cache") +
				get("/files/big.txt", "Range: bytes=206-5513") +
				get("/index.html", "Refener: http://www.myweb.com/news/search.html", "From: webmaster@myweb.com") +
				get("/index.html", "User-Agent: Mozilla/4.0(compatible; MSIE 5.5; Windows NT; DigExt)", "Via: 1.0 fred.com, 1.1 wilma.com") +
				get("/index.html", "Upgrade: HTTP/2.0", "Connection: close"),
			[]int{200, 200, 200, 200, 401, 200, 200, 412, 200, 200, 200, 200, 200, 206, 200, 200, 200}},
	}
}

func sessionCases() []exchangeCase {
	return []exchangeCase{
		{"Three pipelined requests", "Sent one after the other without waiting; answered in order; the connection stays open.",
			get("/index.html") + get("/index.css") + get("/image/logo.png"), []int{200, 200, 200}},
		{"Connection: close in the middle", "The second request asks to close; the third is never read.",
			get("/index.html") + get("/index.css", "Connection: close") + get("/image/logo.png"), []int{200, 200}},
		{"The seed's Connection: Keep-alive, close", "Seed 2's responses say both; in a request, close wins: the connection closes after the answer.",
			get("/index.css", "Connection: Keep-alive, close") + get("/image/logo.png"), []int{200}},
		{"HTTP/1.0 closes by default", "Without Connection: keep-alive, an HTTP/1.0 connection carries one request.",
			rq("", "GET /index.html HTTP/1.0", "Host: www.myweb.com") + rq("", "GET /index.css HTTP/1.0", "Host: www.myweb.com"), []int{200}},
		{"HTTP/1.0 with keep-alive", "An HTTP/1.0 client that asks to keep the connection gets Keep-Alive in return.",
			rq("", "GET /index.html HTTP/1.0", "Host: www.myweb.com", "Connection: keep-alive") + rq("", "GET /index.css HTTP/1.0", "Host: www.myweb.com"), []int{200, 200}},
		{"A framing error closes the connection", "A Content-Length that is not a number: the server cannot find the next request, answers 400 and closes.",
			get("/index.html") + rq("", "POST /api/items HTTP/1.1", "Host: www.myweb.com", "Content-Length: abc") + get("/index.css"), []int{200, 400}},
		{"The last request is not finished", "The server answers what it has and waits for the rest.",
			get("/index.html") + "GET /index.css HTTP/1.1\r\nHost: www.myweb.com\r\n", []int{200}},
		{"A refused Expect closes the connection", "The server answers 415 without 100 Continue; the content the client may still send must not be read as a request.",
			send("POST", "/api/items", "text/plain", "cup", "Expect: 100-continue") + get("/index.html"), []int{415}},
		{"Changes last for the session", "A POST adds an item; the next GET of the collection lists it; a DELETE removes it.",
			send("POST", "/api/items", "application/json", `{"name":"cup"}`) + get("/api/items/4") +
				rq("", "DELETE /api/items/4 HTTP/1.1", "Host: www.myweb.com") + get("/api/items/4"), []int{201, 200, 204, 404}},
		{"A gzipped answer and a HEAD on one connection", "Different framings, one after the other.",
			get("/docs/guide.txt", "Accept-Encoding: gzip") + rq("", "HEAD /docs/guide.txt HTTP/1.1", "Host: www.myweb.com", "Accept-Encoding: gzip"), []int{200, 200}},
	}
}

package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// testSite is a built site as the build writes it: fingerprinted assets with
// precompressed variants, and a manifest.
func testSite() (fstest.MapFS, Manifest) {
	m := Manifest{"app.js": "app.0123456789.js", "playground.wasm": "playground.abcdef0123.wasm", "app.css": "app.1111111111.css"}
	fsys := fstest.MapFS{
		"assets/app.0123456789.js":             {Data: []byte("console.log(1)")},
		"assets/app.0123456789.js.br":          {Data: []byte("BR")},
		"assets/app.0123456789.js.gz":          {Data: []byte("GZ")},
		"assets/playground.abcdef0123.wasm":    {Data: []byte("\x00asm\x01\x00\x00\x00")},
		"assets/playground.abcdef0123.wasm.gz": {Data: []byte("GZWASM")},
		"assets/app.1111111111.css":            {Data: []byte("body{}")},
		"assets/notes.txt":                     {Data: []byte("plain")},
	}
	return fsys, m
}

func get(t *testing.T, h http.Handler, method, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestThePageIsServedWithAPolicyThatForbidsInlineScript(t *testing.T) {
	fsys, m := testSite()
	rec := get(t, NewHandler(Config{Site: fsys, Manifest: m}), "GET", "/", nil)
	if rec.Code != 200 {
		t.Fatalf("GET / status = %d, want 200", rec.Code)
	}
	if got := rec.Header().Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q, want text/html; charset=utf-8", got)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy = %q, want it to contain %q", csp, want)
		}
	}
	scriptSrc, _, _ := strings.Cut(strings.SplitN(csp, "script-src", 2)[1], ";")
	if strings.Contains(scriptSrc, "unsafe-inline") {
		t.Errorf("Content-Security-Policy allows inline script: %q", csp)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`src="/assets/app.0123456789.js"`,
		`data-wasm="/assets/playground.abcdef0123.wasm"`,
		`href="/assets/app.1111111111.css"`,
		`data-testid="editor"`, `data-testid="parsed"`, `data-testid="response"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page does not contain %s", want)
		}
	}
	if strings.Contains(body, "<script>") {
		t.Errorf("page has an inline <script> element")
	}
}

func TestAssetsAreServedWithTheirTypeEncodingAndCacheLifetime(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m})
	tests := []struct {
		name, path, acceptEncoding                  string
		wantCode                                    int
		wantType, wantEncoding, wantBody, wantCache string
	}{
		{"brotli is preferred when accepted", "/assets/app.0123456789.js", "gzip, deflate, br", 200, "text/javascript; charset=utf-8", "br", "BR", "immutable"},
		{"gzip when brotli is not accepted", "/assets/app.0123456789.js", "gzip", 200, "text/javascript; charset=utf-8", "gzip", "GZ", "immutable"},
		{"identity when nothing is accepted", "/assets/app.0123456789.js", "", 200, "text/javascript; charset=utf-8", "", "console.log(1)", "immutable"},
		{"a refused coding is not used", "/assets/app.0123456789.js", "br;q=0, gzip;q=0", 200, "text/javascript; charset=utf-8", "", "console.log(1)", "immutable"},
		{"the browser module is application/wasm", "/assets/playground.abcdef0123.wasm", "br, gzip", 200, "application/wasm", "gzip", "GZWASM", "immutable"},
		{"a file without a fingerprint is revalidated", "/assets/notes.txt", "", 200, "text/plain; charset=utf-8", "", "plain", "no-cache"},
		{"a missing asset is 404", "/assets/nope.js", "", 404, "", "", "", ""},
		{"a precompressed file is not addressable itself", "/assets/app.0123456789.js.br", "", 404, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "GET", tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding})
			if rec.Code != tt.wantCode {
				t.Fatalf("status = %d, want %d", rec.Code, tt.wantCode)
			}
			if tt.wantCode != 200 {
				return
			}
			if got := rec.Header().Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.wantEncoding)
			}
			if got := rec.Body.String(); got != tt.wantBody {
				t.Errorf("body = %q, want %q", got, tt.wantBody)
			}
			if got := rec.Header().Get("Cache-Control"); !strings.Contains(got, tt.wantCache) {
				t.Errorf("Cache-Control = %q, want it to contain %q", got, tt.wantCache)
			}
			if got := rec.Header().Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", got)
			}
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
				t.Errorf("Access-Control-Allow-Origin = %q, want * (embeds on other sites fetch the module)", got)
			}
		})
	}
}

func TestAnEncodedAssetIsRevalidatedByItsETag(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m})
	first := get(t, h, "GET", "/assets/app.0123456789.js", map[string]string{"Accept-Encoding": "br"})
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag on an encoded asset")
	}
	again := get(t, h, "GET", "/assets/app.0123456789.js", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	if again.Code != http.StatusNotModified {
		t.Errorf("status with If-None-Match = %d, want 304", again.Code)
	}
	if got := first.Header().Get("Content-Length"); got != "2" {
		t.Errorf("Content-Length = %q, want 2", got)
	}
}

func TestUnknownPathsAre404(t *testing.T) {
	fsys, m := testSite()
	rec := get(t, NewHandler(Config{Site: fsys, Manifest: m}), "GET", "/no/such/page", nil)
	if rec.Code != 404 {
		t.Errorf("status = %d, want 404", rec.Code)
	}
}

func TestAssetsWithoutASiteFolderAre404(t *testing.T) {
	// In the Worker, Workers static assets serves the files; the handler has none.
	rec := get(t, NewHandler(Config{Manifest: Manifest{}}), "GET", "/assets/app.js", nil)
	if rec.Code != 404 {
		t.Errorf("status = %d, want 404", rec.Code)
	}
}

func TestAcceptsEncodingReadsWeights(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, br", "br", true},
		{"GZIP", "gzip", true},
		{"br;q=0", "br", false},
		{"br; q=0.000", "br", false},
		{"br;q=0.5", "br", true},
		{"*", "br", true},
		{"*, br;q=0", "br", false},
		{"", "gzip", false},
		{"identity", "gzip", false},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.coding); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.coding, got, tt.want)
		}
	}
}

func TestTheManifestSurvivesItsLinkerFlagEncoding(t *testing.T) {
	m := Manifest{"app.js": "app.1.js", "playground.wasm": "playground.2.wasm"}
	got := DecodeManifest(m.Encode())
	if len(got) != len(m) {
		t.Fatalf("decoded %d entries, want %d", len(got), len(m))
	}
	for k, v := range m {
		if got[k] != v {
			t.Errorf("entry %q = %q, want %q", k, got[k], v)
		}
	}
	if u := m.URL("missing.js"); u != "/assets/missing.js" {
		t.Errorf("URL of a missing asset = %q, want /assets/missing.js", u)
	}
}

func TestTheSimulatedServerAnswersUnderSim(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m})
	tests := []struct {
		name, path string
		wantCode   int
	}{
		{"the seed's index page exists", "/sim/index.html", 200},
		{"a missing page is the simulated 404", "/sim/no-such-page.html", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "GET", tt.path, nil)
			if rec.Code != tt.wantCode {
				t.Errorf("GET %s: status %d, want %d\n%s", tt.path, rec.Code, tt.wantCode, rec.Body.String())
			}
			if rec.Header().Get("Sim-Trace") == "" {
				t.Errorf("GET %s: no Sim-Trace field; the mounted handler is not the simulated server", tt.path)
			}
		})
	}
}

func TestTheServiceWorkerStoresThePageAndEveryAsset(t *testing.T) {
	fsys, m := testSite()
	rec := get(t, NewHandler(Config{Site: fsys, Manifest: m}), "GET", "/sw.js", nil)
	if rec.Code != 200 {
		t.Fatalf("GET /sw.js: status %d, want 200", rec.Code)
	}
	if got := rec.Header().Get("Content-Type"); got != "text/javascript; charset=utf-8" {
		t.Errorf("Content-Type = %q", got)
	}
	if got := rec.Header().Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control = %q, want no-cache: a stale worker would pin old assets", got)
	}
	body := rec.Body.String()
	for logical := range m {
		if want := `"` + m.URL(logical) + `"`; !strings.Contains(body, want) {
			t.Errorf("the service worker does not store %s", want)
		}
	}
	if strings.Contains(body, "%ASSETS%") || strings.Contains(body, "%VERSION%") {
		t.Errorf("a placeholder was left in the service worker")
	}
	other := serviceWorker(Manifest{"app.js": "app.ffffffffff.js"})
	if strings.Contains(string(other), strings.SplitN(strings.SplitN(body, "VERSION = ", 2)[1], ";", 2)[0]) {
		t.Errorf("two different builds share a cache version")
	}
}

func TestThePageSpeaksTheLanguageAsked(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m})
	tests := []struct {
		name, path, acceptLanguage, want string
	}{
		{"English by default", "/", "", "en"},
		{"Simplified Chinese from the browser", "/", "zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans"},
		{"Traditional Chinese from the browser", "/", "zh-TW", "zh-Hant"},
		{"the query wins over the browser", "/?lang=zh-Hant", "en-US", "zh-Hant"},
		{"an unknown language falls back to English", "/?lang=fr", "fr-CH", "en"},
		{"the embed example too", "/embed.html", "zh-CN", "zh-Hans"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, "GET", tt.path, map[string]string{"Accept-Language": tt.acceptLanguage})
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Language"); got != tt.want {
				t.Errorf("Content-Language = %q, want %q", got, tt.want)
			}
			if !strings.Contains(rec.Body.String(), `lang="`+tt.want+`"`) {
				t.Errorf("the page's <html lang> is not %q", tt.want)
			}
			if got := rec.Header().Get("Vary"); got != "Accept-Language" {
				t.Errorf("Vary = %q, want Accept-Language", got)
			}
		})
	}
}

func TestTheReferenceTablesFollowTheLanguage(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m})
	en := get(t, h, "GET", "/?lang=en", nil).Body.String()
	hans := get(t, h, "GET", "/?lang=zh-Hans", nil).Body.String()
	get404 := knowledge.DescribeStatus(404)
	if !strings.Contains(en, templEscape(get404.Summary.En)) {
		t.Errorf("the English page lacks the English summary of 404")
	}
	if !strings.Contains(hans, templEscape(get404.Summary.Hans)) {
		t.Errorf("the Simplified Chinese page lacks the Chinese summary of 404")
	}
}

// templEscape escapes text as templ does in element content.
func templEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestPagesAreGzippedOnlyWhenTheHandlerCompressesAndTheClientAccepts(t *testing.T) {
	fsys, m := testSite()
	plain := get(t, NewHandler(Config{Site: fsys, Manifest: m}), "GET", "/", nil).Body.String()
	tests := []struct {
		name, path, acceptEncoding string
		compress                   bool
		wantGzip                   bool
	}{
		{"a browser that accepts gzip gets the page gzipped", "/", "gzip, deflate, br", true, true},
		{"the embed example is gzipped too", "/embed.html", "gzip", true, true},
		{"a client that accepts nothing gets the page as it is", "/", "", true, false},
		{"a client that refuses gzip gets the page as it is", "/", "gzip;q=0, br", true, false},
		{"a handler that leaves compression to its platform never gzips", "/", "gzip", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewHandler(Config{Site: fsys, Manifest: m, CompressPages: tt.compress})
			rec := get(t, h, "GET", tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding})
			if rec.Code != 200 {
				t.Fatalf("status %d", rec.Code)
			}
			if got, want := rec.Header().Get("Content-Length"), strconv.Itoa(rec.Body.Len()); got != want {
				t.Errorf("Content-Length = %s, want %s (the body's length)", got, want)
			}
			body := rec.Body.Bytes()
			if got := rec.Header().Get("Content-Encoding"); (got == "gzip") != tt.wantGzip {
				t.Fatalf("Content-Encoding = %q, want gzip: %v", got, tt.wantGzip)
			}
			if tt.wantGzip {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatalf("the body is not gzip: %v", err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatalf("the gzip body does not decode: %v", err)
				}
			}
			if tt.path == "/" && string(body) != plain {
				t.Errorf("the page differs from the one served without compression")
			}
			vary := strings.Join(rec.Header().Values("Vary"), ", ")
			if strings.Contains(vary, "Accept-Encoding") != tt.compress {
				t.Errorf("Vary = %q; want Accept-Encoding in it: %v", vary, tt.compress)
			}
		})
	}
}

func TestAHeadOfThePageHasItsLengthAndNoBody(t *testing.T) {
	fsys, m := testSite()
	h := NewHandler(Config{Site: fsys, Manifest: m, CompressPages: true})
	whole := get(t, h, "GET", "/", map[string]string{"Accept-Encoding": "gzip"})
	head := get(t, h, "HEAD", "/", map[string]string{"Accept-Encoding": "gzip"})
	if got, want := head.Header().Get("Content-Length"), whole.Header().Get("Content-Length"); got != want {
		t.Errorf("HEAD Content-Length = %s, want %s as for GET", got, want)
	}
	if head.Body.Len() != 0 {
		t.Errorf("HEAD sent %d bytes of body, want none", head.Body.Len())
	}
}

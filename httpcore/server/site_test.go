package server

import (
	"strings"
	"testing"

	"github.com/httpplayground/playground/httpcore"
)

func TestParseSiteReportsMistakes(t *testing.T) {
	tests := []struct {
		name, json, want string
	}{
		{"not JSON", `{`, "scenario:"},
		{"a path without a slash", `{"resources":[{"path":"a"}]}`, "must start with /"},
		{"a path given twice", `{"resources":[{"path":"/a"},{"path":"/a"}]}`, "given twice"},
		{"a bad date", `{"resources":[{"path":"/a","lastModified":"yesterday"}]}`, "lastModified"},
		{"bad Base64", `{"resources":[{"path":"/a","bodyBase64":"%%%"}]}`, "bodyBase64"},
		{"a redirect with a 200", `{"resources":[{"path":"/a","redirect":{"status":200,"location":"/b"}}]}`, "must be 301"},
		{"a redirect going nowhere", `{"resources":[{"path":"/a","redirect":{"status":301}}]}`, "needs a location"},
		{"a body repeated past the limit", `{"resources":[{"path":"/a","body":"` + strings.Repeat("0123456789", 100) + `","repeat":10000}]}`, "at most"},
		{"a method that is not a token", `{"resources":[{"path":"/a","methods":["GE T"]}]}`, "not a method"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSite([]byte(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseSite(%s) = %v, want an error containing %q", tt.json, err, tt.want)
			}
		})
	}
}

func TestAScenarioCanSwitchTraceOff(t *testing.T) {
	site, err := ParseSite([]byte(`{"resources":[{"path":"/a","type":"text/plain","body":"a"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	sess := New(site, goldenClock).Simulate([]byte("TRACE /a HTTP/1.1\r\nHost: x\r\n\r\n"))
	ex := sess.Exchanges[0]
	if ex.Response.Status != 405 || ex.Response.Get("Allow") != "GET, HEAD, OPTIONS" {
		t.Errorf("TRACE on a site without allowTrace = %d Allow %q, want 405 GET, HEAD, OPTIONS", ex.Response.Status, ex.Response.Get("Allow"))
	}
	if note := ex.Trace[len(ex.Trace)-1].Note.En; !strings.Contains(note, "cross-site tracing") {
		t.Errorf("the 405 note %q should say why TRACE is off", note)
	}
}

func TestAnUnavailableSiteAnswers503WithRetryAfter(t *testing.T) {
	site, _ := ParseSite([]byte(`{"unavailable":{"retryAfter":30},"resources":[]}`))
	ex := New(site, goldenClock).Simulate([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n")).Exchanges[0]
	if ex.Response.Status != 503 || ex.Response.Get("Retry-After") != "30" {
		t.Errorf("got %d Retry-After %q, want 503 and 30", ex.Response.Status, ex.Response.Get("Retry-After"))
	}
}

func TestEachSimulationStartsFromTheScenarioAsWritten(t *testing.T) {
	srv := New(nil, goldenClock)
	del := "DELETE /api/items/1 HTTP/1.1\r\nHost: x\r\n\r\n"
	for i := 0; i < 2; i++ {
		if got := srv.Simulate([]byte(del)).Exchanges[0].Response.Status; got != 204 {
			t.Errorf("run %d: DELETE of item 1 = %d, want 204 each time (the deletion must not outlive its session)", i+1, got)
		}
	}
}

func TestTheFormReplyEscapesMarkup(t *testing.T) {
	body := string(formReply("", []byte("name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=a+b")))
	if strings.Contains(body, "<script>") {
		t.Errorf("the reply carries markup from the form: %s", body)
	}
	if !strings.Contains(body, "<li>name: &lt;script&gt;alert(1)&lt;/script&gt;</li>") || !strings.Contains(body, "<li>x: a b</li>") {
		t.Errorf("the reply does not list the decoded fields: %s", body)
	}
}

func TestALenientServerSaysWhatItTolerated(t *testing.T) {
	srv := New(nil, goldenClock)
	srv.Mode = httpcore.Lenient
	in := "GET /index.html HTTP/1.1\nHost: www.myweb.com\n\n"
	sess := srv.Simulate([]byte(in))
	if len(sess.Exchanges) != 1 || sess.Exchanges[0].Response.Status != 200 {
		t.Fatalf("a lenient server should answer bare-LF lines with 200; got %d exchanges", len(sess.Exchanges))
	}
	p1 := sess.Exchanges[0].Trace[0]
	if p1.ID != "P1" || !p1.Answer || !strings.Contains(p1.Note.En, "warning") {
		t.Errorf("P1 = %s %v %q, want a yes that names what was tolerated", p1.ID, p1.Answer, p1.Note.En)
	}
	strict := New(nil, goldenClock).Simulate([]byte(in))
	if got := strict.Exchanges[0].Response.Status; got != 400 {
		t.Errorf("a strict server answers bare-LF lines with %d, want 400", got)
	}
}

func TestALenientServerAnswersHTTP09WithTheDocumentAlone(t *testing.T) {
	srv := New(nil, goldenClock)
	srv.Mode = httpcore.Lenient
	sess := srv.Simulate([]byte("GET /index.css\r\n"))
	if len(sess.Exchanges) != 1 {
		t.Fatalf("got %d exchanges, want 1", len(sess.Exchanges))
	}
	ex := sess.Exchanges[0]
	if !strings.HasPrefix(string(ex.Raw), "h3{") || !ex.Close {
		t.Errorf("raw = %q (close %v), want the stylesheet alone, then a close", ex.Raw, ex.Close)
	}
}

func TestACollectionTakingOtherTypesStillStoresOnlyObjects(t *testing.T) {
	site, err := ParseSite([]byte(`{"resources":[{"path":"/c","accepts":["text/plain"],"collection":{"items":[{"id":"1"}]}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []string{"POST /c", "PUT /c/1", "PATCH /c/1", "PUT /c/2"} {
		in := method + " HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
		ex := New(site, goldenClock).Simulate([]byte(in)).Exchanges[0]
		if ex.Response.Status != 400 {
			t.Errorf("%s with plain text = %d, want 400", method, ex.Response.Status)
		}
	}
}

func TestAScenarioCanRedirectWith302And303(t *testing.T) {
	site, err := ParseSite([]byte(`{"resources":[{"path":"/found","redirect":{"status":302,"location":"/a"}},{"path":"/see","redirect":{"status":303,"location":"/b"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	sess := New(site, goldenClock).Simulate([]byte(get("/found") + rq("", "POST /see HTTP/1.1", "Host: x", "Content-Length: 0")))
	tests := []struct {
		status            int
		location, decider string
	}{{302, "/a", "L5"}, {303, "/b", "L5"}}
	for i, tt := range tests {
		ex := sess.Exchanges[i]
		last := ex.Trace[len(ex.Trace)-1]
		if ex.Response.Status != tt.status || ex.Response.Get("Location") != tt.location || last.ID != tt.decider {
			t.Errorf("answer %d = %d Location %q decided at %s, want %d %s at %s", i+1, ex.Response.Status, ex.Response.Get("Location"), last.ID, tt.status, tt.location, tt.decider)
		}
	}
}

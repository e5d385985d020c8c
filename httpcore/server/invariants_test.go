package server

import (
	"sort"
	"strings"
	"testing"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// everyGoldenSession plays every golden case once.
func everyGoldenSession() []*Session {
	var out []*Session
	for _, gf := range goldenFiles() {
		for _, c := range gf.cases {
			out = append(out, New(nil, goldenClock).Simulate([]byte(c.input)))
		}
	}
	return out
}

// producible is every status the simulated server can send.
var producible = []int{100, 200, 201, 202, 204, 206, 301, 304, 307, 308,
	400, 401, 403, 404, 405, 406, 409, 410, 411, 412, 413, 414, 415, 416, 417, 431,
	501, 503, 505}

func TestEveryStatusIsReachedWithATraceThatExplainsIt(t *testing.T) {
	reached := map[int]bool{}
	for _, sess := range everyGoldenSession() {
		for _, ex := range sess.Exchanges {
			if ex.Interim != nil {
				reached[ex.Interim.Status] = true
			}
			reached[ex.Response.Status] = true
			var decided *Step
			for i := range ex.Trace {
				if ex.Trace[i].Status != 0 {
					decided = &ex.Trace[i]
				}
			}
			if decided == nil {
				t.Errorf("%d %s: no step of the trace settled the status", ex.Response.Status, ex.Request.Target())
				continue
			}
			if !decided.Note.Complete() || !decided.Question.Complete() {
				t.Errorf("%d: the deciding step %s lacks a language: %+v", ex.Response.Status, decided.ID, decided)
			}
		}
	}
	for _, code := range producible {
		if !reached[code] {
			t.Errorf("no golden case makes the server send %d", code)
		}
	}
	var extra []int
	for code := range reached {
		found := false
		for _, p := range producible {
			found = found || p == code
		}
		if !found {
			extra = append(extra, code)
		}
	}
	sort.Ints(extra)
	if len(extra) > 0 {
		t.Errorf("the golden cases reach %v, which the producible list lacks", extra)
	}
}

func TestEveryResponseParsesCleanlyUnderTheStrictParser(t *testing.T) {
	for _, sess := range everyGoldenSession() {
		for _, ex := range sess.Exchanges {
			name := ex.Request.Method() + " " + ex.Request.Target()
			for _, d := range ex.Parsed.Diagnostics {
				if d.Severity != httpcore.Note {
					t.Errorf("%s: the response has %s", name, d)
				}
			}
			msgs := ex.Parsed.Messages
			want := 1
			if ex.Interim != nil {
				want = 2
			}
			if len(msgs) != want {
				t.Errorf("%s: the raw answer parses as %d messages, want %d", name, len(msgs), want)
				continue
			}
			final := msgs[len(msgs)-1]
			if !final.Complete || final.Status() != ex.Response.Status {
				t.Errorf("%s: parsed back as status %d (complete %v), want %d", name, final.Status(), final.Complete, ex.Response.Status)
			}
			if final.Span.End != len(ex.Raw) {
				t.Errorf("%s: the response ends at byte %d of %d", name, final.Span.End, len(ex.Raw))
			}
		}
	}
}

func TestEveryResponseFieldSaysWhyInEveryLanguage(t *testing.T) {
	for _, sess := range everyGoldenSession() {
		for _, ex := range sess.Exchanges {
			for _, f := range ex.Response.Fields {
				if !f.Why.Complete() || f.Spec.Number == 0 {
					t.Errorf("%d: field %s has no reason in every language or no citation: %+v", ex.Response.Status, f.Name, f)
				}
			}
			if ex.Response.Get("Date") == "" || ex.Response.Get("Server") == "" || ex.Response.Get("Connection") == "" {
				t.Errorf("%d: the response lacks Date, Server or Connection", ex.Response.Status)
			}
		}
	}
}

func TestEveryDecisionIsExplainedAndCited(t *testing.T) {
	for id, d := range decisions {
		if !d.Question.Complete() {
			t.Errorf("decision %s lacks its question in some language", id)
		}
		if d.Spec.Number == 0 {
			t.Errorf("decision %s has no RFC citation", id)
		}
	}
	for _, sess := range everyGoldenSession() {
		for _, ex := range sess.Exchanges {
			for _, s := range ex.Trace {
				if _, ok := decisions[s.ID]; !ok {
					t.Errorf("the trace has a step %s that the decision table lacks", s.ID)
				}
				if !s.Note.Complete() {
					t.Errorf("step %s has a note missing a language: %+v", s.ID, s.Note)
				}
				if !s.Span.In(httpcore.Span{Start: 0, End: len(sess.Input)}) {
					t.Errorf("step %s looks at %v, outside the input of %d bytes", s.ID, s.Span, len(sess.Input))
				}
			}
		}
	}
}

func TestTheTimelineAccountsForEveryByte(t *testing.T) {
	for _, sess := range everyGoldenSession() {
		pos := 0
		for _, e := range sess.Timeline {
			if e.Kind != "request" && e.Kind != "unread" && e.Kind != "waiting" {
				continue
			}
			if e.Span.Start != pos {
				t.Errorf("%q: a %s event starts at %d, want %d (right after the previous one)", firstLine(sess.Input), e.Kind, e.Span.Start, pos)
			}
			pos = e.Span.End
		}
		last := sess.Timeline[len(sess.Timeline)-1].Kind
		if last != "idle" && last != "close" && last != "unread" && last != "waiting" {
			t.Errorf("%q: the timeline ends with %s", firstLine(sess.Input), last)
		}
		if pos != len(sess.Input) && !onlyBlank(sess.Input[pos:]) {
			t.Errorf("%q: the timeline covers %d of %d bytes", firstLine(sess.Input), pos, len(sess.Input))
		}
	}
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(string(b), "\r\n")
	return s
}

func TestTheDefaultScenarioIsValidAndBuiltFromTheSeeds(t *testing.T) {
	s, err := ParseSite(DefaultSiteJSON())
	if err != nil {
		t.Fatal(err)
	}
	index, _ := s.lookup("/index.html")
	if index == nil || len(index.body(0)) != 119 {
		t.Errorf("/index.html should be the seed's 119-byte page")
	}
	for _, path := range []string{"/index.css", "/image/logo.png", "/contact_form.php", "/api/items", "/private/index.html", "/files/big.txt", "/docs/guide.txt", "/promo-2018.html"} {
		if r, _ := s.lookup(path); r == nil {
			t.Errorf("the default scenario has no %s", path)
		}
	}
}

func TestNoTextHasAFormattingMistake(t *testing.T) {
	check := func(where string, tx knowledge.Text) {
		for _, s := range []string{tx.En, tx.Hans, tx.Hant} {
			if strings.Contains(s, "%!") {
				t.Errorf("%s: %q", where, s)
			}
		}
	}
	for _, sess := range everyGoldenSession() {
		for _, e := range sess.Timeline {
			check("timeline "+e.Kind, e.Note)
		}
		for _, ex := range sess.Exchanges {
			for _, s := range ex.Trace {
				check("step "+s.ID, s.Note)
			}
			for _, f := range ex.Response.Fields {
				check("field "+f.Name, f.Why)
			}
		}
	}
	wf := New(gallerySite(t), goldenClock).PageLoad(PageLoadOptions{Start: "/gallery.html", Reload: true})
	for _, f := range wf.Fetches {
		check("fetch "+f.Path, f.Found)
		check("fetch "+f.Path, f.Why)
	}
}

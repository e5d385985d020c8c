//go:build e2e

package e2e

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

// The learner's page, feature by feature, in one browser: presets, the
// editor and the parsed view lighting each other, the simulated server,
// share links, saved work, languages and hostile input.
func TestTheLearnersPage(t *testing.T) {
	root := testenv.Root(t)
	testenv.RequireBuild(t, root)
	base := testenv.StartServer(t, root)
	b := testenv.NewBrowser(t)
	p := &tab{t: t, b: b, base: base}

	p.open("/")

	t.Run("every preset loads and is parsed", func(t *testing.T) {
		p := p.with(t)
		var ids []string
		p.eval(`[...document.querySelectorAll('[data-testid="presets"] option')].map(o => o.value).filter(Boolean)`, &ids)
		if len(ids) < 60 {
			t.Fatalf("got %d presets, want the seeds' examples and the library (60 or more)", len(ids))
		}
		for _, id := range ids {
			p.preset(id)
			var n int
			p.eval(`document.querySelectorAll('[data-testid="parsed"] [data-testid="message"]').length`, &n)
			if n == 0 {
				t.Errorf("preset %s: the parsed pane shows no message", id)
			}
		}
	})

	t.Run("a preset shows each part explained", func(t *testing.T) {
		p := p.with(t)
		tests := []struct {
			preset string
			want   []string // texts the parsed pane must show
		}{
			{"mdn-post-fixed", []string{"POST", "/contact_form.php", "Content-Length", "name=Joe%20User"}},
			{"chunked", []string{"Transfer-Encoding", "X-Checksum", `{"name":"plum"}`}},
			{"typo-field", []string{"Accept-Languag", "Accept-Language"}},
			{"glossary-refener", []string{"Refener"}},
			{"art-css", []string{"text/plane"}},
		}
		for _, tt := range tests {
			p.preset(tt.preset)
			got := p.text(`[data-testid="parsed"]`)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("preset %s: the parsed pane does not show %q:\n%.600s", tt.preset, w, got)
				}
			}
		}
		p.preset("typo-field")
		var notes int
		p.eval(`document.querySelectorAll('[data-testid="field-note"]').length`, &notes)
		if notes == 0 {
			t.Errorf("a misspelt field name got no \"did you mean\" note")
		}
	})

	t.Run("each library preset gets the answer its sentence promises", func(t *testing.T) {
		p := p.with(t)
		tests := []struct {
			preset string
			want   string // the statuses of the exchanges, in order
		}{
			{"mdn-get-fixed", "200"},
			{"mdn-post-fixed", "200"},
			{"post-json", "201"},
			{"if-none-match", "304"},
			{"if-modified-since", "304"},
			{"if-match", "412"},
			{"range", "206"},
			{"range-bad", "416"},
			{"pipelining", "200 200 404"},
			{"close", "200"},
			{"smuggling", "400"},
			{"no-host", "400"},
			{"s301", "301"}, {"s307", "307"}, {"s404", "404"}, {"s410", "410"}, {"s401", "401"}, {"s200auth", "200"},
			{"s403", "403"}, {"s405", "405"}, {"s406", "406"}, {"s414", "414"}, {"s415", "415"}, {"s501", "501"},
			{"s503", "503"}, {"s505", "505"},
		}
		for _, tt := range tests {
			p.preset(tt.preset)
			p.simulated()
			var got string
			p.eval(`[...document.querySelectorAll('[data-testid="response"] .exchange')].map(e => e.dataset.status).join(" ")`, &got)
			if got != tt.want {
				t.Errorf("preset %s: the server answered %q, want %q", tt.preset, got, tt.want)
			}
		}
	})

	t.Run("focusing a parsed field lights its bytes in the editor, and the caret lights the field", func(t *testing.T) {
		p := p.with(t)
		p.preset("get")
		var lit string
		p.run(chromedp.Click(`h1`, chromedp.ByQuery)) // the window gets focus, as a user's first click gives it
		p.eval(`document.querySelector('[data-testid="parsed"] [data-testid="field"]').focus(); [...document.querySelectorAll('.cm-lit')].map(e => e.textContent).join('')`, &lit)
		if strings.TrimSpace(lit) != "Host: www.myweb.com" {
			t.Errorf("focusing the first field lit %q in the editor, want %q", lit, "Host: www.myweb.com")
		}
		p.run(chromedp.Click(`[data-testid="editor"] .cm-content .tok-method`, chromedp.ByQuery))
		var part string
		p.eval(`document.querySelector('[data-testid="parsed"] .lit [data-part]')?.dataset.part ?? ''`, &part)
		if part != "method" {
			t.Errorf("a caret in the method lit %q in the parsed view, want the method", part)
		}
	})

	t.Run("the simulated server answers with its trace, timeline and waterfall", func(t *testing.T) {
		p := p.with(t)
		p.preset("pipelining")
		p.simulated()
		var exchanges, steps, arrows int
		p.eval(`document.querySelectorAll('[data-testid="exchange"]').length`, &exchanges)
		p.eval(`document.querySelectorAll('[data-testid="trace"] .step').length`, &steps)
		p.eval(`document.querySelectorAll('[data-testid="timeline"] svg .ev-arrow').length`, &arrows)
		if exchanges != 3 {
			t.Errorf("three pipelined requests got %d answers", exchanges)
		}
		if steps < 3 {
			t.Errorf("the trace has %d steps", steps)
		}
		if arrows < 6 {
			t.Errorf("the timeline draws %d arrows, want one per request and response (and the connection)", arrows)
		}
		resp := p.text(`[data-testid="response"]`)
		for _, w := range []string{"200 OK", "404 Not Found"} {
			if !strings.Contains(resp, w) {
				t.Errorf("the response pane does not show %q", w)
			}
		}
		p.run(chromedp.Click(`[data-testid="play-pageload"]`, chromedp.ByQuery),
			chromedp.WaitVisible(`[data-testid="waterfall-row"]`, chromedp.ByQuery))
		var rows int
		p.eval(`document.querySelectorAll('[data-testid="waterfall-row"]').length`, &rows)
		if rows < 3 {
			t.Errorf("the waterfall has %d rows, want index.html, index.css and the logo", rows)
		}
		p.elementShot(root, `[data-testid="session"]`, "session.png")
		p.elementShot(root, `[data-testid="response"]`, "response.png")
	})

	t.Run("response mode reads a response answering the chosen method", func(t *testing.T) {
		p := p.with(t)
		p.preset("mdn-get-fixed")
		p.choose("kind", "response")
		p.choose("method", "HEAD")
		p.typeInto("HTTP/1.1 200 OK\rContent-Length: 5\r\r")
		start := p.text(`[data-testid="parsed"] [data-testid="start-line"]`)
		if !strings.Contains(start, "200") || !strings.Contains(start, "HTTP/1.1") {
			t.Errorf("the start line reads %q, want version and code", start)
		}
		var waiting int
		p.eval(`document.querySelectorAll('[data-testid="parsed"] [data-testid="waiting"]').length`, &waiting)
		if waiting != 0 {
			t.Errorf("a response to HEAD has no body, yet the parser waits for one")
		}
		p.choose("kind", "request")
	})

	t.Run("a teacher's scenario changes the server's answer and travels in the link", func(t *testing.T) {
		p := p.with(t)
		p.preset("get")
		p.run(chromedp.Click(`[data-testid="response"] .scenario-box summary`, chromedp.ByQuery))
		p.waitJS(`document.querySelector('[data-testid="scenario"]').value !== ""`)
		var scenario string
		p.run(chromedp.Value(`[data-testid="scenario"]`, &scenario, chromedp.ByQuery))
		if !strings.Contains(scenario, "PlaygroundServer/1.0") {
			t.Fatalf("the scenario box does not hold the default site:\n%.300s", scenario)
		}
		edited := strings.Replace(scenario, "PlaygroundServer/1.0", "ClassroomServer/2.0", 1)
		p.run(chromedp.SetValue(`[data-testid="scenario"]`, edited, chromedp.ByQuery), chromedp.Click(`[data-testid="scenario-apply"]`, chromedp.ByQuery))
		p.simulated()
		if got := p.text(`[data-testid="response"] .response-body`); !strings.Contains(got, "ClassroomServer/2.0") {
			t.Errorf("the response does not come from the edited site:\n%.400s", got)
		}
		link := p.share()
		p.open("/#" + strings.SplitN(link, "#", 2)[1])
		p.simulated()
		if got := p.text(`[data-testid="response"] .response-body`); !strings.Contains(got, "ClassroomServer/2.0") {
			t.Errorf("the share link lost the scenario")
		}
		p.run(chromedp.Click(`[data-testid="response"] .scenario-box summary`, chromedp.ByQuery), chromedp.Click(`[data-testid="scenario-reset"]`, chromedp.ByQuery))
		p.simulated()
		if got := p.text(`[data-testid="response"] .response-body`); !strings.Contains(got, "PlaygroundServer/1.0") {
			t.Errorf("after a reset the server is not the default one")
		}
	})

	t.Run("the whitespace toggle shows each CRLF", func(t *testing.T) {
		p := p.with(t)
		p.preset("get")
		p.run(chromedp.Click(`[data-testid="whitespace"]`, chromedp.ByQuery))
		var eols int
		p.eval(`document.querySelectorAll('.cm-eol').length`, &eols)
		if eols < 4 {
			t.Errorf("%d line ends shown, want one per CRLF", eols)
		}
		p.run(chromedp.Click(`[data-testid="whitespace"]`, chromedp.ByQuery))
	})

	t.Run("a share link restores the exact bytes, CR, LF and non-ASCII included", func(t *testing.T) {
		p := p.with(t)
		p.typeInto("GET /café?q=中文 HTTP/1.1\rHost: 例子.测试\rX-Note: naïve ☃\r\r")
		want := "GET /café?q=中文 HTTP/1.1\r\nHost: 例子.测试\r\nX-Note: naïve ☃\r\n\r\n"
		link := p.share()
		if got := fragmentText(t, link); got != want {
			t.Fatalf("the link holds %q, want %q", got, want)
		}
		p.open("/#" + strings.SplitN(link, "#", 2)[1])
		if got := p.saved(); got != want {
			t.Errorf("opening the link restored %q, want %q", got, want)
		}
		if again := p.share(); again != link {
			t.Errorf("sharing the restored page gives another link:\n got %s\nwant %s", again, link)
		}
		target := p.text(`[data-testid="parsed"] [data-part="target"]`)
		if target != "/café?q=中文" {
			t.Errorf("the restored target reads %q", target)
		}

		// Bytes no keyboard types: a bare LF, a bare CR, a tab, an emoji.
		odd := "GET / HTTP/1.1\nHost: a\rX-Tab:\tv 🥺\r\n\r\n"
		crafted := "/#v=1&t=" + base64.RawURLEncoding.EncodeToString([]byte(odd)) + "&k=request&mode=lenient"
		p.open(crafted)
		if got := p.saved(); got != odd {
			t.Errorf("a crafted link restored %q, want %q", got, odd)
		}
		if again := p.share(); fragmentText(t, again) != odd || !strings.Contains(again, "mode=lenient") {
			t.Errorf("sharing it again gives %s", again)
		}
	})

	t.Run("a reload restores the work as typed", func(t *testing.T) {
		p := p.with(t)
		p.typeInto("DELETE /api/items/7 HTTP/1.1\rHost: www.myweb.com\r\r")
		time.Sleep(300 * time.Millisecond) // saving waits for a pause in typing
		p.open("/")
		if got := p.text(`[data-testid="parsed"] [data-part="method"]`); got != "DELETE" {
			t.Errorf("after a reload the method reads %q, want DELETE", got)
		}
	})

	t.Run("the language switch changes the page", func(t *testing.T) {
		p := p.with(t)
		tests := []struct {
			lang, title, parsedHeading string
		}{
			{"zh-Hans", "HTTP 游乐场", "服务器如何读取它"},
			{"zh-Hant", "HTTP 遊樂場", "伺服器如何讀取它"},
			{"en", "HTTP Playground", "How a server reads it"},
		}
		p.preset("typo-field")
		for _, tt := range tests {
			p.choose("lang", tt.lang)
			if got := p.text(`h1`); got != tt.title {
				t.Errorf("%s: the title reads %q, want %q", tt.lang, got, tt.title)
			}
			if got := p.text(`[data-testid="parsed"] h2`); got != tt.parsedHeading {
				t.Errorf("%s: the parsed pane's heading reads %q, want %q", tt.lang, got, tt.parsedHeading)
			}
			var htmlLang string
			p.eval(`document.documentElement.lang`, &htmlLang)
			if htmlLang != tt.lang {
				t.Errorf("<html lang> is %q, want %q", htmlLang, tt.lang)
			}
			var search string
			p.eval(`location.search`, &search)
			if search != "?lang="+tt.lang {
				t.Errorf("the address keeps %q, want ?lang=%s", search, tt.lang)
			}
			p.simulated()
			p.shot(root, "playground-"+tt.lang+".png")
		}
	})

	t.Run("curl and fetch exports keep quotes, newlines and non-ASCII intact", func(t *testing.T) {
		p := p.with(t)
		body := "it's \"quoted\" $HOME `id` \\ 中文\nline 2"
		text := "POST /api/items?q=a'b HTTP/1.1\r\nHost: www.myweb.com\r\nX-Quote: it's $(id)\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
		p.open("/#v=1&t=" + base64.RawURLEncoding.EncodeToString([]byte(text)))
		p.run(chromedp.Click(`[data-testid="export-curl"]`, chromedp.ByQuery))
		cmd := p.text(`[data-testid="export-out"]`)
		// Run the command in a real shell with curl replaced by a function
		// that prints each argument it receives.
		out, err := exec.Command("bash", "-c", "curl() { for a; do printf '<%s>\\n' \"$a\"; done; }\n"+cmd).Output()
		if err != nil {
			t.Fatalf("the curl command does not run in bash: %v\n%s", err, cmd)
		}
		want := "<-X>\n<POST>\n<-H>\n<X-Quote: it's $(id)>\n<--data-binary>\n<" + body + ">\n<http://www.myweb.com/api/items?q=a'b>\n"
		if string(out) != want {
			t.Errorf("bash received the arguments\n%s\nwant\n%s\nfrom\n%s", out, want, cmd)
		}
		p.run(chromedp.Click(`[data-testid="export-fetch"]`, chromedp.ByQuery))
		call := p.text(`[data-testid="export-out"]`)
		var got struct {
			URL    string            `json:"url"`
			Method string            `json:"method"`
			Header map[string]string `json:"headers"`
			Body   string            `json:"body"`
		}
		// Evaluate the exported call with a fetch that reports its arguments.
		p.eval(`(() => { const fetch = (url, init) => ({url, ...init}); return `+strings.TrimSuffix(strings.TrimPrefix(call, "await "), ";")+` })()`, &got)
		if got.URL != "http://www.myweb.com/api/items?q=a'b" || got.Method != "POST" || got.Body != body || got.Header["X-Quote"] != "it's $(id)" {
			t.Errorf("the fetch call carries %+v\nfrom\n%s", got, call)
		}
	})

	t.Run("the keyboard alone reaches the editor, and then the parsed parts", func(t *testing.T) {
		p := p.with(t)
		p.open("/")
		p.run(chromedp.Click(`h1`, chromedp.ByQuery))
		if !p.tabUntil(`document.activeElement.classList.contains("cm-content")`, 30) {
			t.Fatalf("30 presses of Tab never reached the editor")
		}
		p.run(testenv.ClearFocused(), testenv.Type("HEAD / HTTP/1.1\rHost: a\r\r"))
		if got := p.text(`[data-testid="parsed"] [data-part="method"]`); got != "HEAD" {
			t.Errorf("typed after tabbing, the method reads %q", got)
		}
		if !p.tabUntil(`document.activeElement.matches('[data-testid="parsed"] [data-testid="field"]')`, 30) {
			t.Fatalf("Tab never reached the parsed fields")
		}
		var lit string
		p.eval(`[...document.querySelectorAll('.cm-lit')].map(e => e.textContent).join('')`, &lit)
		if strings.TrimSpace(lit) != "Host: a" {
			t.Errorf("a field reached by Tab lit %q in the editor", lit)
		}
	})

	t.Run("presentation mode stacks the panes in large type", func(t *testing.T) {
		p := p.with(t)
		p.run(chromedp.Click(`[data-testid="presentation"]`, chromedp.ByQuery))
		var r struct {
			On      bool    `json:"on"`
			Columns int     `json:"columns"`
			Font    float64 `json:"font"`
		}
		p.eval(`({on: document.documentElement.classList.contains("presentation"),
		  columns: getComputedStyle(document.querySelector('[data-testid="playground"] .panes')).gridTemplateColumns.split(" ").length,
		  font: parseFloat(getComputedStyle(document.body).fontSize)})`, &r)
		if !r.On || r.Columns != 1 || r.Font < 24 {
			t.Errorf("presentation mode: on %v, %d columns, %.0fpx type; want on, 1 column, 24px or more", r.On, r.Columns, r.Font)
		}
		p.shot(root, "playground-presentation.png")
		p.run(chromedp.Click(`[data-testid="presentation"]`, chromedp.ByQuery))
	})

	t.Run("axe finds no serious accessibility violation in any language", func(t *testing.T) {
		p := p.with(t)
		axe, err := os.ReadFile(filepath.Join(root, "web", "node_modules", "axe-core", "axe.min.js"))
		if err != nil {
			t.Fatalf("axe-core is not installed: %v", err)
		}
		p.preset("chunked")
		p.simulated()
		p.run(chromedp.Click(`[data-testid="play-pageload"]`, chromedp.ByQuery))
		p.eval(string(axe)+";0", nil)
		for _, lang := range []string{"en", "zh-Hans", "zh-Hant"} {
			p.choose("lang", lang)
			p.simulated()
			var found []struct {
				ID     string `json:"id"`
				Impact string `json:"impact"`
				Help   string `json:"help"`
				Nodes  []struct {
					Target []string `json:"target"`
				} `json:"nodes"`
			}
			p.run(chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => ({target: n.target.map(String)}))})))`, &found,
				func(e *runtime.EvaluateParams) *runtime.EvaluateParams { return e.WithAwaitPromise(true) }))
			for _, v := range found {
				t.Errorf("%s: %s (%s): %s at %v", lang, v.ID, v.Impact, v.Help, v.Nodes)
			}
		}
		p.choose("lang", "en")
	})

	t.Run("a 1 MB paste is read up to the limit, with a message, and typing still updates the panes", func(t *testing.T) {
		p := p.with(t)
		p.open("/")
		big := "POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 1048576\r\n\r\n" + strings.Repeat("0123456789abcdef", 1<<16)
		p.run(chromedp.Click(`[data-testid="editor"] .cm-content`, chromedp.ByQuery), testenv.ClearFocused(), input.InsertText(big))
		p.run(chromedp.WaitVisible(`[data-testid="cut"]`, chromedp.ByQuery))
		if got := p.text(`[data-testid="cut"]`); !strings.Contains(got, "65536") {
			t.Errorf("the cut message reads %q, want the limit", got)
		}
		// Typing at the start still updates the parsed view at once.
		p.run(testenv.Press(testenv.Key{Key: "Home", Code: "Home", VK: 36}, input.ModifierCtrl), testenv.Type("X"))
		if got := p.text(`[data-testid="parsed"] [data-part="method"]`); got != "XPOST" {
			t.Errorf("after typing X the method reads %q", got)
		}
		// How long the panes take to follow a keystroke, logged.
		twoKB := "GET / HTTP/1.1\r\nHost: a\r\n" + strings.Repeat("X-Filler: "+strings.Repeat("v", 60)+"\r\n", 28) + "\r\n"
		p.run(chromedp.Click(`[data-testid="editor"] .cm-content`, chromedp.ByQuery), testenv.ClearFocused(), input.InsertText(twoKB),
			testenv.Press(testenv.Key{Key: "Home", Code: "Home", VK: 36}, input.ModifierCtrl), testenv.Type(strings.Repeat("G", 60)))
		p.logTimes("typing at the start of a 2 KB request")
		p.run(testenv.Press(testenv.Key{Key: "End", Code: "End", VK: 35}, input.ModifierCtrl), testenv.Press(testenv.Backspace, 0), testenv.Press(testenv.Backspace, 0), testenv.Type("X-Last: "+strings.Repeat("w", 52)))
		p.logTimes("typing at the end of a 2 KB request")
	})

	t.Run("a keystroke updates every pane at once and leaves the parts it did not change in place", func(t *testing.T) {
		p := p.with(t)
		p.typeInto("GET /a HTTP/1.1\rHost: a\rAccept: x\r\r")
		p.simulated()
		// Tag what is on screen now, then type at the end of the Accept value.
		p.eval(`(() => {
		  const fields = document.querySelectorAll('[data-testid="parsed"] [data-testid="field"]');
		  fields[0].__kept = "host"; fields[1].__kept = "accept";
		  document.querySelector('[data-testid="parsed"] [data-testid="start-line"]').__kept = "start";
		  return true;
		})()`, nil)
		up := testenv.Key{Key: "ArrowUp", Code: "ArrowUp", VK: 38}
		end := testenv.Key{Key: "End", Code: "End", VK: 35}
		p.run(testenv.Press(end, input.ModifierCtrl), testenv.Press(up, 0), testenv.Press(up, 0), testenv.Press(end, 0), testenv.Type("y"))
		var got struct {
			Sim    string   `json:"sim"`
			Kept   []string `json:"kept"`
			Accept string   `json:"accept"`
		}
		// Read in the first task after the keystroke: no pane may still be
		// waiting for a timer.
		p.eval(`(() => {
		  const fields = [...document.querySelectorAll('[data-testid="parsed"] [data-testid="field"]')];
		  const start = document.querySelector('[data-testid="parsed"] [data-testid="start-line"]');
		  return {sim: document.querySelector('[data-testid="playground"]').dataset.sim,
		    kept: [start, ...fields].map((e) => e.__kept ?? "new"),
		    accept: fields[1].querySelector(".tok-field-value").textContent};
		})()`, &got)
		if got.Sim != "done" {
			t.Errorf("right after the keystroke the response pane is %q, want done", got.Sim)
		}
		if got.Accept != "xy" {
			t.Errorf("the Accept field reads %q, want xy", got.Accept)
		}
		if want := "start host new"; strings.Join(got.Kept, " ") != want {
			t.Errorf("kept %v; want the start line and Host kept, Accept rebuilt (%s)", got.Kept, want)
		}
		// Typing before a part moves it: the same element, its bytes shifted.
		p.run(testenv.Press(testenv.Key{Key: "Home", Code: "Home", VK: 36}, input.ModifierCtrl), testenv.Type("X"))
		var host struct {
			Kept string `json:"kept"`
			From string `json:"from"`
		}
		p.eval(`(() => { const f = document.querySelector('[data-testid="parsed"] [data-testid="field"]'); return {kept: f.__kept ?? "new", from: f.dataset.from}; })()`, &host)
		if host.Kept != "host" || host.From != "18" {
			t.Errorf("after typing at the start the Host field is %q from byte %s, want the same element from byte 18", host.Kept, host.From)
		}
	})

	t.Run("several <http-playground> embeds share one WebAssembly instance", func(t *testing.T) {
		p := p.with(t)
		p.open("/")
		var mounted int
		p.eval(`(() => {
		  const texts = ["\n    GET /a HTTP/1.1\n    Host: a\n", "POST /b HTTP/1.1\nHost: b\nContent-Length: 2\n\nhi", "HTTP/1.1 404 Not Found\nContent-Length: 0\n"];
		  texts.forEach((text, i) => {
		    const el = document.createElement("http-playground");
		    el.textContent = text;
		    el.setAttribute("panes", "parsed");
		    if (i === 2) { el.setAttribute("mode", "response"); el.setAttribute("readonly", ""); }
		    el.className = "test-embed";
		    document.body.append(el);
		  });
		  document.querySelector(".test-embed:last-of-type").scrollIntoView();
		  return document.querySelectorAll("http-playground").length;
		})()`, &mounted)
		p.run(chromedp.WaitVisible(`.test-embed:nth-of-type(3)[data-mounted="true"] [data-testid="message"]`, chromedp.ByQuery))
		p.run(chromedp.Evaluate(`document.querySelectorAll(".test-embed").forEach(e => e.scrollIntoView())`, nil),
			chromedp.WaitVisible(`.test-embed[data-mounted="true"] [data-testid="message"]`, chromedp.ByQuery))
		var r struct {
			Methods []string `json:"methods"`
			Wasm    int      `json:"wasm"`
			Waiting int      `json:"waiting"`
		}
		p.eval(`({methods: [...document.querySelectorAll(".test-embed [data-testid=parsed] [data-part]")].filter(e => ["method", "code"].includes(e.dataset.part)).map(e => e.textContent),
		  wasm: performance.getEntriesByType("resource").filter(e => e.name.includes(".wasm")).length,
		  waiting: document.querySelectorAll(".test-embed [data-testid=waiting]").length})`, &r)
		if strings.Join(r.Methods, " ") != "GET POST 404" {
			t.Errorf("the embeds read %v, want GET, POST and 404", r.Methods)
		}
		if r.Wasm != 1 {
			t.Errorf("the page fetched the browser module %d times, want once for all playgrounds", r.Wasm)
		}
		if r.Waiting != 0 {
			t.Errorf("%d embeds wait for more input: the element's text should end its header section", r.Waiting)
		}
	})

	t.Run("the iframe URL shows the playground alone and keeps the saved work", func(t *testing.T) {
		p := p.with(t)
		p.open("/")
		before := p.saved()
		text := "GET /framed HTTP/1.1\r\nHost: a\r\n\r\n"
		p.open("/#v=1&e=1&t=" + base64.RawURLEncoding.EncodeToString([]byte(text)))
		var headerShown bool
		p.eval(`getComputedStyle(document.querySelector(".site-header")).display !== "none"`, &headerShown)
		if headerShown {
			t.Errorf("the embedded page still shows the site's header")
		}
		if got := p.text(`[data-testid="parsed"] [data-part="target"]`); got != "/framed" {
			t.Errorf("the embedded page reads the target %q", got)
		}
		if after := p.saved(); after != before {
			t.Errorf("an embedded page replaced the visitor's saved work with %q", after)
		}
	})

	t.Run("hostile input executes nothing and injects no markup", func(t *testing.T) {
		p := p.with(t)
		hostile := []struct {
			name, text string
		}{
			{"a script tag in a field value", "GET / HTTP/1.1\r\nHost: <script>window.pwned=1</script>\r\n\r\n"},
			{"an image with onerror in the body", "POST /api/items HTTP/1.1\r\nHost: a\r\nContent-Length: 44\r\n\r\n<img src=x onerror=\"window.pwned=1\">12345678"},
			{"javascript: URLs as target and Location", "GET javascript:window.pwned=1 HTTP/1.1\r\nHost: a\r\nReferer: javascript:window.pwned=1\r\nX-<b>bold</b>: <svg onload=window.pwned=1>\r\n\r\n"},
			{"markup as a method", "<img/src/onerror=window.pwned=1> / HTTP/1.1\r\nHost: a\r\n\r\n"},
		}
		for _, tt := range hostile {
			frag := "#v=1&t=" + base64.RawURLEncoding.EncodeToString([]byte(tt.text)) + "&p=" + url.QueryEscape("javascript:alert(1)") + "&l=" + url.QueryEscape("<script>")
			p.open("/" + frag)
			if got := p.saved(); got != tt.text {
				t.Errorf("%s: the link restored %q", tt.name, got)
			}
			p.run(chromedp.Sleep(150 * time.Millisecond))
			p.checkClean(tt.name)
		}
		// Typed and pasted, not only from links.
		p.open("/")
		p.typeInto("GET /<script>window.pwned=1</script> HTTP/1.1\rHost: <img src=x onerror=window.pwned=1>\r\r")
		p.checkClean("typed markup")
		p.run(chromedp.Click(`[data-testid="editor"] .cm-content`, chromedp.ByQuery), testenv.ClearFocused(),
			input.InsertText("GET / HTTP/1.1\r\nHost: a\r\nX-Pasted: \"><iframe srcdoc=\"<script>parent.pwned=1</script>\"></iframe>\r\n\r\n<script>window.pwned=1</script>"))
		p.simulated()
		p.checkClean("pasted markup")
		p.open("/#v=1&t=%%%not-base64&k=<svg/onload=window.pwned=1>")
		p.checkClean("a malformed share link")
	})

	if errs := b.Errors(); len(errs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(errs, "\n"))
	}
}

// tab drives the playground for one test.
type tab struct {
	t    *testing.T
	b    *testenv.Browser
	base string
}

// with is the tab for a subtest: its failures are the subtest's.
func (p *tab) with(t *testing.T) *tab {
	return &tab{t: t, b: p.b, base: p.base}
}

func (p *tab) run(actions ...chromedp.Action) {
	p.t.Helper()
	ctx, cancel := contextWithTimeout(p.b, 30*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		p.t.Fatalf("%v (page errors: %v)", err, p.b.Errors())
	}
}

func (p *tab) eval(js string, out any) {
	p.t.Helper()
	p.run(chromedp.Evaluate(js, out))
}

func (p *tab) text(sel string) string {
	p.t.Helper()
	var s string
	p.run(chromedp.Text(sel, &s, chromedp.ByQuery))
	return strings.TrimSpace(s)
}

// open loads path (a fresh page load, even when only the fragment differs).
func (p *tab) open(path string) {
	p.t.Helper()
	p.run(chromedp.Navigate("about:blank"), chromedp.Navigate(p.base+path),
		chromedp.WaitReady(`[data-testid="status"][data-ready="true"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-testid="editor"] .cm-content`, chromedp.ByQuery))
}

// choose picks value in the select with data-testid id, as a user would
// with the keyboard (the change event follows).
func (p *tab) choose(id, value string) {
	p.t.Helper()
	js := fmt.Sprintf(`(() => { const s = document.querySelector('[data-testid=%q]'); s.focus(); s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value })()`, id, value)
	var got string
	p.eval(js, &got)
	if got != value {
		p.t.Fatalf("the %s select has no option %q", id, value)
	}
}

func (p *tab) preset(id string) {
	p.t.Helper()
	p.choose("presets", id)
}

// typeInto replaces the editor's text by typing, key by key.
func (p *tab) typeInto(text string) {
	p.t.Helper()
	p.run(chromedp.Click(`[data-testid="editor"] .cm-content`, chromedp.ByQuery), testenv.ClearFocused(), testenv.Type(text))
}

// saved is the editor's text as the page saved it (exact bytes, unlike
// the rendered editor's textContent).
func (p *tab) saved() string {
	p.t.Helper()
	var s string
	p.run(chromedp.Sleep(250*time.Millisecond), chromedp.Evaluate(`JSON.parse(localStorage.getItem("http-playground:work") || "{}").text ?? ""`, &s))
	return s
}

// logTimes reports how long the panes took to follow the last 60
// keystrokes, for the report (budgets are checked by benchmarks).
func (p *tab) logTimes(what string) {
	for _, name := range []string{"pg-parse", "pg-update", "pg-render", "pg-sim", "pg-resp", "pg-sess"} {
		var ms []float64
		p.eval(`performance.getEntriesByName("`+name+`").slice(-60).map(e => e.duration).sort((a, b) => a - b)`, &ms)
		if len(ms) > 0 {
			p.t.Logf("%s, %s: median %.1f ms, p95 %.1f ms over %d keystrokes", what, name, ms[len(ms)/2], ms[len(ms)*95/100], len(ms))
		}
	}
}

// waitJS waits until the JavaScript condition holds (at most 5 s).
func (p *tab) waitJS(cond string) {
	p.t.Helper()
	for i := 0; i < 100; i++ {
		var ok bool
		p.eval(cond, &ok)
		if ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.t.Fatalf("waited 5s for %s", cond)
}

// tabUntil presses Tab until the JavaScript condition holds (at most n times).
func (p *tab) tabUntil(cond string, n int) bool {
	p.t.Helper()
	tabKey := testenv.Key{Key: "Tab", Code: "Tab", VK: 9}
	for i := 0; i < n; i++ {
		p.run(testenv.Press(tabKey, 0))
		var ok bool
		p.eval(cond, &ok)
		if ok {
			return true
		}
	}
	return false
}

// simulated waits until the simulated server has answered the latest text.
func (p *tab) simulated() {
	p.t.Helper()
	p.run(chromedp.WaitVisible(`[data-testid="playground"][data-sim="done"]`, chromedp.ByQuery))
}

func (p *tab) share() string {
	p.t.Helper()
	var link string
	p.run(chromedp.Click(`[data-testid="share"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-testid="share-link"]`, chromedp.ByQuery),
		chromedp.Value(`[data-testid="share-link"]`, &link, chromedp.ByQuery))
	return link
}

// checkClean fails unless nothing ran and no markup came from the input:
// the playground holds no element a message could have injected.
func (p *tab) checkClean(name string) {
	p.t.Helper()
	var r struct {
		Pwned    bool `json:"pwned"`
		Injected int  `json:"injected"`
		Scripts  int  `json:"scripts"`
	}
	p.eval(`({pwned: !!window.pwned,
	  injected: document.querySelectorAll('[data-testid="playground"] img, [data-testid="playground"] script, [data-testid="playground"] b, [data-testid="playground"] iframe, [data-testid="playground"] svg:not(.timeline-svg), [data-testid="playground"] a[href^="javascript"], [data-testid="toolbar"] a').length,
	  scripts: document.scripts.length})`, &r)
	if r.Pwned {
		p.t.Errorf("%s: the input ran as script", name)
	}
	if r.Injected != 0 {
		p.t.Errorf("%s: %d elements were injected into the page", name, r.Injected)
	}
	if r.Scripts != 2 {
		p.t.Errorf("%s: the page has %d scripts, want its own 2", name, r.Scripts)
	}
}

// shot saves what the window shows (not the whole long page) under build/e2e.
func (p *tab) shot(root, name string) {
	p.t.Helper()
	var png []byte
	p.run(chromedp.Evaluate(`window.scrollTo(0, 0)`, nil), chromedp.CaptureScreenshot(&png))
	dir := filepath.Join(root, "build", "e2e")
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		p.t.Errorf("saving the screenshot: %v", err)
	}
}

// elementShot saves one element's picture under build/e2e.
func (p *tab) elementShot(root, sel, name string) {
	p.t.Helper()
	var png []byte
	p.run(chromedp.Screenshot(sel, &png, chromedp.ByQuery))
	if err := os.WriteFile(filepath.Join(root, "build", "e2e", name), png, 0o644); err != nil {
		p.t.Errorf("saving the screenshot: %v", err)
	}
}

// fragmentText decodes the message a share link carries.
func fragmentText(t *testing.T, link string) string {
	t.Helper()
	_, frag, ok := strings.Cut(link, "#")
	if !ok {
		t.Fatalf("the share link %q has no fragment", link)
	}
	q, err := url.ParseQuery(frag)
	if err != nil {
		t.Fatal(err)
	}
	b, err := base64.RawURLEncoding.DecodeString(q.Get("t"))
	if err != nil {
		t.Fatalf("the link's text is not base64url: %v", err)
	}
	return string(b)
}

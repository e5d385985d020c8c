package api

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/internal/jsonx"
	"github.com/httpplayground/playground/httpcore/knowledge"
	"github.com/httpplayground/playground/httpcore/server"
)

// The playground's functions read their arguments and write their results
// without encoding/json (which the browser module must not link). These
// tests hold encoding/json up as the oracle: over every golden input, every
// seed example, every scenario and many bad arguments, each function's JSON
// must be byte for byte what encoding/json writes for the same result.

// goldenText is one http block of a golden file, with its options.
type goldenText struct {
	where           string // file:line
	text            []byte
	kind            string // "request" or "response"
	mode            string // "strict" or "lenient"
	method, methods string
}

// goldenTexts reads every http block of the parser's and the server's
// golden files (see httpcore/testdata/README.md for the notation).
func goldenTexts(t *testing.T) []goldenText {
	t.Helper()
	files, _ := filepath.Glob("../testdata/*.md")
	more, _ := filepath.Glob("../server/testdata/*.md")
	files = append(files, more...)
	var out []goldenText
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines); i++ {
			info, ok := strings.CutPrefix(lines[i], "```http")
			if !ok {
				continue
			}
			g := goldenText{where: file + ":" + strconv.Itoa(i+1), kind: "request", mode: "strict"}
			for _, w := range strings.Fields(info) {
				switch {
				case w == "response" || w == "request":
					g.kind = w
				case w == "lenient" || w == "strict":
					g.mode = w
				case strings.HasPrefix(w, "method="):
					g.method = strings.TrimPrefix(w, "method=")
				case strings.HasPrefix(w, "methods="):
					g.methods = strings.TrimPrefix(w, "methods=")
				}
			}
			j := i + 1
			for j < len(lines) && lines[j] != "```" {
				j++
			}
			g.text = goldenBytes(lines[i+1 : j])
			if strings.HasPrefix(string(g.text), "HTTP/") {
				g.kind = "response"
			}
			out = append(out, g)
			i = j
		}
	}
	if len(out) < 100 {
		t.Fatalf("found %d golden inputs, want the hundreds the golden files hold", len(out))
	}
	return out
}

// goldenBytes decodes the golden notation: CRLF line ends unless a line
// ends with ␊ (LF), ␍ (CR) or ␄ (nothing); ␉ tab, ␀ NUL, ⟨hh⟩ any byte.
func goldenBytes(lines []string) []byte {
	var b []byte
	for _, l := range lines {
		end := "\r\n"
		for mark, e := range map[string]string{"␊": "\n", "␍": "\r", "␄": ""} {
			if s, ok := strings.CutSuffix(l, mark); ok {
				l, end = s, e
				break
			}
		}
		l = strings.NewReplacer("␉", "\t", "␀", "\x00", "␍", "\r").Replace(l)
		for {
			i := strings.Index(l, "⟨")
			if i < 0 || i+len("⟨")+3+len("⟩") > len(l)+1 {
				break
			}
			rest := l[i+len("⟨"):]
			hex, after, ok := strings.Cut(rest, "⟩")
			n, err := strconv.ParseUint(hex, 16, 8)
			if !ok || err != nil {
				break
			}
			l = l[:i] + string([]byte{byte(n)}) + after
		}
		b = append(b, l...)
		b = append(b, end...)
	}
	return b
}

// call is one call of a playground function.
type call struct {
	name string
	args [][]byte
}

func (c call) String() string {
	parts := make([]string, len(c.args))
	for i, a := range c.args {
		parts[i] = string(a)
		if len(parts[i]) > 60 {
			parts[i] = parts[i][:60] + "…"
		}
	}
	return c.name + "(" + strings.Join(parts, ", ") + ")"
}

func jsonArg(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var langs = []string{"en", "zh-Hans", "zh-Hant"}

// corpusCalls is every call the tests make: each function over each golden
// input, scenario and language, and bad arguments of every kind.
func corpusCalls(t *testing.T) []call {
	var calls []call
	add := func(name string, args ...any) {
		raw := make([][]byte, len(args))
		for i, a := range args {
			if s, ok := a.(rawArg); ok {
				raw[i] = []byte(s)
			} else {
				raw[i] = jsonArg(t, a)
			}
		}
		calls = append(calls, call{name, raw})
	}
	scenarios := server.ScenarioNames()
	seenField := map[string]bool{}
	seenMethod := map[string]bool{}
	for i, g := range goldenTexts(t) {
		text := string(g.text)
		lang := langs[i%len(langs)]
		opts := map[string]any{"kind": g.kind, "mode": g.mode, "lang": lang}
		if g.method != "" {
			opts["method"] = g.method
		}
		if g.methods != "" {
			opts["methods"] = strings.Split(g.methods, ",")
		}
		add("parse", text, opts)
		add("canonical", text, map[string]any{"kind": g.kind, "mode": g.mode, "fix": i%2 == 0})
		if g.kind == "request" {
			add("simulate", text, map[string]any{"scenario": scenarios[i%len(scenarios)], "lang": lang, "mode": g.mode})
		}
		r := httpcore.Parse(g.text, httpcore.Options{Kind: map[string]httpcore.Kind{"request": httpcore.Request, "response": httpcore.Response}[g.kind]})
		for _, m := range r.Messages {
			for _, f := range m.Fields {
				name, value := m.Name(f), m.Value(f)
				if key := name + "\x00" + value; !seenField[key] {
					seenField[key] = true
					add("explainField", name, value, lang)
					add("field", name, lang)
				}
			}
			if name := m.Method(); name != "" && !seenMethod[name] {
				seenMethod[name] = true
				add("method", name, lang)
			}
		}
	}
	for _, lang := range append(langs, "fr", "") {
		add("parseCodes", lang)
		add("fields", lang)
		add("methods", lang)
		add("statuses", lang)
		add("statusClasses", lang)
	}
	for code := -1; code <= 1000; code++ {
		add("status", code, langs[(code+1)%len(langs)])
	}
	for _, f := range knowledge.Fields() {
		add("field", strings.ToLower(f.Name), "zh-Hant")
	}
	for _, m := range knowledge.Methods() {
		add("method", m.Name, "zh-Hans")
	}
	add("scenarios")
	add("scenario")
	for _, name := range scenarios {
		add("scenario", name)
		for i, lang := range langs {
			add("pageLoad", map[string]any{"scenario": name, "lang": lang, "reload": i != 1, "maxConnections": i, "rtt": 10 * i})
		}
	}
	add("pageLoad", map[string]any{"host": "example.com", "start": "/nowhere.html"})
	site, _ := server.Scenario("hardened")
	add("simulate", "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /index.css HTTP/1.1\r\nHost: a\r\n\r\n", map[string]any{"scenario": string(site.JSON())})
	add("simulate", "GET /a HTTP/1.1\r\nHost: a\r\n\r\n", rawArg(`{"scenario":{"name":"<inline & odd>","resources":[{"path":"/a","type":"image/png","bodyBase64":"iVBORw0KGgoAAAANSUhEUg=="}]}}`))
	add("simulate", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", map[string]any{"now": "2024-02-29T12:00:00Z", "mode": "LENIENT"})
	for _, bad := range badCalls {
		calls = append(calls, bad)
	}
	return calls
}

// rawArg is an argument given as JSON text.
type rawArg string

// badCalls are calls whose arguments are wrong, each in its own way.
var badCalls = []call{
	{"nope", nil},
	{"parse", [][]byte{[]byte(`42`)}},
	{"parse", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`"strict"`)}},
	{"parse", [][]byte{[]byte(`"GET /"`), []byte(`{"kind":"reply"}`)}},
	{"parse", [][]byte{[]byte(`"GET /"`), []byte(`{"mode":"<b>loose</b>"}`)}},
	{"parse", [][]byte{[]byte(`"GET /"`), []byte(`{"methods":"GET"}`)}},
	{"parse", [][]byte{[]byte(`"GET /"`), []byte(`{"methods":[1]}`)}},
	{"parse", [][]byte{[]byte(`"GET /`)}},
	{"parse", [][]byte{[]byte(`null`), []byte(`null`)}},
	{"parse", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"KIND":"Response","Lang":"zh-Hant","unknown":[1,2]}`)}},
	{"canonical", [][]byte{[]byte(`"GET / HTTP/1.1\n\n"`), []byte(`{"fix":"yes"}`)}},
	{"status", [][]byte{[]byte(`404.5`)}},
	{"status", [][]byte{[]byte(`"404"`)}},
	{"status", [][]byte{[]byte(`1e2`)}},
	{"status", [][]byte{[]byte(`99999999999999999999`)}},
	{"method", [][]byte{[]byte(`["GET"]`)}},
	{"explainField", [][]byte{[]byte(`"Host"`), []byte(`{}`)}},
	{"fields", [][]byte{[]byte(`true`)}},
	{"scenario", [][]byte{[]byte(`"nope"`)}},
	{"scenario", [][]byte{[]byte(`7`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":"nope"}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":"{\"resources\":[{\"path\":\"a\"}]}"}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":"{\"resources\":[}"}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":{"resources":[{"path":7}]}}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":[]}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"scenario":""}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"now":"yesterday"}`)}},
	{"simulate", [][]byte{[]byte(`"GET / HTTP/1.1\r\n\r\n"`), []byte(`{"mode":"loose"}`)}},
	{"pageLoad", [][]byte{[]byte(`{"rtt":"fast"}`)}},
	{"pageLoad", [][]byte{[]byte(`{"reload":1}`)}},
	{"pageLoad", [][]byte{[]byte(`[]`)}},
}

// sameAsEncodingJSON checks that the writer gives encoding/json's bytes for v.
func sameAsEncodingJSON(t *testing.T, what string, v any) []byte {
	t.Helper()
	want, err := json.Marshal(v)
	got, ok := appendResult(nil, v)
	if err != nil || !ok {
		if err == nil || ok {
			t.Errorf("%s: writing the result: ok = %v, encoding/json's error = %v; want both to fail or neither", what, ok, err)
		}
		return nil
	}
	if string(got) != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("%s: the JSON differs from encoding/json's at byte %d:\ngot  …%.120s\nwant …%.120s", what, i, got[max(i-40, 0):], want[max(i-40, 0):])
	}
	return got
}

func TestEveryFunctionWritesWhatEncodingJSONWrites(t *testing.T) {
	calls := corpusCalls(t)
	tried := map[string]int{}
	for _, c := range calls {
		tried[c.name]++
		got := Call(c.name, c.args)
		f, ok := registry[c.name]
		if !ok {
			want := jsonArg(t, errorResult{Error{"unknown-function", "no playground function is named " + c.name}})
			if string(got) != string(want) {
				t.Errorf("%s = %s, want %s", c, got, want)
			}
			continue
		}
		res, err := f(c.args)
		if err != nil {
			want := jsonArg(t, errorResult{Error{"bad-arguments", err.Error()}})
			if string(got) != string(want) {
				t.Errorf("%s = %s, want %s", c, got, want)
			}
			continue
		}
		if want := sameAsEncodingJSON(t, c.String(), res); want != nil && string(got) != string(want) {
			t.Errorf("%s: Call wrote other bytes than the result's JSON", c)
		}
	}
	for _, name := range Names() {
		if tried[name] == 0 && !strings.HasPrefix(name, "test.") {
			t.Errorf("no call of %s in the corpus", name)
		}
	}
	t.Logf("%d calls compared", len(calls))
}

func TestResultsOfRawBytesAreWrittenAsEncodingJSONWritesThem(t *testing.T) {
	// Text from JavaScript is always valid UTF-16; Go callers may pass any
	// bytes, and a binary body makes raw invalid UTF-8.
	texts := []string{
		"GET /\xff HTTP/1.1\r\nHost: \xe4\xb8\r\nX: <&>\u2028\r\n\r\n",
		"GET /image/logo.png HTTP/1.1\r\nHost: a\r\n\r\n",
		"GET /big.txt HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip\r\n\r\n",
		"POST /api/items HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"name\":\"<\"}x",
	}
	srv := server.New(server.DefaultSite(), func() time.Time { return server.DefaultTime })
	for _, text := range texts {
		for _, lang := range langs {
			sameAsEncodingJSON(t, "Parse "+strconv.Quote(text), Parse(text, httpcore.Options{Mode: httpcore.Lenient}, lang))
			sameAsEncodingJSON(t, "Simulate "+strconv.Quote(text), Simulate(srv, text, lang))
		}
	}
}

// oldParseOptions and oldSimulateOptions are the option structs as
// encoding/json read them before.
type oldParseOptions struct {
	ParseOptions
	Fix bool `json:"fix"`
}

type oldSimulateOptions struct {
	Scenario json.RawMessage `json:"scenario"`
	Lang     string          `json:"lang"`
	Mode     string          `json:"mode"`
	Now      string          `json:"now"`
	server.PageLoadOptions
}

var optionTexts = []string{
	`null`, `{}`, `{"kind":"response","mode":"lenient","method":"HEAD","methods":["HEAD","GET"],"lang":"zh-Hans","fix":true}`,
	`{"KIND":"x","Mode":null,"methods":null,"methods":[],"LANG":"a","lang":"b","other":{"deep":[1,{}]}}`,
	`{"methods":["a",null,"c"],"fix":false,"Fix":true}`, `{"kind":1}`, `{"fix":"yes"}`, `{"methods":"GET"}`, `[]`, `"x"`, `{`,
	`{"scenario":{"resources":[]},"lang":"en","mode":"strict","now":"2024-01-01T00:00:00Z","host":"h","start":"/s",
	  "maxConnections":2,"reload":true,"rtt":-5,"bandwidth":0}`,
	`{"scenario":"hardened","Scenario":" \"seeds\" ","RTT":1,"RELOAD":null}`, `{"scenario":null,"rtt":1.5}`,
	`{"maxConnections":"2"}`, `{"bandwidth":1e3}`, `{"reload":"true"}`, `{"scenario":[1, 2 ,3]}`,
}

func TestOptionsAreReadAsEncodingJSONReadThem(t *testing.T) {
	for _, text := range optionTexts {
		args := [][]byte{[]byte(text)}
		var want oldParseOptions
		werr := json.Unmarshal(args[0], &want)
		if text == "null" {
			werr = nil
		}
		var got ParseOptions
		var fix bool
		err := ObjectArg(args, 0, "options", func(key string, v jsonx.Value) string {
			if is(key, "fix") {
				return readBool("fix", v, &fix)
			}
			return got.read(key, v)
		})
		if (err == nil) != (werr == nil) {
			t.Errorf("parse options %s: error %v, encoding/json's %v", text, err, werr)
		} else if err == nil && (!reflect.DeepEqual(got, want.ParseOptions) || fix != want.Fix) {
			t.Errorf("parse options %s = %+v fix %v, encoding/json reads %+v", text, got, fix, want)
		}

		var wantS oldSimulateOptions
		werr = json.Unmarshal(args[0], &wantS)
		if text == "null" {
			werr = nil
		}
		gotS, err := simulateOptions(args, 0)
		if (err == nil) != (werr == nil) {
			t.Errorf("simulate options %s: error %v, encoding/json's %v", text, err, werr)
			continue
		}
		if err != nil {
			continue
		}
		if string(gotS.Scenario) != string(wantS.Scenario) || gotS.Lang != wantS.Lang || gotS.Mode != wantS.Mode ||
			gotS.Now != wantS.Now || gotS.PageLoadOptions != wantS.PageLoadOptions {
			t.Errorf("simulate options %s = %+v, encoding/json reads %+v", text, gotS, wantS)
		}
	}
}

func TestBadArgumentsSayWhichAndWhat(t *testing.T) {
	tests := []struct {
		name string
		c    call
		want string
	}{
		{"a number where text belongs", badCalls[1], "argument 1 (text): must be a string, not a number"},
		{"a string where options belong", badCalls[2], "argument 2 (options): must be an object, not a string"},
		{"a list of methods that is a string", badCalls[5], "argument 2 (options): methods must be a list of strings, not a string"},
		{"broken JSON, located", badCalls[7], "argument 1 (text): line 1, column 7: unexpected end of JSON input"},
		{"a fraction where a status code belongs", badCalls[11], "argument 1 (code): must be a whole number, not 404.5"},
		{"a scenario's mistake, located in its text", badCalls[22], "scenario: line 1, column 15: invalid character '}' looking for beginning of value"},
		{"a scenario's member of the wrong kind", badCalls[23], "scenario: line 1, column 23: resources[0].path must be a string, not a number"},
		{"an option of the wrong kind", badCalls[28], "argument 1 (options): rtt must be a number, not a string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Error Error `json:"error"`
			}
			if err := json.Unmarshal(Call(tt.c.name, tt.c.args), &got); err != nil {
				t.Fatal(err)
			}
			if got.Error.Code != "bad-arguments" || got.Error.Message != tt.want {
				t.Errorf("%s error = %+v, want bad-arguments %q", tt.c, got.Error, tt.want)
			}
		})
	}
}

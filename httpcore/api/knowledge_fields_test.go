package api

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/httpplayground/playground/httpcore/fieldvalue"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// callJSON calls a playground function with Go values as its arguments and
// decodes the result into out.
func callJSON(t *testing.T, fn string, out any, args ...any) string {
	t.Helper()
	raw := make([][]byte, len(args))
	for i, a := range args {
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		raw[i] = b
	}
	res := Call(fn, raw)
	if out != nil {
		if err := json.Unmarshal(res, out); err != nil {
			t.Fatalf("%s returned %s, which does not decode: %v", fn, res, err)
		}
	}
	return string(res)
}

func TestFieldsListsEveryFieldInTheLanguageAsked(t *testing.T) {
	tests := []struct {
		name        string
		lang        string
		wantSummary string // a fragment of Content-Type's summary
	}{
		{"English is the default", "", "media type"},
		{"Simplified Chinese", "zh-Hans", "媒体类型"},
		{"Traditional Chinese, spelled zh-TW", "zh-TW", "媒體類型"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fields []map[string]any
			if tt.lang == "" {
				callJSON(t, "fields", &fields)
			} else {
				callJSON(t, "fields", &fields, tt.lang)
			}
			if len(fields) < 240 {
				t.Fatalf("fields returned %d fields, want the whole registry", len(fields))
			}
			var ct map[string]any
			for _, f := range fields {
				if f["name"] == "Content-Type" {
					ct = f
				}
			}
			if ct == nil {
				t.Fatal("Content-Type is missing")
			}
			if s, _ := ct["summary"].(string); !strings.Contains(s, tt.wantSummary) {
				t.Errorf("Content-Type summary = %q, want it to contain %q", s, tt.wantSummary)
			}
			spec, _ := ct["spec"].(map[string]any)
			if spec["text"] != "RFC 9110 §8.3" || spec["url"] != "https://www.rfc-editor.org/rfc/rfc9110#section-8.3" {
				t.Errorf("Content-Type spec = %v, want RFC 9110 §8.3 and its link", spec)
			}
			if ct["status"] != "permanent" || ct["category"] != "representation" {
				t.Errorf("Content-Type status, category = %v, %v; want permanent, representation", ct["status"], ct["category"])
			}
		})
	}
}

func TestExplainFieldJoinsKnowledgeAndValue(t *testing.T) {
	tests := []struct {
		name      string
		field     string
		value     string
		lang      string
		wantName  string // the field it was taken to mean; "" for none
		wantMatch string
		wantNote  string // a fragment of the note; "" for no note
		wantKind  string // the value analysis kind, when the analyzer names one
	}{
		{"a known field and value", "Content-Type", "text/html; charset=utf-8", "en", "Content-Type", "exact", "", ""},
		{"a case variant is the same field", "aUTHORIZATION", "Basic YXV0aG9yOnBoaWw=", "en", "Authorization", "case", "ignore letter case", ""},
		{"a misspelling is resolved with a note", "Refener", "http://www.myweb.com/news/search.html", "zh-Hans", "Referer", "misspelled", "拼写错误", ""},
		{"a mangled MDN name is resolved with a note", "c-content-wength", "55743", "zh-Hant", "Content-Length", "mangled", "未知欄位", ""},
		{"an unknown field is explained as unknown", "X-Custom-Thing", "42", "en", "", "", "not a field this playground knows", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got FieldExplanation
			callJSON(t, "explainField", &got, tt.field, tt.value, tt.lang)
			if tt.wantName == "" {
				if got.Known || got.Field != nil {
					t.Errorf("explainField(%q) matched %v, want no field", tt.field, got.Field)
				}
			} else if got.Field == nil || got.Field.Name != tt.wantName || got.Match != tt.wantMatch {
				t.Fatalf("explainField(%q) = %+v (%s), want %s (%s)", tt.field, got.Field, got.Match, tt.wantName, tt.wantMatch)
			}
			if tt.wantNote == "" && got.Note != "" {
				t.Errorf("note = %q, want none", got.Note)
			}
			if !strings.Contains(got.Note, tt.wantNote) {
				t.Errorf("note = %q, want it to contain %q", got.Note, tt.wantNote)
			}
			if got.Value.Parts == nil || got.Value.Notes == nil {
				t.Errorf("value = %+v, want parts and notes as arrays", got.Value)
			}
			if tt.wantName != "" && !strings.EqualFold(got.Value.Field, tt.wantName) {
				t.Errorf("the value was analyzed as %q, want %q", got.Value.Field, tt.wantName)
			}
		})
	}
}

func TestFieldFindsOneFieldByNameWithoutAValue(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantName  string
		wantMatch string
		wantNote  bool
	}{
		{"the registry spelling", "Vary", "Vary", "exact", false},
		{"lower case, as HTTP/2 writes it, needs no note", "content-type", "Content-Type", "case", false},
		{"an odd mixture of cases gets a note", "www-Authenticate", "WWW-Authenticate", "case", true},
		{"a mangled MDN name", "stwict-twanspowt-secuwity", "Strict-Transport-Security", "mangled", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got FieldExplanation
			callJSON(t, "field", &got, tt.input, "zh-Hant")
			if got.Field == nil || got.Field.Name != tt.wantName || got.Match != tt.wantMatch {
				t.Fatalf("field(%q) = %+v (%s), want %s (%s)", tt.input, got.Field, got.Match, tt.wantName, tt.wantMatch)
			}
			if (got.Note != "") != tt.wantNote {
				t.Errorf("note = %q, want a note: %v", got.Note, tt.wantNote)
			}
			if got.Value != nil {
				t.Errorf("field returned a value analysis: %+v", got.Value)
			}
		})
	}
}

func TestExplainFieldSpansCountUTF16(t *testing.T) {
	var got FieldExplanation
	value := "中文, en;q=0.5"
	callJSON(t, "explainField", &got, "X-Custom-List", value, "en")
	limit := len([]rune(value))
	var check func(ps []FieldValuePart)
	check = func(ps []FieldValuePart) {
		for _, p := range ps {
			if p.Span.Start < 0 || p.Span.End > limit || p.Span.Start > p.Span.End {
				t.Errorf("part %q has span %v outside the %d UTF-16 units of the value", p.Role, p.Span, limit)
			}
			check(p.Children)
		}
	}
	check(got.Value.Parts)
}

func TestExplainFieldRejectsArgumentsOfTheWrongType(t *testing.T) {
	got := callJSON(t, "explainField", nil, 42, "x", "en")
	if !strings.Contains(got, `"code":"bad-arguments"`) || !strings.Contains(got, "argument 1 (name)") {
		t.Errorf("explainField(42) = %s, want a bad-arguments error naming argument 1", got)
	}
}

func TestFieldInfoHookAnnotatesFieldLines(t *testing.T) {
	if FieldInfo == nil {
		t.Fatal("FieldInfo is not set")
	}
	tests := []struct {
		name      string
		field     string
		lang      string
		wantName  string
		wantKnown bool
		wantSpec  string
	}{
		{"a registered field carries its spec", "cache-control", "en", "Cache-Control", true, "RFC 9111 §5.2"},
		{"a mangled seed name names the intended field", "v-vawy", "zh-Hans", "Vary", true, "RFC 9110 §12.5.5"},
		{"an unknown field keeps its own name", "X-Mine", "en", "X-Mine", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(FieldInfo(tt.field, "max-age=30", tt.lang))
			if err != nil {
				t.Fatal(err)
			}
			var got FieldLineInfo
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			if got.Name != tt.wantName || got.Known != tt.wantKnown {
				t.Errorf("FieldInfo(%q) = %s known=%v, want %s known=%v", tt.field, got.Name, got.Known, tt.wantName, tt.wantKnown)
			}
			gotSpec := ""
			if got.Spec != nil {
				gotSpec = got.Spec.Text
			}
			if gotSpec != tt.wantSpec {
				t.Errorf("spec = %q, want %q", gotSpec, tt.wantSpec)
			}
			if got.Summary == "" && got.Note == "" {
				t.Errorf("FieldInfo(%q) explains nothing: %s", tt.field, b)
			}
		})
	}
}

func TestEveryFieldExampleParsesUnderItsOwnAnalysis(t *testing.T) {
	for _, f := range knowledge.Fields() {
		if !f.Full {
			continue
		}
		a := fieldvalue.Analyze(f.Name, f.Example)
		for _, n := range a.Notes {
			if n.Severity == fieldvalue.Error {
				t.Errorf("the example of %s, %q, has an error: %s (%s)", f.Name, f.Example, n.Code, n.Text.En)
			}
		}
	}
}

func BenchmarkFieldInfo(b *testing.B) {
	for b.Loop() {
		FieldInfo("Content-Type", "text/html; charset=utf-8", "zh-Hant")
	}
}

package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// knowledgeCall calls a playground function with JSON-literal arguments and
// decodes its result into out.
func knowledgeCall(t *testing.T, fn string, out any, args ...string) string {
	t.Helper()
	raw := make([][]byte, len(args))
	for i, a := range args {
		raw[i] = []byte(a)
	}
	got := Call(fn, raw)
	if out != nil {
		if err := json.Unmarshal(got, out); err != nil {
			t.Fatalf("%s(%s) returned %s, which does not decode: %v", fn, strings.Join(args, ", "), got, err)
		}
	}
	return string(got)
}

func TestMethodsListsEveryMethodInTheLanguageAsked(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		getWord string // a word the GET summary has in that language
	}{
		{"English", `"en"`, "representation"},
		{"Simplified Chinese", `"zh-Hans"`, "请求"},
		{"Traditional Chinese", `"zh-Hant"`, "請求"},
		{"a browser's Taiwanese tag", `"zh-TW"`, "請求"},
		{"no language at all falls back to English", `null`, "representation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var methods []map[string]any
			knowledgeCall(t, "methods", &methods, tt.lang)
			if len(methods) < 40 {
				t.Fatalf("methods returned %d entries, want every registered method (over 40)", len(methods))
			}
			var get map[string]any
			for _, m := range methods {
				if m["name"] == "GET" {
					get = m
				}
			}
			if get == nil {
				t.Fatal("no GET in the list")
			}
			if s, _ := get["summary"].(string); !strings.Contains(s, tt.getWord) {
				t.Errorf("GET summary %q does not contain %q", s, tt.getWord)
			}
			spec, _ := get["spec"].(map[string]any)
			if spec["text"] != "RFC 9110 §9.3.1" || spec["url"] != "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1" {
				t.Errorf("GET spec = %v, want RFC 9110 §9.3.1 and its link", spec)
			}
			if get["safe"] != true || get["full"] != true || get["body"] != "no-meaning" {
				t.Errorf("GET safe, full, body = %v, %v, %v; want true, true, no-meaning", get["safe"], get["full"], get["body"])
			}
			if mistakes, _ := get["mistakes"].([]any); len(mistakes) == 0 {
				t.Error("GET has no mistakes listed")
			}
		})
	}
}

func TestMethodMatchesAMangledName(t *testing.T) {
	tests := []struct {
		name       string
		input      string
		registered bool
		guessed    bool
		want       string
	}{
		{"a registered name", `"POST"`, true, false, "POST"},
		{"the seed's baby-talk", `"g-get"`, false, true, "GET"},
		{"lower case", `"delete"`, false, true, "DELETE"},
		{"an unrelated word", `"HELLO"`, false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Registered, Guessed bool
				Method              *struct{ Name string }
			}
			knowledgeCall(t, "method", &got, tt.input, `"en"`)
			name := ""
			if got.Method != nil {
				name = got.Method.Name
			}
			if got.Registered != tt.registered || got.Guessed != tt.guessed || name != tt.want {
				t.Errorf("method(%s) = registered %v, guessed %v, %q; want %v, %v, %q",
					tt.input, got.Registered, got.Guessed, name, tt.registered, tt.guessed, tt.want)
			}
		})
	}
}

func TestStatusesListsEveryCodeInTheLanguageAsked(t *testing.T) {
	tests := []struct {
		name     string
		lang     string
		class4xx string
	}{
		{"English", `"en"`, "Client Error"},
		{"Simplified Chinese", `"zh-Hans"`, "客户端错误"},
		{"Traditional Chinese", `"zh-Hant"`, "用戶端錯誤"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var statuses []StatusObject
			knowledgeCall(t, "statuses", &statuses, tt.lang)
			if len(statuses) < 60 {
				t.Fatalf("statuses returned %d entries, want every registered code", len(statuses))
			}
			var found bool
			for _, s := range statuses {
				if s.Code != 405 {
					continue
				}
				found = true
				if s.Class != "4xx" || s.ClassName != tt.class4xx {
					t.Errorf("405 class = %q %q, want 4xx %q", s.Class, s.ClassName, tt.class4xx)
				}
				if len(s.Fields) != 1 || s.Fields[0] != "Allow" {
					t.Errorf("405 fields = %v, want [Allow]", s.Fields)
				}
				if s.Spec.Text != "RFC 9110 §15.5.6" || s.Example != "HTTP/1.1 405 Method Not Allowed" {
					t.Errorf("405 spec, example = %q, %q", s.Spec.Text, s.Example)
				}
			}
			if !found {
				t.Error("no 405 in the list")
			}
		})
	}
}

func TestStatusExplainsAnyCode(t *testing.T) {
	tests := []struct {
		name string
		code string
		want string // a fragment of the JSON result
	}{
		{"a registered code", `404`, `"registration":"assigned"`},
		{"an unregistered code of a known class", `299`, `"registration":"unassigned","class":"2xx"`},
		{"a code outside every class", `700`, `"registration":"invalid","class":""`},
		{"a string is the wrong type", `"404"`, `"code":"bad-arguments"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := knowledgeCall(t, "status", nil, tt.code, `"zh-Hant"`)
			if !strings.Contains(got, tt.want) {
				t.Errorf("status(%s) = %s, want it to contain %s", tt.code, got, tt.want)
			}
		})
	}
}

func TestStatusClassesAreFiveInOrder(t *testing.T) {
	var classes []StatusClassObject
	knowledgeCall(t, "statusClasses", &classes, `"zh-Hans"`)
	want := []string{"1xx", "2xx", "3xx", "4xx", "5xx"}
	if len(classes) != len(want) {
		t.Fatalf("got %d classes, want 5", len(classes))
	}
	for i, c := range classes {
		if c.Class != want[i] || c.Name == "" || c.Summary == "" {
			t.Errorf("class %d = %+v, want %s with a name and summary", i, c, want[i])
		}
	}
}

func TestKnowledgeFunctionsRejectABadLanguageArgument(t *testing.T) {
	for _, fn := range []string{"methods", "statuses", "statusClasses"} {
		t.Run(fn, func(t *testing.T) {
			got := knowledgeCall(t, fn, nil, `42`)
			if !strings.Contains(got, `"code":"bad-arguments"`) {
				t.Errorf("%s(42) = %s, want a bad-arguments error", fn, got)
			}
		})
	}
}

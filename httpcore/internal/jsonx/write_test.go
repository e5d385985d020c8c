package jsonx

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// marshal is the oracle: what encoding/json writes for v.
func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%#v): %v", v, err)
	}
	return string(b)
}

func TestAppendStringEscapesAsEncodingJSON(t *testing.T) {
	tests := []struct{ name, s string }{
		{"plain ASCII is copied", "GET / HTTP/1.1"},
		{"quotes and backslashes are escaped", `say "hi" \ bye`},
		{"control characters use short escapes where JSON has them", "a\b\f\n\r\tz"},
		{"other control characters use \\u00XX", "\x00\x01\x1f\x7f"},
		{"HTML's special characters are escaped", "<script>a && b</script>"},
		{"U+2028 and U+2029 are escaped for JavaScript", "a\u2028b\u2029c"},
		{"Chinese and emoji are written as they are", "中文 😀"},
		{"each byte of invalid UTF-8 becomes U+FFFD", "a\xffb\xe4\xb8c\xed\xa0\x80"},
		{"the empty string is two quotes", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := string(AppendString(nil, tt.s)), marshal(t, tt.s)
			if got != want {
				t.Errorf("AppendString(%q) = %s, want %s", tt.s, got, want)
			}
		})
	}
}

func TestAppendFloatWritesNumbersAsEncodingJSON(t *testing.T) {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5e3, 123456789, 1e20, 1e21, 1.234e21, 1e-6, 9.99e-7,
		1e-7, 1.5e-10, 1e100, -1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 1.0 / 3, 100, 2e-5}
	for _, f := range floats {
		got, ok := AppendFloat(nil, f)
		if want := marshal(t, f); !ok || string(got) != want {
			t.Errorf("AppendFloat(%v) = %s, %v, want %s", f, got, ok, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := AppendFloat(nil, f); ok {
			t.Errorf("AppendFloat(%v) succeeded, want false: JSON has no such number", f)
		}
	}
}

func TestAppendAnyWritesDynamicValuesAsEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
	}{
		{"null", nil},
		{"an object's keys come out sorted", map[string]any{"b": 1.0, "a": "x", "é": true, "A": nil}},
		{"nested arrays and objects", []any{1.5, []any{}, map[string]any{}, map[string]any{"k": []any{"<b>"}}}},
		{"a nil list is null", []any(nil)},
		{"a list of items", []map[string]any{{"id": "1"}, nil, {}}},
		{"string maps", map[string]string{"z": "1", "a": "2"}},
		{"string lists, nil and empty", []any{[]string(nil), []string{}, []string{"a"}}},
		{"ints", []any{0, -7, 1 << 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := AppendAny(nil, tt.v)
			if want := marshal(t, tt.v); !ok || string(got) != want {
				t.Errorf("AppendAny(%#v) = %s, %v, want %s", tt.v, got, ok, want)
			}
		})
	}
	if _, ok := AppendAny(nil, struct{}{}); ok {
		t.Errorf("AppendAny(struct{}{}) succeeded, want false for a type it does not know")
	}
}

var layoutCases = []string{
	`{}`, `[]`, `{"a":[]}`, `[{}]`, `0`, `"<&>"`,
	`{ "a" : [ 1 , 2 , { "b" : null } ] , "c" : { } , "d" : "x y\" ]" }`,
	"[\n\t\"\u2028\" , true,false ,  -1.5e3\r\n]",
	`{"html":"<p>Tom & Jerry</p>","esc":"\"\\\/\u00e9"}`,
}

func TestCompactMatchesEncodingJSONOnRawMessages(t *testing.T) {
	for _, src := range layoutCases {
		got := string(Compact(nil, []byte(src)))
		if want := marshal(t, json.RawMessage(src)); got != want {
			t.Errorf("Compact(%s) = %s, want %s", src, got, want)
		}
	}
}

func TestIndentMatchesEncodingJSON(t *testing.T) {
	for _, src := range layoutCases {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), ">", "  "); err != nil {
			t.Fatal(err)
		}
		if got := string(Indent(nil, []byte(src), ">", "  ")); got != want.String() {
			t.Errorf("Indent(%s) =\n%s\nwant\n%s", src, got, want.String())
		}
	}
}

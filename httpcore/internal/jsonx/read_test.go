package jsonx

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseLocatesSyntaxErrors(t *testing.T) {
	tests := []struct {
		name, src      string
		line, col, off int
		msg            string
	}{
		{"an unexpected character is pointed at", `{"a": x}`, 1, 7, 6, "invalid character 'x' looking for beginning of value"},
		{"a missing comma on the next line", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, 13, "invalid character '\"' after object key:value pair"},
		{"columns count characters, not bytes", "[\"中文\", ?]", 1, 8, 11, "invalid character '?' looking for beginning of value"},
		{"a trailing comma in an object", `{"a":1,}`, 1, 8, 7, "invalid character '}' looking for beginning of object key string"},
		{"a trailing comma in an array", `[1,]`, 1, 4, 3, "invalid character ']' looking for beginning of value"},
		{"a missing colon", `{"a" 1}`, 1, 6, 5, "invalid character '1' after object key"},
		{"a single-quoted string", `{'a':1}`, 1, 2, 1, `invalid character '\'' looking for beginning of object key string`},
		{"text that ends too soon", `{"a":[1,2`, 1, 10, 9, "unexpected end of JSON input"},
		{"a string that never ends", `"abc`, 1, 5, 4, "unexpected end of JSON input"},
		{"a number that ends at its decimal point", `1.`, 1, 3, 2, "invalid character ' ' after decimal point in numeric literal"},
		{"a newline inside a string", "\"a\nb\"", 1, 3, 2, `invalid character '\n' in string literal`},
		{"a bad escape", `"\x"`, 1, 3, 2, "invalid character 'x' in string escape code"},
		{"a short \\u escape", `"\u12G4"`, 1, 6, 5, `invalid character 'G' in \u hexadecimal character escape`},
		{"a misspelt literal", `tru`, 1, 4, 3, "invalid character ' ' in literal true (expecting 'e')"},
		{"Python's None", `None`, 1, 1, 0, "invalid character 'N' looking for beginning of value"},
		{"a second value after the first", `{} {}`, 1, 4, 3, "invalid character '{' after top-level value"},
		{"a leading zero", `[01]`, 1, 3, 2, "invalid character '1' after array element"},
		{"nothing at all", ``, 1, 1, 0, "unexpected end of JSON input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) = %v, want a *SyntaxError", tt.src, err)
			}
			if se.Line != tt.line || se.Column != tt.col || se.Offset != tt.off || se.Msg != tt.msg {
				t.Errorf("Parse(%q) error = line %d col %d offset %d %q, want line %d col %d offset %d %q",
					tt.src, se.Line, se.Column, se.Offset, se.Msg, tt.line, tt.col, tt.off, tt.msg)
			}
			if want := Where(tt.line, tt.col) + ": " + tt.msg; err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}

func TestParseRefusesNestingBeyondEncodingJSONsLimit(t *testing.T) {
	deep := strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth)
	if _, err := Parse([]byte(deep)); err != nil {
		t.Errorf("Parse of %d nested arrays = %v, want it accepted", maxDepth, err)
	}
	agreeWithEncodingJSON(t, []byte("["+deep+"]"))
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, src := range parseCorpus {
		agreeWithEncodingJSON(t, []byte(src))
	}
}

var parseCorpus = []string{
	`{"name":"seeds","resources":[{"path":"/","body":"<p>hi</p>","repeat":3,"compress":true,"x":null}]}`,
	`"\ud83d\ude00 \ud83d \ude00 \ud83dx \u00e9 \/ \b\f\n\r\t \u0000"`, "\"\xff\xfe raw \xed\xa0\x80\"",
	`-0`, `-0.0e+00`, `1E5`, `1e999`, `[1e999]`, `123456789012345678901234567890`, ` [ ] `, `{"a":1,"a":2}`,
	`{"a":{"b":[true,false,null,{}]}}`, "\t\r\n 7 \n", `nul`, `-`, `1e`, `1e+`, `.5`, `+1`, `[1,,2]`, `{,}`,
	`{"a"}`, `{"a":}`, `[`, `{`, `"\`, `"\u`, `"\u12`, `"a`, "\"\x01\"", `[1 2]`, `{"a":1 "b":2}`, `0x10`, `1.e5`,
}

// agreeWithEncodingJSON checks that Parse accepts src exactly when
// encoding/json does, with the same message, and reads the same values.
func agreeWithEncodingJSON(t *testing.T, src []byte) {
	t.Helper()
	v, err := Parse(src)
	var want any
	jerr := json.Unmarshal(src, &want)
	var jsyn *json.SyntaxError
	if errors.As(jerr, &jsyn) {
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%.40q) = %v, want the syntax error %q", src, err, jsyn.Error())
			return
		}
		// encoding/json's offset counts the offending byte itself, except
		// at the end of the input.
		wantOff := int(jsyn.Offset) - 1
		if se.Offset == len(src) {
			wantOff = int(jsyn.Offset)
		}
		if se.Msg != jsyn.Error() || se.Offset != wantOff {
			t.Errorf("Parse(%.40q) error = %q at %d, want %q at %d", src, se.Msg, se.Offset, jsyn.Error(), wantOff)
		}
		return
	}
	if err != nil {
		t.Errorf("Parse(%.40q) = %v, want it accepted as encoding/json accepts it", src, err)
		return
	}
	got, aerr := v.Any()
	if jerr != nil || aerr != nil {
		if jerr == nil || aerr == nil || jerr.Error() != aerr.Error() {
			t.Errorf("Parse(%.40q).Any() error = %v, want %v", src, aerr, jerr)
		}
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse(%.40q).Any() = %#v, want %#v", src, got, want)
	}
	if c, want := string(Compact(nil, src)), marshalRaw(src); c != want {
		t.Errorf("Compact(%.40q) = %s, want %s", src, c, want)
	}
}

func marshalRaw(src []byte) string {
	b, _ := json.Marshal(json.RawMessage(src))
	return string(b)
}

func FuzzParse(f *testing.F) {
	for _, src := range parseCorpus {
		f.Add([]byte(src))
	}
	for _, src := range layoutCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if Valid(src) != json.Valid(src) {
			t.Fatalf("Valid(%q) = %v, encoding/json says %v", src, Valid(src), json.Valid(src))
		}
		agreeWithEncodingJSON(t, src)
	})
}

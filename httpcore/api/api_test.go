package api

import (
	"strings"
	"testing"
)

func TestCallAnswersErrorsAsData(t *testing.T) {
	Register("test.panics", func([][]byte) (any, error) { panic("boom") })
	Register("test.echo", func(args [][]byte) (any, error) {
		var s string
		if err := StringArg(args, 0, "text", &s); err != nil {
			return nil, err
		}
		return map[string]string{"text": s}, nil
	})
	tests := []struct {
		name string
		fn   string
		args [][]byte
		want string
	}{
		{"an unknown function is an error object", "nope", nil, `"code":"unknown-function"`},
		{"a panic is caught and reported", "test.panics", nil, `"code":"internal"`},
		{"an argument of the wrong type is reported with its position", "test.echo", [][]byte{[]byte(`42`)}, `argument 1 (text)`},
		{"a missing argument keeps the default", "test.echo", nil, `{"text":""}`},
		{"a good call returns its result", "test.echo", [][]byte{[]byte(`"hi"`)}, `{"text":"hi"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Call(tt.fn, tt.args))
			if !strings.Contains(got, tt.want) {
				t.Errorf("Call(%q) = %s, want it to contain %s", tt.fn, got, tt.want)
			}
		})
	}
}

func TestOffsetsCountUTF16CodeUnits(t *testing.T) {
	tests := []struct {
		name string
		text string
		byt  int
		want int
	}{
		{"ASCII offsets are unchanged", "GET / HTTP/1.1", 4, 4},
		{"a two-byte character counts once", "é/x", 2, 1},
		{"a three-byte character counts once", "中文x", 6, 2},
		{"a four-byte character counts twice", "😀x", 4, 2},
		{"an offset inside a character maps to its start", "中x", 1, 0},
		{"an offset past the end clamps to the end", "中", 99, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewOffsets(tt.text).At(tt.byt); got != tt.want {
				t.Errorf("NewOffsets(%q).At(%d) = %d, want %d", tt.text, tt.byt, got, tt.want)
			}
		})
	}
}

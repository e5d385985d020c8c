package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzCallArguments calls every function with arbitrary argument text: the
// answer is always valid JSON, a result or a bad-arguments error, never an
// internal error, and the same bytes encoding/json would write.
func FuzzCallArguments(f *testing.F) {
	for _, c := range badCalls {
		for _, a := range c.args {
			f.Add(uint8(0), string(a), `{"kind":"response"}`)
		}
	}
	f.Add(uint8(3), `"GET / HTTP/1.1\r\nHost: a\r\n\r\n"`, `{"scenario":"maintenance","lang":"zh-Hant"}`)
	f.Add(uint8(7), `{"scenario":{"resources":[{"path":"/index.html","body":"<img src=a.png>"}]}}`, `null`)
	f.Fuzz(func(t *testing.T, which uint8, arg1, arg2 string) {
		names := Names()
		name := names[int(which)%len(names)]
		if strings.HasPrefix(name, "test.") {
			return
		}
		args := [][]byte{[]byte(arg1), []byte(arg2)}
		out := Call(name, args)
		var got struct {
			Error *Error `json:"error"`
		}
		if err := json.Unmarshal(out, &got); err != nil {
			if !json.Valid(out) {
				t.Fatalf("%s(%q, %q) wrote invalid JSON: %s", name, arg1, arg2, out)
			}
		}
		if got.Error != nil && got.Error.Code == "internal" {
			t.Fatalf("%s(%q, %q) failed inside: %s", name, arg1, arg2, got.Error.Message)
		}
		res, err := registry[name](args)
		if err == nil {
			sameAsEncodingJSON(t, name, res)
		}
	})
}

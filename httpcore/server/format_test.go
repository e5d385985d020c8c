package server

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestFormatAgreesWithSprintf(t *testing.T) {
	cases := []struct {
		name   string
		format string
		args   []any
	}{
		{"no verb", "The client wants the whole representation.", nil},
		{"strings", "%s is acceptable; %s is not.", []any{"text/html", "image/png"}},
		{"a quoted string with quotes and a control byte", "%q is not an HTTP date.", []any{"Mon,\t\"10PR\" 18:42 \x7f 日"}},
		{"ints and int64s", "Bytes %d to %d of %d are sent, %d in all.", []any{0, int64(99), int64(1 << 40), -3}},
		{"a q-value", "it matches %q, q=%g.", []any{"text/*", 0.8}},
		{"a q-value of 1 and a tiny one", "q=%g, q=%g", []any{1.0, 0.00001}},
		{"argument indexes, in another order", "%[4]s 里的 <%[1]s %[2]s=\"%[3]s\">", []any{"img", "src", "/logo.png", "/index.html"}},
		{"an index, then the arguments after it", "连接 %d（最多 %[3]d 个，这是第 %[2]d 个），然后 %d", []any{3, 2, 6, 7}},
		{"a JSON number", "its id is %v", []any{42.0}},
		{"a large JSON number", "its id is %v", []any{1e21}},
		{"a JSON string", "its id is %v", []any{"a b"}},
		{"JSON true and null", "%v and %v", []any{true, nil}},
		{"a JSON object and array", "its id is %v", []any{map[string]any{"b": []any{1.5, "x", nil}, "a": map[string]any{}}}},
		{"an infinity", "%g %v", []any{math.Inf(1), math.NaN()}},
		{"a percent sign", "100%% sure about %s", []any{"it"}},
		{"a missing argument", "%s and %d", []any{"one"}},
		{"a verb at the very end", "trailing %", nil},
		{"an empty string", "", nil},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, want := format(tt.format, tt.args), fmt.Sprintf(tt.format, tt.args...)
			if got != want {
				t.Errorf("format(%q) = %q; want %q", tt.format, got, want)
			}
		})
	}
}

// TestSentencesUseOnlyFormatVerbs reads every call of say in the package and
// checks that its sentences use only the verbs format knows, and no more
// arguments than it is given.
func TestSentencesUseOnlyFormatVerbs(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	verb := regexp.MustCompile(`%(\[(\d+)\])?(.)`)
	fset := token.NewFileSet()
	calls := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if id, isIdent := c.Fun.(*ast.Ident); !isIdent || id.Name != "say" || len(c.Args) < 3 {
				return true
			}
			calls++
			nargs := len(c.Args) - 3
			for _, a := range c.Args[:3] {
				lit, ok := a.(*ast.BasicLit)
				if !ok {
					continue
				}
				s, _ := strconv.Unquote(lit.Value)
				next := 0
				for _, m := range verb.FindAllStringSubmatch(s, -1) {
					if m[2] != "" {
						next, _ = strconv.Atoi(m[2])
						next--
					}
					if !strings.Contains("sdqgv", m[3]) {
						t.Errorf("%s: %q uses %%%s, which format does not know", fset.Position(a.Pos()), s, m[3])
					}
					if next >= nargs {
						t.Errorf("%s: %q wants more than its %d arguments", fset.Position(a.Pos()), s, nargs)
					}
					next++
				}
			}
			return true
		})
	}
	if calls < 50 {
		t.Errorf("found %d calls of say; the package has dozens", calls)
	}
}

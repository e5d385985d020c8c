package fieldvalue

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected analyses in testdata/*.md")

// A golden file is Markdown: a "## " heading per case, a sentence on why
// the case exists, the field line in a ```field block and the expected
// analysis in the ```analysis block that follows it.

// goldenCase is one case of a golden file.
type goldenCase struct {
	title      string
	name       string
	value      string
	want       string
	start, end int // line range of the analysis block's body
}

// readGolden parses the cases of one golden file.
func readGolden(t testing.TB, lines []string) []goldenCase {
	t.Helper()
	var cases []goldenCase
	title := ""
	for i := 0; i < len(lines); i++ {
		switch {
		case strings.HasPrefix(lines[i], "## "):
			title = strings.TrimPrefix(lines[i], "## ")
		case lines[i] == "```field":
			if i+2 >= len(lines) || lines[i+2] != "```" {
				t.Fatalf("line %d: a field block holds exactly one field line", i+1)
			}
			name, value, ok := strings.Cut(lines[i+1], ":")
			if !ok {
				t.Fatalf("line %d: %q is not a field line", i+2, lines[i+1])
			}
			c := goldenCase{title: title, name: name, value: strings.Trim(value, " \t"), start: -1}
			i += 2
			for j := i + 1; j < len(lines) && !strings.HasPrefix(lines[j], "## ") && lines[j] != "```field"; j++ {
				if lines[j] == "```analysis" {
					k := j + 1
					for k < len(lines) && lines[k] != "```" {
						k++
					}
					c.start, c.end = j+1, k
					c.want = strings.Join(lines[j+1:k], "\n")
					i = k
					break
				}
			}
			cases = append(cases, c)
		}
	}
	return cases
}

// goldenFiles lists the golden files.
func goldenFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata: %v", err)
	}
	return files
}

// render writes an analysis the way golden files show it.
func render(value string, an Analysis) string {
	var b strings.Builder
	ok := "ok"
	if !an.OK {
		ok = "not ok"
	}
	fmt.Fprintf(&b, "%s: %s, %s\n", an.Field, an.Kind, ok)
	var walk func(ps []Part, indent string)
	walk = func(ps []Part, indent string) {
		for _, p := range ps {
			raw := ""
			if 0 <= p.Span.Start && p.Span.Start <= p.Span.End && p.Span.End <= len(value) {
				raw = value[p.Span.Start:p.Span.End]
			}
			fmt.Fprintf(&b, "%s%s %d-%d %q", indent, p.Role, p.Span.Start, p.Span.End, raw)
			if p.Value != raw {
				fmt.Fprintf(&b, " = %s", p.Value)
			}
			b.WriteString("\n")
			walk(p.Children, indent+"  ")
		}
	}
	walk(an.Parts, "")
	if len(an.Ranked) > 0 {
		var rs []string
		for _, r := range an.Ranked {
			rs = append(rs, fmt.Sprint(r))
		}
		fmt.Fprintf(&b, "ranked: %s\n", strings.Join(rs, ", "))
	}
	for _, n := range an.Notes {
		fmt.Fprintf(&b, "%s %s %d-%d (%s): %s\n", n.Severity, n.Code, n.Span.Start, n.Span.End, n.Spec, n.Text.En)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func TestGolden(t *testing.T) {
	for _, file := range goldenFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		cases := readGolden(t, lines)
		if len(cases) == 0 {
			t.Errorf("%s holds no cases", file)
		}
		// Rewrite from the last case backwards so line numbers stay valid.
		changed := false
		for i := len(cases) - 1; i >= 0; i-- {
			c := cases[i]
			got := render(c.value, Analyze(c.name, c.value))
			if *update {
				if c.start < 0 {
					continue
				}
				if got != c.want {
					changed = true
					lines = append(lines[:c.start], append(strings.Split(got, "\n"), lines[c.end:]...)...)
				}
				continue
			}
			t.Run(filepath.Base(file)+"/"+c.title, func(t *testing.T) {
				if c.start < 0 {
					t.Fatalf("the case has no analysis block; add an empty one and run with -update")
				}
				if got != c.want {
					t.Errorf("Analyze(%q, %q):\ngot:\n%s\nwant:\n%s", c.name, c.value, got, c.want)
				}
			})
		}
		if changed {
			if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// goldenInputs returns every field line of the golden files.
func goldenInputs(t testing.TB) [][2]string {
	var out [][2]string
	for _, file := range goldenFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range readGolden(t, strings.Split(string(data), "\n")) {
			out = append(out, [2]string{c.name, c.value})
		}
	}
	return out
}

package httpcore

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the expected output of the golden cases in testdata/*.md")

// A golden case is a Markdown section of a testdata file:
//
//	## a heading that names the case
//
//	A sentence on why the case exists.
//
//	```http [response] [lenient] [method=HEAD]
//	the raw input (notation below)
//	```
//
//	```text
//	the expected messages, parts, spans and diagnostics (written by -update)
//	```
//
// In the http block every line ends with CRLF, except a line that ends with
// ␊ (a bare LF), ␍ (a bare CR) or ␄ (the input stops here, no line ending).
// ␉ is a tab, ␀ a NUL byte and ⟨hh⟩ any other byte in hexadecimal.
type goldenCase struct {
	file    string
	name    string
	opts    Options
	input   []byte
	want    string
	line    int // the line of the http block's fence
	wantLoc [2]int
}

func TestGoldenCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata: %v", err)
	}
	total := 0
	seen := map[string]bool{}
	seenIn := map[Mode]map[string]bool{Strict: {}, Lenient: {}}
	for _, file := range files {
		lines, cases := readGolden(t, file)
		total += len(cases)
		changed := false
		// Walk backwards so that replacing a block keeps earlier line numbers valid.
		for i := len(cases) - 1; i >= 0; i-- {
			gc := cases[i]
			r := Parse(gc.input, gc.opts)
			for _, d := range r.Diagnostics {
				seen[d.Code] = true
				seenIn[gc.opts.Mode][d.Code] = true
			}
			got := describe(r)
			if got == gc.want {
				continue
			}
			if *update {
				block := append([]string{"", "```text"}, strings.Split(strings.TrimSuffix(got, "\n"), "\n")...)
				block = append(block, "```")
				if gc.wantLoc[0] > 0 {
					lines = splice(lines, gc.wantLoc[0]-1, gc.wantLoc[1], block)
				} else {
					lines = splice(lines, gc.line, gc.line, block)
				}
				changed = true
				continue
			}
			t.Errorf("%s:%d: %s\ngot:\n%s\nwant:\n%s", gc.file, gc.line, gc.name, got, gc.want)
		}
		if changed {
			if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if total < 150 {
		t.Errorf("%d golden cases, want at least 150", total)
	}
	var missing []string
	for _, code := range Codes() {
		if !seen[code] {
			missing = append(missing, code)
		}
	}
	if len(missing) > 0 {
		t.Errorf("no golden case shows these diagnostics: %s", strings.Join(missing, ", "))
	}
	// A diagnostic that lenient mode tolerates is shown in both modes.
	var oneMode []string
	for code, info := range catalogue {
		if info.strict != info.lenient && (!seenIn[Strict][code] || !seenIn[Lenient][code]) {
			oneMode = append(oneMode, code)
		}
	}
	sort.Strings(oneMode)
	if len(oneMode) > 0 {
		t.Errorf("these diagnostics differ by mode but no golden case shows both: %s", strings.Join(oneMode, ", "))
	}
}

func splice(lines []string, from, to int, repl []string) []string {
	out := append([]string{}, lines[:from]...)
	out = append(out, repl...)
	return append(out, lines[to:]...)
}

// readGolden reads the cases of one file. wantLoc is the line range of the
// expected block, blank line before it included (1-based first, exclusive end).
func readGolden(t testing.TB, file string) ([]string, []goldenCase) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var cases []goldenCase
	name := ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "## ") {
			name = strings.TrimPrefix(l, "## ")
			continue
		}
		if !strings.HasPrefix(l, "```http") {
			continue
		}
		gc := goldenCase{file: file, name: name, line: i + 1}
		gc.opts = goldenOptions(t, file, i+1, strings.Fields(strings.TrimPrefix(l, "```http")))
		j := i + 1
		for j < len(lines) && lines[j] != "```" {
			j++
		}
		gc.input = decodeInput(lines[i+1 : j])
		i = j
		// An expected block may follow after one blank line.
		if j+2 < len(lines) && lines[j+1] == "" && lines[j+2] == "```text" {
			k := j + 3
			for k < len(lines) && lines[k] != "```" {
				k++
			}
			gc.want = strings.Join(lines[j+3:k], "\n") + "\n"
			gc.wantLoc = [2]int{j + 2, k + 1}
			gc.line = j + 1
			i = k
		}
		gc.line = j + 1
		cases = append(cases, gc)
	}
	return lines, cases
}

func goldenOptions(t testing.TB, file string, line int, words []string) Options {
	var o Options
	for _, w := range words {
		switch {
		case w == "request":
		case w == "response":
			o.Kind = Response
		case w == "strict":
		case w == "lenient":
			o.Mode = Lenient
		case strings.HasPrefix(w, "method="):
			o.Method = strings.TrimPrefix(w, "method=")
		case strings.HasPrefix(w, "methods="):
			o.Methods = strings.Split(strings.TrimPrefix(w, "methods="), ",")
		case strings.HasPrefix(w, "max-target="):
			o.Limits.MaxTarget, _ = strconv.Atoi(strings.TrimPrefix(w, "max-target="))
		case strings.HasPrefix(w, "max-field-line="):
			o.Limits.MaxFieldLine, _ = strconv.Atoi(strings.TrimPrefix(w, "max-field-line="))
		case strings.HasPrefix(w, "max-header="):
			o.Limits.MaxHeaderBytes, _ = strconv.Atoi(strings.TrimPrefix(w, "max-header="))
		case strings.HasPrefix(w, "max-fields="):
			o.Limits.MaxFields, _ = strconv.Atoi(strings.TrimPrefix(w, "max-fields="))
		case strings.HasPrefix(w, "max-body="):
			n, _ := strconv.Atoi(strings.TrimPrefix(w, "max-body="))
			o.Limits.MaxBody = int64(n)
		default:
			t.Fatalf("%s:%d: unknown option %q", file, line, w)
		}
	}
	return o
}

// decodeInput turns the lines of an http block into the bytes they stand for.
func decodeInput(lines []string) []byte {
	var b []byte
	for _, l := range lines {
		end := "\r\n"
		for _, mark := range []string{"␊", "␍", "␄"} {
			if strings.HasSuffix(l, mark) {
				end = ""
			}
		}
		for i := 0; i < len(l); {
			r, size := utf8.DecodeRuneInString(l[i:])
			switch r {
			case '␊':
				b = append(b, '\n')
			case '␍':
				b = append(b, '\r')
			case '␉':
				b = append(b, '\t')
			case '␀':
				b = append(b, 0)
			case '␄':
			case '⟨':
				if j := strings.IndexRune(l[i:], '⟩'); j > 0 {
					if n, err := strconv.ParseUint(l[i+size:i+j], 16, 8); err == nil {
						b = append(b, byte(n))
						i += j + len("⟩")
						continue
					}
				}
				b = append(b, l[i:i+size]...)
			default:
				b = append(b, l[i:i+size]...)
			}
			i += size
		}
		b = append(b, end...)
	}
	return b
}

// encodeInput is decodeInput's inverse, used to write fuzz findings as cases.
func encodeInput(in []byte) string {
	var b strings.Builder
	for i := 0; i < len(in); {
		c := in[i]
		switch {
		case c == '\r' && i+1 < len(in) && in[i+1] == '\n':
			b.WriteString("\n")
			i += 2
			continue
		case c == '\n':
			b.WriteString("␊\n")
		case c == '\r' && !(i+2 < len(in) && in[i+1] == '\r' && in[i+2] == '\n'):
			b.WriteString("␍")
		case c == '\t':
			b.WriteString("␉")
		case c == 0:
			b.WriteString("␀")
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "⟨%02x⟩", c)
		case c >= 0x80:
			r, size := utf8.DecodeRune(in[i:])
			if r == utf8.RuneError || strings.ContainsRune("␊␍␉␀␄⟨", r) {
				fmt.Fprintf(&b, "⟨%02x⟩", c)
				i++
				continue
			}
			b.Write(in[i : i+size])
			i += size
			continue
		default:
			b.WriteByte(c)
		}
		i++
	}
	s := b.String()
	if len(in) > 0 && in[len(in)-1] != '\n' && !strings.HasSuffix(s, "␍") {
		s += "␄"
	}
	return strings.TrimSuffix(s, "\n")
}

// describe writes a parse result the way golden cases expect it.
func describe(r Result) string {
	var b strings.Builder
	sp := func(s Span) string {
		if !s.Valid() {
			return "-"
		}
		return fmt.Sprintf("%d-%d", s.Start, s.End)
	}
	q := func(s Span) string {
		if !s.Valid() {
			return "-"
		}
		t := string(s.Of(r.Input))
		if len(t) > 60 {
			t = t[:40] + "…" + t[len(t)-15:]
		}
		return strconv.Quote(t)
	}
	for i := range r.Messages {
		m := &r.Messages[i]
		state := "complete"
		if !m.Complete {
			state = "incomplete, " + m.WaitingFor()
		}
		if m.Close {
			state += ", then the connection closes"
		}
		fmt.Fprintf(&b, "%s %d %s: %s\n", m.Kind, i+1, sp(m.Span), state)
		if !m.LeadingEmpty.Empty() {
			fmt.Fprintf(&b, "  leading-empty %s\n", sp(m.LeadingEmpty))
		}
		s := m.Start
		fmt.Fprintf(&b, "  start-line %s %s end %s\n", sp(s.Span), q(s.Span), q(s.End))
		if m.Kind == Request {
			fmt.Fprintf(&b, "    method %s %s\n", sp(s.Method), q(s.Method))
			fmt.Fprintf(&b, "    target %s %s %s", sp(s.Target), q(s.Target), m.Form)
			if m.Path.Valid() {
				fmt.Fprintf(&b, " path %s", q(m.Path))
			}
			if m.Query.Valid() {
				fmt.Fprintf(&b, " query %s", q(m.Query))
			}
			b.WriteString("\n")
			fmt.Fprintf(&b, "    version %s %s\n", sp(s.Version), q(s.Version))
		} else {
			fmt.Fprintf(&b, "    version %s %s\n", sp(s.Version), q(s.Version))
			fmt.Fprintf(&b, "    code %s %s\n", sp(s.Code), q(s.Code))
			fmt.Fprintf(&b, "    reason %s %s\n", sp(s.Reason), q(s.Reason))
		}
		fields := func(label string, fs []Field) {
			for _, f := range fs {
				fold := ""
				if f.Folded {
					fold = " folded"
				}
				fmt.Fprintf(&b, "  %s %s name %s %s value %s %s end %s%s\n", label, sp(f.Line), sp(f.Name), q(f.Name), sp(f.Value), strconv.Quote(m.Value(f)), q(f.End), fold)
			}
		}
		fields("field", m.Fields)
		if m.EmptyLine.Valid() {
			fmt.Fprintf(&b, "  empty-line %s %s\n", sp(m.EmptyLine), q(m.EmptyLine))
		}
		if m.Framing != NoBody || !m.BodySpan.Empty() {
			fmt.Fprintf(&b, "  body %s %s (%s) decoded %q\n", sp(m.BodySpan), m.Framing, lengthText(m), clip(string(m.Body())))
		}
		for _, c := range m.Chunks {
			fmt.Fprintf(&b, "    chunk %s size %s %d ext %s data %s end %s\n", sp(c.Span), q(c.Size), c.N, q(c.Ext), q(c.Data), q(c.DataEnd))
		}
		fields("trailer", m.Trailers)
	}
	for _, d := range r.Diagnostics {
		fmt.Fprintf(&b, "%s %s %s", d.Severity, d.Code, sp(d.Span))
		if d.Status != 0 {
			fmt.Fprintf(&b, " %d", d.Status)
		}
		fmt.Fprintf(&b, " (%s): %s\n", d.Spec, d.Message)
		if d.HasFix {
			fmt.Fprintf(&b, "  fix %s → %q\n", sp(d.Span), d.Fix)
		}
	}
	if len(r.Messages) == 0 {
		b.WriteString("no message\n")
	}
	return b.String()
}

func lengthText(m *Message) string {
	if m.Length < 0 {
		return "length unknown"
	}
	return strconv.FormatInt(m.Length, 10) + " bytes"
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:40] + "…" + s[len(s)-15:]
	}
	return s
}

// goldenInputs returns every golden input, for the fuzz targets and the
// differential test.
func goldenInputs(t testing.TB) []goldenCase {
	files, _ := filepath.Glob("testdata/*.md")
	sort.Strings(files)
	var all []goldenCase
	for _, f := range files {
		_, cases := readGolden(t, f)
		all = append(all, cases...)
	}
	return all
}

func TestGoldenNotationRoundTrips(t *testing.T) {
	inputs := []string{
		"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
		"GET / HTTP/1.1\nHost:\ta\r\n\n",
		"a\rb\r\n\x00\x01\xff中文",
		"x\r\r\n",
		"",
		"\r\n",
		"ends with CR\r",
	}
	for _, in := range inputs {
		enc := encodeInput([]byte(in))
		lines := []string{}
		if enc != "" || in != "" {
			lines = strings.Split(enc, "\n")
		}
		if got := string(decodeInput(lines)); got != in {
			t.Errorf("decode(encode(%q)) = %q (encoded as %q)", in, got, enc)
		}
	}
}

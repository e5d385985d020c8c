package fieldvalue

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// checkAnalysis reports every way an analysis breaks the package's promises:
// spans inside the value and in order, children inside their parent, texts
// in three languages, OK agreeing with the notes.
func checkAnalysis(value string, an Analysis) []string {
	var probs []string
	inside := func(s, outer Span) bool { return outer.Start <= s.Start && s.Start <= s.End && s.End <= outer.End }
	// In valid UTF-8, spans must not cut a character in two: the page
	// converts them to UTF-16 offsets.
	boundary := func(i int) bool { return i <= 0 || i >= len(value) || utf8.RuneStart(value[i]) }
	whole := func(s Span) bool { return !utf8.ValidString(value) || (boundary(s.Start) && boundary(s.End)) }
	var walk func(ps []Part, outer Span, where string)
	walk = func(ps []Part, outer Span, where string) {
		prev := outer.Start
		for i, p := range ps {
			if !inside(p.Span, outer) {
				probs = append(probs, where+": part "+p.Role+" lies outside its parent or the value")
			} else if !whole(p.Span) {
				probs = append(probs, where+": part "+p.Role+" cuts a character in two")
			}
			if p.Span.Start < prev {
				probs = append(probs, where+": part "+p.Role+" starts before the end of the part before it")
			}
			prev = p.Span.End
			if p.Role == "" {
				probs = append(probs, where+": a part has no role")
			}
			if !p.Text.Complete() {
				probs = append(probs, where+": part "+p.Role+" lacks a text in some language")
			}
			_ = i
			walk(p.Children, p.Span, where+"/"+p.Role)
		}
	}
	walk(an.Parts, Span{0, len(value)}, "parts")
	hasError := false
	for i, n := range an.Notes {
		if i > 0 && n.Span.Start < an.Notes[i-1].Span.Start {
			probs = append(probs, "note "+n.Code+" is out of order")
		}
		if !inside(n.Span, Span{0, len(value)}) {
			probs = append(probs, "note "+n.Code+" lies outside the value")
		} else if !whole(n.Span) {
			probs = append(probs, "note "+n.Code+" cuts a character in two")
		}
		if !n.Text.Complete() {
			probs = append(probs, "note "+n.Code+" lacks a text in some language")
		}
		if n.Spec.Number == 0 {
			probs = append(probs, "note "+n.Code+" cites no RFC")
		}
		hasError = hasError || n.Severity == Error
	}
	if an.OK == hasError {
		probs = append(probs, "OK disagrees with the severities of the notes")
	}
	for _, r := range an.Ranked {
		if r < 0 || r >= len(an.Parts) {
			probs = append(probs, "a ranked index points outside the parts")
		}
	}
	return probs
}

func TestEveryGoldenAnalysisKeepsThePromises(t *testing.T) {
	for _, in := range goldenInputs(t) {
		for _, p := range checkAnalysis(in[1], Analyze(in[0], in[1])) {
			t.Errorf("Analyze(%q, %q): %s", in[0], in[1], p)
		}
	}
}

func TestEveryTextExistsInThreeLanguages(t *testing.T) {
	complete := func(t knowledge.Text) bool {
		return strings.TrimSpace(t.En) != "" && strings.TrimSpace(t.Hans) != "" && strings.TrimSpace(t.Hant) != ""
	}
	for _, d := range noteDefs {
		if !complete(d.text) {
			t.Errorf("note %s lacks a text in some language: %+v", d.code, d.text)
		}
		if d.spec.Number == 0 {
			t.Errorf("note %s cites no RFC", d.code)
		}
		if d.severity != Error && d.severity != Warning && d.severity != Remark {
			t.Errorf("note %s has the unknown severity %q", d.code, d.severity)
		}
	}
	for name, p := range partTexts {
		if !complete(p) {
			t.Errorf("part text %s lacks a language: %+v", name, p)
		}
	}
}

func TestNoteCodesAreUniqueAndUsedByAGoldenCase(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range noteDefs {
		if seen[d.code] {
			t.Errorf("note code %s is declared twice", d.code)
		}
		seen[d.code] = true
	}
	used := map[string]bool{}
	for _, in := range goldenInputs(t) {
		for _, n := range Analyze(in[0], in[1]).Notes {
			used[n.Code] = true
		}
	}
	// Notes that a Markdown file cannot show (their input holds control
	// characters) are covered by unit tests instead.
	used["value/control-character"] = true
	for _, d := range noteDefs {
		if !used[d.code] {
			t.Errorf("no golden case shows the note %s; add one", d.code)
		}
	}
}

func TestSimplifiedAndTraditionalTextsUseTheirOwnTerms(t *testing.T) {
	// Taiwan usage in zh-Hant, mainland usage in zh-Hans.
	hansOnly := []string{"服务器", "客户端", "标头", "缓存"}
	hantOnly := []string{"伺服器", "用戶端", "標頭", "快取"}
	var texts []knowledge.Text
	for _, d := range noteDefs {
		texts = append(texts, d.text)
	}
	for _, p := range partTexts {
		texts = append(texts, p)
	}
	for _, tx := range texts {
		for _, w := range hansOnly {
			if strings.Contains(tx.Hant, w) {
				t.Errorf("zh-Hant text uses the mainland term %s: %s", w, tx.Hant)
			}
		}
		for _, w := range append(hantOnly, "伺服", "客戶端", "標頭", "緩存") {
			if strings.Contains(tx.Hans, w) {
				t.Errorf("zh-Hans text uses the Traditional term %s: %s", w, tx.Hans)
			}
		}
		for _, w := range []string{"服務器", "客戶端", "緩存", "信息"} {
			if strings.Contains(tx.Hant, w) {
				t.Errorf("zh-Hant text uses %s where Taiwan says otherwise: %s", w, tx.Hant)
			}
		}
	}
}

func TestEveryAnalyzerHasGoldenCases(t *testing.T) {
	covered := map[string]bool{}
	for _, in := range goldenInputs(t) {
		covered[strings.ToLower(Analyze(in[0], in[1]).Field)] = true
	}
	for key, an := range analyzers {
		if !covered[key] {
			t.Errorf("no golden case reads a %s value", an.name)
		}
	}
}

func TestFillAgreesWithSprintf(t *testing.T) {
	for name, d := range noteDefs {
		for _, text := range []string{d.text.En, d.text.Hans, d.text.Hant} {
			n := strings.Count(text, "%s")
			if n == 0 {
				continue
			}
			args := make([]string, n)
			anys := make([]any, n)
			for i := range args {
				args[i] = "a<" + strings.Repeat("%", i) + ">"
				anys[i] = args[i]
			}
			if got, want := fill(text, args), fmt.Sprintf(text, anys...); got != want {
				t.Errorf("%s: fill gives %q, fmt.Sprintf %q", name, got, want)
			}
		}
	}
}

package fieldvalue

import "testing"

// FuzzAnalyze checks that no value makes Analyze panic or break its
// promises (spans inside the value and in order, texts complete).
func FuzzAnalyze(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(in[0], in[1])
	}
	f.Fuzz(func(t *testing.T, name, value string) {
		an := Analyze(name, value)
		for _, p := range checkAnalysis(value, an) {
			t.Errorf("Analyze(%q, %q): %s", name, value, p)
		}
	})
}

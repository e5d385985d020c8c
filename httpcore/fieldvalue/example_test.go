package fieldvalue_test

import (
	"fmt"

	"github.com/httpplayground/playground/httpcore/fieldvalue"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// The seed glossary's Authorization example: the credentials are only
// Base64, so the analysis reads them as anyone could.
func ExampleAnalyze() {
	value := "Basic YXV0aG9yOnBoaWw="
	an := fieldvalue.Analyze("Authorization", value)
	for _, p := range an.Parts[0].Children {
		fmt.Printf("%s %q -> %s\n", p.Role, value[p.Span.Start:p.Span.End], p.Value)
	}
	for _, n := range an.Notes {
		fmt.Println(n.Severity, n.Code, n.Spec)
		fmt.Println(n.Text.In(knowledge.Hant))
	}
	// Output:
	// scheme "Basic" -> basic
	// token68 "YXV0aG9yOnBoaWw=" -> user: author, password: phil
	// warning auth/basic-is-not-encryption RFC 7617 §4
	// Base64 只是編碼而不是加密：任何看到這則訊息的人都能讀出密碼。只能透過 HTTPS 傳送 Basic 憑證。
}

// Accept lists preferences; Ranked gives the order a server considers them.
func ExampleAnalysis_ranked() {
	an := fieldvalue.Analyze("Accept", "*/*;q=0.8, text/html, application/xml;q=0.9")
	for _, i := range an.Ranked {
		fmt.Println(an.Parts[i].Value)
	}
	// Output:
	// text/html;q=1
	// application/xml;q=0.9
	// */*;q=0.8
}

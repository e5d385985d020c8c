package web

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// buildReference gathers the reference tables from the knowledge base, in
// lang: every registered method, status code and header field.
func buildReference(lang knowledge.Lang) ReferenceVM {
	var ref ReferenceVM
	for _, m := range knowledge.Methods() {
		var flags []string
		if m.Safe {
			flags = append(flags, "safe")
		}
		if m.Idempotent {
			flags = append(flags, "idempotent")
		}
		ref.Methods = append(ref.Methods, RefRow{
			ID: "method-" + m.Name, Name: m.Name, Summary: m.Summary.In(lang),
			Badge: strings.Join(flags, ", "), Spec: m.Spec.String(), SpecURL: m.Spec.URL(),
		})
	}
	for _, s := range knowledge.Statuses() {
		ref.Statuses = append(ref.Statuses, RefRow{
			ID: "status-" + strconv.Itoa(s.Code), Name: strconv.Itoa(s.Code) + " " + s.Reason,
			Summary: s.Summary.In(lang), Spec: s.Cite(), SpecURL: s.CiteURL(),
		})
	}
	for _, f := range knowledge.Fields() {
		badge := string(f.Status)
		if badge == "permanent" {
			badge = ""
		}
		ref.Fields = append(ref.Fields, RefRow{
			ID: "field-" + strings.ToLower(f.Name), Name: f.Name, Summary: f.Summary.In(lang),
			Badge: badge, Spec: f.Cite(), SpecURL: f.CiteURL(),
		})
	}
	return ref
}

package web

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

func TestTheReferenceListsEveryMethodStatusAndField(t *testing.T) {
	ref := buildReference(knowledge.En)
	tests := []struct {
		name      string
		rows      []RefRow
		wantCount int
		wantRow   string
	}{
		{"methods", ref.Methods, len(knowledge.Methods()), "GET"},
		{"status codes", ref.Statuses, len(knowledge.Statuses()), "404 Not Found"},
		{"header fields", ref.Fields, len(knowledge.Fields()), "Content-Type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.rows) != tt.wantCount || tt.wantCount == 0 {
				t.Fatalf("%d rows, want %d (and more than none)", len(tt.rows), tt.wantCount)
			}
			found := false
			for _, r := range tt.rows {
				if r.Name == tt.wantRow {
					found = true
					if r.Summary == "" || r.Spec == "" {
						t.Errorf("row %q has no summary or no spec: %+v", r.Name, r)
					}
				}
			}
			if !found {
				t.Errorf("no row named %q", tt.wantRow)
			}
		})
	}
}

func TestTheReferenceIsInThePageWithoutScripts(t *testing.T) {
	var buf bytes.Buffer
	if err := Page(newPageVM(Manifest{}, buildReference(knowledge.En))).Render(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{`id="method-GET"`, `id="status-404"`, `id="field-content-type"`, `href="https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the rendered page does not contain %s", want)
		}
	}
}

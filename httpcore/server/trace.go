package server

import (
	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Step is one decision the server took while answering a request: which
// question (ID names the node of the Webmachine v3 decision diagram it models,
// such as "B13" or "G7"; the playground's own additions are listed in
// decisions), the answer, what the server saw and concluded (Note), the
// bytes of the request it looked at (Span, in the simulated input; empty when
// it looked at none) and the RFC section that sets the rule.
type Step struct {
	ID       string         `json:"id"`
	Question knowledge.Text `json:"question"`
	Answer   bool           `json:"answer"`
	Note     knowledge.Text `json:"note"`
	Span     httpcore.Span  `json:"span"`
	Spec     knowledge.Spec `json:"spec"`
	// Status is the status code this step settled on, when it ended the walk.
	Status int `json:"status,omitempty"`
	// Diagnostic is the code of the parser's diagnostic the step rests on,
	// when it rests on one (P1); its Note is that diagnostic's message.
	Diagnostic string `json:"diagnostic,omitempty"`
}

// decision is a node of the diagram: its question and its rule.
type decision struct {
	Question knowledge.Text
	Spec     knowledge.Spec
}

// say makes a Text from one sentence in each language, each formatted with
// the same arguments.
func say(en, hans, hant string, args ...any) knowledge.Text {
	if len(args) == 0 {
		return knowledge.Text{En: en, Hans: hans, Hant: hant}
	}
	return knowledge.Text{
		En:   format(en, args),
		Hans: format(hans, args),
		Hant: format(hant, args),
	}
}

// joinText puts two texts one after the other, in every language.
func joinText(a, b knowledge.Text) knowledge.Text {
	return knowledge.Text{En: a.En + " " + b.En, Hans: a.Hans + b.Hans, Hant: a.Hant + b.Hant}
}

// Package knowledge is the playground's reference data: every registered
// method, status code and header field, explained in English, Simplified
// Chinese and Traditional Chinese, each explanation resting on an RFC section.
//
// Everything here is data (tables checked by invariant tests), written in the
// project's own words; the RFC section is the citation.
package knowledge

import (
	"strconv"
	"strings"
)

// Lang is a language the playground speaks, as a BCP 47 tag.
type Lang string

const (
	En   Lang = "en"      // English
	Hans Lang = "zh-Hans" // Simplified Chinese, 简体中文
	Hant Lang = "zh-Hant" // Traditional Chinese, 繁體中文
)

// Langs lists every language, in the order the page offers them.
var Langs = []Lang{En, Hans, Hant}

// ParseLang maps a language tag to a Lang, falling back to English when
// MatchLang finds none.
func ParseLang(tag string) Lang {
	if l, ok := MatchLang(tag); ok {
		return l
	}
	return En
}

// MatchLang maps a BCP 47 language tag (a browser language, a ?lang= value,
// an Accept-Language entry) to the page language that serves it, if any.
// English of any region is English. Chinese follows its script subtag when
// it has one (zh-Hans-TW is Simplified, zh-Hant-CN Traditional); without
// one, Chinese of Taiwan, Hong Kong and Macau is Traditional and all other
// Chinese is Simplified. Every other language has no match.
func MatchLang(tag string) (Lang, bool) {
	subtags := strings.Split(strings.ToLower(strings.TrimSpace(tag)), "-")
	switch subtags[0] {
	case "en":
		return En, true
	case "zh":
	default:
		return "", false
	}
	region := ""
	for _, s := range subtags[1:] {
		switch {
		case s == "hans":
			return Hans, true
		case s == "hant":
			return Hant, true
		case len(s) == 2 && region == "":
			region = s
		}
	}
	switch region {
	case "tw", "hk", "mo":
		return Hant, true
	}
	return Hans, true
}

// Text is one string a learner reads, in every language.
type Text struct {
	En   string `json:"en"`
	Hans string `json:"zh-Hans"`
	Hant string `json:"zh-Hant"`
}

// In returns the text in lang, or the English text if lang is unknown.
func (t Text) In(lang Lang) string {
	switch lang {
	case Hans:
		return t.Hans
	case Hant:
		return t.Hant
	default:
		return t.En
	}
}

// Complete reports whether the text exists in every language.
func (t Text) Complete() bool { return t.En != "" && t.Hans != "" && t.Hant != "" }

// Spec is a citation: a document and a section in it, such as RFC 9110
// section 15.4.2. Doc is "RFC" for RFCs; Section may be empty when the whole
// document is meant.
type Spec struct {
	Doc     string `json:"doc"`
	Number  int    `json:"number"`
	Section string `json:"section,omitempty"`
}

// RFC cites a section of an RFC.
func RFC(number int, section string) Spec { return Spec{Doc: "RFC", Number: number, Section: section} }

// String renders the citation as learners read it: "RFC 9110 §15.4.2".
func (s Spec) String() string {
	out := s.Doc + " " + strconv.Itoa(s.Number)
	if s.Section != "" {
		out += " §" + s.Section
	}
	return out
}

// URL links to the cited section on rfc-editor.org.
func (s Spec) URL() string {
	if s.Doc != "RFC" || s.Number == 0 {
		return ""
	}
	u := "https://www.rfc-editor.org/rfc/rfc" + strconv.Itoa(s.Number)
	if s.Section != "" {
		if s.Section[0] >= '0' && s.Section[0] <= '9' {
			u += "#section-" + s.Section
		} else {
			u += "#appendix-" + s.Section
		}
	}
	return u
}

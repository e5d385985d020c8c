package server

import _ "embed"

// defaultSiteJSON is the default scenario, built from the seeds: the page,
// stylesheet and image of the seeds' page load, the MDN contact form, the
// moved, missing and gone pages, the language variants of the root page, a
// JSON collection, a Basic-auth area, a large file for ranges and a text
// that compresses well. It is also the template a teacher edits.
//
//go:embed default_site.json
var defaultSiteJSON []byte

// DefaultSiteJSON returns the default scenario as JSON.
func DefaultSiteJSON() []byte { return append([]byte(nil), defaultSiteJSON...) }

// DefaultSite returns a fresh copy of the default scenario.
func DefaultSite() *Site {
	s, err := ParseSite(defaultSiteJSON)
	if err != nil {
		panic("server: the default scenario is broken: " + err.Error())
	}
	return s
}

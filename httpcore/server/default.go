package server

// The default scenario is built from the seeds: the page, stylesheet and
// image of the seeds' page load, the MDN contact form, the moved, missing and
// gone pages, the language variants of the root page, a JSON collection, a
// Basic-auth area, a large file for ranges and a text that compresses well.
// It is also the template a teacher edits.
//
// It is written in default_site.json; default_site_text.go holds the same
// text as the constant defaultSiteText (go test ./httpcore/server -update
// rewrites it), rather than //go:embed, which would bring package embed and,
// through io/fs, package time into the browser module. The text is turned
// into bytes where it is used: a []byte variable would be a second copy of
// it in the module.

// DefaultSiteJSON returns the default scenario as JSON.
func DefaultSiteJSON() []byte { return []byte(defaultSiteText) }

// DefaultSite returns a fresh copy of the default scenario.
func DefaultSite() *Site {
	s, err := ParseSite([]byte(defaultSiteText))
	if err != nil {
		panic("server: the default scenario is broken: " + err.Error())
	}
	return s
}

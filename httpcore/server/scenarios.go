package server

import "github.com/httpplayground/playground/httpcore/internal/jsonx"

// scenarios are the ready-made sites an embed can pick by name. Each is the
// default site with a few members changed, to show one lesson.
var scenarios = []struct {
	Name string
	Make func(*Site)
}{
	// the seeds' site as it is
	{"seeds", func(*Site) {}},
	// the whole site is down: every request gets 503 and Retry-After
	{"maintenance", func(s *Site) {
		s.Name = "The seeds' site, down for maintenance"
		s.Unavailable = &Unavailable{RetryAfter: 300}
	}},
	// a server configured the way production servers are: TRACE off, short
	// limits, few requests per connection
	{"hardened", func(s *Site) {
		s.Name = "The seeds' site on a hardened server"
		s.AllowTrace = false
		s.MaxTargetLength = 256
		s.MaxBodyLength = 1024
		s.KeepAliveMax = 3
		s.KeepAliveTimeout = 2
		s.Server = "nginx"
	}},
}

// ScenarioNames lists the ready-made scenarios, the default first.
func ScenarioNames() []string {
	names := make([]string, len(scenarios))
	for i, sc := range scenarios {
		names[i] = sc.Name
	}
	return names
}

// Scenario returns the ready-made scenario called name ("seeds" is the
// default site).
func Scenario(name string) (*Site, bool) {
	for _, sc := range scenarios {
		if sc.Name == name {
			s := DefaultSite()
			sc.Make(s)
			return s, true
		}
	}
	return nil, false
}

// JSON writes the scenario as the JSON a teacher edits, indented by two
// spaces (exactly as encoding/json's MarshalIndent would).
func (s *Site) JSON() []byte {
	b, ok := appendSite(nil, s)
	if !ok {
		return nil
	}
	return jsonx.Indent(nil, b, "", "  ")
}

package server

import (
	"encoding/base64"
	"errors"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/httpplayground/playground/httpcore/internal/httpdate"
)

// Site is the virtual web site the simulated server answers for: a scenario
// a teacher can edit as JSON. Every resource is data; nothing here runs code
// a scenario supplies.
type Site struct {
	Name string `json:"name"`
	// Server is the value of the Server field on every response.
	Server string `json:"server"`
	// Unavailable, when set, makes the whole site answer 503 (decision B13).
	Unavailable *Unavailable `json:"unavailable,omitempty"`
	// MaxTargetLength is the longest request-target the server reads (414
	// beyond it, decision B11). Zero means 2048.
	MaxTargetLength int `json:"maxTargetLength,omitempty"`
	// MaxBodyLength is the largest request body any resource takes (413,
	// decision B4). Zero means 65536.
	MaxBodyLength int `json:"maxBodyLength,omitempty"`
	// AllowTrace makes the server answer TRACE with an echo. Real servers
	// switch TRACE off; the playground's default site turns it on to show it.
	AllowTrace bool `json:"allowTrace,omitempty"`
	// KeepAliveTimeout and KeepAliveMax are what the server says in
	// Keep-Alive: how long an idle connection stays open (seconds) and how
	// many requests one connection may carry. Zero means 5 and 100.
	KeepAliveTimeout int `json:"keepAliveTimeout,omitempty"`
	KeepAliveMax     int `json:"keepAliveMax,omitempty"`
	// NotFoundPage and GonePage are the HTML bodies of 404 and 410.
	NotFoundPage string `json:"notFoundPage,omitempty"`
	GonePage     string `json:"gonePage,omitempty"`
	// LastModified is the default modification time of resources that do
	// not give their own, in RFC 3339 form.
	LastModified string     `json:"lastModified,omitempty"`
	Resources    []Resource `json:"resources"`
}

// Unavailable describes a 503 answer.
type Unavailable struct {
	RetryAfter int `json:"retryAfter,omitempty"` // seconds, sent as Retry-After
}

// Resource is one thing at one path. Which members are set decides what it is:
// a static document (Body or Variants), a redirect, a gone page, a form
// handler, or a JSON collection whose items live under Path + "/{id}".
type Resource struct {
	Path string `json:"path"`
	// Methods lists the methods the resource allows (405 for the others).
	// Empty means GET, HEAD and OPTIONS (plus POST for forms and the
	// methods of collections).
	Methods  []string `json:"methods,omitempty"`
	Type     string   `json:"type,omitempty"`     // Content-Type of the body
	Language string   `json:"language,omitempty"` // Content-Language, when the body has one
	Body     string   `json:"body,omitempty"`
	// BodyBase64 holds a binary body (an image) in standard Base64.
	BodyBase64 string `json:"bodyBase64,omitempty"`
	// Repeat sends Body this many times over, to make a large resource.
	Repeat int `json:"repeat,omitempty"`
	// Variants are the same document in several languages, chosen by
	// Accept-Language; the first one is the default.
	Variants []Variant `json:"variants,omitempty"`
	// ETag overrides the strong entity tag computed from the body.
	ETag string `json:"etag,omitempty"`
	// LastModified in RFC 3339 form; the site's default when empty.
	LastModified string `json:"lastModified,omitempty"`
	CacheControl string `json:"cacheControl,omitempty"`
	// Compress allows gzip when the client accepts it.
	Compress bool `json:"compress,omitempty"`
	// NoRanges makes the server answer Accept-Ranges: none and ignore Range.
	NoRanges bool `json:"noRanges,omitempty"`

	Redirect    *Redirect    `json:"redirect,omitempty"`
	Gone        bool         `json:"gone,omitempty"`
	Auth        *Auth        `json:"auth,omitempty"`
	Unavailable *Unavailable `json:"unavailable,omitempty"`
	Form        *Form        `json:"form,omitempty"`
	Collection  *Collection  `json:"collection,omitempty"`
	// Accepts lists the media types the resource takes in request bodies
	// (415 for others).
	Accepts []string `json:"accepts,omitempty"`
	// MaxBody is the largest request body this resource takes (413).
	MaxBody int `json:"maxBody,omitempty"`
}

// Variant is one language version of a document.
type Variant struct {
	Language string `json:"language"`
	Body     string `json:"body"`
}

// Redirect sends the client elsewhere: Status is 301, 302, 303, 307 or 308.
type Redirect struct {
	Status   int    `json:"status"`
	Location string `json:"location"`
}

// Auth protects a resource with HTTP Basic authentication. Users maps user
// names to passwords; only the users in Allow may see the resource, the
// others are known but forbidden (403).
type Auth struct {
	Realm string            `json:"realm"`
	Users map[string]string `json:"users"`
	Allow []string          `json:"allow"`
}

// Form is a handler for HTML form posts (application/x-www-form-urlencoded).
// Reply is the HTML answered to a successful post; "{fields}" in it is
// replaced by the decoded fields as a list.
type Form struct {
	Reply string `json:"reply"`
}

// Collection is a JSON collection: GET lists the items, POST adds one (201 and
// Location), and each item at Path/{id} takes GET, PUT, PATCH and DELETE.
type Collection struct {
	// Items are JSON objects, each with a string "id".
	Items []map[string]any `json:"items"`
	// Unique names a member that no two items may share (409 on a clash).
	Unique string `json:"unique,omitempty"`
	// DeferDelete lists item ids whose deletion is queued rather than done
	// at once (202 Accepted).
	DeferDelete []string `json:"deferDelete,omitempty"`
}

// maxResourceSize bounds a resource's body, repeats included, so that a
// scenario cannot make the simulator allocate without limit.
const maxResourceSize = 4 << 20

// ParseSite reads a scenario from JSON and checks it. A mistake in the JSON
// says where it is: "scenario: line 3, column 7: invalid character ...".
func ParseSite(data []byte) (*Site, error) {
	s, err := decodeSite(data)
	if err != nil {
		return nil, errors.New("scenario: " + err.Error())
	}
	if err := s.Check(); err != nil {
		return nil, err
	}
	return s, nil
}

// Check reports the first mistake in a scenario: a path that does not start
// with "/", a path given twice, a bad date, bad Base64, a redirect without a
// location or with a status that is not a redirect.
func (s *Site) Check() error {
	if _, err := s.defaultModified(); err != nil {
		return errors.New("scenario: lastModified: " + err.Error())
	}
	seen := map[string]bool{}
	for i, r := range s.Resources {
		where := "scenario: resource " + strconv.Itoa(i+1) + " (" + r.Path + ")"
		if !strings.HasPrefix(r.Path, "/") {
			return errors.New(where + ": the path must start with /")
		}
		if seen[r.Path] {
			return errors.New(where + ": the path is given twice")
		}
		seen[r.Path] = true
		if r.LastModified != "" {
			if _, err := httpdate.ParseRFC3339(r.LastModified); err != nil {
				return errors.New(where + ": lastModified: " + err.Error())
			}
		}
		if r.BodyBase64 != "" {
			if _, err := base64.StdEncoding.DecodeString(r.BodyBase64); err != nil {
				return errors.New(where + ": bodyBase64: " + err.Error())
			}
		}
		if r.Redirect != nil {
			switch r.Redirect.Status {
			case 301, 302, 303, 307, 308:
			default:
				return errors.New(where + ": a redirect status must be 301, 302, 303, 307 or 308, not " + strconv.Itoa(r.Redirect.Status))
			}
			if r.Redirect.Location == "" {
				return errors.New(where + ": a redirect needs a location")
			}
		}
		for _, m := range r.Methods {
			if !isToken(m) {
				return errors.New(where + ": " + strconv.Quote(m) + " is not a method name")
			}
		}
		if r.Repeat < 0 || r.Repeat > 10000 {
			return errors.New(where + ": repeat must be between 0 and 10000")
		}
		if n := len(r.Body) * max(r.Repeat, 1); n > maxResourceSize {
			return errors.New(where + ": the body would be " + strconv.Itoa(n) + " bytes; a scenario's resource holds at most " + strconv.Itoa(maxResourceSize))
		}
	}
	return nil
}

func (s *Site) defaultModified() (time.Time, error) {
	if s.LastModified == "" {
		return time.Date(2018, 12, 1, 9, 0, 0, 0, time.UTC), nil
	}
	return httpdate.ParseRFC3339(s.LastModified)
}

func (s *Site) maxTarget() int { return orDefault(s.MaxTargetLength, 2048) }
func (s *Site) maxBody() int   { return orDefault(s.MaxBodyLength, 65536) }
func (s *Site) keepAliveTimeout() int {
	return orDefault(s.KeepAliveTimeout, 5)
}
func (s *Site) keepAliveMax() int { return orDefault(s.KeepAliveMax, 100) }

func orDefault(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}

// clone copies the parts of a site that a session changes (collections), so
// that each simulation starts from the scenario as written.
func (s *Site) clone() *Site {
	c := *s
	c.Resources = make([]Resource, len(s.Resources))
	copy(c.Resources, s.Resources)
	for i := range c.Resources {
		if col := c.Resources[i].Collection; col != nil {
			cc := *col
			cc.Items = make([]map[string]any, len(col.Items))
			for j, it := range col.Items {
				cc.Items[j] = copyItem(it)
			}
			c.Resources[i].Collection = &cc
		}
	}
	return &c
}

func copyItem(it map[string]any) map[string]any {
	out := make(map[string]any, len(it))
	for k, v := range it {
		out[k] = v
	}
	return out
}

// lookup finds the resource at path. For a collection it also answers the
// paths of its items, returning the item id ("" for the collection itself).
func (s *Site) lookup(path string) (r *Resource, itemID string) {
	for i := range s.Resources {
		if s.Resources[i].Path == path {
			return &s.Resources[i], ""
		}
	}
	for i := range s.Resources {
		res := &s.Resources[i]
		if res.Collection == nil {
			continue
		}
		prefix := strings.TrimSuffix(res.Path, "/") + "/"
		if id, ok := strings.CutPrefix(path, prefix); ok && id != "" && !strings.Contains(id, "/") {
			return res, id
		}
	}
	return nil, ""
}

// allowedMethods is the Allow list of a resource (item says whether an item
// of a collection is meant).
func (r *Resource) allowedMethods(item bool, site *Site) []string {
	var ms []string
	switch {
	case len(r.Methods) > 0:
		ms = append(ms, r.Methods...)
	case r.Collection != nil && item:
		ms = []string{"GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"}
	case r.Collection != nil:
		ms = []string{"GET", "HEAD", "POST", "OPTIONS"}
	case r.Form != nil:
		ms = []string{"GET", "HEAD", "POST", "OPTIONS"}
	case r.Redirect != nil || r.Gone:
		ms = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
	default:
		ms = []string{"GET", "HEAD", "OPTIONS"}
	}
	if site.AllowTrace && !contains(ms, "TRACE") {
		ms = append(ms, "TRACE")
	}
	return ms
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// body returns the resource's document in the chosen language variant.
func (r *Resource) body(variant int) []byte {
	var b []byte
	switch {
	case len(r.Variants) > 0:
		b = []byte(r.Variants[variant].Body)
	case r.BodyBase64 != "":
		b, _ = base64.StdEncoding.DecodeString(r.BodyBase64)
	default:
		b = []byte(r.Body)
	}
	if r.Repeat > 1 {
		b = []byte(strings.Repeat(string(b), r.Repeat))
	}
	return b
}

// etag is the resource's strong entity tag: the scenario's, or a hash of the
// body (so it changes exactly when the body does).
func (r *Resource) etag(variant int) string {
	if r.ETag != "" {
		if len(r.Variants) > 0 {
			return strings.TrimSuffix(r.ETag, `"`) + "-" + r.Variants[variant].Language + `"`
		}
		return r.ETag
	}
	return hashTag(r.body(variant))
}

func hashTag(b []byte) string {
	h := fnv.New64a()
	h.Write(b)
	hex := strconv.FormatUint(h.Sum64(), 16)
	return `"` + strings.Repeat("0", 16-len(hex)) + hex + `"`
}

func (r *Resource) modified(site *Site) time.Time {
	if r.LastModified != "" {
		if t, err := httpdate.ParseRFC3339(r.LastModified); err == nil {
			return t.UTC()
		}
	}
	t, _ := site.defaultModified()
	return t.UTC()
}

// sortedIDs lists item ids in order, for stable listings.
func sortedIDs(items []map[string]any) []string {
	ids := make([]string, 0, len(items))
	for _, it := range items {
		ids = append(ids, itemID(it))
	}
	sort.Strings(ids)
	return ids
}

func itemID(it map[string]any) string {
	switch v := it["id"].(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return ""
}

package server

import "github.com/httpplayground/playground/httpcore/internal/jsonx"

// Writing a scenario as JSON, byte for byte as encoding/json's Marshal
// writes the Site struct: members in the order of its fields, the ones
// marked omitempty left out when empty, nil lists and maps as null.

// jsonObject writes the members of one object. Its methods are kept out of
// line (go:noinline) to keep the WebAssembly module small.
type jsonObject struct {
	b []byte
	n int
}

//go:noinline
func openObject(b []byte) jsonObject { return jsonObject{b: append(b, '{')} }

//go:noinline
func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

//go:noinline
func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = jsonx.AppendString(o.b, v)
}

//go:noinline
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

//go:noinline
func (o *jsonObject) integer(k string, v int) {
	o.key(k)
	o.b = jsonx.AppendInt(o.b, int64(v))
}

//go:noinline
func (o *jsonObject) intOmit(k string, v int) {
	if v != 0 {
		o.integer(k, v)
	}
}

//go:noinline
func (o *jsonObject) boolOmit(k string, v bool) {
	if v {
		o.key(k)
		o.b = append(o.b, "true"...)
	}
}

//go:noinline
func (o *jsonObject) strsOmit(k string, v []string) {
	if len(v) > 0 {
		o.key(k)
		o.b = jsonx.AppendStrings(o.b, v)
	}
}

//go:noinline
func (o *jsonObject) close() []byte { return append(o.b, '}') }

// appendSite writes s compactly; ok is false when an item of a collection
// holds something JSON cannot (never, for a scenario read from JSON).
func appendSite(b []byte, s *Site) (_ []byte, ok bool) {
	o := openObject(b)
	o.str("name", s.Name)
	o.str("server", s.Server)
	if s.Unavailable != nil {
		o.key("unavailable")
		o.b = appendUnavailable(o.b, s.Unavailable)
	}
	o.intOmit("maxTargetLength", s.MaxTargetLength)
	o.intOmit("maxBodyLength", s.MaxBodyLength)
	o.boolOmit("allowTrace", s.AllowTrace)
	o.intOmit("keepAliveTimeout", s.KeepAliveTimeout)
	o.intOmit("keepAliveMax", s.KeepAliveMax)
	o.strOmit("notFoundPage", s.NotFoundPage)
	o.strOmit("gonePage", s.GonePage)
	o.strOmit("lastModified", s.LastModified)
	o.key("resources")
	if s.Resources == nil {
		o.b = append(o.b, "null"...)
		return o.close(), true
	}
	o.b = append(o.b, '[')
	for i := range s.Resources {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		if o.b, ok = appendResource(o.b, &s.Resources[i]); !ok {
			return o.b, false
		}
	}
	o.b = append(o.b, ']')
	return o.close(), true
}

func appendResource(b []byte, r *Resource) (_ []byte, ok bool) {
	o := openObject(b)
	o.str("path", r.Path)
	o.strsOmit("methods", r.Methods)
	o.strOmit("type", r.Type)
	o.strOmit("language", r.Language)
	o.strOmit("body", r.Body)
	o.strOmit("bodyBase64", r.BodyBase64)
	o.intOmit("repeat", r.Repeat)
	if len(r.Variants) > 0 {
		o.key("variants")
		o.b = append(o.b, '[')
		for i, v := range r.Variants {
			if i > 0 {
				o.b = append(o.b, ',')
			}
			vo := openObject(o.b)
			vo.str("language", v.Language)
			vo.str("body", v.Body)
			o.b = vo.close()
		}
		o.b = append(o.b, ']')
	}
	o.strOmit("etag", r.ETag)
	o.strOmit("lastModified", r.LastModified)
	o.strOmit("cacheControl", r.CacheControl)
	o.boolOmit("compress", r.Compress)
	o.boolOmit("noRanges", r.NoRanges)
	if r.Redirect != nil {
		o.key("redirect")
		ro := openObject(o.b)
		ro.integer("status", r.Redirect.Status)
		ro.str("location", r.Redirect.Location)
		o.b = ro.close()
	}
	o.boolOmit("gone", r.Gone)
	if r.Auth != nil {
		o.key("auth")
		ao := openObject(o.b)
		ao.str("realm", r.Auth.Realm)
		ao.key("users")
		ao.b, _ = jsonx.AppendAny(ao.b, r.Auth.Users)
		ao.key("allow")
		ao.b = jsonx.AppendStrings(ao.b, r.Auth.Allow)
		o.b = ao.close()
	}
	if r.Unavailable != nil {
		o.key("unavailable")
		o.b = appendUnavailable(o.b, r.Unavailable)
	}
	if r.Form != nil {
		o.key("form")
		fo := openObject(o.b)
		fo.str("reply", r.Form.Reply)
		o.b = fo.close()
	}
	if c := r.Collection; c != nil {
		o.key("collection")
		co := openObject(o.b)
		co.key("items")
		if co.b, ok = jsonx.AppendAny(co.b, c.Items); !ok {
			return co.b, false
		}
		co.strOmit("unique", c.Unique)
		co.strsOmit("deferDelete", c.DeferDelete)
		o.b = co.close()
	}
	o.strsOmit("accepts", r.Accepts)
	o.intOmit("maxBody", r.MaxBody)
	return o.close(), true
}

func appendUnavailable(b []byte, u *Unavailable) []byte {
	o := openObject(b)
	o.intOmit("retryAfter", u.RetryAfter)
	return o.close()
}

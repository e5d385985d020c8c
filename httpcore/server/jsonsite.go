package server

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/jsonx"
)

// Reading a scenario from the JSON a teacher typed. It follows
// encoding/json's Unmarshal rules exactly (member names match their field
// whatever their case, unknown members are ignored, null leaves a field as it
// is, the last of two same-named members wins), so a scenario means the same
// as it always did; but every mistake says where it is:
// "line 4, column 15: resources[2].repeat must be a whole number, not 1.5".

// decodeSite reads a scenario.
func decodeSite(data []byte) (*Site, error) {
	v, err := jsonx.Parse(data)
	if err != nil {
		return nil, err
	}
	var s Site
	d := siteDecoder{data: data}
	if err := d.site(v, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

type siteDecoder struct{ data []byte }

var siteMembers = []string{"name", "server", "unavailable", "maxTargetLength", "maxBodyLength", "allowTrace",
	"keepAliveTimeout", "keepAliveMax", "notFoundPage", "gonePage", "lastModified", "resources"}

func (d siteDecoder) site(v jsonx.Value, s *Site) error {
	return d.object(v, "the scenario", siteMembers, func(name, path string, m jsonx.Value) error {
		switch name {
		case "name":
			return d.str(m, path, &s.Name)
		case "server":
			return d.str(m, path, &s.Server)
		case "unavailable":
			return d.unavailable(m, path, &s.Unavailable)
		case "maxTargetLength":
			return d.integer(m, path, &s.MaxTargetLength)
		case "maxBodyLength":
			return d.integer(m, path, &s.MaxBodyLength)
		case "allowTrace":
			return d.boolean(m, path, &s.AllowTrace)
		case "keepAliveTimeout":
			return d.integer(m, path, &s.KeepAliveTimeout)
		case "keepAliveMax":
			return d.integer(m, path, &s.KeepAliveMax)
		case "notFoundPage":
			return d.str(m, path, &s.NotFoundPage)
		case "gonePage":
			return d.str(m, path, &s.GonePage)
		case "lastModified":
			return d.str(m, path, &s.LastModified)
		}
		return array(d, m, path, &s.Resources, d.resource)
	})
}

var resourceMembers = []string{"path", "methods", "type", "language", "body", "bodyBase64", "repeat", "variants",
	"etag", "lastModified", "cacheControl", "compress", "noRanges", "redirect", "gone", "auth", "unavailable",
	"form", "collection", "accepts", "maxBody"}

func (d siteDecoder) resource(v jsonx.Value, path string, r *Resource) error {
	return d.object(v, path, resourceMembers, func(name, path string, m jsonx.Value) error {
		switch name {
		case "path":
			return d.str(m, path, &r.Path)
		case "methods":
			return d.strs(m, path, &r.Methods)
		case "type":
			return d.str(m, path, &r.Type)
		case "language":
			return d.str(m, path, &r.Language)
		case "body":
			return d.str(m, path, &r.Body)
		case "bodyBase64":
			return d.str(m, path, &r.BodyBase64)
		case "repeat":
			return d.integer(m, path, &r.Repeat)
		case "variants":
			return array(d, m, path, &r.Variants, d.variant)
		case "etag":
			return d.str(m, path, &r.ETag)
		case "lastModified":
			return d.str(m, path, &r.LastModified)
		case "cacheControl":
			return d.str(m, path, &r.CacheControl)
		case "compress":
			return d.boolean(m, path, &r.Compress)
		case "noRanges":
			return d.boolean(m, path, &r.NoRanges)
		case "redirect":
			return pointer(m, &r.Redirect, func(x *Redirect) error { return d.redirect(m, path, x) })
		case "gone":
			return d.boolean(m, path, &r.Gone)
		case "auth":
			return pointer(m, &r.Auth, func(x *Auth) error { return d.auth(m, path, x) })
		case "unavailable":
			return d.unavailable(m, path, &r.Unavailable)
		case "form":
			return pointer(m, &r.Form, func(x *Form) error { return d.form(m, path, x) })
		case "collection":
			return pointer(m, &r.Collection, func(x *Collection) error { return d.collection(m, path, x) })
		case "accepts":
			return d.strs(m, path, &r.Accepts)
		}
		return d.integer(m, path, &r.MaxBody)
	})
}

func (d siteDecoder) variant(v jsonx.Value, path string, x *Variant) error {
	return d.object(v, path, []string{"language", "body"}, func(name, path string, m jsonx.Value) error {
		if name == "language" {
			return d.str(m, path, &x.Language)
		}
		return d.str(m, path, &x.Body)
	})
}

func (d siteDecoder) unavailable(v jsonx.Value, path string, p **Unavailable) error {
	return pointer(v, p, func(x *Unavailable) error {
		return d.object(v, path, []string{"retryAfter"}, func(_, path string, m jsonx.Value) error {
			return d.integer(m, path, &x.RetryAfter)
		})
	})
}

func (d siteDecoder) redirect(v jsonx.Value, path string, x *Redirect) error {
	return d.object(v, path, []string{"status", "location"}, func(name, path string, m jsonx.Value) error {
		if name == "status" {
			return d.integer(m, path, &x.Status)
		}
		return d.str(m, path, &x.Location)
	})
}

func (d siteDecoder) auth(v jsonx.Value, path string, x *Auth) error {
	return d.object(v, path, []string{"realm", "users", "allow"}, func(name, path string, m jsonx.Value) error {
		switch name {
		case "realm":
			return d.str(m, path, &x.Realm)
		case "users":
			return d.users(m, path, &x.Users)
		}
		return d.strs(m, path, &x.Allow)
	})
}

func (d siteDecoder) form(v jsonx.Value, path string, x *Form) error {
	return d.object(v, path, []string{"reply"}, func(_, path string, m jsonx.Value) error {
		return d.str(m, path, &x.Reply)
	})
}

func (d siteDecoder) collection(v jsonx.Value, path string, x *Collection) error {
	return d.object(v, path, []string{"items", "unique", "deferDelete"}, func(name, path string, m jsonx.Value) error {
		switch name {
		case "items":
			return array(d, m, path, &x.Items, d.item)
		case "unique":
			return d.str(m, path, &x.Unique)
		}
		return d.strs(m, path, &x.DeferDelete)
	})
}

// item reads one item of a collection: any JSON object, or null.
func (d siteDecoder) item(v jsonx.Value, path string, x *map[string]any) error {
	if v.Kind == jsonx.Null {
		*x = nil
		return nil
	}
	if v.Kind != jsonx.Object {
		return d.mistake(v, path, "must be an object")
	}
	if *x == nil {
		*x = make(map[string]any, len(v.Members))
	}
	for _, m := range v.Members {
		val, err := m.Value.Any()
		if re, ok := err.(*jsonx.RangeError); ok {
			return jsonx.ErrorAt(d.data, re.Offset, path+": the number "+re.Number+" is too large")
		}
		(*x)[m.Key] = val
	}
	return nil
}

// users reads the user-to-password map of an Auth.
func (d siteDecoder) users(v jsonx.Value, path string, x *map[string]string) error {
	switch v.Kind {
	case jsonx.Null:
		*x = nil
		return nil
	case jsonx.Object:
	default:
		return d.mistake(v, path, "must be an object")
	}
	if *x == nil {
		*x = make(map[string]string, len(v.Members))
	}
	for _, m := range v.Members {
		var password string
		if err := d.str(m.Value, path+"."+m.Key, &password); err != nil {
			return err
		}
		(*x)[m.Key] = password
	}
	return nil
}

// object calls member for each member of v whose name matches one of names
// (in any case, as encoding/json matches them), with the canonical name and
// the member's path. null is no object and no mistake.
func (d siteDecoder) object(v jsonx.Value, path string, names []string, member func(name, path string, m jsonx.Value) error) error {
	switch v.Kind {
	case jsonx.Null:
		return nil
	case jsonx.Object:
	default:
		return d.mistake(v, path, "must be an object")
	}
	for _, m := range v.Members {
		for _, name := range names {
			if strings.EqualFold(m.Key, name) {
				sub := name
				if path != "the scenario" {
					sub = path + "." + name
				}
				if err := member(name, sub, m.Value); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}

// array reads a list, each element with elem; null is a nil list. Like
// encoding/json, it reads into the list already there (when a member is
// given twice), element over element.
func array[T any](d siteDecoder, v jsonx.Value, path string, list *[]T, elem func(jsonx.Value, string, *T) error) error {
	switch v.Kind {
	case jsonx.Null:
		*list = nil
		return nil
	case jsonx.Array:
	default:
		return d.mistake(v, path, "must be a list")
	}
	if len(v.Elems) == 0 {
		*list = []T{}
		return nil
	}
	out := *list
	for i, e := range v.Elems {
		if i >= cap(out) {
			var zero T
			out = append(out[:i], zero)
		}
		out = out[:max(len(out), i+1)]
		if err := elem(e, path+"["+strconv.Itoa(i)+"]", &out[i]); err != nil {
			return err
		}
	}
	*list = out[:len(v.Elems)]
	return nil
}

// pointer reads an optional member: null removes it, anything else is read
// into it (into the one already there, as encoding/json does).
func pointer[T any](v jsonx.Value, p **T, read func(*T) error) error {
	if v.Kind == jsonx.Null {
		*p = nil
		return nil
	}
	if *p == nil {
		*p = new(T)
	}
	return read(*p)
}

func (d siteDecoder) str(v jsonx.Value, path string, x *string) error {
	switch v.Kind {
	case jsonx.Null:
		return nil
	case jsonx.String:
		*x = v.Text
		return nil
	}
	return d.mistake(v, path, "must be a string")
}

func (d siteDecoder) strs(v jsonx.Value, path string, x *[]string) error {
	return array(d, v, path, x, d.str)
}

func (d siteDecoder) integer(v jsonx.Value, path string, x *int) error {
	switch v.Kind {
	case jsonx.Null:
		return nil
	case jsonx.Number:
		if n, err := strconv.ParseInt(v.Text, 10, 64); err == nil && int64(int(n)) == n {
			*x = int(n)
			return nil
		}
		return jsonx.ErrorAt(d.data, v.Start, path+" must be a whole number, not "+v.Text)
	}
	return d.mistake(v, path, "must be a number")
}

func (d siteDecoder) boolean(v jsonx.Value, path string, x *bool) error {
	switch v.Kind {
	case jsonx.Null:
		return nil
	case jsonx.Bool:
		*x = v.Bool
		return nil
	}
	return d.mistake(v, path, "must be true or false")
}

// mistake says that the value at path is of the wrong kind: "resources[0].path
// must be a string, not a number".
func (d siteDecoder) mistake(v jsonx.Value, path, want string) error {
	return jsonx.ErrorAt(d.data, v.Start, path+" "+want+", not "+article(v.Kind))
}

func article(k jsonx.Kind) string {
	switch k {
	case jsonx.Null:
		return "null"
	case jsonx.Array, jsonx.Object:
		return "an " + k.String()
	case jsonx.Bool:
		return "true or false"
	}
	return "a " + k.String()
}

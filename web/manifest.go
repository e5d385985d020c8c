package web

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Manifest maps an asset's logical name ("app.js") to the fingerprinted file
// name the build wrote ("app.3f9a1c2b.js"). The build writes it as
// manifest.json beside the assets; the page asks it for every URL it emits.
type Manifest map[string]string

// ParseManifest reads the JSON the build writes.
func ParseManifest(b []byte) (Manifest, error) {
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("asset manifest: %w", err)
	}
	return m, nil
}

// AssetPrefix is the URL path under which fingerprinted assets are served.
const AssetPrefix = "/assets/"

// URL returns the URL of a logical asset. An asset missing from the manifest
// yields its unfingerprinted URL, so a page rendered without a build still
// points somewhere sensible (and the 404 says which file is missing).
func (m Manifest) URL(logical string) string {
	if name, ok := m[logical]; ok {
		return AssetPrefix + name
	}
	return AssetPrefix + logical
}

// Fingerprinted reports whether name is a file the manifest produced, and so
// may be cached for ever.
func (m Manifest) Fingerprinted(name string) bool {
	for _, v := range m {
		if v == name {
			return true
		}
	}
	return false
}

// Encode returns the manifest in the compact "logical=name;..." form that is
// passed to the Worker build as a linker flag (no spaces or quotes, so it
// survives -ldflags quoting).
func (m Manifest) Encode() string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + m[k]
	}
	return strings.Join(parts, ";")
}

// DecodeManifest reverses Encode.
func DecodeManifest(s string) Manifest {
	m := Manifest{}
	for _, part := range strings.Split(s, ";") {
		if k, v, ok := strings.Cut(part, "="); ok && k != "" {
			m[k] = v
		}
	}
	return m
}

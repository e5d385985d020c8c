package sitebuild

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// Asset is one file of the site before it is written: its logical name
// ("app.js") and content.
type Asset struct {
	Name string
	Data []byte
}

// Fingerprint returns name with a content hash before its extension:
// "app.js" becomes "app.1a2b3c4d5e.js".
func Fingerprint(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// Sizes records what a file weighs on the wire.
type Sizes struct {
	Raw, Gzip, Brotli int
}

func (s Sizes) String() string {
	return fmt.Sprintf("%s raw, %s gzip, %s brotli", kb(s.Raw), kb(s.Gzip), kb(s.Brotli))
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

// WriteAssets writes each asset fingerprinted into dir, with .gz and .br
// variants for the compressible ones, and returns the manifest (logical name
// to file name) and each asset's sizes.
func WriteAssets(dir string, assets []Asset) (map[string]string, map[string]Sizes, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	manifest := map[string]string{}
	sizes := map[string]Sizes{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make([]error, len(assets))
	for i, a := range assets {
		name := Fingerprint(a.Name, a.Data)
		manifest[a.Name] = name
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := writeCompressed(filepath.Join(dir, name), a.Data)
			errs[i] = err
			mu.Lock()
			sizes[a.Name] = s
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, nil, err
		}
	}
	return manifest, sizes, nil
}

// compressible lists the extensions worth precompressing.
var compressible = map[string]bool{".js": true, ".css": true, ".wasm": true, ".html": true, ".json": true, ".svg": true, ".mjs": true}

func writeCompressed(file string, data []byte) (Sizes, error) {
	s := Sizes{Raw: len(data), Gzip: len(data), Brotli: len(data)}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return s, err
	}
	if !compressible[path.Ext(file)] {
		return s, nil
	}
	gz, err := Gzip(data)
	if err != nil {
		return s, err
	}
	br, err := Brotli(data)
	if err != nil {
		return s, err
	}
	s.Gzip, s.Brotli = len(gz), len(br)
	if err := os.WriteFile(file+".gz", gz, 0o644); err != nil {
		return s, err
	}
	return s, os.WriteFile(file+".br", br, 0o644)
}

// Gzip compresses at the best level.
func Gzip(data []byte) ([]byte, error) {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Brotli compresses at the best level.
func Brotli(data []byte) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// SortedNames returns a map's keys in order, for stable reports.
func SortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

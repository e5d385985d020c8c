package sitebuild

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestFingerprintsNameTheContent(t *testing.T) {
	a := Fingerprint("app.js", []byte("one"))
	b := Fingerprint("app.js", []byte("two"))
	if a == b {
		t.Errorf("different contents got the same name %q", a)
	}
	if again := Fingerprint("app.js", []byte("one")); again != a {
		t.Errorf("the same content got two names: %q and %q", a, again)
	}
	if !regexp.MustCompile(`^app\.[0-9a-f]{10}\.js$`).MatchString(a) {
		t.Errorf("Fingerprint = %q, want app.<10 hex digits>.js", a)
	}
}

func TestWrittenVariantsDecompressToTheOriginal(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Repeat([]byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"), 200)
	manifest, sizes, err := WriteAssets(dir, []Asset{{Name: "app.js", Data: data}, {Name: "logo.png", Data: []byte("\x89PNG")}})
	if err != nil {
		t.Fatal(err)
	}
	name := manifest["app.js"]
	tests := []struct {
		name   string
		suffix string
		open   func(io.Reader) (io.Reader, error)
	}{
		{"the identity file", "", func(r io.Reader) (io.Reader, error) { return r, nil }},
		{"the gzip variant", ".gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
		{"the brotli variant", ".br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, name+tt.suffix))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r, err := tt.open(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, data) {
				t.Errorf("decoded %d bytes, want the original %d", len(got), len(data))
			}
		})
	}
	if s := sizes["app.js"]; s.Raw != len(data) || s.Gzip >= s.Raw || s.Brotli >= s.Raw {
		t.Errorf("sizes = %+v, want compressed variants smaller than %d", s, len(data))
	}
	if _, err := os.Stat(filepath.Join(dir, manifest["logo.png"]+".gz")); err == nil {
		t.Errorf("an image was precompressed; only text and wasm are")
	}
}

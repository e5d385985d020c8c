package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"

	"github.com/httpplayground/playground/httpcore/internal/deflate"
)

// TestGzipOfTheDefaultSiteIsRealAndNearTheStandardLibrary compresses every
// body of the default scenario with the server's gzip, checks that
// compress/gzip decodes it to the same bytes, and compares its size with
// compress/gzip at its best: a fixed-code encoder gives up a little, not a
// lot. The figures are in the log (go test -v -run Gzip).
func TestGzipOfTheDefaultSiteIsRealAndNearTheStandardLibrary(t *testing.T) {
	var ours, std int
	for _, r := range DefaultSite().Resources {
		for v := range max(1, len(r.Variants)) {
			body := r.body(v)
			if len(body) < minGzip {
				continue
			}
			t.Run(r.Path, func(t *testing.T) {
				z := deflate.Gzip(body)
				rd, err := gzip.NewReader(bytes.NewReader(z))
				if err != nil {
					t.Fatalf("compress/gzip cannot read the server's gzip: %v", err)
				}
				got, err := io.ReadAll(rd)
				if err != nil || !bytes.Equal(got, body) {
					t.Fatalf("decoding gave %d bytes, %v; want the %d-byte body", len(got), err, len(body))
				}
				var buf bytes.Buffer
				w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
				w.Write(body)
				w.Close()
				t.Logf("%d bytes: ours %d, compress/gzip %d (%.2f×)", len(body), len(z), buf.Len(), float64(len(z))/float64(buf.Len()))
				if len(z) > buf.Len()*3/2+32 {
					t.Errorf("ours is %d bytes; compress/gzip makes %d: more than half as large again", len(z), buf.Len())
				}
				ours += len(z)
				std += buf.Len()
			})
		}
	}
	t.Logf("all bodies: ours %d, compress/gzip %d (%.2f×)", ours, std, float64(ours)/float64(max(std, 1)))
}

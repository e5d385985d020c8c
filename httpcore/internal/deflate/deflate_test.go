package deflate

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// inputs are the shapes of data a compressor meets: empty, tiny, repetitive,
// text, random bytes, and sizes around the stored-block limit and the window.
func inputs() []struct {
	name string
	data []byte
} {
	rnd := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rnd.Uint32())
		}
		return b
	}
	text := []byte(strings.Repeat("<p>The quick brown fox jumps over the lazy dog; 敏捷的棕色狐狸。</p>\n", 50))
	words := func(n int) []byte {
		var b bytes.Buffer
		for b.Len() < n {
			b.WriteString([]string{"GET ", "HTTP/1.1", "Host: ", "example", "\r\n", "a", "zz", " "}[rnd.IntN(8)])
		}
		return b.Bytes()[:n]
	}
	return []struct {
		name string
		data []byte
	}{
		{"nothing", nil},
		{"one byte", []byte("x")},
		{"three bytes", []byte("abc")},
		{"one byte repeated", bytes.Repeat([]byte{'a'}, 1000)},
		{"the longest match many times", bytes.Repeat([]byte{0}, 100000)},
		{"text", text},
		{"random bytes", random(5000)},
		{"random bytes beyond one stored block", random(70000)},
		{"exactly one stored block of random bytes", random(65535)},
		{"words farther apart than the window", append(append(words(1000), random(40000)...), words(1000)...)},
		{"a long mix of words", words(300000)},
		{"every byte value", func() []byte {
			b := make([]byte, 256*3)
			for i := range b {
				b[i] = byte(i)
			}
			return b
		}()},
	}
}

// gunzip reads b with the standard library's decoder.
func gunzip(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestGzipRoundTripsThroughTheStandardDecoder(t *testing.T) {
	for _, tt := range inputs() {
		t.Run(tt.name, func(t *testing.T) {
			z := Gzip(tt.data)
			got, err := gunzip(z)
			if err != nil {
				t.Fatalf("compress/gzip cannot read Gzip's output: %v", err)
			}
			if !bytes.Equal(got, tt.data) {
				t.Errorf("round trip gave %d bytes; want the %d bytes put in", len(got), len(tt.data))
			}
			if limit := storedSize(len(tt.data)) + 18; len(z) > limit {
				t.Errorf("Gzip gave %d bytes; stored blocks and framing take only %d", len(z), limit)
			}
		})
	}
}

func TestRawDeflateRoundTrips(t *testing.T) {
	for _, tt := range inputs() {
		t.Run(tt.name, func(t *testing.T) {
			got, err := io.ReadAll(flate.NewReader(bytes.NewReader(Append(nil, tt.data))))
			if err != nil || !bytes.Equal(got, tt.data) {
				t.Errorf("flate reader gave %d bytes, %v; want the %d bytes put in", len(got), err, len(tt.data))
			}
		})
	}
}

func TestGzipIsTheSameForTheSameInput(t *testing.T) {
	in := []byte(strings.Repeat("same in, same out. ", 40))
	if a, b := Gzip(in), Gzip(in); !bytes.Equal(a, b) {
		t.Errorf("two calls gave different bytes:\n%x\n%x", a, b)
	}
}

func TestRepetitiveTextShrinks(t *testing.T) {
	in := []byte(strings.Repeat("Content-Type: text/html; charset=utf-8\r\n", 100))
	if got, limit := len(Gzip(in)), len(in)/10; got > limit {
		t.Errorf("Gzip of %d repetitive bytes gave %d; want at most %d", len(in), got, limit)
	}
}

func TestCRC32AgreesWithHashCRC32(t *testing.T) {
	for _, tt := range inputs() {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := CRC32(tt.data), crc32.ChecksumIEEE(tt.data); got != want {
				t.Errorf("CRC32 = %08x; want %08x", got, want)
			}
		})
	}
}

func FuzzGzipRoundTrips(f *testing.F) {
	for _, tt := range inputs() {
		if len(tt.data) < 5000 {
			f.Add(tt.data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := gunzip(Gzip(data))
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("round trip of %q gave %q, %v", data, got, err)
		}
	})
}

func BenchmarkGzipText(b *testing.B) {
	in := []byte(strings.Repeat("<li><a href=\"/items/1\">An item of the collection</a></li>\n", 2000))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Gzip(in)
	}
}

func BenchmarkGzipOneByteRepeated(b *testing.B) {
	in := bytes.Repeat([]byte{'a'}, 1<<20)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Gzip(in)
	}
}

//go:build !js

package web

import (
	"bytes"
	"compress/gzip"
)

// canGzip: hosts other than js/wasm compress pages themselves when
// Config.CompressPages asks.
const canGzip = true

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

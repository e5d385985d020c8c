//go:build js

package web

// canGzip: on js/wasm (the Cloudflare Worker) the platform compresses
// responses, so the gzip writer is left out of the module, which must stay
// under the Worker's size limit (it would add about 25 KB compressed).
// Config.CompressPages has no effect there.
const canGzip = false

func gzipBytes(b []byte) []byte { return b }

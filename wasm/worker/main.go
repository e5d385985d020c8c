//go:build js && wasm

// Command worker is the playground as a Cloudflare Worker: workers.Serve of
// the same site handler the local server uses. The static assets are served
// by Workers static assets (wasm/worker/wrangler.jsonc); the page itself and
// /sim are answered here.
package main

import (
	"github.com/syumai/workers"

	"github.com/httpplayground/playground/web"
)

// manifest is the asset manifest in web.Manifest's encoded form, set by the
// build with -ldflags "-X main.manifest=...".
var manifest string

func main() {
	workers.Serve(web.NewHandler(web.Config{Manifest: web.DecodeManifest(manifest)}))
}

// Command build builds the whole playground into build/:
//
//	build/site/         the static site served by the local server and by
//	                    Workers static assets: assets/ (fingerprinted, with
//	                    .gz and .br variants) and manifest.json
//	build/worker/       the Cloudflare Worker: worker.mjs, runtime.mjs,
//	                    wasm_exec.js and app.wasm
//
// Steps: npm ci (when node_modules is missing), templ generate, the browser
// module (GOOS=js GOARCH=wasm), the TypeScript and CSS bundle (esbuild's Go
// API), wasm_exec.js from the Go installation that built the module,
// fingerprinting and precompression, then the Worker. It prints the sizes of
// both modules and fails if the Worker is over Cloudflare's 3 MB limit.
//
// Run it from the repository root: go run ./scripts/build
//
// With -npm DIR it only installs DIR's npm packages, by the same rule the
// build uses (the Makefile's npm-web and npm-worker targets call it).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/httpplayground/playground/scripts/internal/sitebuild"
	"github.com/httpplayground/playground/web"
)

// workerLimit is Cloudflare's limit on a Worker's compressed size (free plan).
const workerLimit = 3 << 20

func main() {
	out := flag.String("o", "build", "output folder")
	worker := flag.Bool("worker", true, "also build the Cloudflare Worker")
	npm := flag.String("npm", "", "only install the npm packages of this folder (when its lock file is newer than node_modules), then stop")
	flag.Parse()
	if *npm != "" {
		if err := sitebuild.EnsureNpm(*npm); err != nil {
			fmt.Fprintln(os.Stderr, "npm install failed:", err)
			os.Exit(1)
		}
		return
	}
	start := time.Now()
	if err := build(*out, *worker); err != nil {
		fmt.Fprintln(os.Stderr, "build failed:", err)
		os.Exit(1)
	}
	fmt.Printf("built %s in %.1fs\n", *out, time.Since(start).Seconds())
}

func build(out string, withWorker bool) error {
	if _, err := os.Stat("go.mod"); err != nil {
		return fmt.Errorf("run the build from the repository root (no go.mod here)")
	}
	if err := sitebuild.EnsureNpm("web"); err != nil {
		return err
	}
	step("templ generate")
	if err := sitebuild.Run(".", nil, "go", "tool", "templ", "generate", "-path", "web", "-log-level", "warn"); err != nil {
		return err
	}

	tmp, err := os.MkdirTemp("", "playground-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	step("browser module (GOOS=js GOARCH=wasm)")
	wasmFile := filepath.Join(tmp, "playground.wasm")
	version := time.Now().UTC().Format("20060102T150405Z")
	if err := goBuildWasm(wasmFile, "./wasm/browser", "-X main.version="+version); err != nil {
		return err
	}
	wasm, err := os.ReadFile(wasmFile)
	if err != nil {
		return err
	}
	wasmExec, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return fmt.Errorf("wasm_exec.js from the Go installation: %w", err)
	}

	step("bundle TypeScript and CSS (esbuild)")
	assets, err := sitebuild.Bundle("web")
	if err != nil {
		return err
	}
	assets = append(assets,
		sitebuild.Asset{Name: "playground.wasm", Data: wasm},
		sitebuild.Asset{Name: "wasm_exec.js", Data: wasmExec},
	)

	step("fingerprint and precompress")
	site := filepath.Join(out, "site")
	if err := os.RemoveAll(site); err != nil {
		return err
	}
	manifest, sizes, err := sitebuild.WriteAssets(filepath.Join(site, "assets"), assets)
	if err != nil {
		return err
	}
	mj, _ := json.MarshalIndent(manifest, "", "  ")
	if err := os.WriteFile(filepath.Join(site, "manifest.json"), mj, 0o644); err != nil {
		return err
	}
	if err := writeWorkerAssetConfig(site); err != nil {
		return err
	}
	if err := writeEmbedExample(site, manifest); err != nil {
		return err
	}
	for _, name := range sitebuild.SortedNames(sizes) {
		fmt.Printf("  %-16s %s\n", name, sizes[name])
	}

	if !withWorker {
		return nil
	}
	step("Cloudflare Worker (workers-assets-gen -mode=go)")
	wdir := filepath.Join(out, "worker")
	if err := sitebuild.Run(".", nil, "go", "tool", "workers-assets-gen", "-mode=go", "-o", wdir); err != nil {
		return err
	}
	enc := web.Manifest(manifest).Encode()
	if err := goBuildWasm(filepath.Join(wdir, "app.wasm"), "./wasm/worker", "-X main.manifest="+enc); err != nil {
		return err
	}
	wb, err := os.ReadFile(filepath.Join(wdir, "app.wasm"))
	if err != nil {
		return err
	}
	gz, err := sitebuild.Gzip(wb)
	if err != nil {
		return err
	}
	fmt.Printf("  %-16s %.1f KB raw, %.1f KB gzip (limit %.1f KB compressed)\n", "worker app.wasm", float64(len(wb))/1000, float64(len(gz))/1000, float64(workerLimit)/1000)
	if len(gz) > workerLimit {
		return fmt.Errorf("the Worker's wasm is %d bytes compressed, over Cloudflare's limit of %d", len(gz), workerLimit)
	}
	return nil
}

func goBuildWasm(outFile, pkg, ldflags string) error {
	return sitebuild.Run(".", []string{"GOOS=js", "GOARCH=wasm"},
		"go", "build", "-trimpath", "-ldflags", "-s -w "+ldflags, "-o", outFile, pkg)
}

// writeWorkerAssetConfig writes the files Workers static assets reads from
// the site folder: which files not to upload (the precompressed variants,
// which Cloudflare makes itself, and the manifest) and the headers of the
// fingerprinted assets.
func writeWorkerAssetConfig(site string) error {
	ignore := "*.gz\n*.br\nmanifest.json\n_headers\n.assetsignore\nembed.html\n"
	headers := "/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n  X-Content-Type-Options: nosniff\n  Access-Control-Allow-Origin: *\n"
	if err := os.WriteFile(filepath.Join(site, ".assetsignore"), []byte(ignore), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(site, "_headers"), []byte(headers), 0o644)
}

// writeEmbedExample writes embed.html, the page that shows documentation
// authors several <http-playground> embeds at work, as the site handler
// renders it (the servers render it live at /embed.html; the Worker's static
// assets skip this copy so that the page keeps its security headers).
func writeEmbedExample(site string, manifest map[string]string) error {
	rec := httptest.NewRecorder()
	web.NewHandler(web.Config{Manifest: manifest}).ServeHTTP(rec, httptest.NewRequest("GET", "/embed.html", nil))
	if rec.Code != 200 {
		return fmt.Errorf("rendering the embed example: status %d", rec.Code)
	}
	return os.WriteFile(filepath.Join(site, "embed.html"), rec.Body.Bytes(), 0o644)
}

func step(s string) { fmt.Println("==>", s) }

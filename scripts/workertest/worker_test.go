//go:build worker

// Package workertest runs the Cloudflare Worker locally with `wrangler dev`
// (workerd, offline, no Cloudflare account) and checks that it serves the
// same site as the local server. `make workertest` runs it after the build.
package workertest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

func TestTheWorkerServesThePageAndTheBrowserModule(t *testing.T) {
	root := testenv.Root(t)
	testenv.RequireBuild(t, root)
	if _, err := os.Stat(filepath.Join(root, "build", "worker", "app.wasm")); err != nil {
		t.Fatalf("the Worker is not built (%v): run `make build`", err)
	}
	var manifest map[string]string
	b, err := os.ReadFile(filepath.Join(root, "build", "site", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}

	port := testenv.FreePort(t)
	dir := filepath.Join(root, "wasm", "worker")
	testenv.StartProcess(t, dir,
		[]string{"WRANGLER_SEND_METRICS=false", "CI=true", "NO_COLOR=1", "WRANGLER_LOG_PATH=" + t.TempDir()},
		filepath.Join(dir, "node_modules", ".bin", "wrangler"),
		"dev", "--ip", "127.0.0.1", "--port", fmt.Sprint(port), "--inspector-port", fmt.Sprint(testenv.FreePort(t)),
		"--log-level", "warn", "--show-interactive-dev-session=false")
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx := context.Background()
	if err := testenv.WaitHTTP(ctx, base+"/", 120*time.Second); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, path, wantType, wantBody string
	}{
		{"the page is rendered by the Go Worker", "/", "text/html", `data-testid="editor"`},
		{"the browser module is a static asset", "/assets/" + manifest["playground.wasm"], "application/wasm", "\x00asm"},
		{"the script bundle is a static asset", "/assets/" + manifest["app.js"], "javascript", ""},
		{"the stylesheet is a static asset", "/assets/" + manifest["app.css"], "text/css", ""},
		{"the simulated server answers live under /sim/", "/sim/index.html", "text/html", "stylesheet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(base + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				t.Fatalf("GET %s: status %d, want 200\n%s", tt.path, resp.StatusCode, body)
			}
			if got := resp.Header.Get("Content-Type"); !strings.Contains(got, tt.wantType) {
				t.Errorf("GET %s: Content-Type %q, want it to contain %q", tt.path, got, tt.wantType)
			}
			if !strings.HasPrefix(tt.wantBody, "\x00") && !strings.Contains(string(body), tt.wantBody) || strings.HasPrefix(tt.wantBody, "\x00") && !strings.HasPrefix(string(body), tt.wantBody) {
				t.Errorf("GET %s: body does not contain %q", tt.path, tt.wantBody)
			}
		})
	}
	t.Run("the simulated server's trace is in the response fields", func(t *testing.T) {
		resp, err := http.Get(base + "/sim/index.html")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Sim-Trace"); got == "" {
			t.Errorf("GET /sim/index.html has no Sim-Trace field (fields: %v)", resp.Header)
		}
	})
	t.Run("the page carries the content security policy", func(t *testing.T) {
		resp, err := http.Get(base + "/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Security-Policy"); !strings.Contains(got, "'wasm-unsafe-eval'") {
			t.Errorf("Content-Security-Policy = %q", got)
		}
	})
}

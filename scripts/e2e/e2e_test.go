//go:build e2e

// Package e2e drives the real playground in headless Chromium: the page is
// loaded from the real local server (scripts/serve), a learner's typing is
// sent as key presses, and what the page shows is read back. Screenshots are
// saved under build/e2e/. `make e2e` runs it after the build.
package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

func TestALearnerTypesARequestAndSeesItParsed(t *testing.T) {
	root := testenv.Root(t)
	testenv.RequireBuild(t, root)
	base := testenv.StartServer(t, root)
	b := testenv.NewBrowser(t)

	ctx, cancel := contextWithTimeout(b, 60*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`[data-testid="status"][data-ready="true"]`),
		chromedp.WaitVisible(`[data-testid="editor"] .cm-content`),
	); err != nil {
		t.Fatalf("loading the page: %v (page errors: %v)", err, b.Errors())
	}

	// Replace the example with the request, as a learner would type it;
	// "\r" is the Enter key, which must put CRLF on the wire.
	typed := "GET / HTTP/1.1\rHost: example.com\r\r"
	if err := chromedp.Run(ctx,
		chromedp.Click(`[data-testid="editor"] .cm-content`),
		testenv.ClearFocused(),
		testenv.Type(typed),
	); err != nil {
		t.Fatalf("typing: %v", err)
	}

	var parsed, diags string
	if err := chromedp.Run(ctx,
		chromedp.WaitVisible(`[data-testid="parsed"] [data-testid="message"]`),
		chromedp.Text(`[data-testid="parsed"]`, &parsed),
		chromedp.Text(`[data-testid="diagnostics"]`, &diags, chromedp.ByQuery),
	); err != nil {
		t.Fatalf("reading the parsed pane: %v", err)
	}
	parts := map[string]string{}
	for _, key := range []string{"method", "target", "version"} {
		var s string
		if err := chromedp.Run(ctx, chromedp.Text(`[data-testid="parsed"] [data-part="`+key+`"]`, &s)); err != nil {
			t.Fatalf("reading the %s: %v", key, err)
		}
		parts[key] = s
	}
	want := map[string]string{"method": "GET", "target": "/", "version": "HTTP/1.1"}
	for k, v := range want {
		if parts[k] != v {
			t.Errorf("parsed %s = %q, want %q", k, parts[k], v)
		}
	}
	for _, s := range []string{"Host", "example.com"} {
		if !strings.Contains(parsed, s) {
			t.Errorf("the parsed pane does not show %q:\n%s", s, parsed)
		}
	}
	var waiting int
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.querySelectorAll('[data-testid="waiting"]').length`, &waiting)); err != nil {
		t.Fatal(err)
	}
	if waiting != 0 {
		t.Errorf("the request ends with an empty line, yet the parser is still waiting:\n%s", parsed)
	}
	if strings.TrimSpace(diags) != "" {
		t.Errorf("a well-formed request typed with Enter got diagnostics (was Enter not CRLF?):\n%s", diags)
	}

	screenshot(t, b, root, "playground.png")
	if errs := b.Errors(); len(errs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(errs, "\n"))
	}
}

func screenshot(t *testing.T, b *testenv.Browser, root, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(b.Ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	dir := filepath.Join(root, "build", "e2e")
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Errorf("saving the screenshot: %v", err)
	}
}

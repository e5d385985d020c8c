//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

// A classroom's network fails (here: the server stops); the page loaded
// once must still work.
func TestThePlaygroundWorksOfflineOnceLoaded(t *testing.T) {
	root := testenv.Root(t)
	testenv.RequireBuild(t, root)
	base, stopServer := testenv.StartStoppableServer(t, root)
	b := testenv.NewBrowser(t)
	ctx, cancel := contextWithTimeout(b, 90*time.Second)
	defer cancel()

	var controlled bool
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`[data-testid="status"][data-ready="true"]`),
		// Wait until the service worker has stored the site and controls the page.
		chromedp.Evaluate(`navigator.serviceWorker.ready.then(() => new Promise((ok) => {
		  if (navigator.serviceWorker.controller) return ok(true);
		  navigator.serviceWorker.addEventListener("controllerchange", () => ok(true));
		}))`, &controlled, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams { return p.WithAwaitPromise(true) }),
	); err != nil {
		t.Fatalf("installing the service worker: %v (page errors: %v)", err, b.Errors())
	}
	if !controlled {
		t.Fatal("no service worker controls the page")
	}

	// The server goes away: every load now fails unless the service worker
	// answers it.
	stopServer()
	var parsed string
	if err := chromedp.Run(ctx,
		chromedp.Reload(),
		chromedp.WaitVisible(`[data-testid="status"][data-ready="true"]`),
		chromedp.Click(`[data-testid="editor"] .cm-content`),
		testenv.ClearFocused(),
		testenv.Type("GET /offline HTTP/1.1\rHost: example.com\r\r"),
		chromedp.WaitVisible(`[data-testid="parsed"] [data-testid="message"]`),
		chromedp.Text(`[data-testid="parsed"]`, &parsed),
	); err != nil {
		t.Fatalf("using the page offline: %v", err)
	}
	if !strings.Contains(parsed, "/offline") {
		t.Errorf("offline, the parsed pane does not show the typed target:\n%s", parsed)
	}
	// Failed loads while offline are expected; uncaught errors are not.
	for _, e := range b.Errors() {
		if strings.HasPrefix(e, "uncaught") {
			t.Errorf("the page threw offline: %s", e)
		}
	}
}

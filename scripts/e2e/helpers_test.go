//go:build e2e

package e2e

import (
	"context"
	"time"

	"github.com/chromedp/cdproto/input"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

const inputModifierCtrl = input.ModifierCtrl

func contextWithTimeout(b *testenv.Browser, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.Ctx, d)
}

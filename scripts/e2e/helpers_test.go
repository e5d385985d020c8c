//go:build e2e

package e2e

import (
	"context"
	"time"

	"github.com/httpplayground/playground/scripts/internal/testenv"
)

func contextWithTimeout(b *testenv.Browser, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.Ctx, d)
}

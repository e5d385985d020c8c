//go:build !js

package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	// imported so that a change anywhere in the module's packages
	// invalidates this test's cached result
	"github.com/httpplayground/playground/httpcore/api"
)

// The browser module's size budget (800 KB gzip) leaves no room for the
// reflection-based packages: encoding/json and fmt alone were a third of its
// code. This test, run on the host, lists what the module links.
func TestTheBrowserModuleLinksNoReflectionBasedPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goTool, "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["syscall/js"] || !deps["github.com/httpplayground/playground/httpcore/api"] || len(api.Names()) == 0 {
		t.Fatalf("go list did not list the browser module's packages: %s", out)
	}
	for _, banned := range []string{"encoding/json", "fmt"} {
		if deps[banned] {
			t.Errorf("the browser module links %s; find the importer with: GOOS=js GOARCH=wasm go list -deps -f '{{.ImportPath}} {{.Imports}}' ./wasm/browser | grep %s", banned, banned)
		}
	}
}

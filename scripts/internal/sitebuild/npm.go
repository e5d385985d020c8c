// Package sitebuild holds the steps of the playground's build, written in Go
// so that one `go run ./scripts/build` does on every machine what a shell
// script would do differently on each.
package sitebuild

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// EnsureNpm installs the npm packages of dir (which holds package.json and a
// committed package-lock.json) with `npm ci` when node_modules is missing or
// older than the lock file. npm ci installs exactly what the lock pins.
func EnsureNpm(dir string) error {
	lock := filepath.Join(dir, "package-lock.json")
	marker := filepath.Join(dir, "node_modules", ".package-lock.json")
	li, err := os.Stat(lock)
	if err != nil {
		return fmt.Errorf("npm packages of %s: %w", dir, err)
	}
	if mi, err := os.Stat(marker); err == nil && !mi.ModTime().Before(li.ModTime()) {
		return nil
	}
	fmt.Printf("npm ci in %s\n", dir)
	return Run(dir, nil, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
}

// Run runs a command in dir with extra environment variables, passing its
// output through, and says which command failed if it does.
func Run(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stdout = os.Stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(stderr.Bytes())
		return fmt.Errorf("%s %v (in %s): %w", name, args, dir, err)
	}
	// npm prints warnings about this machine's configuration on stderr; pass
	// stderr through only where it matters, on failure, or for the Go tools.
	if name != "npm" {
		os.Stderr.Write(stderr.Bytes())
	}
	return nil
}

// Package testenv starts the real programs the end-to-end tests talk to: the
// local server (scripts/serve) and wrangler dev, each on a free loopback port,
// and finds the repository's root and its built site.
package testenv

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Root returns the repository root (the folder holding go.mod).
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// RequireBuild fails the test unless the site has been built.
func RequireBuild(t testing.TB, root string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(root, "build", "site", "manifest.json")); err != nil {
		t.Fatalf("the site is not built (%v): run `make build` first (`make test` does)", err)
	}
}

// FreePort asks the kernel for a free loopback port.
func FreePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// StartServer builds and starts the real local server on a free loopback
// port and returns its base URL. It is stopped (with SIGINT, as Ctrl-C
// would) when the test ends, and the test checks that it stopped cleanly.
func StartServer(t testing.TB, root string) string {
	t.Helper()
	url, _ := StartStoppableServer(t, root)
	return url
}

// StartStoppableServer is StartServer that also returns stop, which stops
// the server early (as Ctrl-C would) and checks that it stopped cleanly.
func StartStoppableServer(t testing.TB, root string) (url string, stop func()) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "serve")
	build := exec.Command("go", "build", "-o", bin, "./scripts/serve")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the local server: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0")
	cmd.Dir = root
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	urlc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.Index(line, "http://"); i >= 0 {
				select {
				case urlc <- strings.TrimSpace(line[i:]):
				default:
				}
			}
		}
	}()
	var once sync.Once
	stop = func() { once.Do(func() { interrupt(t, cmd) }) }
	t.Cleanup(stop)
	select {
	case u := <-urlc:
		return u, stop
	case <-time.After(30 * time.Second):
		t.Fatal("the local server printed no URL within 30s")
		return "", stop
	}
}

func interrupt(t testing.TB, cmd *exec.Cmd) {
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the local server did not stop cleanly on SIGINT: %v", err)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Errorf("the local server did not stop within 10s of SIGINT")
	}
}

// StartProcess starts a long-running command in its own process group and
// kills the whole group when the test ends.
func StartProcess(t testing.TB, dir string, env []string, name string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	log, err := os.Create(filepath.Join(t.TempDir(), "process.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", name, err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		}
		if t.Failed() {
			b, _ := os.ReadFile(log.Name())
			t.Logf("output of %s:\n%s", name, b)
		}
	})
	return cmd
}

// WaitHTTP polls url until it answers (any status) or the timeout passes.
func WaitHTTP(ctx context.Context, url string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	client := &http.Client{Timeout: 5 * time.Second}
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not answer within %v: %v", url, timeout, err)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

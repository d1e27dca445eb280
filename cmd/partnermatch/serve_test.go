package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const testToken = "serve-test-token-0123456789"

// buildBinary builds the real partnermatch binary into t.TempDir().
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "partnermatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is a running partnermatch serve.
type process struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBuffer
	done   chan error
}

// startServe starts the binary with args on a free loopback port and waits
// until it listens.
func startServe(t *testing.T, bin string, args ...string) *process {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "PARTNERMATCH_TOKEN="+testToken)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, stderr: &lockedBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	listening := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if addr, ok := strings.CutPrefix(sc.Text(), "partnermatch serve: listening on "); ok {
				listening <- addr
			}
		}
		io.Copy(io.Discard, stdout)
	}()
	go func() { p.done <- cmd.Wait() }()
	select {
	case p.url = <-listening:
		return p
	case err := <-p.done:
		t.Fatalf("partnermatch serve exited before listening: %v\n%s", err, p.stderr)
	case <-time.After(30 * time.Second):
		t.Fatalf("partnermatch serve did not listen within 30s\n%s", p.stderr)
	}
	return nil
}

// call sends one request and returns the status and body.
func (p *process) call(t *testing.T, method, path, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, p.url+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", method, path, err, p.stderr)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func profile(i int) string {
	return fmt.Sprintf(`{"id":"org-%03d","name":"Organization %d","sector":"nonprofit","offers":["volunteers on weekends"],"needs":["meeting space"],"location":{"lat":44.23,"lon":-76.4%d}}`, i, i, i%10)
}

// TestAcknowledgedWritesSurviveKill9: every write answered 2xx is there
// after kill -9 and a restart.
func TestAcknowledgedWritesSurviveKill9(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "index")
	p := startServe(t, bin, "--index", dir, "--create")

	want := map[string]string{} // id -> profile
	for i := range 20 {
		status, body := p.call(t, "PUT", fmt.Sprintf("/v1/organizations/org-%03d", i), profile(i))
		if status != 201 {
			t.Fatalf("PUT answered %d: %s", status, body)
		}
		want[fmt.Sprintf("org-%03d", i)] = profile(i)
	}
	var lines []string
	for i := 20; i < 70; i++ {
		lines = append(lines, profile(i))
		want[fmt.Sprintf("org-%03d", i)] = profile(i)
	}
	if status, body := p.call(t, "POST", "/v1/import", strings.Join(lines, "\n")); status != 200 || !strings.Contains(body, `"applied":50`) {
		t.Fatalf("import answered %d: %s", status, body)
	}
	if status, body := p.call(t, "DELETE", "/v1/organizations/org-005", ""); status != 204 {
		t.Fatalf("DELETE answered %d: %s", status, body)
	}
	delete(want, "org-005")
	replaced := strings.Replace(profile(7), "Organization 7", "Organization Seven", 1)
	if status, body := p.call(t, "PUT", "/v1/organizations/org-007", replaced); status != 200 {
		t.Fatalf("replacing PUT answered %d: %s", status, body)
	}
	want["org-007"] = replaced

	// The last write was answered: kill -9 at once, no chance to flush.
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done

	p = startServe(t, bin, "--index", dir)
	for id, prof := range want {
		status, body := p.call(t, "GET", "/v1/organizations/"+id, "")
		if status != 200 {
			t.Errorf("GET %s after kill -9 answered %d: %s", id, status, body)
			continue
		}
		var got, wantJSON any
		json.Unmarshal([]byte(body), &got)
		json.Unmarshal([]byte(prof), &wantJSON)
		if diff := cmp.Diff(wantJSON, got); diff != "" {
			t.Errorf("%s after kill -9 (-want +got):\n%s", id, diff)
		}
	}
	if status, _ := p.call(t, "GET", "/v1/organizations/org-005", ""); status != 404 {
		t.Errorf("the deleted org-005 answers %d after kill -9", status)
	}
	if status, body := p.call(t, "GET", "/v1/stats", ""); !strings.Contains(body, `"organizations":69`) {
		t.Errorf("stats after kill -9: %d %s", status, body)
	}
}

// TestServeStopsGracefullyOnSIGTERM: exit 0, index closed, and the index
// opens again.
func TestServeStopsGracefullyOnSIGTERM(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "index")
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		p := startServe(t, bin, "--index", dir, "--create")
		if status, body := p.call(t, "PUT", "/v1/organizations/org-001", profile(1)); status/100 != 2 {
			t.Fatalf("PUT answered %d: %s", status, body)
		}
		p.cmd.Process.Signal(sig)
		select {
		case err := <-p.done:
			if err != nil {
				t.Errorf("after %v: %v\n%s", sig, err, p.stderr)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("still running 20s after %v", sig)
		}
		if log := p.stderr.String(); !strings.Contains(log, "index closed") {
			t.Errorf("after %v the log does not say the index was closed:\n%s", sig, log)
		}
	}
}

func TestServeUsage(t *testing.T) {
	t.Setenv("PARTNERMATCH_TOKEN", "")
	t.Setenv("PARTNERMATCH_READ_TOKEN", "")
	dir := t.TempDir()
	tokenFile := writeTemp(t, "token", testToken+"\n")
	emptyFile := writeTemp(t, "empty", "\n")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no index", []string{"serve"}, 2, "--index is required"},
		{"no write token", []string{"serve", "--index", dir}, 2, "no write token: set PARTNERMATCH_TOKEN or --token-file, or give --insecure-open-writes"},
		{"an empty token file", []string{"serve", "--index", dir, "--token-file", emptyFile}, 2, "is empty"},
		{"a missing token file", []string{"serve", "--index", dir, "--token-file", dir + "/nope"}, 2, "no such file"},
		{"read token is the write token", []string{"serve", "--index", dir, "--token-file", tokenFile, "--read-token", testToken}, 2, "the read token is the write token"},
		{"a bad size", []string{"serve", "--index", dir, "--token-file", tokenFile, "--max-body", "lots"}, 2, `"lots" is not a size`},
		{"a zero timeout", []string{"serve", "--index", dir, "--token-file", tokenFile, "--shutdown-timeout", "0s"}, 2, "--shutdown-timeout 0s must be positive"},
		{"an argument", []string{"serve", "--index", dir, "--token-file", tokenFile, "extra"}, 2, "takes no arguments"},
		{"no index there", []string{"serve", "--index", dir + "/none", "--token-file", tokenFile}, 1, "is not a partnermatch index (give --create"},
		{"a bad address", []string{"serve", "--index", dir + "/new", "--create", "--token-file", tokenFile, "--addr", "127.0.0.1:99999"}, 1, "invalid port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"512KiB", 512 << 10, true}, {"64MiB", 64 << 20, true},
		{"2 MB", 2 << 20, true}, {"1GiB", 1 << 30, true}, {"100B", 100, true},
		{"0", 0, false}, {"-1MiB", 0, false}, {"lots", 0, false}, {"1.5MiB", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		var b byteSize
		err := b.Set(tt.in)
		if (err == nil) != tt.ok || (tt.ok && int64(b) != tt.want) {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tt.in, b, err, tt.want, tt.ok)
		}
	}
}

// lockedBuffer collects a process's stderr while tests read it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

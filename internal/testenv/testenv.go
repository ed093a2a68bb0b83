// Package testenv starts the real services IML integrates with (MinIO, Ollama and a one-node Slurm)
// for tests, and writes the tiny GGUF model they serve.
//
// Each Start function picks free ports on 127.0.0.1, keeps its data in a temporary directory, waits
// until the service answers, and stops it (and every process it spawned) in t.Cleanup. Server logs
// go to a file whose tail is printed when the test fails.
//
// Binaries are looked up in $IML_TOOLS (default ~/.cache/iml/bin), then in PATH. A missing binary
// skips the test with the command that installs it, except when CI=true: there a missing service
// is a failure, never a silent skip. Under go test -short every Start function skips.
package testenv

import (
	"bufio"
	"bytes"
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

// EnvTools names the directory where scripts/install-services.sh puts the service binaries.
const EnvTools = "IML_TOOLS"

// installHint is how a developer gets the binaries.
const installHint = "make services (scripts/install-services.sh)"

// Timeouts for services to come up and to stop.
const (
	readyTimeout = 90 * time.Second
	stopTimeout  = 10 * time.Second
	logTailLines = 40
)

// ToolsDir returns $IML_TOOLS or its default, ~/.cache/iml/bin.
func ToolsDir() string {
	if d := os.Getenv(EnvTools); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".cache", "iml", "bin")
}

// LookTool finds an executable in ToolsDir, then PATH, then the sbin directories (where Debian puts
// slurmctld and munged even when PATH leaves them out).
func LookTool(name string) (string, error) {
	if d := ToolsDir(); d != "" {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, d := range []string{"/usr/sbin", "/usr/local/sbin", "/sbin"} {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("find %s in %s or PATH: %w", name, ToolsDir(), exec.ErrNotFound)
}

// needTool returns the path of name, or ends the test: Skip under -short, and when the tool is
// missing Fatal under CI=true, Skip elsewhere.
func needTool(t testing.TB, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("short mode: no real services (%s)", name)
		return ""
	}
	p, err := LookTool(name)
	if err != nil {
		toolMissing(t, err)
		return ""
	}
	return p
}

func toolMissing(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v; CI requires the real service: run %s", err, installHint)
		return
	}
	t.Skipf("%v; install it with: %s", err, installHint)
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("find free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// process is a service started for one test, in its own process group so that stopping it also
// stops what it spawned (Ollama's runners, Slurm's job steps).
type process struct {
	name    string
	cmd     *exec.Cmd
	logPath string
	done    chan struct{}
	mu      sync.Mutex
	waitErr error
}

func startProcess(t testing.TB, name, path string, args, env []string, logPath string) *process {
	t.Helper()
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatalf("open %s log: %v", name, err)
	}
	cmd := exec.Command(path, args...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		t.Fatalf("start %s: %v", name, err)
	}
	p := &process{name: name, cmd: cmd, logPath: logPath, done: make(chan struct{})}
	go func() {
		err := cmd.Wait()
		logFile.Close()
		p.mu.Lock()
		p.waitErr = err
		p.mu.Unlock()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.stop()
		if t.Failed() {
			t.Logf("%s log tail (%s):\n%s", name, logPath, p.tail())
		}
	})
	return p
}

// stop sends SIGTERM to the process group, then SIGKILL if it lingers.
func (p *process) stop() {
	pgid := p.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(stopTimeout):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-p.done
	}
	// Children that ignored SIGTERM while the leader exited still get their SIGKILL.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
}

func (p *process) exited() (bool, error) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return true, p.waitErr
	default:
		return false, nil
	}
}

func (p *process) tail() string { return tailFile(p.logPath, logTailLines) }

func tailFile(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("(no log: %v)", err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// waitReady polls ready until it reports true, the process exits, or the timeout passes.
func waitReady(t testing.TB, p *process, what string, ready func() error) {
	t.Helper()
	deadline := time.Now().Add(readyTimeout)
	var last error
	for time.Now().Before(deadline) {
		if last = ready(); last == nil {
			return
		}
		if done, err := p.exited(); done {
			t.Fatalf("%s exited before %s (%v); log tail:\n%s", p.name, what, err, p.tail())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s not %s after %s: %v; log tail:\n%s", p.name, what, readyTimeout, last, p.tail())
}

// httpClient is used for readiness probes and helpers. Keep-alives are off so that tests using
// goleak find no idle connection goroutines once a test ends.
func httpClient() *http.Client {
	return &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{DisableKeepAlives: true},
	}
}

func httpGetOK(url string) error {
	resp, err := httpClient().Get(url)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}

// baseEnv is the environment services start with: the test's own, minus variables that would point
// a service at the developer's real state or at a proxy.
func baseEnv(home string, extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "HOME", strings.HasPrefix(k, "OLLAMA_"), strings.HasPrefix(k, "MINIO_"), strings.HasPrefix(k, "SLURM_"),
			strings.EqualFold(k, "http_proxy"), strings.EqualFold(k, "https_proxy"), strings.EqualFold(k, "all_proxy"):
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+home, "NO_PROXY=127.0.0.1,localhost", "no_proxy=127.0.0.1,localhost")
	return append(env, extra...)
}

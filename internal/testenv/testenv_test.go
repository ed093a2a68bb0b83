package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that the helpers leave no goroutine behind once their cleanups ran, since
// packages that use them verify the same with goleak.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// recorder is a testing.TB that records Skipf and Fatalf instead of ending the goroutine.
type recorder struct {
	testing.TB
	skipped, fatal string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Skipf(format string, a ...any)  { r.skipped = fmt.Sprintf(format, a...) }
func (r *recorder) Fatalf(format string, a ...any) { r.fatal = fmt.Sprintf(format, a...) }

func TestToolMissing(t *testing.T) {
	tests := []struct {
		name      string
		ci        string
		wantSkip  bool
		wantFatal bool
	}{
		{"developer machine skips", "", true, false},
		{"ci fails", "true", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvTools, t.TempDir())
			t.Setenv("PATH", t.TempDir())
			t.Setenv("CI", tt.ci)
			_, err := LookTool("iml-no-such-tool")
			if err == nil {
				t.Fatal("LookTool found a missing tool")
			}
			r := &recorder{TB: t}
			toolMissing(r, err)
			if (r.skipped != "") != tt.wantSkip || (r.fatal != "") != tt.wantFatal {
				t.Fatalf("skipped %q, fatal %q", r.skipped, r.fatal)
			}
			if msg := r.skipped + r.fatal; !strings.Contains(msg, "make services") {
				t.Errorf("message %q does not say how to install", msg)
			}
		})
	}
}

func TestLookToolPrefersToolsDir(t *testing.T) {
	dir := t.TempDir()
	tool := filepath.Join(dir, "sh")
	if err := os.WriteFile(tool, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvTools, dir)
	if p, err := LookTool("sh"); err != nil || p != tool {
		t.Fatalf("LookTool(sh) = %q, %v; want %q", p, err, tool)
	}
	t.Setenv(EnvTools, t.TempDir())
	if p, err := LookTool("sh"); err != nil || p == tool {
		t.Fatalf("LookTool(sh) from PATH = %q, %v", p, err)
	}
}

func TestTinyModel(t *testing.T) {
	p1, d1 := TinyModel(t)
	p2, d2 := TinyModel(t)
	if p1 == p2 || d1 != d2 || !strings.HasPrefix(d1, "sha256:") || len(d1) != len("sha256:")+64 {
		t.Fatalf("TinyModel: %s %s, %s %s", p1, d1, p2, d2)
	}
}

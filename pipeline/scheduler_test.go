package pipeline

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
	"go.uber.org/goleak"
)

func TestSchedulerRunsOnCronAndRecordsHistory(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreTopFunction("database/sql.(*DB).connectionOpener"))
	dir := t.TempDir()
	reg, err := modelrepo.OpenRegistry(t.Context(), filepath.Join(dir, "iml.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	cfg, err := config.Parse([]byte(`
state_dir: ` + dir + `
anonymizer: {key_env: X}
pipelines:
  - name: every-second
    schedule: "@every 1s"
    source: {type: jsonl, path: ` + dir + `/missing.jsonl}
    train: {command: [trainer], base_model: {ollama: base, gguf: /base.gguf}}
  - name: manual
    source: {type: jsonl, path: ` + dir + `/missing.jsonl}
    train: {command: [trainer], base_model: {ollama: base, gguf: /base.gguf}}
`))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	s := &Scheduler{Runner: &Runner{Config: cfg, Registry: reg, Anon: fakeSubjects{}}}
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	// Wait for two ticks (polling, so a slow machine only makes the test slower, not flaky).
	var runs []modelrepo.Run
	for deadline := time.Now().Add(30 * time.Second); len(runs) < 2; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("got %d scheduled runs in 30 s, want 2", len(runs))
		}
		if runs, err = reg.Runs(t.Context(), "every-second", 10); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if runs, err = reg.Runs(t.Context(), "every-second", 10); err != nil {
		t.Fatal(err)
	}
	for _, r := range runs {
		if r.Status != "failed" || r.Error == "" {
			t.Fatalf("run %+v: want failed with the reason recorded", r)
		}
	}
	if manual, _ := reg.Runs(t.Context(), "manual", 10); len(manual) != 0 {
		t.Fatalf("unscheduled pipeline ran %d times", len(manual))
	}
}

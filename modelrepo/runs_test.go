package modelrepo_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iml/iml/modelrepo"
)

func TestRunLifecycle(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	run, err := r.StartRun(ctx, "nightly")
	if err != nil {
		t.Fatalf("StartRun: %v", err)
	}
	if !strings.HasPrefix(run.ID, "run-20261125T210001Z-") || run.Status != modelrepo.RunRunning {
		t.Errorf("StartRun = %+v; want id run-20261125T210001Z-… running", run)
	}
	if _, err := r.StartRun(ctx, "nightly"); !errors.Is(err, modelrepo.ErrRunActive) || !strings.Contains(err.Error(), run.ID) {
		t.Errorf("second StartRun = %v; want ErrRunActive naming %s", err, run.ID)
	}
	if _, err := r.StartRun(ctx, "other"); err != nil {
		t.Errorf("StartRun of another pipeline: %v", err)
	}
	tests := []struct {
		name    string
		id      string
		status  string
		report  string
		wantErr error
	}{
		{"bad status", run.ID, "done", "", modelrepo.ErrInvalid},
		{"report not json", run.ID, modelrepo.RunSucceeded, "{", modelrepo.ErrInvalid},
		{"unknown run", "run-x", modelrepo.RunFailed, "", modelrepo.ErrNotFound},
		{"finish", run.ID, modelrepo.RunSucceeded, `{"records":3}`, nil},
		{"finish twice", run.ID, modelrepo.RunFailed, "", modelrepo.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := r.FinishRun(ctx, tt.id, tt.status, []byte(tt.report), "")
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("FinishRun = %v, want %v", err, tt.wantErr)
			}
		})
	}
	got, err := r.GetRun(ctx, run.ID)
	if err != nil || got.Status != modelrepo.RunSucceeded || string(got.Report) != `{"records":3}` || got.FinishedAt.IsZero() {
		t.Errorf("GetRun = %+v, %v", got, err)
	}
	next, err := r.StartRun(ctx, "nightly")
	if err != nil {
		t.Fatalf("StartRun after finish: %v", err)
	}
	runs, _ := r.Runs(ctx, "nightly", 10)
	if len(runs) != 2 || runs[0].ID != next.ID {
		t.Errorf("Runs = %d runs, first %v; want 2, newest first", len(runs), runs)
	}
	if all, _ := r.Runs(ctx, "", 0); len(all) != 3 {
		t.Errorf("Runs(all) = %d runs, want 3", len(all))
	}
}

func TestOrphanedAndStaleRuns(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	now := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	r.Now = func() time.Time { return now }
	a, _ := r.StartRun(ctx, "a")
	now = now.Add(time.Hour)
	b, _ := r.StartRun(ctx, "b")
	ids, err := r.MarkStaleRuns(ctx, 30*time.Minute, "no heartbeat")
	if err != nil || len(ids) != 1 || ids[0] != a.ID {
		t.Fatalf("MarkStaleRuns = %v, %v; want [%s]", ids, err, a.ID)
	}
	if got, _ := r.GetRun(ctx, a.ID); got.Status != modelrepo.RunFailed || got.Error != "no heartbeat" {
		t.Errorf("stale run = %+v", got)
	}
	ids, err = r.FailOrphanedRuns(ctx, "process restarted")
	if err != nil || len(ids) != 1 || ids[0] != b.ID {
		t.Fatalf("FailOrphanedRuns = %v, %v; want [%s]", ids, err, b.ID)
	}
	if _, err := r.StartRun(ctx, "b"); err != nil {
		t.Errorf("StartRun after recovery: %v", err)
	}
}

// TestConcurrentStartRun starts the same pipeline from goroutines on two registry handles (two
// "processes" sharing the file): exactly one must win.
func TestConcurrentStartRun(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "registry.db")
	var regs []*modelrepo.Registry
	for range 2 {
		r, err := modelrepo.OpenRegistry(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		regs = append(regs, r)
	}
	for round := range 5 {
		var wg sync.WaitGroup
		var mu sync.Mutex
		var won, active int
		var other []error
		for i := range 8 {
			wg.Go(func() {
				_, err := regs[i%2].StartRun(ctx, "ingest")
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					won++
				case errors.Is(err, modelrepo.ErrRunActive):
					active++
				default:
					other = append(other, err)
				}
			})
		}
		wg.Wait()
		if won != 1 || active != 7 || len(other) > 0 {
			t.Fatalf("round %d: %d won, %d ErrRunActive, other errors %v; want 1, 7, none", round, won, active, other)
		}
		if _, err := regs[0].FailOrphanedRuns(ctx, "next round"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "sub", "registry.db")
	r, err := modelrepo.OpenRegistry(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("registry file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	run, _ := r.StartRun(ctx, "p")
	r.Close()
	r, err = modelrepo.OpenRegistry(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer r.Close()
	if v, err := r.SchemaVersion(ctx); err != nil || v != 2 {
		t.Errorf("SchemaVersion = %d, %v; want 2", v, err)
	}
	if _, err := r.GetRun(ctx, run.ID); err != nil {
		t.Errorf("GetRun after reopen: %v", err)
	}
}

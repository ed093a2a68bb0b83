package train_test

import (
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/iml/iml/train"
)

// testJobStore is the conformance suite every JobStore passes.
func testJobStore(t *testing.T, s train.JobStore) {
	ctx := t.Context()
	t0 := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	spec := train.JobSpec{JobID: "j1", Recipe: "axolotl", OutputDir: "/out", Hyper: train.Hyperparameters{R: 8}}
	if err := s.CreateJob(ctx, train.JobRecord{ID: "j1", Driver: "slurm", Recipe: "axolotl", Spec: spec, CreatedAt: t0}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateJob(ctx, train.JobRecord{ID: "j1", Driver: "slurm", Spec: spec, CreatedAt: t0}); err == nil {
		t.Error("duplicate id accepted")
	}
	if err := s.CreateJob(ctx, train.JobRecord{ID: "j2", Driver: "local", Spec: spec, CreatedAt: t0.Add(time.Second)}); err != nil {
		t.Fatal(err)
	}
	h := train.Handle{Driver: "slurm", ID: "42", WorkDir: "/work/j1"}
	if err := s.SetHandle(ctx, "j1", h); err != nil {
		t.Fatal(err)
	}
	if err := s.Transition(ctx, "j1", train.StateRunning, "", t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	ps := []train.Progress{{Step: 1, Loss: 2, Epoch: 0.5, LearningRate: 1e-4}, {Step: 2, Loss: 1, Epoch: 1, LearningRate: 5e-5}}
	for range 2 { // idempotent
		if err := s.RecordMetrics(ctx, "j1", ps[:1]); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordMetrics(ctx, "j1", ps); err != nil {
			t.Fatal(err)
		}
	}
	active, err := s.ActiveJobs(ctx)
	if err != nil || len(active) != 2 || active[0].ID != "j1" || active[0].Handle != h || active[0].Spec.Hyper.R != 8 {
		t.Fatalf("active = %+v, %v", active, err)
	}
	if err := s.SetAdapter(ctx, "j1", "sha256:abc"); err != nil {
		t.Fatal(err)
	}
	if err := s.Transition(ctx, "j1", train.StateSucceeded, "", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// terminal is final
	if err := s.Transition(ctx, "j1", train.StateFailed, "late", t0.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	rec, err := s.Job(ctx, "j1")
	if err != nil {
		t.Fatal(err)
	}
	if rec.State != train.StateSucceeded || rec.Reason != "" || rec.AdapterDigest != "sha256:abc" ||
		!rec.CreatedAt.Equal(t0) || !rec.StartedAt.Equal(t0.Add(time.Minute)) || !rec.FinishedAt.Equal(t0.Add(time.Hour)) ||
		rec.Driver != "slurm" || rec.Recipe != "axolotl" {
		t.Errorf("record = %+v", rec)
	}
	m, err := s.Metrics(ctx, "j1")
	if err != nil || len(m) != 2 || m[0] != ps[0] || m[1] != ps[1] {
		t.Errorf("metrics = %+v, %v", m, err)
	}
	if err := s.Transition(ctx, "j2", train.StateCancelled, "cancelled", t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Job(ctx, "j2"); !r.StartedAt.IsZero() || r.State != train.StateCancelled {
		t.Errorf("j2 = %+v", r)
	}
	if active, _ := s.ActiveJobs(ctx); len(active) != 0 {
		t.Errorf("active after finish = %+v", active)
	}
	if _, err := s.Job(ctx, "nope"); !errors.Is(err, train.ErrJobNotFound) {
		t.Errorf("missing job: %v", err)
	}
	if err := s.Transition(ctx, "nope", train.StateRunning, "", t0); !errors.Is(err, train.ErrJobNotFound) {
		t.Errorf("transition of missing job: %v", err)
	}
}

func TestJobStores(t *testing.T) {
	t.Run("memory", func(t *testing.T) { testJobStore(t, train.NewMemStore()) })
	t.Run("sqlite", func(t *testing.T) {
		db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "reg.db")+"?_foreign_keys=on&_busy_timeout=5000")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		s, err := train.OpenSQLiteStore(t.Context(), db)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := train.OpenSQLiteStore(t.Context(), db); err != nil { // idempotent schema
			t.Fatal(err)
		}
		testJobStore(t, s)
	})
}

package local_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/iml/iml/train"
	"github.com/iml/iml/train/local"
)

func trainer(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "testdata", "trainers", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func newDriver(t *testing.T) *local.Driver {
	t.Helper()
	d := local.New(t.TempDir(), nil)
	d.KillGrace = time.Second
	return d
}

// wait polls Status until the job is terminal.
func wait(t *testing.T, d train.Driver, h train.Handle, within time.Duration) train.Status {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		st, err := d.Status(t.Context(), h)
		if err != nil {
			t.Fatalf("status: %v", err)
		}
		if st.State.Terminal() {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s after %s", h.ID, st.State, within)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestDriverRunsToTerminal(t *testing.T) {
	tests := []struct {
		name         string
		script       string
		limit        time.Duration
		want         train.State
		wantCode     int
		wantReason   string
		wantProgress int
		notInReason  []string
	}{
		{name: "success", script: "ok.sh", want: train.StateSucceeded, wantProgress: 3},
		{name: "non-zero exit", script: "fail.sh", want: train.StateFailed, wantCode: 3,
			wantReason: "trainer exited with code 3: RuntimeError: bad example from <email> phone <number>", wantProgress: 1,
			notInReason: []string{"ivan", "912"}},
		{name: "garbage output", script: "garbage.sh", want: train.StateSucceeded},
		{name: "time limit", script: "sleep.sh", limit: time.Second, want: train.StateFailed, wantCode: 143,
			wantReason: train.ReasonTimeLimit, wantProgress: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t)
			spec := train.JobSpec{JobID: "job-" + strings.ReplaceAll(tt.name, " ", "-"), TimeLimit: tt.limit}
			h, err := d.Submit(t.Context(), spec, train.Command{Path: trainer(t, tt.script)})
			if err != nil {
				t.Fatalf("submit: %v", err)
			}
			if h.Driver != "local" || h.WorkDir != filepath.Join(d.Root, spec.JobID) {
				t.Errorf("handle = %+v", h)
			}
			st := wait(t, d, h, 10*time.Second)
			if st.State != tt.want || st.ExitCode != tt.wantCode || st.Reason != tt.wantReason {
				t.Errorf("status = %s/%d/%q, want %s/%d/%q", st.State, st.ExitCode, st.Reason, tt.want, tt.wantCode, tt.wantReason)
			}
			if len(st.Progress) != tt.wantProgress {
				t.Errorf("progress = %+v, want %d entries", st.Progress, tt.wantProgress)
			}
			for _, s := range tt.notInReason {
				if strings.Contains(st.Reason, s) {
					t.Errorf("reason %q leaks %q", st.Reason, s)
				}
			}
		})
	}
}

func TestDriverProgressFields(t *testing.T) {
	d := newDriver(t)
	h, err := d.Submit(t.Context(), train.JobSpec{JobID: "p"}, train.Command{Path: trainer(t, "ok.sh")})
	if err != nil {
		t.Fatal(err)
	}
	st := wait(t, d, h, 10*time.Second)
	want := []train.Progress{
		{Step: 1, Loss: 2.5, Epoch: 0.5, LearningRate: 0.0002},
		{Step: 2, Loss: 1.25, Epoch: 1, LearningRate: 0.0001},
		{Step: 2, Event: "done"},
	}
	if len(st.Progress) != len(want) {
		t.Fatalf("progress = %+v", st.Progress)
	}
	for i := range want {
		if st.Progress[i] != want[i] {
			t.Errorf("progress[%d] = %+v, want %+v", i, st.Progress[i], want[i])
		}
	}
	logs, err := d.Logs(t.Context(), h)
	if err != nil || !strings.Contains(string(logs), "loading base model") {
		t.Errorf("logs = %q, %v", logs, err)
	}
}

func TestDriverCancel(t *testing.T) {
	tests := []struct {
		name   string
		script string
	}{
		{name: "terminates on SIGTERM", script: "sleep.sh"},
		{name: "killed after grace", script: "stubborn.sh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t)
			h, err := d.Submit(t.Context(), train.JobSpec{JobID: "c"}, train.Command{Path: trainer(t, tt.script)})
			if err != nil {
				t.Fatal(err)
			}
			time.Sleep(200 * time.Millisecond)
			if st, err := d.Status(t.Context(), h); err != nil || st.State != train.StateRunning {
				t.Fatalf("status before cancel = %+v, %v", st, err)
			}
			start := time.Now()
			if err := d.Cancel(t.Context(), h); err != nil {
				t.Fatalf("cancel: %v", err)
			}
			st := wait(t, d, h, 5*time.Second)
			if st.State != train.StateCancelled {
				t.Errorf("state = %s (%s), want cancelled", st.State, st.Reason)
			}
			if el := time.Since(start); el > 4*time.Second {
				t.Errorf("cancel took %s", el)
			}
			if err := d.Cancel(t.Context(), h); err != nil {
				t.Errorf("second cancel: %v", err)
			}
		})
	}
}

// A fresh driver over the same root (an IML restart) sees the same job.
func TestDriverReattach(t *testing.T) {
	root := t.TempDir()
	d1 := local.New(root, nil)
	h, err := d1.Submit(t.Context(), train.JobSpec{JobID: "r"}, train.Command{Path: trainer(t, "ok.sh")})
	if err != nil {
		t.Fatal(err)
	}
	d2 := local.New(root, nil)
	if st := wait(t, d2, h, 10*time.Second); st.State != train.StateSucceeded {
		t.Errorf("state after re-attach = %s", st.State)
	}
}

func TestDriverRejects(t *testing.T) {
	d := newDriver(t)
	ctx := context.Background()
	if _, err := d.Submit(ctx, train.JobSpec{JobID: "../x"}, train.Command{Path: "true"}); err == nil {
		t.Error("submit with a path in the job id succeeded")
	}
	if _, err := d.Submit(ctx, train.JobSpec{JobID: "x"}, train.Command{Path: "true", Files: map[string][]byte{"../evil": nil}}); err == nil {
		t.Error("submit with an escaping file succeeded")
	}
	if _, err := d.Submit(ctx, train.JobSpec{JobID: "dup"}, train.Command{Path: "true"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Submit(ctx, train.JobSpec{JobID: "dup"}, train.Command{Path: "true"}); err == nil {
		t.Error("second submit of the same job id succeeded")
	}
	_, err := d.Status(ctx, train.Handle{Driver: "local", ID: "12345", WorkDir: "/etc"})
	if !errors.Is(err, train.ErrNotFound) {
		t.Errorf("status of a forged handle: %v", err)
	}
	_, err = d.Status(ctx, train.Handle{Driver: "slurm", ID: "1", WorkDir: filepath.Join(d.Root, "x")})
	if !errors.Is(err, train.ErrNotFound) {
		t.Errorf("status of another driver's handle: %v", err)
	}
}

func TestMissingExecutable(t *testing.T) {
	d := newDriver(t)
	h, err := d.Submit(t.Context(), train.JobSpec{JobID: "m"}, train.Command{Path: "/nonexistent/trainer"})
	if err != nil {
		t.Fatal(err)
	}
	st := wait(t, d, h, 5*time.Second)
	if st.State != train.StateFailed || st.ExitCode != 127 {
		t.Errorf("status = %+v", st)
	}
}

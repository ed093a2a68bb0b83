package slurm_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/iml/iml/internal/testenv"
	"github.com/iml/iml/train"
	"github.com/iml/iml/train/slurm"
)

// These tests run against a real one-node Slurm cluster started on loopback by testenv.

func trainer(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "testdata", "trainers", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// newDriver returns a driver over a fresh root (the "shared filesystem" is the local one here).
func newDriver(t *testing.T, cl *testenv.Slurm, gpus int) (*slurm.Driver, string) {
	t.Helper()
	root, err := os.MkdirTemp("", "iml-slurm-jobs-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	return driverAt(t, cl, root, gpus), root
}

func driverAt(t *testing.T, cl *testenv.Slurm, root string, gpus int) *slurm.Driver {
	t.Helper()
	d, err := slurm.New(slurm.Config{Root: root, Partition: cl.Partition, GPUs: gpus, Env: cl.Env}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

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
		time.Sleep(200 * time.Millisecond)
	}
}

func TestSlurmCluster(t *testing.T) {
	cl := testenv.StartSlurm(t)
	d, root := newDriver(t, cl, 0)

	t.Run("success with progress", func(t *testing.T) {
		h, err := d.Submit(t.Context(), train.JobSpec{JobID: "ok"}, train.Command{Path: trainer(t, "ok.sh")})
		if err != nil {
			t.Fatalf("submit: %v", err)
		}
		st := wait(t, d, h, 60*time.Second)
		if st.State != train.StateSucceeded || len(st.Progress) != 3 {
			t.Errorf("status = %+v", st)
		}
		// a restarted server (a new driver) re-attaches by the recorded handle
		d2 := driverAt(t, cl, root, 0)
		if st, err := d2.Status(t.Context(), h); err != nil || st.State != train.StateSucceeded {
			t.Errorf("re-attached status = %+v, %v", st, err)
		}
	})
	t.Run("trainer fails", func(t *testing.T) {
		h, err := d.Submit(t.Context(), train.JobSpec{JobID: "fail"}, train.Command{Path: trainer(t, "fail.sh")})
		if err != nil {
			t.Fatal(err)
		}
		st := wait(t, d, h, 60*time.Second)
		if st.State != train.StateFailed || st.ExitCode != 3 || !strings.HasPrefix(st.Reason, "trainer exited with code 3") ||
			strings.Contains(st.Reason, "ivan") {
			t.Errorf("status = %+v", st)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		h, err := d.Submit(t.Context(), train.JobSpec{JobID: "cancel"}, train.Command{Path: trainer(t, "sleep.sh")})
		if err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(30 * time.Second)
		for {
			st, err := d.Status(t.Context(), h)
			if err != nil {
				t.Fatal(err)
			}
			if st.State == train.StateRunning && len(st.Progress) > 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("job never ran: %+v", st)
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err := d.Cancel(t.Context(), h); err != nil {
			t.Fatalf("cancel: %v", err)
		}
		if st := wait(t, d, h, 30*time.Second); st.State != train.StateCancelled {
			t.Errorf("status after cancel = %+v", st)
		}
		if err := d.Cancel(t.Context(), h); err != nil {
			t.Errorf("second cancel: %v", err)
		}
	})
	t.Run("gpus on a node without them", func(t *testing.T) {
		gd, _ := newDriver(t, cl, 1)
		_, err := gd.Submit(t.Context(), train.JobSpec{JobID: "gpu"}, train.Command{Path: trainer(t, "ok.sh")})
		if !errors.Is(err, slurm.ErrRejected) {
			t.Fatalf("submit with --gres=gpu:1: %v", err)
		}
		t.Logf("sbatch refused: %v", err)
	})
	t.Run("unknown job", func(t *testing.T) {
		h := train.Handle{Driver: "slurm", ID: "999999", WorkDir: filepath.Join(root, "ghost")}
		if _, err := d.Status(t.Context(), h); !errors.Is(err, train.ErrNotFound) {
			t.Errorf("status of unknown job: %v", err)
		}
	})
}

package slurm_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/internal/testenv"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/train"
)

type memBlobs struct {
	mu   sync.Mutex
	keys []string
}

func (m *memBlobs) PutFile(_ context.Context, prefix, path string) (modelrepo.Object, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return modelrepo.Object{}, err
	}
	sum := sha256.Sum256(b)
	obj := modelrepo.Object{Key: prefix + "/" + hex.EncodeToString(sum[:]), Digest: "sha256:" + hex.EncodeToString(sum[:]), Size: int64(len(b))}
	m.mu.Lock()
	m.keys = append(m.keys, obj.Key)
	m.mu.Unlock()
	return obj, nil
}

// The Runner drives Slurm end to end: one job is cancelled, another's adapter is collected.
func TestRunnerOnSlurm(t *testing.T) {
	cl := testenv.StartSlurm(t)
	d, _ := newDriver(t, cl, 0)
	jobs, blobs := train.NewMemStore(), &memBlobs{}
	r := train.NewRunner(d, jobs, blobs, nil)
	r.Poll = 200 * time.Millisecond

	src := filepath.Join(t.TempDir(), train.AdapterGGUF)
	var w gguf.Writer
	w.Add("general.architecture", "llama")
	w.Add("general.type", "adapter")
	w.AddF32("blk.0.attn_q.weight.lora_a", []uint64{2, 1}, []float32{1, 2})
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := t.TempDir()
	spec := train.JobSpec{JobID: "collect", Recipe: "command", OutputDir: filepath.Join(out, "adapter"),
		BaseModel: train.BaseModel{HF: "tiny", Ollama: "tiny", Arch: "llama"}}
	res, err := r.Run(t.Context(), spec, train.Command{Path: trainer(t, "copy.sh"), Args: []string{spec.OutputDir, src}})
	if err != nil || res.State != train.StateSucceeded || res.Adapter.Digest == "" || res.Log.Digest == "" {
		t.Fatalf("collect job: %+v, %v", res, err)
	}
	rec, _ := jobs.Job(t.Context(), "collect")
	if rec.AdapterDigest != res.Adapter.Digest || rec.Handle.Driver != "slurm" {
		t.Errorf("record = %+v", rec)
	}

	done := make(chan error, 1)
	cspec := spec
	cspec.JobID, cspec.OutputDir = "to-cancel", filepath.Join(out, "cancelled")
	go func() {
		_, err := r.Run(t.Context(), cspec, train.Command{Path: trainer(t, "sleep.sh")})
		done <- err
	}()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if rec, err := jobs.Job(t.Context(), "to-cancel"); err == nil && rec.State == train.StateRunning {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("job never ran")
		}
	}
	if err := r.Cancel(t.Context(), "to-cancel"); err != nil {
		t.Fatal(err)
	}
	var jerr *train.JobError
	if err := <-done; !errors.As(err, &jerr) || jerr.State != train.StateCancelled {
		t.Errorf("cancelled run: %v", err)
	}
}

package train_test

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/train"
	"github.com/iml/iml/train/local"
)

// memBlobs is a hand-written Blobs that records uploads.
type memBlobs struct {
	mu   sync.Mutex
	objs map[string]modelrepo.Object // by base name
}

func (m *memBlobs) PutFile(_ context.Context, prefix, path string) (modelrepo.Object, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return modelrepo.Object{}, err
	}
	sum := sha256.Sum256(b)
	d := hex.EncodeToString(sum[:])
	obj := modelrepo.Object{Key: prefix + "/" + d + filepath.Ext(path), Digest: "sha256:" + d, Size: int64(len(b))}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.objs == nil {
		m.objs = map[string]modelrepo.Object{}
	}
	m.objs[filepath.Base(path)] = obj
	return obj, nil
}

func (m *memBlobs) names() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for k := range m.objs {
		out = append(out, k)
	}
	return out
}

func writeGGUFAdapter(t *testing.T, dir, typ, arch string) string {
	t.Helper()
	var w gguf.Writer
	w.Add("general.architecture", arch)
	w.Add("general.type", typ)
	w.Add("adapter.type", "lora")
	w.Add("adapter.lora.alpha", float32(16))
	w.AddF32("blk.0.attn_q.weight.lora_a", []uint64{4, 2}, make([]float32, 8))
	w.AddF32("blk.0.attn_q.weight.lora_b", []uint64{2, 4}, make([]float32, 8))
	p := filepath.Join(dir, train.AdapterGGUF)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func writePEFTAdapter(t *testing.T, dir string) []string {
	t.Helper()
	cfg := filepath.Join(dir, train.AdapterConfig)
	if err := os.WriteFile(cfg, []byte(`{"peft_type":"LORA","r":8,"lora_alpha":16,"target_modules":["q_proj"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	hdr := []byte(`{"base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight":{"dtype":"F32","shape":[1,1],"data_offsets":[0,4]}}`)
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(hdr)))
	b = append(append(b, hdr...), 0, 0, 0, 0)
	st := filepath.Join(dir, train.AdapterSafetensors)
	if err := os.WriteFile(st, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{cfg, st}
}

func fakeTrainer(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", "trainers", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type runnerEnv struct {
	runner *train.Runner
	jobs   *train.MemStore
	blobs  *memBlobs
	drv    *local.Driver
}

func newRunnerEnv(t *testing.T) runnerEnv {
	t.Helper()
	drv := local.New(t.TempDir(), nil)
	drv.KillGrace = time.Second
	jobs, blobs := train.NewMemStore(), &memBlobs{}
	r := train.NewRunner(drv, jobs, blobs, nil)
	r.Poll = 20 * time.Millisecond
	return runnerEnv{runner: r, jobs: jobs, blobs: blobs, drv: drv}
}

func testSpec(t *testing.T, id, arch string) train.JobSpec {
	return train.JobSpec{
		JobID:        id,
		Recipe:       "command",
		BaseModel:    train.BaseModel{HF: "tiny", Ollama: "tiny:latest", Arch: arch},
		OutputDir:    filepath.Join(t.TempDir(), "out"),
		ChatTemplate: "{{ .Prompt }}",
		Stop:         []string{"</s>"},
	}
}

func TestRunnerCollects(t *testing.T) {
	tests := []struct {
		name       string
		arch       string
		files      func(t *testing.T, dir string) []string
		wantState  train.State
		wantFormat string
		wantReason string
		wantBlobs  []string
	}{
		{name: "gguf adapter", arch: "llama",
			files:     func(t *testing.T, d string) []string { return []string{writeGGUFAdapter(t, d, "adapter", "llama")} },
			wantState: train.StateSucceeded, wantFormat: train.FormatGGUF,
			wantBlobs: []string{"adapter.gguf", "template.json", "train.log"}},
		{name: "peft on llama", arch: "llama", files: writePEFTAdapter,
			wantState: train.StateSucceeded, wantFormat: train.FormatPEFT,
			wantBlobs: []string{"adapter_config.json", "adapter_model.safetensors", "template.json", "train.log"}},
		{name: "peft on qwen2", arch: "qwen2", files: writePEFTAdapter,
			wantState: train.StateFailed, wantReason: "no valid adapter: PEFT safetensors on a \"qwen2\" base",
			wantBlobs: []string{"train.log"}},
		{name: "gguf model, not adapter", arch: "llama",
			files:     func(t *testing.T, d string) []string { return []string{writeGGUFAdapter(t, d, "model", "llama")} },
			wantState: train.StateFailed, wantReason: `no valid adapter: adapter.gguf: general.type is "model"`,
			wantBlobs: []string{"train.log"}},
		{name: "gguf of another architecture", arch: "qwen2",
			files:     func(t *testing.T, d string) []string { return []string{writeGGUFAdapter(t, d, "adapter", "llama")} },
			wantState: train.StateFailed, wantReason: `no valid adapter: adapter.gguf: architecture "llama" does not match`,
			wantBlobs: []string{"train.log"}},
		{name: "garbage gguf", arch: "llama",
			files: func(t *testing.T, d string) []string {
				p := filepath.Join(d, train.AdapterGGUF)
				if err := os.WriteFile(p, []byte("GGUF\x03\x00\x00\x00garbage"), 0o644); err != nil {
					t.Fatal(err)
				}
				return []string{p}
			},
			wantState: train.StateFailed, wantReason: "no valid adapter: adapter.gguf:", wantBlobs: []string{"train.log"}},
		{name: "no adapter", arch: "llama", files: func(*testing.T, string) []string { return nil },
			wantState: train.StateFailed, wantReason: "no valid adapter: neither", wantBlobs: []string{"train.log"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newRunnerEnv(t)
			spec := testSpec(t, "job-1", tt.arch)
			src := tt.files(t, t.TempDir())
			cmd := train.Command{Path: fakeTrainer(t, "copy.sh"), Args: append([]string{spec.OutputDir}, src...)}
			res, err := env.runner.Run(t.Context(), spec, cmd)
			if res.State != tt.wantState || res.Format != tt.wantFormat || !strings.HasPrefix(res.Reason, tt.wantReason) {
				t.Errorf("result = %s/%q/%q, want %s/%q/%q…", res.State, res.Format, res.Reason, tt.wantState, tt.wantFormat, tt.wantReason)
			}
			var jerr *train.JobError
			if (tt.wantState == train.StateSucceeded) != (err == nil) || (err != nil && !errors.As(err, &jerr)) {
				t.Errorf("err = %v", err)
			}
			rec, err := env.jobs.Job(t.Context(), spec.JobID)
			if err != nil {
				t.Fatal(err)
			}
			if rec.State != tt.wantState || rec.Reason != res.Reason || rec.StartedAt.IsZero() || rec.FinishedAt.IsZero() {
				t.Errorf("record = %+v", rec)
			}
			if got := strings.Join(sorted(env.blobs.names()), ","); got != strings.Join(tt.wantBlobs, ",") {
				t.Errorf("uploaded %s, want %s", got, strings.Join(tt.wantBlobs, ","))
			}
			if tt.wantState == train.StateSucceeded {
				if rec.AdapterDigest == "" || rec.AdapterDigest != res.Adapter.Digest {
					t.Errorf("adapter digest: record %q, result %q", rec.AdapterDigest, res.Adapter.Digest)
				}
				var tmpl struct {
					ChatTemplate string   `json:"chat_template"`
					Stop         []string `json:"stop"`
				}
				b, _ := os.ReadFile(filepath.Join(spec.OutputDir, train.TemplateFile))
				if err := json.Unmarshal(b, &tmpl); err != nil || tmpl.ChatTemplate != spec.ChatTemplate || len(tmpl.Stop) != 1 {
					t.Errorf("template.json = %s (%v)", b, err)
				}
			} else if rec.AdapterDigest != "" {
				t.Errorf("failed job registered adapter %s", rec.AdapterDigest)
			}
			m, err := env.jobs.Metrics(t.Context(), spec.JobID)
			if err != nil || len(m) != 2 || m[1].Loss != 1.0 {
				t.Errorf("metrics = %+v, %v", m, err)
			}
		})
	}
}

func sorted(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

func TestRunnerTrainerFails(t *testing.T) {
	env := newRunnerEnv(t)
	spec := testSpec(t, "job-f", "llama")
	res, err := env.runner.Run(t.Context(), spec, train.Command{Path: fakeTrainer(t, "fail.sh")})
	var jerr *train.JobError
	if !errors.As(err, &jerr) || jerr.State != train.StateFailed {
		t.Fatalf("err = %v", err)
	}
	if !strings.HasPrefix(res.Reason, "trainer exited with code 3") || strings.Contains(res.Reason, "ivan") {
		t.Errorf("reason = %q", res.Reason)
	}
}

func TestRunnerContextCancel(t *testing.T) {
	env := newRunnerEnv(t)
	spec := testSpec(t, "job-c", "llama")
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	res, err := env.runner.Run(ctx, spec, train.Command{Path: fakeTrainer(t, "sleep.sh")})
	if !errors.Is(err, context.DeadlineExceeded) || res.State != train.StateCancelled {
		t.Fatalf("res = %+v, err = %v", res, err)
	}
	rec, _ := env.jobs.Job(t.Context(), spec.JobID)
	if rec.State != train.StateCancelled {
		t.Errorf("record state = %s", rec.State)
	}
	st, err := env.drv.Status(t.Context(), rec.Handle)
	if err != nil || st.State != train.StateCancelled {
		t.Errorf("driver status = %+v, %v", st, err)
	}
}

func TestRunnerCancelByID(t *testing.T) {
	env := newRunnerEnv(t)
	spec := testSpec(t, "job-k", "llama")
	done := make(chan error, 1)
	go func() {
		_, err := env.runner.Run(t.Context(), spec, train.Command{Path: fakeTrainer(t, "sleep.sh")})
		done <- err
	}()
	deadline := time.Now().Add(5 * time.Second)
	for {
		rec, err := env.jobs.Job(t.Context(), spec.JobID)
		if err == nil && rec.State == train.StateRunning {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("job never ran")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := env.runner.Cancel(t.Context(), spec.JobID); err != nil {
		t.Fatal(err)
	}
	err := <-done
	var jerr *train.JobError
	if !errors.As(err, &jerr) || jerr.State != train.StateCancelled {
		t.Errorf("run err = %v", err)
	}
}

// A new Runner (a restarted server) re-attaches to the jobs the store lists as active.
func TestRunnerReattach(t *testing.T) {
	env := newRunnerEnv(t)
	spec := testSpec(t, "job-r", "llama")
	src := writeGGUFAdapter(t, t.TempDir(), "adapter", "llama")
	ctx := t.Context()
	if err := env.jobs.CreateJob(ctx, train.JobRecord{ID: spec.JobID, Driver: "local", Spec: spec}); err != nil {
		t.Fatal(err)
	}
	h, err := env.drv.Submit(ctx, spec, train.Command{Path: fakeTrainer(t, "copy.sh"), Args: []string{spec.OutputDir, src}})
	if err != nil {
		t.Fatal(err)
	}
	if err := env.jobs.SetHandle(ctx, spec.JobID, h); err != nil {
		t.Fatal(err)
	}
	active, err := env.jobs.ActiveJobs(ctx)
	if err != nil || len(active) != 1 {
		t.Fatalf("active = %v, %v", active, err)
	}
	r2 := train.NewRunner(local.New(env.drv.Root, nil), env.jobs, env.blobs, nil)
	r2.Poll = 20 * time.Millisecond
	res, err := r2.Watch(ctx, active[0])
	if err != nil || res.State != train.StateSucceeded || res.Adapter.Digest == "" {
		t.Fatalf("watch = %+v, %v", res, err)
	}
	if active, _ := env.jobs.ActiveJobs(ctx); len(active) != 0 {
		t.Errorf("still active: %v", active)
	}
}

func TestRunnerRejectsBadSpec(t *testing.T) {
	env := newRunnerEnv(t)
	for _, spec := range []train.JobSpec{{}, {JobID: "x"}, {JobID: "x", OutputDir: "rel/out"}} {
		if _, err := env.runner.Run(t.Context(), spec, train.Command{Path: "true"}); err == nil {
			t.Errorf("spec %+v accepted", spec)
		}
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/train"
)

// TestMain lets the test binary act as the stand-in itself, so exit codes and signals are tested
// on a real process without a separate go build.
func TestMain(m *testing.M) {
	if os.Getenv("STANDIN_TEST_AS_MAIN") == "1" {
		os.Args = append([]string{"standin-trainer"}, strings.Fields(os.Getenv("STANDIN_TEST_ARGS"))...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const chatLine = `{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}` + "\n"

type fixture struct {
	dir, job string
	spec     train.JobSpec
}

func newFixture(t *testing.T, trainData string) fixture {
	t.Helper()
	dir := t.TempDir()
	base := filepath.Join(dir, "base.gguf")
	f, err := os.Create(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := gguf.WriteTinyLlama(f, 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	trainFile := filepath.Join(dir, "train.jsonl")
	if err := os.WriteFile(trainFile, []byte(trainData), 0o600); err != nil {
		t.Fatal(err)
	}
	spec := train.JobSpec{
		JobID:     "job-1",
		Recipe:    "command",
		BaseModel: train.BaseModel{HF: "iml/tiny-llama", Ollama: "tiny", Arch: "llama", Path: base},
		TrainFile: trainFile,
		Hyper: train.Hyperparameters{R: 4, Alpha: 8, Dropout: 0.05, TargetModules: []string{"q_proj", "v_proj"},
			Epochs: 2, LearningRate: 1e-4},
		OutputDir:    filepath.Join(dir, "out"),
		ChatTemplate: "{{ .Prompt }}",
	}
	fx := fixture{dir: dir, job: filepath.Join(dir, "job.json"), spec: spec}
	fx.writeSpec(t)
	return fx
}

func (fx fixture) writeSpec(t *testing.T) {
	t.Helper()
	b, err := json.Marshal(fx.spec)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fx.job, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func parseLines(t *testing.T, out string) []train.Progress {
	t.Helper()
	var ps []train.Progress
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var p train.Progress
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("output line %q is not JSON: %v", line, err)
		}
		ps = append(ps, p)
	}
	return ps
}

func TestRunWritesAdapter(t *testing.T) {
	fx := newFixture(t, strings.Repeat(chatLine, 10))
	var out bytes.Buffer
	if err := run(t.Context(), options{JobPath: fx.job}, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	ps := parseLines(t, out.String())
	if len(ps) < minSteps+1 || ps[len(ps)-1].Event != "done" {
		t.Fatalf("want >= %d steps then done, got %+v", minSteps, ps)
	}
	steps := ps[:len(ps)-1]
	for i, p := range steps {
		if p.Step != i+1 || p.Loss <= 0 || p.LearningRate <= 0 || p.Epoch <= 0 {
			t.Errorf("progress line %d: %+v", i, p)
		}
		if i > 0 && p.Loss >= steps[i-1].Loss {
			t.Errorf("loss does not decrease at step %d", p.Step)
		}
	}
	if last := steps[len(steps)-1].Epoch; last != 2 {
		t.Errorf("last epoch %v, want 2", last)
	}

	h, err := gguf.ReadHeaderFile(filepath.Join(fx.spec.OutputDir, AdapterFile))
	if err != nil {
		t.Fatalf("read adapter: %v", err)
	}
	if h.String("general.type") != "adapter" || h.String("adapter.type") != "lora" {
		t.Errorf("adapter metadata: type %q, adapter.type %q", h.String("general.type"), h.String("adapter.type"))
	}
	if a, _ := h.Float("adapter.lora.alpha"); a != 8 {
		t.Errorf("alpha %v, want 8", a)
	}
	if ti, ok := h.Tensor("blk.1.attn_v.weight.lora_a"); !ok || ti.Shape[1] != 4 {
		t.Errorf("lora_a of blk.1.attn_v: %+v (present %v)", ti, ok)
	}

	var cfg adapterConfig
	b, err := os.ReadFile(filepath.Join(fx.spec.OutputDir, AdapterConfigFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.R != 4 || cfg.LoraAlpha != 8 || cfg.LoraDropout != 0.05 || cfg.Format != "gguf" ||
		cfg.BaseModelNameOrPath != "iml/tiny-llama" || strings.Join(cfg.TargetModules, ",") != "q_proj,v_proj" {
		t.Errorf("adapter config %+v", cfg)
	}
	tmpl, err := os.ReadFile(filepath.Join(fx.spec.OutputDir, ChatTemplateFile))
	if err != nil || string(tmpl) != "{{ .Prompt }}" {
		t.Errorf("chat template %q, %v", tmpl, err)
	}
}

func TestAdapterDependsOnData(t *testing.T) {
	adapter := func(data string) []byte {
		fx := newFixture(t, data)
		if err := run(t.Context(), options{JobPath: fx.job}, new(bytes.Buffer)); err != nil {
			t.Fatalf("run: %v", err)
		}
		b, err := os.ReadFile(filepath.Join(fx.spec.OutputDir, AdapterFile))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := adapter(chatLine), adapter(chatLine)
	c := adapter(chatLine + chatLine)
	if !bytes.Equal(a, b) {
		t.Error("same data gave different adapters")
	}
	if bytes.Equal(a, c) {
		t.Error("different data gave the same adapter")
	}
}

func TestRunRejectsBadSpec(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		edit  func(*fixture)
		inMsg string
	}{
		{"missing job", chatLine, func(fx *fixture) { fx.job += ".missing" }, "read job spec"},
		{"no output dir", chatLine, func(fx *fixture) { fx.spec.OutputDir = "" }, "output_dir"},
		{"train file missing", chatLine, func(fx *fixture) { fx.spec.TrainFile += ".missing" }, "train file"},
		{"train not json", "hello\n", nil, "line 1 is not JSON"},
		{"train without messages", `{"prompt":"x"}` + "\n", nil, "no messages"},
		{"train empty", "\n", nil, "no examples"},
		{"base missing", chatLine, func(fx *fixture) { fx.spec.BaseModel.Path += ".missing" }, "base model"},
		{"base not gguf", chatLine, func(fx *fixture) { fx.spec.BaseModel.Path = fx.spec.TrainFile }, "base model"},
		{"arch mismatch", chatLine, func(fx *fixture) { fx.spec.BaseModel.Arch = "qwen2" }, "base_model.arch"},
		{"bad target", chatLine, func(fx *fixture) { fx.spec.Hyper.TargetModules = []string{"lm_head"} }, "target module"},
		{"bad dropout", chatLine, func(fx *fixture) { fx.spec.Hyper.Dropout = 1.5 }, "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx := newFixture(t, tt.data)
			if tt.edit != nil {
				tt.edit(&fx)
				if !strings.HasSuffix(fx.job, ".missing") {
					fx.writeSpec(t)
				}
			}
			err := run(t.Context(), options{JobPath: fx.job}, new(bytes.Buffer))
			if err == nil || !strings.Contains(err.Error(), tt.inMsg) {
				t.Fatalf("run error %v, want one mentioning %q", err, tt.inMsg)
			}
			if _, serr := os.Stat(filepath.Join(fx.spec.OutputDir, AdapterFile)); serr == nil {
				t.Error("adapter written despite the error")
			}
		})
	}
}

// runProcess runs the stand-in as a process, as a driver would.
func runProcess(t *testing.T, fx fixture, fail string, signalAfter time.Duration) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "STANDIN_TEST_AS_MAIN=1", "STANDIN_TEST_ARGS=--job "+fx.job, "IML_STANDIN_FAIL="+fail)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if signalAfter > 0 {
		time.AfterFunc(signalAfter, func() { cmd.Process.Signal(syscall.SIGTERM) })
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return o.String(), e.String(), cmd.ProcessState.ExitCode()
}

func TestProcessContract(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tests := []struct {
		name        string
		fail        string
		badSpec     bool
		signalAfter time.Duration
		wantCode    int
		wantSteps   int // -1: do not check
		wantDone    bool
		wantAdapter bool
		wantStderr  string
	}{
		{name: "success", wantCode: 0, wantSteps: -1, wantDone: true, wantAdapter: true},
		{name: "bad spec", badSpec: true, wantCode: 2, wantSteps: 0, wantStderr: "invalid job spec"},
		{name: "fail exit", fail: failExit, wantCode: 3, wantSteps: 2, wantStderr: "simulated failure"},
		{name: "fail sleep", fail: failSleep, signalAfter: 300 * time.Millisecond, wantCode: 1, wantSteps: 1, wantStderr: "interrupted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fx := newFixture(t, strings.Repeat(chatLine, 3))
			if tt.badSpec {
				fx.spec.TrainFile = ""
				fx.writeSpec(t)
			}
			out, errOut, code := runProcess(t, fx, tt.fail, tt.signalAfter)
			if code != tt.wantCode {
				t.Fatalf("exit code %d, want %d; stderr %q", code, tt.wantCode, errOut)
			}
			if !strings.Contains(errOut, tt.wantStderr) {
				t.Errorf("stderr %q, want it to mention %q", errOut, tt.wantStderr)
			}
			var ps []train.Progress
			if strings.TrimSpace(out) != "" {
				ps = parseLines(t, out)
			}
			done := len(ps) > 0 && ps[len(ps)-1].Event == "done"
			if done != tt.wantDone {
				t.Errorf("done event %v, want %v", done, tt.wantDone)
			}
			if steps := len(ps) - map[bool]int{true: 1}[done]; tt.wantSteps >= 0 && steps != tt.wantSteps {
				t.Errorf("%d steps, want %d", steps, tt.wantSteps)
			}
			_, err := os.Stat(filepath.Join(fx.spec.OutputDir, AdapterFile))
			if (err == nil) != tt.wantAdapter {
				t.Errorf("adapter present %v, want %v", err == nil, tt.wantAdapter)
			}
		})
	}
}

func TestGarbageMode(t *testing.T) {
	fx := newFixture(t, chatLine)
	var out bytes.Buffer
	if err := run(context.Background(), options{JobPath: fx.job, Fail: failGarbage}, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	var p train.Progress
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if json.Unmarshal([]byte(line), &p) == nil {
			t.Errorf("garbage mode printed a JSON line %q", line)
		}
	}
	if _, err := os.Stat(filepath.Join(fx.spec.OutputDir, AdapterFile)); err == nil {
		t.Error("garbage mode wrote an adapter")
	}
}

func TestRunResumesFromCheckpoint(t *testing.T) {
	fx := newFixture(t, strings.Repeat(chatLine, 10))
	if err := run(t.Context(), options{JobPath: fx.job, Fail: failExit}, &bytes.Buffer{}); err == nil {
		t.Fatal("simulated failure did not fail")
	}
	ckpt, ok := train.LatestCheckpoint(fx.spec.OutputDir)
	if !ok || filepath.Base(ckpt) != "checkpoint-2" {
		t.Fatalf("latest checkpoint after failing at step 2 = %q, %v", ckpt, ok)
	}
	fx.spec.ResumeFrom = ckpt
	fx.writeSpec(t)
	var out bytes.Buffer
	if err := run(t.Context(), options{JobPath: fx.job}, &out); err != nil {
		t.Fatalf("resumed run: %v", err)
	}
	ps := parseLines(t, out.String())
	if ps[0].Event != "resumed" || ps[0].Step != 2 || ps[1].Step != 3 || ps[len(ps)-1].Event != "done" {
		t.Fatalf("resumed progress = %+v, want resumed at 2, then step 3 onwards, then done", ps)
	}

	fx.spec.ResumeFrom = filepath.Join(fx.dir, "not-a-checkpoint")
	fx.writeSpec(t)
	if err := run(t.Context(), options{JobPath: fx.job}, &bytes.Buffer{}); err == nil {
		t.Fatal("resume from a bad dir did not fail")
	}
}

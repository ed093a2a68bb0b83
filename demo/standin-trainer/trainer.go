package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/train"
)

// Failure modes selected by IML_STANDIN_FAIL.
const (
	failExit    = "exit"
	failGarbage = "garbage"
	failSleep   = "sleep"
)

// Defaults a real trainer would also apply to an unset hyperparameter.
const (
	defaultR     = 8
	defaultLR    = 2e-4
	maxSteps     = 12
	minSteps     = 3
	batchSize    = 4
	stepDuration = 2 * time.Millisecond
)

var defaultTargets = []string{"q_proj", "v_proj"}

// Files the stand-in writes into the output dir.
const (
	AdapterFile       = "adapter.gguf"
	AdapterConfigFile = "adapter_config.json"
	ChatTemplateFile  = "chat_template.txt"
)

type options struct {
	JobPath string
	Fail    string // IML_STANDIN_FAIL
}

// exitError carries the process exit code for main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func badSpec(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf("invalid job spec: "+format, args...)}
}

// adapterConfig is the PEFT-style adapter_config.json.
type adapterConfig struct {
	PeftType            string   `json:"peft_type"`
	TaskType            string   `json:"task_type"`
	R                   int      `json:"r"`
	LoraAlpha           float64  `json:"lora_alpha"`
	LoraDropout         float64  `json:"lora_dropout"`
	TargetModules       []string `json:"target_modules"`
	Bias                string   `json:"bias"`
	BaseModelNameOrPath string   `json:"base_model_name_or_path"`
	Format              string   `json:"format"`
	Trainer             string   `json:"trainer"`
}

func run(ctx context.Context, opts options, stdout io.Writer) error {
	spec, err := readSpec(opts.JobPath)
	if err != nil {
		return err
	}
	examples, trainSum, err := checkTrainFile(spec.TrainFile)
	if err != nil {
		return err
	}
	base, err := checkBaseModel(spec.BaseModel)
	if err != nil {
		return err
	}
	h := spec.Hyper
	if h.R == 0 {
		h.R = defaultR
	}
	if h.Alpha == 0 {
		h.Alpha = float64(2 * h.R)
	}
	if len(h.TargetModules) == 0 {
		h.TargetModules = defaultTargets
	}
	if h.LearningRate == 0 {
		h.LearningRate = defaultLR
	}
	if h.Epochs == 0 {
		h.Epochs = 1
	}
	for _, m := range h.TargetModules {
		if _, ok := base.Tensor("blk.0." + gguf.TargetName(m) + ".weight"); !ok {
			return badSpec("target module %q is not a weight of the base model", m)
		}
	}
	if h.R < 0 || h.Alpha < 0 || h.Epochs < 0 || h.Dropout < 0 || h.Dropout >= 1 {
		return badSpec("hyperparameters out of range (r %d, alpha %g, epochs %g, dropout %g)", h.R, h.Alpha, h.Epochs, h.Dropout)
	}

	out := bufio.NewWriter(stdout)
	emit := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode progress: %w", err)
		}
		out.Write(append(b, '\n'))
		return out.Flush()
	}

	if opts.Fail == failGarbage {
		fmt.Fprintln(out, "Loading checkpoint shards: 100%|##########| 2/2")
		fmt.Fprintln(out, "{not json at all")
		fmt.Fprintln(out, "Segmentation fault (core dumped)?")
		return out.Flush()
	}

	steps := int(math.Ceil(float64(examples) * h.Epochs / batchSize))
	steps = min(max(steps, minSteps), maxSteps)
	first := 1
	if spec.ResumeFrom != "" {
		// Like a Hugging Face Trainer: continue after the step the checkpoint dir is named for.
		done, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(spec.ResumeFrom), "checkpoint-"))
		if err != nil || done < 1 {
			return badSpec("resume_from %q is not a checkpoint-<step> dir", filepath.Base(spec.ResumeFrom))
		}
		if _, err := os.Stat(spec.ResumeFrom); err != nil {
			return badSpec("resume_from checkpoint not found")
		}
		first = done + 1
		if err := emit(map[string]any{"event": "resumed", "step": done}); err != nil {
			return err
		}
	}
	for step := first; step <= steps; step++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("train job %s: interrupted at step %d: %w", spec.JobID, step, err)
		}
		frac := float64(step) / float64(steps)
		p := train.Progress{
			Step:         step,
			Loss:         round(0.4+2.1*math.Exp(-3*frac), 4),
			Epoch:        round(h.Epochs*frac, 4),
			LearningRate: h.LearningRate * (1 - float64(step-1)/float64(steps)),
		}
		if err := emit(p); err != nil {
			return err
		}
		// A checkpoint dir per step, as Trainer(save_steps=1) would leave; it holds no weights.
		if err := os.MkdirAll(filepath.Join(spec.OutputDir, fmt.Sprintf("checkpoint-%d", step)), 0o750); err != nil {
			return fmt.Errorf("write checkpoint: %w", err)
		}
		if opts.Fail == failExit && step == 2 {
			return &exitError{code: 3, err: fmt.Errorf("train job %s: simulated failure at step %d (IML_STANDIN_FAIL=exit)", spec.JobID, step)}
		}
		if opts.Fail == failSleep {
			<-ctx.Done()
			return fmt.Errorf("train job %s: interrupted while sleeping: %w", spec.JobID, ctx.Err())
		}
		time.Sleep(stepDuration)
	}

	if err := writeOutputs(spec, h, base, trainSum); err != nil {
		return err
	}
	return emit(map[string]string{"event": "done"})
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

func readSpec(path string) (train.JobSpec, error) {
	var spec train.JobSpec
	b, err := os.ReadFile(path)
	if err != nil {
		return spec, &exitError{code: 2, err: fmt.Errorf("read job spec: %w", err)}
	}
	if err := json.Unmarshal(b, &spec); err != nil {
		return spec, badSpec("decode %s: %v", path, err)
	}
	if spec.OutputDir == "" {
		return spec, badSpec("output_dir is empty")
	}
	if spec.TrainFile == "" {
		return spec, badSpec("train_file is empty")
	}
	if spec.BaseModel.Path == "" {
		return spec, badSpec("base_model.path is empty (the stand-in needs the base GGUF)")
	}
	return spec, nil
}

// checkTrainFile counts the chat examples and hashes the file. Contents are never echoed: they may
// hold personal data.
func checkTrainFile(path string) (int, [32]byte, error) {
	var sum [32]byte
	f, err := os.Open(path)
	if err != nil {
		return 0, sum, &exitError{code: 2, err: fmt.Errorf("open train file: %w", err)}
	}
	defer f.Close()
	h := sha256.New()
	sc := bufio.NewScanner(io.TeeReader(f, h))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n, line := 0, 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var ex struct {
			Messages []struct {
				Role    string `json:"role"`
				Content string `json:"content"`
			} `json:"messages"`
		}
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			return 0, sum, badSpec("train file line %d is not JSON", line)
		}
		if len(ex.Messages) == 0 {
			return 0, sum, badSpec("train file line %d has no messages", line)
		}
		for i, m := range ex.Messages {
			if m.Role == "" {
				return 0, sum, badSpec("train file line %d message %d has no role", line, i)
			}
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return 0, sum, badSpec("read train file: %v", err)
	}
	if n == 0 {
		return 0, sum, badSpec("train file has no examples")
	}
	copy(sum[:], h.Sum(nil))
	return n, sum, nil
}

func checkBaseModel(b train.BaseModel) (*gguf.Header, error) {
	h, err := gguf.ReadHeaderFile(b.Path)
	if err != nil {
		return nil, badSpec("base model: %v", err)
	}
	if arch := h.Architecture(); arch != "llama" {
		return nil, badSpec("base model architecture %q, the stand-in writes adapters for llama only", arch)
	}
	if b.Arch != "" && b.Arch != h.Architecture() {
		return nil, badSpec("base_model.arch %q but the GGUF says %q", b.Arch, h.Architecture())
	}
	return h, nil
}

func writeOutputs(spec train.JobSpec, h train.Hyperparameters, base *gguf.Header, trainSum [32]byte) error {
	if err := os.MkdirAll(spec.OutputDir, 0o750); err != nil {
		return fmt.Errorf("create output dir: %w", err)
	}
	seed := int64(binary.BigEndian.Uint64(trainSum[:8])) ^ h.Seed
	err := writeAtomic(filepath.Join(spec.OutputDir, AdapterFile), func(w io.Writer) error {
		return gguf.WriteLoRA(w, base, gguf.LoRAOptions{R: h.R, Alpha: float32(h.Alpha), Targets: h.TargetModules, Seed: seed})
	})
	if err != nil {
		return fmt.Errorf("write adapter for job %s: %w", spec.JobID, err)
	}
	cfg := adapterConfig{
		PeftType: "LORA", TaskType: "CAUSAL_LM",
		R: h.R, LoraAlpha: h.Alpha, LoraDropout: h.Dropout, TargetModules: h.TargetModules, Bias: "none",
		BaseModelNameOrPath: spec.BaseModel.HF, Format: "gguf", Trainer: "standin",
	}
	err = writeAtomic(filepath.Join(spec.OutputDir, AdapterConfigFile), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(cfg)
	})
	if err != nil {
		return fmt.Errorf("write adapter config for job %s: %w", spec.JobID, err)
	}
	if spec.ChatTemplate != "" {
		err := writeAtomic(filepath.Join(spec.OutputDir, ChatTemplateFile), func(w io.Writer) error {
			_, err := io.WriteString(w, spec.ChatTemplate)
			return err
		})
		if err != nil {
			return fmt.Errorf("write chat template for job %s: %w", spec.JobID, err)
		}
	}
	return nil
}

// writeAtomic writes through a temporary file and renames it, so a reader never sees half a file.
func writeAtomic(path string, fill func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = fill(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Chmod(0o640)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

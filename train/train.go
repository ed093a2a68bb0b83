// Package train launches LoRA fine-tuning through external trainers: it renders a recipe from a
// job spec, submits it through a driver (local process, Slurm, Kubernetes), follows the trainer's
// JSON-lines progress and collects the adapter it writes.
package train

import (
	"context"
	"errors"
	"time"
)

// Hyperparameters of a LoRA run.
type Hyperparameters struct {
	R             int      `json:"r" yaml:"r"`
	Alpha         float64  `json:"alpha" yaml:"alpha"`
	Dropout       float64  `json:"dropout" yaml:"dropout"`
	TargetModules []string `json:"target_modules" yaml:"target_modules"`
	Epochs        float64  `json:"epochs" yaml:"epochs"`
	LearningRate  float64  `json:"learning_rate" yaml:"learning_rate"`
	MaxLength     int      `json:"max_length" yaml:"max_length"`
	Seed          int64    `json:"seed" yaml:"seed"`
}

// BaseModel names the base model twice: as the trainer loads it and as Ollama serves it.
type BaseModel struct {
	HF     string `json:"hf"`               // trainer-side id or local path, e.g. "meta-llama/Llama-3.2-1B"
	Ollama string `json:"ollama"`           // Ollama model name the adapter is applied to
	Digest string `json:"digest,omitempty"` // sha256 of the base GGUF, "sha256:<hex>"
	Arch   string `json:"arch,omitempty"`   // general.architecture, e.g. "llama"
	Path   string `json:"path,omitempty"`   // local path of the base GGUF when the trainer needs it
}

// JobSpec is the JSON a driver hands to a trainer (written to job.json in the work dir).
type JobSpec struct {
	JobID           string          `json:"job_id"`
	Recipe          string          `json:"recipe"` // "command", "axolotl", "llama-factory", "unsloth", "peft"
	BaseModel       BaseModel       `json:"base_model"`
	DatasetManifest string          `json:"dataset_manifest"` // s3://bucket/key of the manifest
	TrainFile       string          `json:"train_file"`       // local path of train.jsonl
	EvalFile        string          `json:"eval_file"`        // local path of eval.jsonl
	Hyper           Hyperparameters `json:"hyperparameters"`
	OutputDir       string          `json:"output_dir"` // where the trainer writes the adapter
	// ChatTemplate and Stop are the Ollama TEMPLATE and stop tokens serving must use: the Go-template
	// twin of the base tokenizer's chat template that the trainers apply. They travel with the
	// adapter in template.json.
	ChatTemplate string        `json:"chat_template,omitempty"`
	Stop         []string      `json:"stop,omitempty"`
	TimeLimit    time.Duration `json:"time_limit,omitempty"`
	// ResumeFrom is a checkpoint dir of an earlier attempt that the trainer resumes from
	// (recipes whose RecipeInfo.Resumable is true); empty starts from scratch.
	ResumeFrom string `json:"resume_from,omitempty"`
}

// State of a training job.
type State string

const (
	StateQueued    State = "queued"
	StateRunning   State = "running"
	StateSucceeded State = "succeeded"
	StateFailed    State = "failed"
	StateCancelled State = "cancelled"
)

// Terminal reports whether no further transition can happen.
func (s State) Terminal() bool {
	return s == StateSucceeded || s == StateFailed || s == StateCancelled
}

// Progress is one JSON line a trainer prints on stdout: {"step":10,"loss":1.2,"epoch":0.5,"learning_rate":2e-4}.
// Lines that do not parse as Progress are kept as log text.
type Progress struct {
	Step         int     `json:"step"`
	Loss         float64 `json:"loss"`
	Epoch        float64 `json:"epoch"`
	LearningRate float64 `json:"learning_rate"`
	Event        string  `json:"event,omitempty"` // e.g. "done", "checkpoint"
}

// Status of a submitted job as a driver sees it.
type Status struct {
	State    State
	ExitCode int
	Reason   string // why it failed, without personal data
	Progress []Progress
}

// Handle identifies a submitted job inside its driver (a pid, a Slurm job id, a Kubernetes Job name).
type Handle struct {
	Driver string `json:"driver"`
	ID     string `json:"id"`
	// WorkDir holds job.json, the trainer's logs and, on success, the adapter in OutputDir.
	WorkDir string `json:"work_dir"`
}

// Driver runs training jobs on some engine. Implementations must be safe for concurrent use.
type Driver interface {
	// Name is the driver's config name ("local", "slurm", "kubernetes").
	Name() string
	// Submit starts the job described by spec and the rendered command; it returns once the engine accepted it.
	Submit(ctx context.Context, spec JobSpec, cmd Command) (Handle, error)
	// Status returns the current state. It may be called repeatedly, also after a process restart.
	Status(ctx context.Context, h Handle) (Status, error)
	// Logs returns the trainer's combined output so far.
	Logs(ctx context.Context, h Handle) ([]byte, error)
	// Cancel stops the job; cancelling a finished job is not an error.
	Cancel(ctx context.Context, h Handle) error
}

// Command is what a recipe renders: an executable with arguments and environment, run in the job's work dir.
type Command struct {
	Path string            `json:"path"`
	Args []string          `json:"args"`
	Env  map[string]string `json:"env,omitempty"`
	// Files are extra files (rendered configs, scripts) written into the work dir before submission,
	// keyed by their relative path.
	Files map[string][]byte `json:"-"`
}

// ErrNotFound is returned by Status when the engine does not know the handle.
var ErrNotFound = errors.New("train: job not found")

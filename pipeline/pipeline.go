// Package pipeline wires IML's stages into runs: ingest → anonymize + dataset → train → register →
// deploy + evaluate → promote. It keeps run state in the registry, refuses a second concurrent run
// of one pipeline, and schedules runs on cron expressions. It is the only package that knows every stage.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/iml/iml/dataset"
	"github.com/iml/iml/eval"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"github.com/iml/iml/train"
	"github.com/ollama/ollama/api"
)

// Runner executes pipeline runs. All fields but Logger are required.
type Runner struct {
	Config    config.Config
	Registry  *modelrepo.Registry
	Store     *modelrepo.Store
	Anon      dataset.Anonymizer
	Drivers   map[string]train.Driver // by config name: "local", "slurm"
	Jobs      train.JobStore
	Deployer  *serve.Deployer
	Generator eval.Generator
	// Ollama is asked for its version before a run trains anything; nil skips that check.
	Ollama *api.Client
	Logger *slog.Logger
	// Actor is recorded in the audit log for alias moves ("scheduler", "cli:<user>").
	Actor string
}

// Report is what one run did; it is stored as JSON on the run row.
type Report struct {
	RunID    string         `json:"run_id"`
	Pipeline string         `json:"pipeline"`
	Status   string         `json:"status"`
	Error    string         `json:"error,omitempty"`
	Ingest   IngestReport   `json:"ingest"`
	Dataset  *DatasetReport `json:"dataset,omitempty"`
	Train    *TrainReport   `json:"train,omitempty"`
	Model    string         `json:"model_version,omitempty"`
	Eval     *EvalReport    `json:"eval,omitempty"`
	Deploy   *DeployReport  `json:"deploy,omitempty"`
	// Skipped explains why a run stopped early without error (for example: no new data).
	Skipped string `json:"skipped,omitempty"`
}

// DatasetReport names the dataset version a run built or reused.
type DatasetReport struct {
	ID             string         `json:"id"`
	ManifestKey    string         `json:"manifest_key"`
	ManifestDigest string         `json:"manifest_digest"`
	Counts         dataset.Counts `json:"counts"`
}

// TrainReport is the outcome of the training job.
type TrainReport struct {
	JobID         string  `json:"job_id"`
	Driver        string  `json:"driver"`
	State         string  `json:"state"`
	AdapterKey    string  `json:"adapter_key,omitempty"`
	AdapterDigest string  `json:"adapter_digest,omitempty"`
	ResumedFrom   string  `json:"resumed_from,omitempty"` // checkpoint of an earlier attempt
	Steps         int     `json:"steps"`
	FinalLoss     float64 `json:"final_loss"`
}

// EvalReport holds the candidate's, the base's and production's scores and the gate decision.
type EvalReport struct {
	N          int      `json:"n"`
	Candidate  float64  `json:"candidate_chrf"`
	Base       float64  `json:"base_chrf"`
	Production *float64 `json:"production_chrf,omitempty"`
	// Token F1 of the same answers, recorded next to chrF; the gate is on chrF.
	CandidateF1  float64  `json:"candidate_token_f1"`
	BaseF1       float64  `json:"base_token_f1"`
	ProductionF1 *float64 `json:"production_token_f1,omitempty"`
	Passed       bool     `json:"passed"`
	Reasons      []string `json:"reasons,omitempty"`
}

// DeployReport says what Ollama serves.
type DeployReport struct {
	OllamaModel    string `json:"ollama_model"`
	AdapterDigest  string `json:"adapter_digest"`
	ManifestDigest string `json:"manifest_digest"`
	Alias          string `json:"alias,omitempty"`
	Promoted       bool   `json:"promoted"`
}

func (r *Runner) log() *slog.Logger {
	if r.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return r.Logger
}

// Run executes the named pipeline once. It returns the report also on failure (with Status
// "failed"); the error is non-nil exactly when the run failed. ErrRunActive (from modelrepo) means
// another run of the same pipeline is in progress.
func (r *Runner) Run(ctx context.Context, name string) (*Report, error) {
	p, err := r.Config.Pipeline(name)
	if err != nil {
		return nil, err
	}
	run, err := r.Registry.StartRun(ctx, p.Name)
	if err != nil {
		return nil, fmt.Errorf("start run of %s: %w", p.Name, err)
	}
	rep := &Report{RunID: run.ID, Pipeline: p.Name}
	log := r.log().With("pipeline", p.Name, "run", run.ID)
	log.Info("run started")
	start := time.Now()
	hbCtx, stopHB := context.WithCancel(ctx)
	hbDone := make(chan struct{})
	go func() { defer close(hbDone); r.heartbeat(hbCtx, run.ID, log) }()
	runErr := r.runSafely(ctx, p, rep, log)
	stopHB()
	<-hbDone
	rep.Status = "succeeded"
	if runErr != nil {
		rep.Status, rep.Error = "failed", runErr.Error()
	}
	body, _ := json.Marshal(rep)
	// Finish with a fresh context: a cancelled run must still be recorded as failed.
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := r.Registry.FinishRun(fctx, run.ID, rep.Status, body, rep.Error); err != nil {
		return rep, errors.Join(runErr, fmt.Errorf("finish run %s: %w", run.ID, err))
	}
	log.Info("run finished", "status", rep.Status, "seconds", time.Since(start).Seconds())
	return rep, runErr
}

// runSafely turns a panic in a stage into the run's error, so the run is still recorded as failed
// instead of staying "running" until the stale-run check.
func (r *Runner) runSafely(ctx context.Context, p config.Pipeline, rep *Report, log *slog.Logger) (err error) {
	defer func() {
		if v := recover(); v != nil {
			log.Error("run panicked", "panic", v, "stack", string(debug.Stack()))
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return r.run(ctx, p, rep, log)
}

// preflight fails a run early, with an error naming the endpoint, when MinIO or Ollama does not
// answer: better than finding out after hours of training.
func (r *Runner) preflight(ctx context.Context) error {
	if r.Store == nil {
		return errors.New("no object store configured")
	}
	if err := r.Store.Check(ctx); err != nil {
		return err
	}
	if r.Ollama != nil {
		pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if _, err := r.Ollama.Version(pctx); err != nil {
			return fmt.Errorf("ollama at %s unreachable: %w", r.Config.Ollama.URL, err)
		}
	}
	return nil
}

// heartbeat tells the registry the run's process is alive until ctx ends.
func (r *Runner) heartbeat(ctx context.Context, id string, log *slog.Logger) {
	t := time.NewTicker(HeartbeatEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := r.Registry.Heartbeat(ctx, id); err != nil && ctx.Err() == nil {
				log.Warn("heartbeat", "err", err)
			}
		}
	}
}

func (r *Runner) run(ctx context.Context, p config.Pipeline, rep *Report, log *slog.Logger) error {
	workDir := filepath.Join(r.Config.StateDir, "runs", rep.RunID)
	if err := os.MkdirAll(workDir, 0o700); err != nil {
		return fmt.Errorf("create run dir: %w", err)
	}
	// The run dir holds this run's dataset files (anonymized) and the adapter fetched for deployment;
	// MinIO keeps the registered copies, so nothing in it outlives the run.
	defer os.RemoveAll(workDir)

	if err := r.preflight(ctx); err != nil {
		return err
	}
	ing, err := r.ingest(ctx, p, rep.RunID)
	rep.Ingest = ing
	if err != nil {
		return err
	}
	log.Info("ingested", "new", ing.New, "updated", ing.Updated, "old", ing.Old, "quarantined", ing.Quarantined)

	ds, built, err := r.buildDataset(ctx, p, rep, filepath.Join(workDir, "dataset"))
	if err != nil {
		return err
	}
	if ds == nil {
		return nil // nothing new to train on: rep.Skipped says why
	}
	log.Info("dataset registered", "dataset", ds.ID, "train", built.Manifest.Counts.Train, "eval", built.Manifest.Counts.Eval)

	baseDigest, err := fileDigest(p.Train.BaseModel.GGUF)
	if err != nil {
		return fmt.Errorf("hash base model: %w", err)
	}
	res, err := r.train(ctx, p, rep, ds, built, baseDigest)
	if err != nil {
		return err
	}
	log.Info("adapter collected", "job", rep.Train.JobID, "adapter", res.Adapter.Digest)

	params, err := json.Marshal(hyperparameters(p))
	if err != nil {
		return err
	}
	mv, err := r.Registry.RegisterModel(ctx, modelrepo.ModelVersion{
		Params:              params,
		Name:                p.Name,
		DatasetVersionID:    ds.ID,
		TrainingJobID:       rep.Train.JobID,
		Driver:              p.Train.Driver,
		Recipe:              p.Train.Recipe,
		AdapterKey:          res.Adapter.Key,
		AdapterDigest:       res.Adapter.Digest,
		AdapterConfigKey:    res.AdapterConfig.Key,
		AdapterConfigDigest: res.AdapterConfig.Digest,
		BaseModel:           p.Train.BaseModel.Ollama,
		BaseDigest:          baseDigest,
		BaseHF:              p.Train.BaseModel.HF,
		ChatTemplate:        p.Deploy.Template,
	})
	if err != nil {
		return fmt.Errorf("register model: %w", err)
	}
	rep.Model = mv.ID
	log.Info("model registered", "model", mv.ID)

	return r.deployAndPromote(ctx, p, rep, mv, built, baseDigest, filepath.Join(workDir, "deploy"))
}

// buildDataset anonymizes the staged conversations, builds and publishes a dataset version. It
// returns nil (and sets rep.Skipped) when the data is identical to the latest version.
func (r *Runner) buildDataset(ctx context.Context, p config.Pipeline, rep *Report, dir string) (*modelrepo.DatasetVersion, *dataset.Built, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("create dataset dir: %w", err)
	}
	erased, _, err := r.Registry.Erased(ctx)
	if err != nil {
		return nil, nil, err
	}
	built, err := dataset.Build(ctx, r.Registry, r.Anon, dataset.Options{
		Name:           p.Dataset.Name,
		SystemPrompt:   p.Dataset.SystemPrompt,
		EvalFraction:   p.Dataset.EvalFraction,
		Seed:           p.Dataset.Seed,
		MaxHistory:     p.Dataset.MaxHistory,
		MinReplyLen:    p.Dataset.MinReplyLen,
		MaxResidual:    r.Config.Anonymizer.MaxResidual,
		SourceRun:      rep.RunID,
		Cursors:        map[string]string{p.Source.Name: rep.Ingest.CursorTo},
		ErasedSubjects: erased,
	}, dir)
	if err != nil {
		return nil, nil, fmt.Errorf("build dataset %s: %w", p.Dataset.Name, err)
	}
	if latest, err := r.Registry.LatestDataset(ctx, p.Dataset.Name); err == nil && sameFiles(latest, built) {
		rep.Dataset = &DatasetReport{ID: latest.ID, ManifestKey: latest.ManifestKey, ManifestDigest: latest.ManifestDigest, Counts: built.Manifest.Counts}
		trained, err := r.hasModel(ctx, p.Name, latest.ID)
		if err != nil {
			return nil, nil, err
		}
		if trained {
			rep.Skipped = "no new data since dataset " + latest.ID
			return nil, built, nil
		}
		// Same data, but the run that built it did not get to a model: resume from that version.
		return &latest, built, nil
	} else if err != nil && !errors.Is(err, modelrepo.ErrNotFound) {
		return nil, nil, fmt.Errorf("read latest dataset: %w", err)
	}
	ds, err := dataset.Publish(ctx, r.Store, r.Registry, built)
	if err != nil {
		return nil, nil, err
	}
	rep.Dataset = &DatasetReport{ID: ds.ID, ManifestKey: ds.ManifestKey, ManifestDigest: ds.ManifestDigest, Counts: built.Manifest.Counts}
	return &ds, built, nil
}

// hasModel reports whether a model version of the pipeline was trained on the dataset version.
func (r *Runner) hasModel(ctx context.Context, name, datasetID string) (bool, error) {
	models, err := r.Registry.Models(ctx, name)
	if err != nil {
		return false, fmt.Errorf("list models of %s: %w", name, err)
	}
	for _, m := range models {
		if m.DatasetVersionID == datasetID {
			return true, nil
		}
	}
	return false, nil
}

func sameFiles(v modelrepo.DatasetVersion, b *dataset.Built) bool {
	if len(v.Files) != len(b.Manifest.Files) {
		return false
	}
	for _, f := range b.Manifest.Files {
		found := false
		for _, g := range v.Files {
			if g.Role == f.Role && g.Digest == f.Digest {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// ollamaName turns a model version id ("crm-assistant:v3") into an Ollama model name.
func ollamaName(versionID string) string {
	return "iml-" + strings.NewReplacer(":", "-", "@", "-", "/", "-").Replace(versionID)
}

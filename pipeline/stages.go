package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/iml/iml/dataset"
	"github.com/iml/iml/eval"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"github.com/iml/iml/train"
)

// train renders the job, submits it through the configured driver, waits and collects the adapter.
func (r *Runner) train(ctx context.Context, p config.Pipeline, rep *Report, ds *modelrepo.DatasetVersion, built *dataset.Built, baseDigest string) (train.Result, error) {
	drv, ok := r.Drivers[p.Train.Driver]
	if !ok {
		return train.Result{}, fmt.Errorf("train: driver %q not configured", p.Train.Driver)
	}
	trainFile, _ := built.File("train")
	evalFile, _ := built.File("eval")
	jobID := "job-" + rep.RunID
	spec := train.JobSpec{
		JobID:  jobID,
		Recipe: p.Train.Recipe,
		BaseModel: train.BaseModel{HF: p.Train.BaseModel.HF, Ollama: p.Train.BaseModel.Ollama, Digest: baseDigest,
			Arch: p.Train.BaseModel.Arch, Path: p.Train.BaseModel.GGUF},
		DatasetManifest: r.Store.URI(ds.ManifestKey),
		TrainFile:       trainFile.Path,
		EvalFile:        evalFile.Path,
		Hyper:           hyperparameters(p),
		OutputDir:       outputDir(r.Config.StateDir, ds.ID),
		ChatTemplate:    p.Deploy.Template,
		Stop:            p.Deploy.Stop,
		TimeLimit:       p.Train.TimeLimit,
	}
	if err := clearOutputs(spec.OutputDir); err != nil {
		return train.Result{}, err
	}
	cmd, info, err := train.Render(spec, p.Train.RecipeOptions)
	if err != nil {
		return train.Result{}, err
	}
	rep.Train = &TrainReport{JobID: jobID, Driver: drv.Name(), State: string(train.StateQueued)}
	// An earlier attempt on the same dataset version left checkpoints: a recipe that can resume
	// continues from the latest one instead of starting over.
	if ckpt, ok := train.LatestCheckpoint(spec.OutputDir); ok && info.Resumable {
		spec = train.RetrySpec(spec, jobID, true)
		if cmd, info, err = train.Render(spec, p.Train.RecipeOptions); err != nil {
			return train.Result{}, err
		}
		rep.Train.ResumedFrom = filepath.Base(ckpt)
	}
	r.log().Debug("recipe rendered", "recipe", info.Recipe, "format", info.Format, "conversion", info.NeedsConversion, "resume", spec.ResumeFrom != "")
	runner := train.NewRunner(drv, r.Jobs, r.Store, r.log())
	runner.Poll = p.Train.Poll
	res, err := runner.Run(ctx, spec, cmd)
	rep.Train.State = string(res.State)
	for i := len(res.Progress) - 1; i >= 0; i-- {
		if pr := res.Progress[i]; pr.Event == "" { // event lines ("done") carry no step
			rep.Train.Steps, rep.Train.FinalLoss = pr.Step, pr.Loss
			break
		}
	}
	if err != nil {
		return res, fmt.Errorf("train job %s: %w", jobID, err)
	}
	rep.Train.AdapterKey, rep.Train.AdapterDigest = res.Adapter.Key, res.Adapter.Digest
	return res, nil
}

// outputDir is where the trainer writes for a dataset version. Every attempt on that version shares
// it, so a retry finds the checkpoints of the attempt before.
func outputDir(stateDir, datasetID string) string {
	return filepath.Join(stateDir, "outputs", strings.NewReplacer(":", "-", "/", "-").Replace(datasetID))
}

// clearOutputs removes what an earlier attempt left in dir except its checkpoints, so a stale
// adapter can never be collected for a job that did not write one.
func clearOutputs(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("clear trainer outputs: %w", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "checkpoint-") && e.IsDir() {
			continue
		}
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("clear trainer outputs: %w", err)
		}
	}
	return nil
}

func hyperparameters(p config.Pipeline) train.Hyperparameters {
	h := p.Train.Hyper
	return train.Hyperparameters{R: h.R, Alpha: h.Alpha, Dropout: h.Dropout, TargetModules: h.TargetModules,
		Epochs: h.Epochs, LearningRate: h.LearningRate, MaxLength: h.MaxLength, Seed: h.Seed}
}

// deployAndPromote serves the candidate in Ollama, evaluates it against the base and production, and
// moves the alias when the gate passes.
func (r *Runner) deployAndPromote(ctx context.Context, p config.Pipeline, rep *Report, mv modelrepo.ModelVersion, built *dataset.Built, baseDigest, dir string) error {
	adapterPath := filepath.Join(dir, "adapter.gguf")
	if err := os.MkdirAll(filepath.Dir(adapterPath), 0o700); err != nil {
		return err
	}
	// Deploy what the registry holds, not what the trainer left on disk.
	if err := r.Store.GetFile(ctx, mv.AdapterKey, adapterPath); err != nil {
		return fmt.Errorf("fetch adapter %s: %w", mv.AdapterKey, err)
	}
	dep, err := r.Deployer.Deploy(ctx, serve.DeployRequest{
		ModelName: ollamaName(mv.ID), BaseName: p.Train.BaseModel.Ollama,
		BaseGGUF: p.Train.BaseModel.GGUF, BaseDigest: baseDigest,
		AdapterPath: adapterPath, AdapterDigest: mv.AdapterDigest,
		Template: mv.ChatTemplate, Stop: p.Deploy.Stop, // the template the adapter was trained with
	})
	if err != nil {
		return fmt.Errorf("deploy %s: %w", mv.ID, err)
	}
	if err := r.Registry.RecordDeployment(ctx, modelrepo.Deployment{ModelVersionID: mv.ID, OllamaModel: dep.ModelName,
		AdapterDigest: dep.AdapterDigest, BaseDigest: dep.BaseDigest, ManifestDigest: dep.ManifestDigest}); err != nil {
		return fmt.Errorf("record deployment of %s: %w", mv.ID, err)
	}
	rep.Deploy = &DeployReport{OllamaModel: dep.ModelName, AdapterDigest: dep.AdapterDigest, ManifestDigest: dep.ManifestDigest}

	evalFile, _ := built.File("eval")
	examples, err := eval.ReadExamplesFile(evalFile.Path)
	if err != nil {
		return fmt.Errorf("read eval split: %w", err)
	}
	opts := eval.Options{MaxExamples: p.Eval.MaxExamples, Seed: p.Train.Hyper.Seed, MaxTokens: p.Eval.NumPredict}
	cand, err := eval.Evaluate(ctx, r.Generator, dep.ModelName, examples, opts)
	if err != nil {
		return fmt.Errorf("evaluate %s: %w", mv.ID, err)
	}
	base, err := eval.Evaluate(ctx, r.Generator, p.Train.BaseModel.Ollama, examples, opts)
	if err != nil {
		return fmt.Errorf("evaluate base %s: %w", p.Train.BaseModel.Ollama, err)
	}
	var prod *eval.Report
	if cur, err := r.Registry.ResolveAlias(ctx, p.Deploy.Alias); err == nil {
		deps, err := r.Registry.Deployments(ctx, cur.ID)
		if err != nil || len(deps) == 0 {
			return fmt.Errorf("production %s has no deployment: %v", cur.ID, err)
		}
		pr, err := eval.Evaluate(ctx, r.Generator, deps[len(deps)-1].OllamaModel, examples, opts)
		if err != nil {
			return fmt.Errorf("evaluate production %s: %w", cur.ID, err)
		}
		prod = pr
	} else if !errors.Is(err, modelrepo.ErrNotFound) {
		return fmt.Errorf("resolve %s: %w", p.Deploy.Alias, err)
	}
	dec := eval.Compare(cand, base, prod, eval.Gate{MaxRegression: p.Eval.MaxRegression, MinChrFDelta: p.Eval.MinGainOverBase})
	er := &EvalReport{N: cand.N, Candidate: cand.ChrF, Base: base.ChrF, CandidateF1: cand.TokenF1, BaseF1: base.TokenF1,
		Passed: dec.Passed, Reasons: dec.Reasons}
	if prod != nil {
		er.Production, er.ProductionF1 = &prod.ChrF, &prod.TokenF1
	}
	rep.Eval = er
	details, _ := json.Marshal(er)
	for _, m := range []modelrepo.EvalResult{
		{Metric: "chrf", Candidate: cand.ChrF, Base: &base.ChrF, Production: er.Production},
		{Metric: "token_f1", Candidate: cand.TokenF1, Base: &base.TokenF1, Production: er.ProductionF1},
	} {
		m.ModelVersionID, m.Suite, m.N, m.Passed, m.Details = mv.ID, "eval-split", cand.N, dec.Passed, details
		if err := r.Registry.RecordEval(ctx, m); err != nil {
			return fmt.Errorf("record eval of %s: %w", mv.ID, err)
		}
	}
	if !dec.Passed {
		rep.Skipped = "not promoted: gate failed"
		return nil
	}
	actor := r.Actor
	if actor == "" {
		actor = "pipeline"
	}
	if err := r.Registry.SetAlias(ctx, p.Deploy.Alias, mv.ID, actor); err != nil {
		return fmt.Errorf("promote %s: %w", mv.ID, err)
	}
	rep.Deploy.Alias, rep.Deploy.Promoted = p.Deploy.Alias, true
	return nil
}

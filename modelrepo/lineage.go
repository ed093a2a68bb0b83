package modelrepo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// TrainingJobRef is what the registry knows of the training job that produced a model version
// (the train package keeps the job's own table).
type TrainingJobRef struct {
	ID     string `json:"id"`
	Driver string `json:"driver"`
	Recipe string `json:"recipe"`
	Params string `json:"params,omitempty"`
}

// Lineage is the chain behind one model version: what it was trained on, from which extraction,
// how it scored, where it is deployed and which aliases point at it.
type Lineage struct {
	Ref         string         `json:"ref"`             // what was asked for
	Alias       string         `json:"alias,omitempty"` // set when Ref was an alias
	Model       ModelVersion   `json:"model"`
	Aliases     []Alias        `json:"aliases"` // aliases that point at the model now
	Evals       []EvalResult   `json:"evals"`
	TrainingJob TrainingJobRef `json:"training_job"`
	Dataset     DatasetVersion `json:"dataset"`
	SourceRun   *Run           `json:"source_run,omitempty"` // nil when the dataset names none
	Deployments []Deployment   `json:"deployments"`
}

// Lineage resolves ref (an alias such as "crm-assistant@production", a version id such as
// "crm-assistant:v3", or a bare name for its latest version) and collects its lineage.
func (r *Registry) Lineage(ctx context.Context, ref string) (Lineage, error) {
	l := Lineage{Ref: ref}
	if strings.Contains(ref, "@") {
		l.Alias = ref
	}
	var err error
	if l.Model, err = r.GetModel(ctx, ref); err != nil {
		return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
	}
	m := l.Model
	l.TrainingJob = TrainingJobRef{ID: m.TrainingJobID, Driver: m.Driver, Recipe: m.Recipe, Params: string(m.Params)}
	if l.Aliases, err = r.Aliases(ctx, m.ID); err != nil {
		return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
	}
	if l.Evals, err = r.Evals(ctx, m.ID); err != nil {
		return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
	}
	if l.Dataset, err = r.GetDataset(ctx, m.DatasetVersionID); err != nil {
		return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
	}
	if id := l.Dataset.SourceRunID; id != "" {
		run, err := r.GetRun(ctx, id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
		}
		if err == nil {
			l.SourceRun = &run
		}
	}
	if l.Deployments, err = r.Deployments(ctx, m.ID); err != nil {
		return Lineage{}, fmt.Errorf("lineage of %s: %w", ref, err)
	}
	return l, nil
}

// WriteText prints the lineage as an indented chain for the CLI.
func (l Lineage) WriteText(w io.Writer) error {
	tw := &textWriter{w: w}
	m := l.Model
	if l.Alias != "" {
		tw.line(0, "alias %s -> %s", l.Alias, m.ID)
	}
	tw.line(0, "model %s  status=%s  created=%s", m.ID, m.Status, ts(m.CreatedAt))
	if len(l.Aliases) > 0 {
		names := make([]string, len(l.Aliases))
		for i, a := range l.Aliases {
			names[i] = a.Alias
		}
		tw.line(1, "aliases: %s", strings.Join(names, ", "))
	}
	tw.line(1, "adapter         %s  %s", m.AdapterKey, m.AdapterDigest)
	if m.AdapterConfigKey != "" {
		tw.line(1, "adapter config  %s  %s", m.AdapterConfigKey, m.AdapterConfigDigest)
	}
	tw.line(1, "base            %s  %s  hf=%s", m.BaseModel, m.BaseDigest, orDash(m.BaseHF))
	if m.ChatTemplate != "" {
		tw.line(1, "chat template   %s", m.ChatTemplate)
	}
	tw.line(0, "evals (%d)", len(l.Evals))
	for _, e := range l.Evals {
		verdict := "FAIL"
		if e.Passed {
			verdict = "pass"
		}
		tw.line(1, "%s/%s  candidate=%s  base=%s  production=%s  n=%d  %s",
			e.Suite, e.Metric, num(&e.Candidate), num(e.Base), num(e.Production), e.N, verdict)
	}
	j := l.TrainingJob
	tw.line(0, "training job %s  driver=%s  recipe=%s", orDash(j.ID), orDash(j.Driver), orDash(j.Recipe))
	if j.Params != "" {
		tw.line(1, "params %s", j.Params)
	}
	d := l.Dataset
	tw.line(0, "dataset %s  records=%d (train %d, eval %d)  anonymizer=%s  created=%s",
		d.ID, d.Records, d.TrainRecords, d.EvalRecords, d.AnonymizerVersion, ts(d.CreatedAt))
	tw.line(1, "manifest  %s  %s", d.ManifestKey, d.ManifestDigest)
	for _, f := range d.Files {
		tw.line(1, "%-8s  %s  %s  %d bytes  %d records", f.Role, f.Key, f.Digest, f.Size, f.Records)
	}
	switch {
	case l.SourceRun != nil:
		run := l.SourceRun
		tw.line(0, "source run %s  pipeline=%s  status=%s  started=%s  finished=%s",
			run.ID, run.Pipeline, run.Status, ts(run.StartedAt), ts(run.FinishedAt))
	case d.SourceRunID != "":
		tw.line(0, "source run %s  (not in this registry)", d.SourceRunID)
	default:
		tw.line(0, "source run -")
	}
	tw.line(0, "deployments (%d)", len(l.Deployments))
	for _, dep := range l.Deployments {
		check := "adapter digest matches"
		if dep.AdapterDigest != m.AdapterDigest {
			check = "ADAPTER DIGEST DIFFERS FROM REGISTRY"
		}
		tw.line(1, "%s  ollama=%s  manifest=%s  adapter=%s  base=%s  (%s)",
			ts(dep.At), dep.OllamaModel, orDash(dep.ManifestDigest), orDash(dep.AdapterDigest), orDash(dep.BaseDigest), check)
	}
	return tw.err
}

type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) line(indent int, format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, strings.Repeat("  ", indent)+format+"\n", args...)
}

func ts(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

func num(f *float64) string {
	if f == nil {
		return "-"
	}
	return strconv.FormatFloat(*f, 'g', 4, 64)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

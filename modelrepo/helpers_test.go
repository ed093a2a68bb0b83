package modelrepo_test

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/iml/iml/modelrepo"
)

// clock returns a deterministic clock that advances one second per call.
func clock() func() time.Time {
	var mu sync.Mutex
	t := time.Date(2026, 11, 25, 21, 0, 0, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

func openRegistry(t *testing.T) *modelrepo.Registry {
	t.Helper()
	r, err := modelrepo.OpenRegistry(t.Context(), filepath.Join(t.TempDir(), "registry.db"))
	if err != nil {
		t.Fatalf("OpenRegistry: %v", err)
	}
	t.Cleanup(func() { r.Close() })
	r.Now = clock()
	return r
}

func digest(s string) string { return modelrepo.Digest([]byte(s)) }

func ptr(f float64) *float64 { return &f }

// seed registers an extraction run, a dataset and a model, and returns them.
func seed(t *testing.T, ctx context.Context, r *modelrepo.Registry) (modelrepo.Run, modelrepo.DatasetVersion, modelrepo.ModelVersion) {
	t.Helper()
	run, err := r.StartRun(ctx, "ingest")
	if err != nil {
		t.Fatalf("StartRun: %v", err)
	}
	if err := r.FinishRun(ctx, run.ID, modelrepo.RunSucceeded, []byte(`{"new":3}`), ""); err != nil {
		t.Fatalf("FinishRun: %v", err)
	}
	ds, err := r.RegisterDataset(ctx, modelrepo.DatasetVersion{
		Name: "crm-chat", ManifestKey: "datasets/crm-chat/" + strings.TrimPrefix(digest("manifest"), "sha256:") + ".json",
		ManifestDigest: digest("manifest"), SourceRunID: run.ID, AnonymizerVersion: "pii-1.0",
		Records: 3, TrainRecords: 2, EvalRecords: 1,
		Files: []modelrepo.DatasetFile{
			{Role: "train", Key: "datasets/crm-chat/train.jsonl", Digest: digest("train"), Size: 200, Records: 2},
			{Role: "eval", Key: "datasets/crm-chat/eval.jsonl", Digest: digest("eval"), Size: 100, Records: 1},
		},
		Subjects: []string{"subj-a", "subj-b"},
	})
	if err != nil {
		t.Fatalf("RegisterDataset: %v", err)
	}
	m, err := r.RegisterModel(ctx, modelVersion(ds.ID, "adapter"))
	if err != nil {
		t.Fatalf("RegisterModel: %v", err)
	}
	return run, ds, m
}

func modelVersion(datasetID, adapter string) modelrepo.ModelVersion {
	return modelrepo.ModelVersion{
		Name: "crm-assistant", DatasetVersionID: datasetID, TrainingJobID: "job-1", Driver: "slurm", Recipe: "axolotl",
		Params:     []byte(`{"r":8,"alpha":16}`),
		AdapterKey: "adapters/" + adapter + ".gguf", AdapterDigest: digest(adapter),
		AdapterConfigKey: "adapters/cfg.json", AdapterConfigDigest: digest("cfg"),
		BaseModel: "tiny-llama", BaseDigest: digest("base"), BaseHF: "org/tiny", ChatTemplate: "chatml",
	}
}

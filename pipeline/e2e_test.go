package pipeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iml/iml/dataset/pii"
	"github.com/iml/iml/internal/sampledata"
	"github.com/iml/iml/internal/testenv"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"github.com/iml/iml/train"
	"github.com/ollama/ollama/api"
)

// world is one set of real services plus the files a pipeline config points at.
type world struct {
	minio   *testenv.MinIO
	ollama  *testenv.Ollama
	dir     string
	source  string
	trainer string
}

// buildTrainer compiles the trainer stand-in (demo/standin-trainer) for the test.
func buildTrainer(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "standin-trainer")
	cmd := exec.Command("go", "build", "-o", out, "github.com/iml/iml/demo/standin-trainer")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build stand-in trainer: %v\n%s", err, b)
	}
	return out
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{minio: testenv.StartMinIO(t), ollama: testenv.StartOllama(t), dir: t.TempDir()}
	w.trainer = buildTrainer(t)
	model, _ := testenv.TinyModel(t)
	if err := os.Rename(model, filepath.Join(w.dir, "tiny.gguf")); err != nil {
		t.Fatal(err)
	}
	w.source = filepath.Join(w.dir, "conversations.jsonl")
	t.Setenv("IML_MINIO_ACCESS_KEY", w.minio.AccessKey)
	t.Setenv("IML_MINIO_SECRET_KEY", w.minio.SecretKey)
	t.Setenv("IML_PII_KEY", "e2e-test-key-0123456789abcdef")
	return w
}

// appendConversations adds conversations [from, from+n) to the source export.
func (w *world) appendConversations(t *testing.T, from, n int, malformed bool) {
	t.Helper()
	f, err := os.OpenFile(w.source, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := sampledata.WriteJSONL(f, 42, from, n); err != nil {
		t.Fatal(err)
	}
	if malformed {
		fmt.Fprintln(f, `{"kind":"communication","source":{"system":"demo"},"channel":`)
	}
}

func (w *world) config(t *testing.T, minioEndpoint, ollamaURL string) config.Config {
	t.Helper()
	yaml := fmt.Sprintf(`
state_dir: %[1]s/state
minio: {endpoint: %[2]q, bucket: iml-e2e}
ollama: {url: %[3]q}
pipelines:
  - name: crm-assistant
    source: {type: jsonl, path: %[1]s/conversations.jsonl}
    dataset: {name: crm-replies, eval_fraction: 0.25, seed: 42}
    train:
      driver: local
      recipe: command
      command: [%[4]q, "--job", "{job}"]
      base_model: {hf: tiny-random-llama, ollama: iml-tiny-base, gguf: %[1]s/tiny.gguf, arch: llama}
      hyperparameters: {r: 4, alpha: 8, target_modules: [q_proj, v_proj], seed: 7}
      time_limit: 2m
      poll: 50ms
    eval: {max_examples: 3, num_predict: 8, max_regression: 100, min_gain_over_base: -100}
    deploy:
      alias: crm-assistant@production
      template: "{{- range .Messages }}<|{{ .Role }}|>{{ .Content }}\n{{ end }}<|assistant|>"
`, w.dir, minioEndpoint, ollamaURL, w.trainer)
	cfg, err := config.Parse([]byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func openRunner(t *testing.T, cfg config.Config) (*pipeline.Env, *pipeline.Runner) {
	t.Helper()
	var logger *slog.Logger
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	env, err := pipeline.Open(t.Context(), cfg, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.Close() })
	r, err := env.Runner("e2e-test")
	if err != nil {
		t.Fatal(err)
	}
	return env, r
}

// assertStored checks that every object the registry names exists in MinIO with the registered digest.
func assertStored(t *testing.T, env *pipeline.Env, mv modelrepo.ModelVersion) {
	t.Helper()
	ctx := t.Context()
	ds, err := env.Registry.GetDataset(ctx, mv.DatasetVersionID)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what, key, digest string) {
		if err := env.Store.Verify(ctx, key, digest); err != nil {
			t.Errorf("%s %s: %v", what, key, err)
		}
	}
	check("manifest", ds.ManifestKey, ds.ManifestDigest)
	rc, err := env.Store.Get(ctx, ds.ManifestKey)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var m struct {
		Counts struct {
			Entities map[string]int `json:"entities"`
		} `json:"counts"`
	}
	if err := json.NewDecoder(rc).Decode(&m); err != nil {
		t.Fatalf("manifest %s: %v", ds.ManifestKey, err)
	}
	if m.Counts.Entities[pii.TypePerson] == 0 || m.Counts.Entities[pii.TypePhone] == 0 {
		t.Errorf("manifest counts no replaced names or phones: %v", m.Counts.Entities)
	}
	for _, f := range ds.Files {
		check(f.Role+" split", f.Key, f.Digest)
	}
	check("adapter", mv.AdapterKey, mv.AdapterDigest)
	if mv.AdapterConfigKey != "" {
		check("adapter config", mv.AdapterConfigKey, mv.AdapterConfigDigest)
	}
}

// assertServedAdapter checks that Ollama serves the alias's model with the registered adapter digest.
func assertServedAdapter(t *testing.T, env *pipeline.Env, ollamaURL string, mv modelrepo.ModelVersion) string {
	t.Helper()
	deps, err := env.Registry.Deployments(t.Context(), mv.ID)
	if err != nil || len(deps) == 0 {
		t.Fatalf("deployments of %s: %v %v", mv.ID, deps, err)
	}
	u, _ := url.Parse(ollamaURL)
	show, err := api.NewClient(u, http.DefaultClient).Show(t.Context(), &api.ShowRequest{Model: deps[len(deps)-1].OllamaModel})
	if err != nil {
		t.Fatal(err)
	}
	want := "sha256-" + strings.TrimPrefix(mv.AdapterDigest, "sha256:")
	if !strings.Contains(show.Modelfile, "ADAPTER ") || !strings.Contains(show.Modelfile, want) {
		t.Fatalf("Ollama modelfile of %s lacks ADAPTER %s:\n%s", deps[len(deps)-1].OllamaModel, want, show.Modelfile)
	}
	return deps[len(deps)-1].OllamaModel
}

// chat sends one CRM-style completion through a real gateway wired to the registry.
func chat(t *testing.T, env *pipeline.Env, ollamaURL string) (*http.Response, map[string]any) {
	t.Helper()
	u, _ := url.Parse(ollamaURL)
	eng, err := pii.New(pii.Config{Key: []byte("e2e-test-key-0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	client, err := serve.NewOllamaChat(u.String(), http.DefaultClient)
	if err != nil {
		t.Fatal(err)
	}
	gw, err := serve.NewGateway(serve.GatewayConfig{Chat: client,
		Resolver: pipeline.Resolver{R: env.Registry}, Keys: []serve.APIKey{{Name: "crm-test", Key: "test-key-0123456789abcdef"}},
		Masker: pipeline.Masker{E: eng}, Auditor: env.Registry})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	body := `{"model":"crm-assistant@production","temperature":0,"seed":1,"max_tokens":8,
		"messages":[{"role":"user","content":"Здравствуйте, меня зовут Мария, телефон +7 916 123-45-67"}]}`
	req, _ := http.NewRequestWithContext(t.Context(), "POST", srv.URL+"/v1/chat/completions", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer test-key-0123456789abcdef")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return resp, out
}

func TestEndToEnd(t *testing.T) {
	w := newWorld(t)
	w.appendConversations(t, 0, 12, true)
	cfg := w.config(t, w.minio.Endpoint, w.ollama.URL)
	env, runner := openRunner(t, cfg)
	ctx := t.Context()

	// Run 1: everything is new; the malformed line is quarantined and the run goes on.
	rep, err := runner.Run(ctx, "crm-assistant")
	if err != nil {
		t.Fatalf("run 1: %v\n%+v", err, rep)
	}
	if rep.Ingest.New != 24 || rep.Ingest.Quarantined != 1 || rep.Ingest.Old != 0 {
		t.Fatalf("run 1 ingest = %+v, want 24 new (12 clients + 12 conversations), 1 quarantined", rep.Ingest)
	}
	q, err := env.Store.List(ctx, "quarantine/crm-assistant/")
	if err != nil || len(q) != 1 {
		t.Fatalf("quarantine objects = %v, %v; want 1", q, err)
	}
	qb, err := env.Store.Get(ctx, q[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	var entry struct {
		Line   int    `json:"line"`
		Reason string `json:"reason"`
		Raw    string `json:"raw"`
	}
	if err := json.NewDecoder(qb).Decode(&entry); err != nil || entry.Line != 25 || entry.Reason == "" || entry.Raw == "" {
		t.Fatalf("quarantine entry = %+v, %v; want line 25 with reason and raw text", entry, err)
	}
	qb.Close()
	if rep.Train == nil || rep.Train.Steps == 0 || rep.Train.FinalLoss == 0 {
		t.Fatalf("run 1 train report = %+v, want the trainer's progress", rep.Train)
	}
	if rep.Deploy == nil || !rep.Deploy.Promoted || rep.Eval == nil || rep.Eval.N == 0 {
		t.Fatalf("run 1 not promoted: %+v", rep)
	}
	mv1, err := env.Registry.ResolveAlias(ctx, "crm-assistant@production")
	if err != nil || mv1.ID != rep.Model {
		t.Fatalf("alias -> %v, %v; want %s", mv1.ID, err, rep.Model)
	}
	assertStored(t, env, mv1)
	assertServedAdapter(t, env, w.ollama.URL, mv1)
	evals, err := env.Registry.Evals(ctx, mv1.ID)
	if err != nil || len(evals) != 2 || evals[0].Base == nil || evals[1].Base == nil || evals[0].Metric == evals[1].Metric {
		t.Fatalf("evals of %s = %+v, %v; want chrF and token F1 with base figures", mv1.ID, evals, err)
	}

	// The gateway answers through the alias and names the version that answered.
	resp, out := chat(t, env, w.ollama.URL)
	if resp.StatusCode != 200 || resp.Header.Get("X-IML-Model-Version") != mv1.ID {
		t.Fatalf("gateway: %d version %q body %v", resp.StatusCode, resp.Header.Get("X-IML-Model-Version"), out)
	}
	if ch, _ := out["choices"].([]any); len(ch) != 1 {
		t.Fatalf("gateway choices = %v", out["choices"])
	}

	// Run 2: only the new records are ingested; a new version is trained and promoted.
	w.appendConversations(t, 12, 4, false)
	rep2, err := runner.Run(ctx, "crm-assistant")
	if err != nil {
		t.Fatalf("run 2: %v", err)
	}
	if rep2.Ingest.New != 8 || rep2.Ingest.Updated != 0 || rep2.Ingest.Quarantined != 0 || rep2.Ingest.QuarantinedKnown != 1 {
		t.Fatalf("run 2 ingest = %+v, want exactly the 8 new records", rep2.Ingest)
	}
	if rep2.Model == "" || rep2.Model == mv1.ID {
		t.Fatalf("run 2 model = %q, want a new version", rep2.Model)
	}
	mv2, err := env.Registry.ResolveAlias(ctx, "crm-assistant@production")
	if err != nil || mv2.ID != rep2.Model {
		t.Fatalf("alias after run 2 -> %v, %v", mv2.ID, err)
	}
	if rep2.Eval.Production == nil {
		t.Fatal("run 2 eval has no production figure")
	}
	assertStored(t, env, mv2)
	assertServedAdapter(t, env, w.ollama.URL, mv2)

	// Run 3: nothing new, nothing trained.
	rep3, err := runner.Run(ctx, "crm-assistant")
	if err != nil || rep3.Ingest.New != 0 || rep3.Model != "" || !strings.HasPrefix(rep3.Skipped, "no new data") {
		t.Fatalf("run 3 = %+v, %v; want skipped with no new data", rep3, err)
	}

	// Lineage reaches down to the source run and the anonymizer version.
	l, err := env.Registry.Lineage(ctx, "crm-assistant@production")
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := l.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{mv2.ID, rep2.RunID, pii.Version(), mv2.AdapterDigest} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("lineage lacks %q:\n%s", want, text.String())
		}
	}
	if n, err := env.Registry.VerifyAudit(ctx); err != nil || n == 0 {
		t.Fatalf("audit: %d entries, %v", n, err)
	}
	runs, err := env.Registry.Runs(ctx, "crm-assistant", 10)
	if err != nil || len(runs) != 3 {
		t.Fatalf("runs = %d, %v", len(runs), err)
	}
}

func TestUnreachableServices(t *testing.T) {
	w := newWorld(t)
	w.appendConversations(t, 0, 6, false)

	for _, tc := range []struct{ name, minio, ollama string }{
		{"minio", "127.0.0.1:1", w.ollama.URL},
		{"ollama", w.minio.Endpoint, "http://127.0.0.1:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			testUnreachable(t, w.config(t, tc.minio, tc.ollama), "127.0.0.1:1")
		})
	}
}

// testUnreachable runs a pipeline whose MinIO or Ollama is down: the run fails with an error naming
// the endpoint, is recorded as failed, and leaves no registry row pointing at a missing object.
func testUnreachable(t *testing.T, cfg config.Config, endpoint string) {
	t.Helper()
	env, runner := openRunner(t, cfg)
	rep, err := runner.Run(t.Context(), "crm-assistant")
	if err == nil || !strings.Contains(err.Error(), endpoint) {
		t.Fatalf("err = %v, want an error naming %s", err, endpoint)
	}
	runs, rerr := env.Registry.Runs(t.Context(), "crm-assistant", 1)
	if rerr != nil || len(runs) != 1 || runs[0].Status != "failed" || rep.Status != "failed" {
		t.Fatalf("run = %+v, %v; want failed", runs, rerr)
	}
	if _, err := env.Registry.ResolveAlias(t.Context(), "crm-assistant@production"); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Fatalf("alias set after a failed run: %v", err)
	}
	models, err := env.Registry.Models(t.Context(), "crm-assistant")
	if err != nil {
		t.Fatal(err)
	}
	if len(models) != 0 {
		t.Fatalf("models registered by a run that could not reach a service: %v", models)
	}
	if ds, err := env.Registry.LatestDataset(t.Context(), "crm-replies"); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Fatalf("dataset registered by a run that could not reach a service: %v, %v", ds, err)
	}
}

// TestRetryResumesFromCheckpoint: a training job fails after writing checkpoints; the next run of
// the pipeline trains on the same dataset version and, the recipe being resumable, resumes from the
// latest checkpoint instead of starting over.
func TestRetryResumesFromCheckpoint(t *testing.T) {
	w := newWorld(t)
	w.appendConversations(t, 0, 6, false)
	cfg := w.config(t, w.minio.Endpoint, w.ollama.URL)
	cfg.Pipelines[0].Train.CommandResumable = true
	cfg.Pipelines[0].Train.Env = map[string]string{"IML_STANDIN_FAIL": "exit"}
	env, failing := openRunner(t, cfg)
	rep, err := failing.Run(t.Context(), "crm-assistant")
	var jobErr *train.JobError
	if !errors.As(err, &jobErr) || jobErr.State != train.StateFailed || rep.Dataset == nil || rep.Model != "" {
		t.Fatalf("failing run: err = %v, report = %+v", err, rep)
	}

	cfg.Pipelines[0].Train.Env = nil
	_, fixed := openRunner(t, cfg)
	rep2, err := fixed.Run(t.Context(), "crm-assistant")
	if err != nil {
		t.Fatalf("retry run: %v", err)
	}
	if rep2.Dataset.ID != rep.Dataset.ID || rep2.Train.ResumedFrom != "checkpoint-2" || rep2.Model == "" {
		t.Fatalf("retry = dataset %s resumed %q model %q; want dataset %s resumed from checkpoint-2 and a model",
			rep2.Dataset.ID, rep2.Train.ResumedFrom, rep2.Model, rep.Dataset.ID)
	}
	job, err := env.Jobs.Job(t.Context(), rep2.Train.JobID)
	if err != nil || !strings.HasSuffix(job.Spec.ResumeFrom, "checkpoint-2") {
		t.Fatalf("retry job spec resume_from = %q, %v", job.Spec.ResumeFrom, err)
	}
}

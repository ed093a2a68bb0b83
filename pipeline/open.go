package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/iml/iml/dataset"
	"github.com/iml/iml/dataset/pii"
	"github.com/iml/iml/eval"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
	"github.com/iml/iml/serve"
	"github.com/iml/iml/train"
	"github.com/iml/iml/train/kubernetes"
	"github.com/iml/iml/train/local"
	"github.com/iml/iml/train/slurm"
	"github.com/ollama/ollama/api"
)

// Env is everything a configured IML process works with, opened from one config.
type Env struct {
	Config   config.Config
	Registry *modelrepo.Registry
	Store    *modelrepo.Store
	PII      *pii.Engine
	Jobs     *train.SQLiteStore
	Drivers  map[string]train.Driver
	Deployer *serve.Deployer
	Logger   *slog.Logger
}

// OpenRegistry opens only the registry, for commands that need nothing else (runs, lineage, audit).
func OpenRegistry(ctx context.Context, cfg config.Config) (*modelrepo.Registry, error) {
	if err := os.MkdirAll(filepath.Dir(cfg.Registry.Path), 0o700); err != nil {
		return nil, fmt.Errorf("create registry dir: %w", err)
	}
	return modelrepo.OpenRegistry(ctx, cfg.Registry.Path)
}

// Open connects to the registry, MinIO and Ollama and builds the PII engine and training drivers.
// It fails with an error naming the endpoint when a service is unreachable.
func Open(ctx context.Context, cfg config.Config, logger *slog.Logger) (*Env, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	e := &Env{Config: cfg, Logger: logger}
	ok := false
	defer func() {
		if !ok {
			e.Close()
		}
	}()
	var err error
	if e.Registry, err = OpenRegistry(ctx, cfg); err != nil {
		return nil, err
	}
	access, err := config.Secret(cfg.MinIO.AccessKeyEnv, "")
	if err != nil {
		return nil, fmt.Errorf("minio access key: %w", err)
	}
	secret, err := config.Secret(cfg.MinIO.SecretKeyEnv, "")
	if err != nil {
		return nil, fmt.Errorf("minio secret key: %w", err)
	}
	// MinIO and Ollama are checked at the start of every run (Runner.preflight), not here: a server
	// outlives their restarts, and a run that cannot reach them is recorded as failed.
	if e.Store, err = modelrepo.NewStore(modelrepo.StoreConfig{Endpoint: cfg.MinIO.Endpoint, AccessKey: access,
		SecretKey: secret, Bucket: cfg.MinIO.Bucket, Region: cfg.MinIO.Region, UseSSL: cfg.MinIO.UseSSL}); err != nil {
		return nil, err
	}
	key, err := pii.KeyFromEnvOrFile(cfg.Anonymizer.KeyEnv, cfg.Anonymizer.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("anonymizer key: %w", err)
	}
	if e.PII, err = pii.New(pii.Config{Key: key}); err != nil {
		return nil, err
	}
	if e.Jobs, err = train.OpenSQLiteStore(ctx, e.Registry.DB()); err != nil {
		return nil, err
	}
	jobsRoot := filepath.Join(cfg.StateDir, "jobs")
	e.Drivers = map[string]train.Driver{"local": local.New(jobsRoot, logger)}
	if usesDriver(cfg, "slurm") {
		sc := cfg.Drivers.Slurm
		if sc.Root == "" {
			sc.Root = jobsRoot
		}
		d, err := slurm.New(sc, logger)
		if err != nil {
			return nil, err
		}
		e.Drivers["slurm"] = d
	}
	if usesDriver(cfg, "kubernetes") {
		kc := cfg.Drivers.Kubernetes
		if kc.APIServer != "" {
			if kc.Token, err = config.Secret(kc.TokenEnv, kc.TokenFile); err != nil {
				return nil, fmt.Errorf("kubernetes token: %w", err)
			}
		}
		d, err := kubernetes.New(kc.Config, &http.Client{}, logger)
		if err != nil {
			return nil, err
		}
		e.Drivers["kubernetes"] = d
	}
	if e.Deployer, err = serve.NewDeployer(cfg.Ollama.URL, &http.Client{}, logger); err != nil {
		return nil, err
	}
	ok = true
	return e, nil
}

func usesDriver(cfg config.Config, name string) bool {
	for _, p := range cfg.Pipelines {
		if p.Train.Driver == name {
			return true
		}
	}
	return false
}

// Close releases the registry.
func (e *Env) Close() error {
	if e.Registry != nil {
		return e.Registry.Close()
	}
	return nil
}

// Runner returns a pipeline runner over this environment. actor names who started runs in the audit.
func (e *Env) Runner(actor string) (*Runner, error) {
	gen, err := eval.NewOllamaGenerator(e.Config.Ollama.URL, &http.Client{})
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(e.Config.Ollama.URL)
	if err != nil {
		return nil, fmt.Errorf("ollama.url: %w", err)
	}
	return &Runner{Config: e.Config, Registry: e.Registry, Store: e.Store, Anon: Anonymizer{e.PII},
		Drivers: e.Drivers, Jobs: e.Jobs, Deployer: e.Deployer, Generator: gen, Logger: e.Logger, Actor: actor,
		Ollama: api.NewClient(u, &http.Client{})}, nil
}

// Anonymizer adapts the PII engine to dataset.Anonymizer with the pseudonym operator.
type Anonymizer struct{ E *pii.Engine }

var _ dataset.Anonymizer = Anonymizer{}

// Anonymize re-scans its own output until nothing is found (pii.Engine.Process), so it is idempotent.
func (a Anonymizer) Anonymize(text string) (string, map[string]int) {
	res := a.E.Process(text, pii.Pseudonym)
	if res.Found.Total() == 0 {
		return res.Text, nil
	}
	return res.Text, res.Found.Map()
}
func (a Anonymizer) Residual(text string) int      { return a.E.Residual(text).Total() }
func (a Anonymizer) SubjectID(value string) string { return a.E.SubjectID(value) }
func (a Anonymizer) Version() string               { return pii.Version() }

// Masker adapts the PII engine to serve.Masker: pseudonyms in prompts, originals restored in answers.
type Masker struct{ E *pii.Engine }

var _ serve.Masker = Masker{}

func (m Masker) Mask(text string) (string, func(string) string) {
	masked, v := m.E.Mask(text)
	return masked, v.Restore
}

// Resolver adapts the registry to serve.Resolver: an alias resolves to its model version's latest deployment.
type Resolver struct{ R *modelrepo.Registry }

var _ serve.Resolver = Resolver{}

func (r Resolver) Resolve(ctx context.Context, alias string) (serve.Target, error) {
	mv, err := r.R.ResolveAlias(ctx, alias)
	if errors.Is(err, modelrepo.ErrNotFound) {
		return serve.Target{}, fmt.Errorf("%w: %s", serve.ErrUnknownAlias, alias)
	}
	if err != nil {
		return serve.Target{}, err
	}
	deps, err := r.R.Deployments(ctx, mv.ID)
	if err != nil {
		return serve.Target{}, err
	}
	if len(deps) == 0 {
		return serve.Target{}, fmt.Errorf("%w: %s points at %s, which is not deployed", serve.ErrUnknownAlias, alias, mv.ID)
	}
	return serve.Target{Alias: alias, ModelVersion: mv.ID, OllamaModel: deps[len(deps)-1].OllamaModel}, nil
}

func (r Resolver) List(ctx context.Context) ([]serve.Target, error) {
	aliases, err := r.R.Aliases(ctx, "")
	if err != nil {
		return nil, err
	}
	var out []serve.Target
	for _, a := range aliases {
		t, err := r.Resolve(ctx, a.Alias)
		if err != nil {
			continue
		}
		out = append(out, t)
	}
	return out, nil
}

// GatewayKeys reads "name:key" pairs from the configured env var (comma-separated) or file (one per line).
func GatewayKeys(cfg config.Gateway) ([]serve.APIKey, error) {
	raw, err := config.Secret(cfg.APIKeysEnv, cfg.APIKeysFile)
	if err != nil {
		return nil, fmt.Errorf("gateway api keys: %w", err)
	}
	var keys []serve.APIKey
	for _, f := range strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '\n' }) {
		name, key, ok := strings.Cut(strings.TrimSpace(f), ":")
		if !ok || name == "" || len(key) < 16 {
			return nil, errors.New("gateway api keys: want name:key with a key of at least 16 characters")
		}
		keys = append(keys, serve.APIKey{Name: name, Key: key})
	}
	if len(keys) == 0 {
		return nil, errors.New("gateway api keys: none configured")
	}
	return keys, nil
}

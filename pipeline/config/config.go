// Package config is IML's typed configuration: defaults, strict YAML decoding, ${ENV} expansion and
// validation that names the bad field. Secrets are never read from the YAML itself: fields ending in
// _env or _file name where the secret lives.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/iml/iml/train"
	"github.com/iml/iml/train/kubernetes"
	"github.com/iml/iml/train/slurm"
	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"
)

// Config is the whole IML configuration.
type Config struct {
	// StateDir holds the registry database, job work dirs and temporary dataset files.
	StateDir   string       `yaml:"state_dir"`
	Registry   Registry     `yaml:"registry"`
	MinIO      MinIO        `yaml:"minio"`
	Ollama     Ollama       `yaml:"ollama"`
	Anonymizer Anonymizer   `yaml:"anonymizer"`
	Gateway    Gateway      `yaml:"gateway"`
	Pipelines  []Pipeline   `yaml:"pipelines"`
	Drivers    DriverConfig `yaml:"drivers"`
}

// Registry is the SQLite registry.
type Registry struct {
	Path string `yaml:"path"` // default: <state_dir>/iml.db
}

// MinIO is the object store holding datasets, adapters, manifests and quarantine.
type MinIO struct {
	Endpoint     string `yaml:"endpoint"` // host:port
	Bucket       string `yaml:"bucket"`
	UseSSL       bool   `yaml:"use_ssl"`
	Region       string `yaml:"region"`
	AccessKeyEnv string `yaml:"access_key_env"`
	SecretKeyEnv string `yaml:"secret_key_env"`
}

// Ollama is the local inference server.
type Ollama struct {
	URL string `yaml:"url"`
}

// Anonymizer configures the PII engine.
type Anonymizer struct {
	KeyEnv  string `yaml:"key_env"`  // env var holding the HMAC key
	KeyFile string `yaml:"key_file"` // or a file holding it
	// MaxResidual is the share of examples that may still contain PII after anonymization before a
	// dataset build fails (0 = none may).
	MaxResidual float64 `yaml:"max_residual"`
}

// Gateway is the endpoint the CRM calls.
type Gateway struct {
	Listen      string        `yaml:"listen"`
	APIKeysEnv  string        `yaml:"api_keys_env"`  // "name:key,name2:key2"
	APIKeysFile string        `yaml:"api_keys_file"` // one "name:key" per line
	Mask        bool          `yaml:"mask"`          // mask personal data in prompts before they reach the model
	Timeout     time.Duration `yaml:"timeout"`
	// CRMConfig is the CRM sources file (configs/crm.example.yaml); when set, `iml server` mounts the
	// amoCRM and Bitrix24 webhook receivers with the secrets it names at POST /webhooks/.
	CRMConfig string `yaml:"crm_config"`
}

// DriverConfig holds engine-wide settings of the training drivers.
type DriverConfig struct {
	// Slurm: partition, gpus, cpus, memory, time_limit, extra_sbatch, env (e.g. SLURM_CONF=...),
	// bin_dir, root (a work dir shared with the compute nodes; default <state_dir>/jobs).
	Slurm slurm.Config `yaml:"slurm"`
	// Kubernetes: api_server, namespace, image, root, work_claim, data_claim, data_mount, gpus, ...
	// The bearer token comes from token_env or token_file.
	Kubernetes Kubernetes `yaml:"kubernetes"`
}

// Kubernetes is the kubernetes driver's config plus where its token lives.
type Kubernetes struct {
	kubernetes.Config `yaml:",inline"`
	TokenEnv          string `yaml:"token_env"`
	TokenFile         string `yaml:"token_file"`
}

// Pipeline is one scheduled run: ingest → anonymize → dataset → train → register → eval → deploy.
type Pipeline struct {
	Name     string  `yaml:"name"`
	Schedule string  `yaml:"schedule"` // cron expression (5 fields) or "@every 1h"; empty = manual only
	Source   Source  `yaml:"source"`
	Dataset  Dataset `yaml:"dataset"`
	Train    Train   `yaml:"train"`
	Eval     Eval    `yaml:"eval"`
	Deploy   Deploy  `yaml:"deploy"`
}

// Source is where conversations come from.
type Source struct {
	Type string `yaml:"type"` // "jsonl"
	Path string `yaml:"path"` // JSONL export in the contract
	Name string `yaml:"name"` // cursor name; default "<pipeline>/<type>"
}

// Dataset shapes the training examples.
type Dataset struct {
	Name         string  `yaml:"name"`
	SystemPrompt string  `yaml:"system_prompt"`
	EvalFraction float64 `yaml:"eval_fraction"`
	Seed         int64   `yaml:"seed"`
	MaxHistory   int     `yaml:"max_history"` // turns of context before the reply
	MinReplyLen  int     `yaml:"min_reply_len"`
}

// Train is how the adapter is trained.
type Train struct {
	Driver string `yaml:"driver"` // "local" or "slurm"
	Recipe string `yaml:"recipe"` // command, axolotl, llama-factory, unsloth, peft
	// RecipeOptions (inline): command, command_format, python, convert_script, template, ...
	train.RecipeOptions `yaml:",inline"`
	BaseModel           BaseModel       `yaml:"base_model"`
	Hyper               Hyperparameters `yaml:"hyperparameters"`
	TimeLimit           time.Duration   `yaml:"time_limit"`
	Poll                time.Duration   `yaml:"poll"`
}

// BaseModel names the base model for the trainer and for Ollama.
type BaseModel struct {
	HF     string `yaml:"hf"`
	Ollama string `yaml:"ollama"`
	GGUF   string `yaml:"gguf"` // local path of the base GGUF served by Ollama
	Arch   string `yaml:"arch"`
}

// Hyperparameters of the LoRA run.
type Hyperparameters struct {
	R             int      `yaml:"r"`
	Alpha         float64  `yaml:"alpha"`
	Dropout       float64  `yaml:"dropout"`
	TargetModules []string `yaml:"target_modules"`
	Epochs        float64  `yaml:"epochs"`
	LearningRate  float64  `yaml:"learning_rate"`
	MaxLength     int      `yaml:"max_length"`
	Seed          int64    `yaml:"seed"`
}

// Eval configures evaluation and the promotion gate.
type Eval struct {
	MaxExamples int `yaml:"max_examples"`
	// MaxRegression is how much lower (chrF points, 0..100) the candidate may score than production.
	MaxRegression float64 `yaml:"max_regression"`
	// MinGainOverBase is how much higher than the untuned base the candidate must score.
	MinGainOverBase float64 `yaml:"min_gain_over_base"`
	NumPredict      int     `yaml:"num_predict"`
}

// Deploy configures serving.
type Deploy struct {
	Alias    string   `yaml:"alias"` // e.g. crm-assistant@production
	Template string   `yaml:"template"`
	Stop     []string `yaml:"stop"`
}

// Default returns the configuration defaults that Load starts from.
func Default() Config {
	return Config{
		StateDir: "${HOME}/.cache/iml/state",
		MinIO: MinIO{
			Endpoint: "127.0.0.1:19000", Bucket: "iml",
			AccessKeyEnv: "IML_MINIO_ACCESS_KEY", SecretKeyEnv: "IML_MINIO_SECRET_KEY",
		},
		Ollama:     Ollama{URL: "http://127.0.0.1:11534"},
		Anonymizer: Anonymizer{KeyEnv: "IML_PII_KEY"},
		Gateway:    Gateway{Listen: "127.0.0.1:8080", APIKeysEnv: "IML_GATEWAY_KEYS", Mask: true, Timeout: 2 * time.Minute},
	}
}

func defaultPipeline(p *Pipeline) {
	if p.Source.Name == "" {
		p.Source.Name = p.Name + "/" + p.Source.Type
	}
	if p.Dataset.Name == "" {
		p.Dataset.Name = p.Name
	}
	if p.Dataset.EvalFraction == 0 {
		p.Dataset.EvalFraction = 0.2
	}
	if p.Dataset.MaxHistory == 0 {
		p.Dataset.MaxHistory = 8
	}
	if p.Dataset.SystemPrompt == "" {
		p.Dataset.SystemPrompt = "You are a sales manager. Write the manager's next reply to the customer."
	}
	if p.Train.Driver == "" {
		p.Train.Driver = "local"
	}
	if p.Train.Recipe == "" {
		p.Train.Recipe = "command"
	}
	if p.Train.Poll == 0 {
		p.Train.Poll = 200 * time.Millisecond
	}
	if p.Train.TimeLimit == 0 {
		p.Train.TimeLimit = 24 * time.Hour
	}
	h := &p.Train.Hyper
	if h.R == 0 {
		h.R = 8
	}
	if h.Alpha == 0 {
		h.Alpha = 16
	}
	if len(h.TargetModules) == 0 {
		h.TargetModules = []string{"q_proj", "v_proj"}
	}
	if h.Epochs == 0 {
		h.Epochs = 1
	}
	if h.LearningRate == 0 {
		h.LearningRate = 2e-4
	}
	if h.MaxLength == 0 {
		h.MaxLength = 2048
	}
	if p.Eval.MaxExamples == 0 {
		p.Eval.MaxExamples = 20
	}
	if p.Eval.NumPredict == 0 {
		p.Eval.NumPredict = 48
	}
	if p.Eval.MaxRegression == 0 {
		p.Eval.MaxRegression = 1
	}
	if p.Deploy.Alias == "" {
		p.Deploy.Alias = p.Name + "@production"
	}
}

// Load reads a YAML file: defaults, strict decoding (unknown fields are errors), ${ENV} expansion of
// the whole text, then validation. Relative paths are resolved against the file's directory.
func Load(path string) (Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	cfg, err := Parse(raw)
	if err != nil {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	cfg.resolvePaths(filepath.Dir(path))
	return cfg, nil
}

// Parse decodes and validates YAML text (paths are left as written).
func Parse(raw []byte) (Config, error) {
	cfg := Default()
	dec := yaml.NewDecoder(bytes.NewReader([]byte(os.ExpandEnv(string(raw)))))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, fmt.Errorf("decode: %w", err)
	}
	cfg.StateDir = os.ExpandEnv(cfg.StateDir)
	if cfg.Registry.Path == "" && cfg.StateDir != "" {
		cfg.Registry.Path = filepath.Join(cfg.StateDir, "iml.db")
	}
	for i := range cfg.Pipelines {
		defaultPipeline(&cfg.Pipelines[i])
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

func (c *Config) resolvePaths(dir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	abs(&c.StateDir)
	abs(&c.Registry.Path)
	abs(&c.Anonymizer.KeyFile)
	abs(&c.Gateway.APIKeysFile)
	abs(&c.Gateway.CRMConfig)
	abs(&c.Drivers.Slurm.Root)
	abs(&c.Drivers.Kubernetes.TokenFile)
	for i := range c.Pipelines {
		p := &c.Pipelines[i]
		abs(&p.Source.Path)
		abs(&p.Train.BaseModel.GGUF)
	}
}

// Validate checks the configuration and names the first bad field.
func (c *Config) Validate() error {
	if c.StateDir == "" {
		return errors.New("state_dir: required")
	}
	if c.MinIO.Endpoint == "" || strings.Contains(c.MinIO.Endpoint, "://") {
		return fmt.Errorf("minio.endpoint: want host:port, got %q", c.MinIO.Endpoint)
	}
	if c.MinIO.Bucket == "" {
		return errors.New("minio.bucket: required")
	}
	if c.Ollama.URL == "" || !strings.HasPrefix(c.Ollama.URL, "http") {
		return fmt.Errorf("ollama.url: want http(s)://host:port, got %q", c.Ollama.URL)
	}
	if c.Anonymizer.KeyEnv == "" && c.Anonymizer.KeyFile == "" {
		return errors.New("anonymizer: key_env or key_file required")
	}
	if c.Anonymizer.MaxResidual < 0 || c.Anonymizer.MaxResidual > 1 {
		return fmt.Errorf("anonymizer.max_residual: want 0..1, got %v", c.Anonymizer.MaxResidual)
	}
	seen := map[string]bool{}
	parser := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)
	for i, p := range c.Pipelines {
		at := fmt.Sprintf("pipelines[%d]", i)
		if p.Name == "" {
			return fmt.Errorf("%s.name: required", at)
		}
		at = fmt.Sprintf("pipelines[%s]", p.Name)
		if seen[p.Name] {
			return fmt.Errorf("%s.name: duplicate", at)
		}
		seen[p.Name] = true
		if p.Schedule != "" {
			if _, err := parser.Parse(p.Schedule); err != nil {
				return fmt.Errorf("%s.schedule: %w", at, err)
			}
		}
		if p.Source.Type != "jsonl" {
			return fmt.Errorf("%s.source.type: want jsonl, got %q", at, p.Source.Type)
		}
		if p.Source.Path == "" {
			return fmt.Errorf("%s.source.path: required", at)
		}
		if p.Dataset.EvalFraction <= 0 || p.Dataset.EvalFraction >= 1 {
			return fmt.Errorf("%s.dataset.eval_fraction: want 0 < f < 1, got %v", at, p.Dataset.EvalFraction)
		}
		switch p.Train.Driver {
		case "local", "slurm", "kubernetes":
		default:
			return fmt.Errorf("%s.train.driver: want local, slurm or kubernetes, got %q", at, p.Train.Driver)
		}
		if p.Train.Recipe == "command" && len(p.Train.Command) == 0 {
			return fmt.Errorf("%s.train.command: required for recipe command", at)
		}
		if p.Train.BaseModel.Ollama == "" || p.Train.BaseModel.GGUF == "" {
			return fmt.Errorf("%s.train.base_model: ollama and gguf required", at)
		}
		if !strings.Contains(p.Deploy.Alias, "@") {
			return fmt.Errorf("%s.deploy.alias: want name@label, got %q", at, p.Deploy.Alias)
		}
	}
	return nil
}

// Pipeline returns the named pipeline.
func (c *Config) Pipeline(name string) (Pipeline, error) {
	for _, p := range c.Pipelines {
		if p.Name == name {
			return p, nil
		}
	}
	return Pipeline{}, fmt.Errorf("pipeline %q not in config", name)
}

// Secret reads a secret from an env var or, failing that, a file. Neither set is an error naming both.
func Secret(envVar, file string) (string, error) {
	if envVar != "" {
		if v := os.Getenv(envVar); v != "" {
			return v, nil
		}
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read secret file: %w", err)
		}
		return strings.TrimSpace(string(b)), nil
	}
	return "", fmt.Errorf("secret not set: env %s is empty and no file given", envVar)
}

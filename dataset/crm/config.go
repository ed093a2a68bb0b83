package crm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Source types of the config.
const (
	TypeAmoCRM    = "amocrm"
	TypeBitrix24  = "bitrix24"
	TypeRetailCRM = "retailcrm"
	TypeJSONL     = "jsonl"
)

// Config is the CRM section: the configured sources. Secrets are never in it: tokens come from
// the environment (token_env) or a file (token_file).
type Config struct {
	Sources []SourceConfig `yaml:"sources"`
	// QuarantineDir, when set, is where `iml crm pull` keeps records that do not fit the contract.
	QuarantineDir string `yaml:"quarantine_dir"`
}

// SourceConfig is one CRM source.
type SourceConfig struct {
	Name      string  `yaml:"name"`
	Type      string  `yaml:"type"` // amocrm | bitrix24 | retailcrm | jsonl
	BaseURL   string  `yaml:"base_url"`
	TokenEnv  string  `yaml:"token_env"`
	TokenFile string  `yaml:"token_file"`
	RateLimit float64 `yaml:"rate_limit"` // requests per second; 0: the CRM's documented rate
	Burst     int     `yaml:"burst"`
	Since     string  `yaml:"since"` // RFC 3339 start of the first window
	PageSize  int     `yaml:"page_size"`
	// Bitrix24.
	OAuth         bool `yaml:"oauth"`
	OfflineEvents bool `yaml:"offline_events"`
	// RetailCRM.
	Site        string `yaml:"site"`
	Timezone    string `yaml:"timezone"` // account time zone, e.g. Europe/Moscow
	MGBaseURL   string `yaml:"mg_base_url"`
	MGTokenEnv  string `yaml:"mg_token_env"`
	MGTokenFile string `yaml:"mg_token_file"`
	// JSONL.
	Path string `yaml:"path"`
	// Webhook receiver (amocrm, bitrix24): the shared secret.
	WebhookSecretEnv  string `yaml:"webhook_secret_env"`
	WebhookSecretFile string `yaml:"webhook_secret_file"`
}

// LoadConfig reads and validates a CRM config file.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load crm config: %w", err)
	}
	cfg, err := ParseConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("load crm config %s: %w", path, err)
	}
	return cfg, nil
}

// ParseConfig decodes strictly (unknown fields are errors), expands ${ENV} in URLs and paths,
// and validates.
func ParseConfig(r io.Reader) (*Config, error) {
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	var cfg Config
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("decode: %w", err)
	}
	for i := range cfg.Sources {
		s := &cfg.Sources[i]
		s.BaseURL, s.MGBaseURL, s.Path = os.ExpandEnv(s.BaseURL), os.ExpandEnv(s.MGBaseURL), os.ExpandEnv(s.Path)
	}
	cfg.QuarantineDir = os.ExpandEnv(cfg.QuarantineDir)
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &cfg, nil
}

// Validate names the first bad field.
func (c *Config) Validate() error {
	seen := map[string]bool{}
	for i, s := range c.Sources {
		f := func(field string) string { return fmt.Sprintf("sources[%d].%s", i, field) }
		switch {
		case s.Name == "":
			return fmt.Errorf("%s: required", f("name"))
		case seen[s.Name]:
			return fmt.Errorf("%s: duplicate source %q", f("name"), s.Name)
		case s.RateLimit < 0:
			return fmt.Errorf("%s: must not be negative", f("rate_limit"))
		case s.TokenEnv != "" && s.TokenFile != "":
			return fmt.Errorf("%s: set token_env or token_file, not both", f("token_env"))
		}
		seen[s.Name] = true
		if s.Since != "" {
			if _, err := time.Parse(time.RFC3339, s.Since); err != nil {
				return fmt.Errorf("%s: not an RFC 3339 time", f("since"))
			}
		}
		switch s.Type {
		case TypeAmoCRM, TypeBitrix24, TypeRetailCRM:
			if !strings.HasPrefix(s.BaseURL, "http://") && !strings.HasPrefix(s.BaseURL, "https://") {
				return fmt.Errorf("%s: required, an http(s) URL", f("base_url"))
			}
			if s.TokenEnv == "" && s.TokenFile == "" {
				return fmt.Errorf("%s: set token_env or token_file (secrets never go in the config)", f("token_env"))
			}
		case TypeJSONL:
			if s.Path == "" {
				return fmt.Errorf("%s: required for type jsonl", f("path"))
			}
		case "":
			return fmt.Errorf("%s: required", f("type"))
		default:
			return fmt.Errorf("%s: unknown type %q (amocrm, bitrix24, retailcrm, jsonl)", f("type"), s.Type)
		}
		if s.Timezone != "" {
			if _, err := time.LoadLocation(s.Timezone); err != nil {
				return fmt.Errorf("%s: unknown time zone", f("timezone"))
			}
		}
		if s.MGBaseURL != "" && s.MGTokenEnv == "" && s.MGTokenFile == "" {
			return fmt.Errorf("%s: set mg_token_env or mg_token_file", f("mg_token_env"))
		}
	}
	return nil
}

// Source returns the source named name.
func (c *Config) Source(name string) (SourceConfig, error) {
	for _, s := range c.Sources {
		if s.Name == name {
			return s, nil
		}
	}
	return SourceConfig{}, fmt.Errorf("crm source %q is not configured", name)
}

// readSecret returns the secret from env var envName or from file (trailing newline trimmed).
func readSecret(source, what, envName, file string) (string, error) {
	if envName != "" {
		v := os.Getenv(envName)
		if v == "" {
			return "", fmt.Errorf("crm source %s: %s: environment variable %s is empty", source, what, envName)
		}
		return v, nil
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("crm source %s: %s: %w", source, what, err)
		}
		if v := strings.TrimSpace(string(b)); v != "" {
			return v, nil
		}
		return "", fmt.Errorf("crm source %s: %s: file %s is empty", source, what, file)
	}
	return "", nil
}

// WebhookSecrets returns the webhook secrets of the configured amoCRM and Bitrix24 sources, keyed
// "amocrm" / "bitrix24" as WebhookOptions.Secrets expects (the first source of a type wins).
func (c *Config) WebhookSecrets() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, s := range c.Sources {
		if (s.Type != TypeAmoCRM && s.Type != TypeBitrix24) || out[s.Type] != nil {
			continue
		}
		v, err := readSecret(s.Name, "webhook secret", s.WebhookSecretEnv, s.WebhookSecretFile)
		if err != nil {
			return nil, err
		}
		if v != "" {
			out[s.Type] = []byte(v)
		}
	}
	return out, nil
}

// NewConnector builds the connector of a configured source, reading its credentials.
func NewConnector(s SourceConfig, co ClientOptions) (Connector, error) {
	if s.RateLimit > 0 {
		co.RatePerSecond = s.RateLimit
	}
	if s.Burst > 0 {
		co.Burst = s.Burst
	}
	var since time.Time
	if s.Since != "" {
		since, _ = time.Parse(time.RFC3339, s.Since)
	}
	if s.Type == TypeJSONL {
		return &JSONLSource{Name: s.Name, Path: s.Path, PageSize: s.PageSize}, nil
	}
	token, err := readSecret(s.Name, "token", s.TokenEnv, s.TokenFile)
	if err != nil {
		return nil, err
	}
	switch s.Type {
	case TypeAmoCRM:
		return NewAmoCRM(AmoCRMConfig{Name: s.Name, BaseURL: s.BaseURL, Token: token, Since: since, Limit: s.PageSize, Client: co})
	case TypeBitrix24:
		return NewBitrix24(Bitrix24Config{Name: s.Name, BaseURL: s.BaseURL, Token: token, OAuth: s.OAuth, Since: since,
			OfflineEvents: s.OfflineEvents, Client: co})
	case TypeRetailCRM:
		loc := time.UTC
		if s.Timezone != "" {
			if loc, err = time.LoadLocation(s.Timezone); err != nil {
				return nil, fmt.Errorf("crm source %s: timezone: %w", s.Name, err)
			}
		}
		mgToken, err := readSecret(s.Name, "mg token", s.MGTokenEnv, s.MGTokenFile)
		if err != nil {
			return nil, err
		}
		return NewRetailCRM(RetailCRMConfig{Name: s.Name, BaseURL: s.BaseURL, APIKey: token, Site: s.Site, Location: loc, Since: since,
			Limit: s.PageSize, MGBaseURL: s.MGBaseURL, MGToken: mgToken, Client: co})
	}
	return nil, fmt.Errorf("crm source %s: unknown type %q", s.Name, s.Type)
}

// PullCLIOptions are the inputs of `iml crm pull SOURCE --config FILE [--out FILE|-]`.
type PullCLIOptions struct {
	Source     string
	ConfigPath string
	Out        io.Writer  // nil when there is no --out
	Quarantine Quarantine // nil: the config's quarantine_dir, or count only
	Logger     *slog.Logger
	RunID      string        // "" : "pull-<unix time>"
	Client     ClientOptions // HTTP client, clock and retry tuning; zero is fine
}

// RunPull pulls one configured source once into store and prints the summary line to summaryOut.
func RunPull(ctx context.Context, opts PullCLIOptions, store Store, summaryOut io.Writer) error {
	cfg, err := LoadConfig(opts.ConfigPath)
	if err != nil {
		return err
	}
	sc, err := cfg.Source(opts.Source)
	if err != nil {
		return err
	}
	co := opts.Client
	if co.Logger == nil {
		co.Logger = opts.Logger
	}
	conn, err := NewConnector(sc, co)
	if err != nil {
		return err
	}
	q := opts.Quarantine
	if q == nil && cfg.QuarantineDir != "" {
		q = DirQuarantine{Dir: cfg.QuarantineDir}
	}
	runID := opts.RunID
	if runID == "" {
		runID = fmt.Sprintf("pull-%d", time.Now().Unix())
	}
	p := &Puller{Source: sc.Name, Connector: conn, Store: store, Quarantine: q, Logger: opts.Logger, RunID: runID, Clock: co.Clock}
	if opts.Out != nil {
		p.Out = NewJSONLWriter(opts.Out)
	}
	sum, err := p.Pull(ctx)
	if summaryOut != nil {
		fmt.Fprintln(summaryOut, sum.String())
	}
	return err
}

package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const good = `
state_dir: /var/lib/iml
minio: {endpoint: "127.0.0.1:9000", bucket: iml}
pipelines:
  - name: p
    schedule: "0 3 * * *"
    source: {type: jsonl, path: /data/export.jsonl}
    train: {command: [trainer, --job, "{job}"], base_model: {ollama: base, gguf: /m/base.gguf}}
`

func TestParse(t *testing.T) {
	cfg, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	p := cfg.Pipelines[0]
	if cfg.Registry.Path != "/var/lib/iml/iml.db" || p.Deploy.Alias != "p@production" || p.Train.Driver != "local" ||
		p.Dataset.EvalFraction != 0.2 || p.Source.Name != "p/jsonl" || p.Train.Hyper.R != 8 {
		t.Fatalf("defaults not applied: %+v", cfg)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, replace, with, want string
	}{
		{"unknown field", "state_dir:", "stat_dir:", "field stat_dir not found"},
		{"bad schedule", `"0 3 * * *"`, `"61 * * * *"`, "pipelines[p].schedule"},
		{"bad source", "type: jsonl", "type: csv", "pipelines[p].source.type"},
		{"endpoint with scheme", `"127.0.0.1:9000"`, `"http://x:9000"`, "minio.endpoint"},
		{"no command", `command: [trainer, --job, "{job}"], `, "", "pipelines[p].train.command"},
		{"bad driver", "train: {", "train: {driver: k9s, ", "pipelines[p].train.driver"},
		{"no gguf", ", gguf: /m/base.gguf", "", "pipelines[p].train.base_model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(good, tc.replace, tc.with, 1)
			if src == good {
				t.Fatalf("replacement %q not found", tc.replace)
			}
			_, err := Parse([]byte(src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestShippedConfigsLoad(t *testing.T) {
	t.Setenv("IML_DEMO_DIR", "/tmp/demo")
	t.Setenv("IML_MINIO_ENDPOINT", "127.0.0.1:19000")
	t.Setenv("IML_OLLAMA_URL", "http://127.0.0.1:11534")
	t.Setenv("IML_GATEWAY_PORT", "18080")
	t.Setenv("IML_STANDIN_TRAINER", "/bin/true")
	for _, name := range []string{"iml.example.yaml", "demo.yaml"} {
		cfg, err := Load(filepath.Join("..", "..", "configs", name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if k := cfg.Drivers.Kubernetes; name == "iml.example.yaml" && (k.Namespace != "ml" || k.WorkClaim != "iml-work" || k.TokenFile == "" || k.Token != "") {
			t.Errorf("%s: kubernetes driver config = %+v", name, k)
		}
	}
}

func TestSecret(t *testing.T) {
	t.Setenv("IML_TEST_SECRET", "from-env")
	if v, err := Secret("IML_TEST_SECRET", ""); err != nil || v != "from-env" {
		t.Fatalf("env: %q %v", v, err)
	}
	f := filepath.Join(t.TempDir(), "s")
	if err := os.WriteFile(f, []byte("from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if v, err := Secret("IML_TEST_UNSET", f); err != nil || v != "from-file" {
		t.Fatalf("file: %q %v", v, err)
	}
	if _, err := Secret("IML_TEST_UNSET", ""); err == nil || strings.Contains(err.Error(), "from-") {
		t.Fatalf("unset: %v", err)
	}
}

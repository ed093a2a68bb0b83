package pipeline

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
)

func TestRunRefusesConcurrentRun(t *testing.T) {
	reg, err := modelrepo.OpenRegistry(t.Context(), filepath.Join(t.TempDir(), "iml.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	cfg, err := config.Parse([]byte(`
state_dir: /tmp/unused
anonymizer: {key_env: X}
pipelines:
  - name: p
    source: {type: jsonl, path: /nonexistent.jsonl}
    train: {command: [trainer], base_model: {ollama: base, gguf: /base.gguf}}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.StartRun(t.Context(), "p"); err != nil {
		t.Fatal(err)
	}
	r := &Runner{Config: cfg, Registry: reg}
	if _, err := r.Run(t.Context(), "p"); !errors.Is(err, modelrepo.ErrRunActive) {
		t.Fatalf("second run: err = %v, want ErrRunActive", err)
	}
	if _, err := r.Run(t.Context(), "missing"); err == nil {
		t.Fatal("unknown pipeline: no error")
	}
}

func TestOllamaName(t *testing.T) {
	if got := ollamaName("crm-assistant:v3"); got != "iml-crm-assistant-v3" {
		t.Fatalf("ollamaName = %q", got)
	}
}

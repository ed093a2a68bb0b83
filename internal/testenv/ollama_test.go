package testenv

import (
	"strings"
	"testing"
	"time"

	"github.com/iml/iml/internal/gguf"
	"github.com/ollama/ollama/api"
)

func generate(t *testing.T, o *Ollama, model, prompt string) string {
	t.Helper()
	stream := false
	var out strings.Builder
	req := &api.GenerateRequest{
		Model:  model,
		Prompt: prompt,
		Raw:    true,
		Stream: &stream,
		Options: map[string]any{
			"temperature": 0, "seed": 42, "num_predict": 16, "top_k": 1,
		},
	}
	start := time.Now()
	err := o.Client().Generate(t.Context(), req, func(r api.GenerateResponse) error {
		out.WriteString(r.Response)
		return nil
	})
	if err != nil {
		t.Fatalf("generate with %s: %v", model, err)
	}
	t.Logf("generate %s: %d bytes in %s", model, out.Len(), time.Since(start).Round(time.Millisecond))
	return out.String()
}

func TestStartOllamaTinyModelAndAdapter(t *testing.T) {
	o := StartOllama(t)
	ctx := t.Context()
	c := o.Client()
	if _, err := c.Version(ctx); err != nil {
		t.Fatalf("version: %v", err)
	}

	baseDigest := o.CreateTiny(t, "tiny")
	base := generate(t, o, "tiny", "hello world")
	if base == "" {
		t.Fatal("base model generated nothing")
	}
	if again := generate(t, o, "tiny", "hello world"); again != base {
		t.Errorf("generation not deterministic at temperature 0: %q vs %q", base, again)
	}

	adapterPath, adapterDigest := TinyAdapter(t, gguf.LoRAOptions{R: 8, Alpha: 16, Targets: []string{"attn_q", "attn_v"}, Seed: 7})
	if d, err := o.UploadBlob(ctx, adapterPath); err != nil || d != adapterDigest {
		t.Fatalf("upload adapter: %s, %v", d, err)
	}
	req := &api.CreateRequest{Model: "tiny-tuned", From: "tiny", Adapters: map[string]string{"adapter.gguf": adapterDigest}}
	if err := c.Create(ctx, req, func(api.ProgressResponse) error { return nil }); err != nil {
		t.Fatalf("create tuned model: %v", err)
	}
	show, err := c.Show(ctx, &api.ShowRequest{Model: "tiny-tuned"})
	if err != nil {
		t.Fatalf("show tuned model: %v", err)
	}
	wantAdapter := "ADAPTER " // followed by the blob path
	blob := "sha256-" + strings.TrimPrefix(adapterDigest, "sha256:")
	if !strings.Contains(show.Modelfile, wantAdapter) || !strings.Contains(show.Modelfile, blob) {
		t.Errorf("modelfile lacks ADAPTER with %s:\n%s", blob, show.Modelfile)
	}
	if !strings.Contains(show.Modelfile, "sha256-"+strings.TrimPrefix(baseDigest, "sha256:")) {
		t.Errorf("modelfile lacks the base blob %s", baseDigest)
	}

	tuned := generate(t, o, "tiny-tuned", "hello world")
	if tuned == base {
		t.Errorf("tuned output equals base output %q: adapter not applied", base)
	}
}

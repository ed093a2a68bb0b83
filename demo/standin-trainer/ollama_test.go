package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iml/iml/internal/testenv"
	"github.com/ollama/ollama/api"
)

// TestAdapterServedByOllama checks the stand-in's output end to end: Ollama accepts the adapter on
// the tiny base model and the tuned model answers differently from the base.
func TestAdapterServedByOllama(t *testing.T) {
	o := testenv.StartOllama(t)
	fx := newFixture(t, strings.Repeat(chatLine, 5))
	if err := run(t.Context(), options{JobPath: fx.job}, new(bytes.Buffer)); err != nil {
		t.Fatalf("run: %v", err)
	}
	ctx, c := t.Context(), o.Client()
	baseDigest, err := o.UploadBlob(ctx, fx.spec.BaseModel.Path)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Create(ctx, &api.CreateRequest{Model: "base", Files: map[string]string{"base.gguf": baseDigest}}, func(api.ProgressResponse) error { return nil }); err != nil {
		t.Fatalf("create base: %v", err)
	}
	adapterDigest, err := o.UploadBlob(ctx, filepath.Join(fx.spec.OutputDir, AdapterFile))
	if err != nil {
		t.Fatal(err)
	}
	req := &api.CreateRequest{Model: "tuned", From: "base", Adapters: map[string]string{AdapterFile: adapterDigest}}
	if err := c.Create(ctx, req, func(api.ProgressResponse) error { return nil }); err != nil {
		t.Fatalf("create tuned: %v", err)
	}
	gen := func(model string) string {
		stream := false
		var out strings.Builder
		err := c.Generate(ctx, &api.GenerateRequest{Model: model, Prompt: "hello", Raw: true, Stream: &stream,
			Options: map[string]any{"temperature": 0, "seed": 1, "num_predict": 12}},
			func(r api.GenerateResponse) error { out.WriteString(r.Response); return nil })
		if err != nil {
			t.Fatalf("generate %s: %v", model, err)
		}
		return out.String()
	}
	if base, tuned := gen("base"), gen("tuned"); base == tuned {
		t.Errorf("tuned output equals base output %q", base)
	}
}

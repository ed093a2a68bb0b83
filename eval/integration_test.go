package eval

import (
	"testing"

	"github.com/iml/iml/internal/testenv"
)

// TestIntegrationOllamaGenerator evaluates the tiny model in a real Ollama through langchaingo.
func TestIntegrationOllamaGenerator(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a real Ollama")
	}
	o := testenv.StartOllama(t)
	o.CreateTiny(t, "tiny")
	gen, err := NewOllamaGenerator(o.URL, nil)
	if err != nil {
		t.Fatal(err)
	}
	examples := []Example{
		{ID: "1", Messages: []Message{{RoleSystem, "You are a manager."}, {RoleUser, "hello world"}}, Reference: "hello, the order is on its way"},
		{ID: "2", Messages: []Message{{RoleUser, "Здравствуйте, какая цена?"}}, Reference: "Цена — 100 рублей."},
	}
	opts := Options{Seed: 42, MaxTokens: 8}
	rep, err := Evaluate(t.Context(), gen, "tiny", examples, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 2 || rep.ChrF < 0 || rep.ChrF > 100 || rep.TokenF1 < 0 || rep.TokenF1 > 100 {
		t.Errorf("report = %+v", rep)
	}
	again, err := Evaluate(t.Context(), gen, "tiny", examples, opts)
	if err != nil {
		t.Fatal(err)
	}
	if again.ChrF != rep.ChrF {
		t.Errorf("greedy evaluation not repeatable: chrF %v then %v", rep.ChrF, again.ChrF)
	}
	if _, err := gen.Generate(t.Context(), "no-such-model", examples[0].Messages, GenerateOptions{}); err == nil {
		t.Error("unknown model: want error")
	}
	t.Logf("tiny model: chrF %.2f, token F1 %.2f, %s", rep.ChrF, rep.TokenF1, rep.Duration)
}

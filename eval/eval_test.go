package eval

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// fakeGenerator answers from a table keyed by the last user message, and records what it was asked.
type fakeGenerator struct {
	answers map[string]string
	err     error
	calls   int
	opts    []GenerateOptions
}

func (g *fakeGenerator) Generate(_ context.Context, _ string, msgs []Message, opts GenerateOptions) (string, error) {
	g.calls++
	g.opts = append(g.opts, opts)
	if g.err != nil {
		return "", g.err
	}
	return g.answers[msgs[len(msgs)-1].Content], nil
}

func examples(n int) []Example {
	var out []Example
	for i := range n {
		q := "вопрос " + string(rune('a'+i))
		out = append(out, Example{ID: q, Messages: []Message{{RoleUser, q}}, Reference: "ответ " + string(rune('a'+i))})
	}
	return out
}

func TestEvaluate(t *testing.T) {
	ex := examples(2)
	gen := &fakeGenerator{answers: map[string]string{
		ex[0].Messages[0].Content: ex[0].Reference, // perfect
		ex[1].Messages[0].Content: "совсем другое", // poor
	}}
	rep, err := Evaluate(t.Context(), gen, "crm:v1", ex, Options{Seed: 7, Temperature: 0, MaxTokens: 64})
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 2 || len(rep.PerExample) != 2 || rep.Model != "crm:v1" {
		t.Fatalf("report = %+v", rep)
	}
	if rep.PerExample[0].ChrF != 100 || rep.PerExample[0].TokenF1 != 100 {
		t.Errorf("perfect example scored %+v", rep.PerExample[0])
	}
	if rep.PerExample[1].ChrF >= 50 {
		t.Errorf("poor example scored %+v", rep.PerExample[1])
	}
	if rep.ChrF <= rep.PerExample[1].ChrF || rep.ChrF >= 100 {
		t.Errorf("corpus chrF %.2f should lie between the examples", rep.ChrF)
	}
	if want := (100 + rep.PerExample[1].TokenF1) / 2; !near(rep.TokenF1, want) {
		t.Errorf("TokenF1 = %v, want mean %v", rep.TokenF1, want)
	}
	if gen.opts[0] != (GenerateOptions{Temperature: 0, Seed: 7, MaxTokens: 64}) {
		t.Errorf("generator options = %+v", gen.opts[0])
	}
	if !strings.HasPrefix(rep.ExamplesDigest, "sha256:") {
		t.Errorf("digest = %q", rep.ExamplesDigest)
	}
}

func TestEvaluateSubsetIsSeeded(t *testing.T) {
	ex := examples(20)
	ids := func(seed int64) string {
		rep, err := Evaluate(t.Context(), &fakeGenerator{}, "m", ex, Options{MaxExamples: 5, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, p := range rep.PerExample {
			s = append(s, p.ID)
		}
		return strings.Join(s, ",")
	}
	a, b, c := ids(1), ids(1), ids(2)
	if a != b {
		t.Errorf("same seed picked %s then %s", a, b)
	}
	if a == c {
		t.Errorf("seeds 1 and 2 picked the same subset %s", a)
	}
	if n := strings.Count(a, ",") + 1; n != 5 {
		t.Errorf("picked %d examples, want 5", n)
	}
}

func TestEvaluateErrors(t *testing.T) {
	boom := errors.New("boom")
	gen := &fakeGenerator{err: boom}
	if _, err := Evaluate(t.Context(), gen, "m", examples(3), Options{}); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
	if gen.calls != 1 {
		t.Errorf("generator called %d times after an error, want 1", gen.calls)
	}
	if _, err := Evaluate(t.Context(), gen, "m", nil, Options{}); err == nil {
		t.Error("no examples: want error")
	}
	if _, err := Evaluate(t.Context(), nil, "m", examples(1), Options{}); err == nil {
		t.Error("nil generator: want error")
	}
}

func TestCompare(t *testing.T) {
	rep := func(model string, chrf float64) *Report {
		return &Report{Model: model, N: 10, ChrF: chrf, ExamplesDigest: "sha256:aa"}
	}
	other := rep("prod", 50)
	other.ExamplesDigest = "sha256:bb"
	tests := []struct {
		name             string
		cand, base, prod *Report
		gate             Gate
		want             bool
		wantSub          string
	}{
		{"beats both", rep("c", 60), rep("b", 40), rep("p", 55), Gate{MinChrFDelta: 5, MaxRegression: 1}, true, "beats base"},
		{"small regression allowed", rep("c", 54.5), nil, rep("p", 55), Gate{MaxRegression: 1}, true, "vs production"},
		{"regression too large", rep("c", 53), nil, rep("p", 55), Gate{MaxRegression: 1}, false, "below production"},
		{"does not beat base by delta", rep("c", 42), rep("b", 40), nil, Gate{MinChrFDelta: 5}, false, "need 5.00"},
		{"worse than base with zero delta", rep("c", 39), rep("b", 40), nil, Gate{}, false, "need 0.00"},
		{"first model", rep("c", 10), nil, nil, Gate{}, true, "no production or base"},
		{"no candidate", nil, nil, nil, Gate{}, false, "no candidate"},
		{"different example sets", rep("c", 60), nil, other, Gate{MaxRegression: 1}, false, "other examples"},
		{"negative regression", rep("c", 60), nil, nil, Gate{MaxRegression: -1}, false, "negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compare(tt.cand, tt.base, tt.prod, tt.gate)
			if d.Passed != tt.want {
				t.Errorf("Passed = %v, want %v (reasons %q)", d.Passed, tt.want, d.Reasons)
			}
			if !strings.Contains(strings.Join(d.Reasons, "\n"), tt.wantSub) {
				t.Errorf("reasons %q lack %q", d.Reasons, tt.wantSub)
			}
		})
	}
}

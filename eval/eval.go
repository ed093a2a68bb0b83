package eval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// Generator produces a model's answer to a conversation. Evaluate calls it once per example, one call
// at a time; an error aborts the evaluation.
type Generator interface {
	Generate(ctx context.Context, model string, messages []Message, opts GenerateOptions) (string, error)
}

// GenerateOptions are the decoding settings passed to a Generator.
type GenerateOptions struct {
	Temperature float64 // 0 = greedy, what evaluation wants
	Seed        int     // 0 = the server's default
	MaxTokens   int     // 0 = the server's default
}

// Options control an evaluation run.
type Options struct {
	MaxExamples int     // 0 = all; otherwise a seeded random subset of this size, kept in file order
	Seed        int64   // picks the subset and is passed to the generator
	Temperature float64 // passed to the generator; keep 0 so runs are comparable
	MaxTokens   int     // passed to the generator; 0 = the server's default
}

// ExampleScore is the result for one example. It carries no texts.
type ExampleScore struct {
	ID      string        `json:"id"`
	ChrF    float64       `json:"chrf"`
	TokenF1 float64       `json:"token_f1"`
	Latency time.Duration `json:"latency_ns"`
}

// Report is the outcome of evaluating one model on one example set.
type Report struct {
	Model string `json:"model"`
	N     int    `json:"n"`
	// ChrF is corpus-level chrF: n-gram counts summed over all examples, then scored (sacreBLEU corpus_score).
	ChrF float64 `json:"chrf"`
	// TokenF1 is the mean of the per-example token F1.
	TokenF1 float64 `json:"token_f1"`
	// ExamplesDigest identifies the examples scored ("sha256:<hex>" of their ids, prompts and references),
	// so reports are only compared when they were computed on the same set.
	ExamplesDigest string         `json:"examples_digest"`
	Duration       time.Duration  `json:"duration_ns"`
	PerExample     []ExampleScore `json:"per_example"`
}

// Evaluate asks gen for an answer to each example and scores it against the reference.
func Evaluate(ctx context.Context, gen Generator, model string, examples []Example, opts Options) (*Report, error) {
	if gen == nil {
		return nil, errors.New("evaluate: nil generator")
	}
	picked := pick(examples, opts.MaxExamples, opts.Seed)
	if len(picked) == 0 {
		return nil, fmt.Errorf("evaluate model %s: no examples", model)
	}
	gopts := GenerateOptions{Temperature: opts.Temperature, Seed: int(opts.Seed), MaxTokens: opts.MaxTokens}
	rep := &Report{Model: model, N: len(picked), ExamplesDigest: digestExamples(picked)}
	var corpus chrfStats
	var f1Sum float64
	start := time.Now()
	for _, ex := range picked {
		t0 := time.Now()
		hyp, err := gen.Generate(ctx, model, ex.Messages, gopts)
		if err != nil {
			return nil, fmt.Errorf("evaluate model %s on example %s: %w", model, ex.ID, err)
		}
		corpus.add(hyp, ex.Reference)
		s := ExampleScore{ID: ex.ID, ChrF: ChrF(hyp, ex.Reference), TokenF1: TokenF1(hyp, ex.Reference), Latency: time.Since(t0)}
		f1Sum += s.TokenF1
		rep.PerExample = append(rep.PerExample, s)
	}
	rep.Duration = time.Since(start)
	rep.ChrF = corpus.score()
	rep.TokenF1 = f1Sum / float64(len(picked))
	return rep, nil
}

// pick returns all examples, or n of them chosen by a seeded shuffle and kept in their original order.
func pick(examples []Example, n int, seed int64) []Example {
	if n <= 0 || n >= len(examples) {
		return examples
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x1e7a1))
	idx := r.Perm(len(examples))[:n]
	slices.Sort(idx)
	out := make([]Example, n)
	for i, j := range idx {
		out[i] = examples[j]
	}
	return out
}

func digestExamples(examples []Example) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, ex := range examples {
		_ = enc.Encode(ex) // hash.Hash writes never fail
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// Gate is the promotion rule, in chrF points (0–100 scale).
type Gate struct {
	// MinChrFDelta is how much the candidate must beat the untuned base by, when a base report is given.
	// 0 still requires the candidate to be no worse than the base.
	MinChrFDelta float64
	// MaxRegression is how far the candidate may fall below the current production model.
	MaxRegression float64
}

// Decision is the outcome of Compare. Reasons has one line per check, passed or failed, for the audit log.
type Decision struct {
	Passed  bool     `json:"passed"`
	Reasons []string `json:"reasons"`
}

// Compare decides whether candidate may be promoted. base (the untuned base model) and production
// (the model the alias points at now) may be nil when there is none. Reports computed on different
// example sets are not comparable and fail the gate.
func Compare(candidate, base, production *Report, gate Gate) Decision {
	var d Decision
	failed := false
	fail := func(format string, args ...any) {
		failed = true
		d.Reasons = append(d.Reasons, "fail: "+fmt.Sprintf(format, args...))
	}
	pass := func(format string, args ...any) { d.Reasons = append(d.Reasons, "ok: "+fmt.Sprintf(format, args...)) }
	if candidate == nil || candidate.N == 0 {
		fail("no candidate evaluation")
		return d
	}
	if gate.MaxRegression < 0 {
		fail("max regression %.2f is negative", gate.MaxRegression)
	}
	check := func(name string, other *Report) bool {
		if other.ExamplesDigest != candidate.ExamplesDigest {
			fail("%s model %s was evaluated on other examples (%s, candidate %s)", name, other.Model, other.ExamplesDigest, candidate.ExamplesDigest)
			return false
		}
		return true
	}
	if production != nil && check("production", production) {
		floor := production.ChrF - gate.MaxRegression
		if candidate.ChrF < floor {
			fail("chrF %.2f is below production %s %.2f minus allowed regression %.2f", candidate.ChrF, production.Model, production.ChrF, gate.MaxRegression)
		} else {
			pass("chrF %.2f vs production %s %.2f (allowed regression %.2f)", candidate.ChrF, production.Model, production.ChrF, gate.MaxRegression)
		}
	}
	if base != nil && check("base", base) {
		delta := candidate.ChrF - base.ChrF
		if delta < gate.MinChrFDelta {
			fail("chrF %.2f beats base %s %.2f by %.2f, need %.2f", candidate.ChrF, base.Model, base.ChrF, delta, gate.MinChrFDelta)
		} else {
			pass("chrF %.2f beats base %s %.2f by %.2f (need %.2f)", candidate.ChrF, base.Model, base.ChrF, delta, gate.MinChrFDelta)
		}
	}
	if production == nil && base == nil {
		pass("no production or base model to compare with; candidate chrF %.2f on %d examples", candidate.ChrF, candidate.N)
	}
	d.Passed = !failed
	return d
}

package serve

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/ollama/ollama/api"
)

// ErrUnknownAlias must be wrapped by Resolver.Resolve when no model answers to the alias; the Gateway
// then answers 404 model_not_found. Any other error is a 503.
var ErrUnknownAlias = errors.New("serve: unknown model alias")

// Target is what an alias points at.
type Target struct {
	Alias        string // what the client sends as "model", e.g. "crm-assistant@production"
	ModelVersion string // the registry's name for the version, e.g. "crm-assistant:v3"
	OllamaModel  string // the Ollama model serving it, e.g. "iml-crm-assistant-v3"
}

// Resolver maps model aliases to deployed models. The Gateway calls Resolve once per request, so it
// should be cheap (a cached registry read); List backs GET /v1/models.
type Resolver interface {
	Resolve(ctx context.Context, alias string) (Target, error)
	List(ctx context.Context) ([]Target, error)
}

// Masker hides personal data from the model. Mask is called once per message content; restore puts
// the original values back into the model's answer (or any prefix of it). Placeholders should be
// deterministic per value (keyed pseudonyms) so that one produced for one message restores correctly
// whichever message's restore sees it, and no longer than GatewayConfig.MaskHoldback bytes.
type Masker interface {
	Mask(text string) (masked string, restore func(string) string)
}

// Auditor records who used which model. The Gateway calls Audit once per completion request, after the
// response, with details of type AuditDetails; an error is logged, the response already stands.
type Auditor interface {
	Audit(ctx context.Context, actor, action, subject string, details any) error
}

// ChatClient is the part of the Ollama client the Gateway uses. *OllamaChat implements it for
// production (no per-call 8 MB buffer); *api.Client does too. Chat calls fn per response and returns
// fn's error as is; an Ollama error status comes back as api.StatusError, a ctx end as ctx's error.
type ChatClient interface {
	Chat(ctx context.Context, req *api.ChatRequest, fn api.ChatResponseFunc) error
}

var _ ChatClient = (*api.Client)(nil)

// StaticResolver is a Resolver over a fixed, replaceable set of targets, for configs without a
// registry and for tests.
type StaticResolver struct {
	mu      sync.RWMutex
	targets map[string]Target
}

var _ Resolver = (*StaticResolver)(nil)

// NewStaticResolver returns a resolver answering for the given targets, keyed by their Alias.
func NewStaticResolver(targets ...Target) *StaticResolver {
	r := &StaticResolver{}
	r.Set(targets...)
	return r
}

// Set replaces all targets.
func (r *StaticResolver) Set(targets ...Target) {
	m := make(map[string]Target, len(targets))
	for _, t := range targets {
		m[t.Alias] = t
	}
	r.mu.Lock()
	r.targets = m
	r.mu.Unlock()
}

// Resolve returns the target for alias, or an error wrapping ErrUnknownAlias.
func (r *StaticResolver) Resolve(_ context.Context, alias string) (Target, error) {
	r.mu.RLock()
	t, ok := r.targets[alias]
	r.mu.RUnlock()
	if !ok {
		return Target{}, ErrUnknownAlias
	}
	return t, nil
}

// List returns the targets sorted by alias.
func (r *StaticResolver) List(context.Context) ([]Target, error) {
	r.mu.RLock()
	out := make([]Target, 0, len(r.targets))
	for _, t := range r.targets {
		out = append(out, t)
	}
	r.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Alias < out[j].Alias })
	return out, nil
}

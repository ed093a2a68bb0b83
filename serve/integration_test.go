package serve

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/internal/testenv"
	"github.com/ollama/ollama/api"
)

// TestIntegrationDeployAndServe deploys the tiny base model and a LoRA adapter into a real Ollama,
// checks the digests it reports, then answers through the gateway by alias, plain and streamed.
func TestIntegrationDeployAndServe(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a real Ollama")
	}
	o := testenv.StartOllama(t)
	basePath, baseDigest := testenv.TinyModel(t)
	adapterPath, adapterDigest := testenv.TinyAdapter(t, gguf.LoRAOptions{R: 4, Alpha: 8, Seed: 3})

	d, err := NewDeployer(o.URL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	req := DeployRequest{
		ModelName: "iml-crm-assistant-v3", BaseName: "iml-tiny-base",
		BaseGGUF: basePath, BaseDigest: baseDigest, AdapterPath: adapterPath, AdapterDigest: adapterDigest,
		Template:   "{{ range .Messages }}{{ .Content }} {{ end }}",
		System:     "You are a manager.",
		Stop:       []string{"</s>"},
		Parameters: map[string]any{"temperature": 0, "num_predict": 8},
	}
	dep, err := d.Deploy(t.Context(), req)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if dep.AdapterDigest != adapterDigest || !strings.HasPrefix(dep.ManifestDigest, "sha256:") || len(dep.ManifestDigest) != 71 {
		t.Errorf("deployment = %+v", dep)
	}
	again, err := d.Deploy(t.Context(), req)
	if err != nil {
		t.Fatalf("redeploy: %v", err)
	}
	if again.ManifestDigest != dep.ManifestDigest {
		t.Errorf("redeploying the same request changed the manifest: %s → %s", dep.ManifestDigest, again.ManifestDigest)
	}

	auditor := &fakeAuditor{}
	gw, err := NewGateway(GatewayConfig{
		Chat:     o.Client(),
		Resolver: NewStaticResolver(Target{Alias: "crm-assistant@production", ModelVersion: "crm-assistant:v3", OllamaModel: req.ModelName}),
		Keys:     []APIKey{{Name: "crm-prod", Key: testKey}},
		Auditor:  auditor,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	e := &gatewayEnv{gw: gw, srv: srv, auditor: auditor}

	body := chatBody("crm-assistant@production", "hello world")
	body["max_tokens"] = 8
	body["temperature"] = 0
	resp := e.post(t, "/v1/chat/completions", testKey, body)
	if resp.StatusCode != http.StatusOK || resp.Header.Get(HeaderModelVersion) != "crm-assistant:v3" {
		t.Fatalf("status %d, version %q", resp.StatusCode, resp.Header.Get(HeaderModelVersion))
	}
	c := decodeBody[completion](t, resp)
	if c.Usage == nil || c.Usage.CompletionTokens == 0 || c.Usage.PromptTokens == 0 {
		t.Errorf("usage = %+v", c.Usage)
	}
	plain := string(c.Choices[0].Message.Content)
	t.Logf("plain answer: %d bytes, usage %+v", len(plain), *c.Usage)

	body["stream"] = true
	resp = e.post(t, "/v1/chat/completions", testKey, body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("stream status %d", resp.StatusCode)
	}
	streamed, finish, _ := streamText(t, readSSE(t, resp.Body))
	if streamed != plain || finish == "" {
		t.Errorf("streamed %q (finish %q), plain %q: greedy decoding should agree", streamed, finish, plain)
	}

	resp = e.post(t, "/v1/crm/suggest-reply", testKey, map[string]any{
		"model": "crm-assistant@production", "language": "en", "max_tokens": 8, "temperature": 0,
		"conversation": []map[string]string{{"role": "customer", "text": "hello, the order price?"}},
	})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("suggest-reply status %d", resp.StatusCode)
	}
	if a := auditor.last(t); a.action != ActionSuggestReply || a.details.CompletionTokens == 0 {
		t.Errorf("audit = %+v", a)
	}

	if err := d.Remove(t.Context(), req.ModelName); err != nil {
		t.Fatal(err)
	}
	resp = e.post(t, "/v1/chat/completions", testKey, chatBody("crm-assistant@production", "hello"))
	if resp.StatusCode != http.StatusBadGateway {
		t.Errorf("after remove: status %d, want 502", resp.StatusCode)
	}
}

// TestIntegrationOllamaChatMatchesAPIClient asks a real Ollama the same greedy, seeded question through
// api.Client and OllamaChat, plain and streamed, and expects the same answer, finish and token counts.
func TestIntegrationOllamaChatMatchesAPIClient(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a real Ollama")
	}
	o := testenv.StartOllama(t)
	o.CreateTiny(t, "iml-tiny")
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	lean, err := NewOllamaChat(o.URL, &http.Client{Transport: tr})
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]ChatClient{clientAPI: o.Client(), clientLean: lean}
	msgs := []api.Message{{Role: "system", Content: "You are a manager."}, {Role: "user", Content: "hello, where is my order?"}}
	for _, stream := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "stream"}[stream], func(t *testing.T) {
			type answer struct {
				text, reason      string
				chunks, prompt, n int
			}
			got := map[string]answer{}
			for kind, c := range clients {
				req := &api.ChatRequest{Model: "iml-tiny", Messages: msgs, Stream: &stream,
					Options: map[string]any{"temperature": 0, "seed": 42, "num_predict": 16}}
				var a answer
				err := c.Chat(t.Context(), req, func(r api.ChatResponse) error {
					a.text += r.Message.Content
					a.chunks++
					if r.Done {
						a.reason, a.prompt, a.n = r.DoneReason, r.PromptEvalCount, r.EvalCount
					}
					return nil
				})
				if err != nil {
					t.Fatalf("client=%s: %v", kind, err)
				}
				got[kind] = a
			}
			if got[clientAPI] != got[clientLean] || got[clientLean].n == 0 || got[clientLean].reason == "" {
				t.Errorf("api.Client answered %+v, OllamaChat %+v", got[clientAPI], got[clientLean])
			}
			if stream && got[clientLean].chunks < 2 {
				t.Errorf("streamed answer came in %d chunk(s)", got[clientLean].chunks)
			}
			t.Logf("answer: %d bytes, %d chunks, %d tokens", len(got[clientLean].text), got[clientLean].chunks, got[clientLean].n)
		})
	}

	t.Run("unknown model", func(t *testing.T) {
		errs := map[string]error{}
		for kind, c := range clients {
			errs[kind] = c.Chat(t.Context(), &api.ChatRequest{Model: "iml-absent", Messages: msgs}, func(api.ChatResponse) error { return nil })
		}
		var se api.StatusError
		if !errors.As(errs[clientLean], &se) || se.StatusCode != http.StatusNotFound || !reflect.DeepEqual(errs[clientAPI], errs[clientLean]) {
			t.Errorf("api.Client: %#v, OllamaChat: %#v", errs[clientAPI], errs[clientLean])
		}
	})
}

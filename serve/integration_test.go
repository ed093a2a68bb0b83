package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/iml/iml/internal/gguf"
	"github.com/iml/iml/internal/testenv"
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

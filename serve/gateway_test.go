package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

const testKey = "sk-test-0123456789"

var testTarget = Target{Alias: "crm-assistant@production", ModelVersion: "crm-assistant:v3", OllamaModel: "iml-crm-assistant-v3"}

// fakeAuditor records entries in memory.
type fakeAuditor struct {
	mu      sync.Mutex
	entries []auditEntry
}

type auditEntry struct {
	actor, action, subject string
	details                AuditDetails
}

func (a *fakeAuditor) Audit(_ context.Context, actor, action, subject string, details any) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.entries = append(a.entries, auditEntry{actor, action, subject, details.(AuditDetails)})
	return nil
}

func (a *fakeAuditor) last(t *testing.T) auditEntry {
	t.Helper()
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.entries) == 0 {
		t.Fatal("no audit entry")
	}
	return a.entries[len(a.entries)-1]
}

// fakeMasker replaces known names with fixed placeholders, as a keyed pseudonymizer would.
type fakeMasker map[string]string // real → placeholder

func (m fakeMasker) Mask(text string) (string, func(string) string) {
	for real, ph := range m {
		text = strings.ReplaceAll(text, real, ph)
	}
	return text, func(s string) string {
		for real, ph := range m {
			s = strings.ReplaceAll(s, ph, real)
		}
		return s
	}
}

type gatewayEnv struct {
	ollama  *fakeOllama
	gw      *Gateway
	srv     *httptest.Server
	auditor *fakeAuditor
}

func newGatewayEnv(t testing.TB, mutate func(*GatewayConfig)) *gatewayEnv {
	return newGatewayEnvClient(t, clientAPI, mutate)
}

// newGatewayEnvClient is newGatewayEnv with the gateway talking to the fake through the client named
// by kind (clientAPI or clientLean).
func newGatewayEnvClient(t testing.TB, kind string, mutate func(*GatewayConfig)) *gatewayEnv {
	t.Helper()
	f := newFakeOllama(t)
	e := &gatewayEnv{ollama: f, auditor: &fakeAuditor{}}
	cfg := GatewayConfig{
		Chat:     f.chatClient(kind),
		Resolver: NewStaticResolver(testTarget, Target{Alias: "crm-assistant@staging", ModelVersion: "crm-assistant:v4", OllamaModel: "iml-crm-assistant-v4"}),
		Keys:     []APIKey{{Name: "crm-prod", Key: testKey}, {Name: "other", Key: "sk-other"}},
		Auditor:  e.auditor,
	}
	if mutate != nil {
		mutate(&cfg)
	}
	gw, err := NewGateway(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.gw = gw
	e.srv = httptest.NewServer(gw)
	t.Cleanup(e.srv.Close)
	return e
}

func (e *gatewayEnv) post(t testing.TB, path, key string, body any) *http.Response {
	t.Helper()
	var b []byte
	switch v := body.(type) {
	case string:
		b = []byte(v)
	default:
		b, _ = json.Marshal(v)
	}
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+path, bytes.NewReader(b))
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func decodeBody[T any](t testing.TB, resp *http.Response) T {
	t.Helper()
	var v T
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatalf("decode response: %v", err)
	}
	return v
}

func chatBody(model, user string) map[string]any {
	return map[string]any{"model": model, "messages": []map[string]any{{"role": "system", "content": "Будь краток."}, {"role": "user", "content": user}}}
}

func TestAuth(t *testing.T) {
	e := newGatewayEnv(t, nil)
	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"no header", "", http.StatusUnauthorized},
		{"wrong key", "Bearer sk-wrong", http.StatusUnauthorized},
		{"key prefix", "Bearer " + testKey[:5], http.StatusUnauthorized},
		{"not bearer", "Basic " + testKey, http.StatusUnauthorized},
		{"good key", "Bearer " + testKey, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := json.Marshal(chatBody(testTarget.Alias, "hi"))
			req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/v1/chat/completions", bytes.NewReader(b))
			if tt.header != "" {
				req.Header.Set("Authorization", tt.header)
			}
			resp, err := e.srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusUnauthorized {
				if e := decodeBody[apiError](t, resp); e.Error.Code != "invalid_api_key" || e.Error.Type != "invalid_request_error" {
					t.Errorf("error body = %+v", e)
				}
			}
		})
	}
	resp, err := e.srv.Client().Get(e.srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("healthz without key: %d", resp.StatusCode)
	}
	if _, err := NewGateway(GatewayConfig{Chat: e.ollama.client(), Resolver: NewStaticResolver(), Keys: []APIKey{{Name: "a", Key: ""}}}); err == nil {
		t.Error("empty key accepted")
	}
}

func TestChatCompletion(t *testing.T) { forClients(t, testChatCompletion) }

func testChatCompletion(t *testing.T, newEnv envFunc) {
	e := newEnv(t, nil)
	body := chatBody(testTarget.Alias, "Где мой заказ?")
	body["temperature"] = 0.3
	body["top_p"] = 0.9
	body["max_tokens"] = 50
	body["stop"] = "\n\n"
	body["seed"] = 42
	resp := e.post(t, "/v1/chat/completions", testKey, body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if got := resp.Header.Get(HeaderModelVersion); got != "crm-assistant:v3" {
		t.Errorf("%s = %q", HeaderModelVersion, got)
	}
	c := decodeBody[completion](t, resp)
	if c.Object != "chat.completion" || c.SystemFingerprint != "crm-assistant:v3" || c.Model != "crm-assistant:v3" || !strings.HasPrefix(c.ID, "chatcmpl-") {
		t.Errorf("completion = %+v", c)
	}
	if len(c.Choices) != 1 || string(c.Choices[0].Message.Content) != "echo: Где мой заказ?" || *c.Choices[0].FinishReason != "stop" {
		t.Errorf("choices = %+v", c.Choices)
	}
	if c.Usage == nil || c.Usage.PromptTokens != 20 || c.Usage.TotalTokens != c.Usage.PromptTokens+c.Usage.CompletionTokens {
		t.Errorf("usage = %+v", c.Usage)
	}
	up := e.ollama.lastChat()
	if up.Model != "iml-crm-assistant-v3" {
		t.Errorf("upstream model = %q", up.Model)
	}
	wantOpts := map[string]any{"temperature": 0.3, "top_p": 0.9, "num_predict": 50.0, "stop": []any{"\n\n"}, "seed": 42.0}
	gotOpts, _ := json.Marshal(up.Options)
	wantJSON, _ := json.Marshal(wantOpts)
	if string(gotOpts) != string(wantJSON) {
		t.Errorf("upstream options = %s, want %s", gotOpts, wantJSON)
	}

	a := e.auditor.last(t)
	if a.actor != "crm-prod" || a.action != ActionChatCompletion || a.subject != testTarget.Alias {
		t.Errorf("audit = %+v", a)
	}
	if a.details.Status != 200 || a.details.ModelVersion != "crm-assistant:v3" || a.details.PromptTokens != 20 || a.details.RequestID == "" || a.details.RequestID != resp.Header.Get(HeaderRequestID) {
		t.Errorf("audit details = %+v", a.details)
	}
	raw, _ := json.Marshal(a.details)
	if bytes.Contains(raw, []byte("заказ")) {
		t.Errorf("audit holds message text: %s", raw)
	}
}

func TestChatCompletionContentParts(t *testing.T) {
	e := newGatewayEnv(t, nil)
	resp := e.post(t, "/v1/chat/completions", testKey, `{"model":"crm-assistant@production","messages":[{"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if got := e.ollama.lastChat().Messages[0].Content; got != "ab" {
		t.Errorf("upstream content = %q", got)
	}
}

// readSSE returns the data payloads of an event stream.
func readSSE(t testing.TB, r io.Reader) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok {
			t.Fatalf("unexpected SSE line %q", line)
		}
		out = append(out, data)
	}
	return out
}

func streamText(t testing.TB, events []string) (text, finish string, u *usage) {
	t.Helper()
	if len(events) == 0 || events[len(events)-1] != "[DONE]" {
		t.Fatalf("stream does not end with [DONE]: %q", events)
	}
	for _, ev := range events[:len(events)-1] {
		var c completion
		if err := json.Unmarshal([]byte(ev), &c); err != nil {
			t.Fatalf("chunk %q: %v", ev, err)
		}
		if c.Object != "chat.completion.chunk" || c.SystemFingerprint != "crm-assistant:v3" {
			t.Errorf("chunk = %s", ev)
		}
		if c.Usage != nil {
			u = c.Usage
		}
		for _, ch := range c.Choices {
			text += ch.Delta.Content
			if ch.FinishReason != nil {
				finish = *ch.FinishReason
			}
		}
	}
	return text, finish, u
}

func TestChatCompletionStream(t *testing.T) { forClients(t, testChatCompletionStream) }

func testChatCompletionStream(t *testing.T, newEnv envFunc) {
	e := newEnv(t, nil)
	body := chatBody(testTarget.Alias, "Здравствуйте, когда доставка?")
	body["stream"] = true
	body["stream_options"] = map[string]any{"include_usage": true}
	resp := e.post(t, "/v1/chat/completions", testKey, body)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if resp.Header.Get(HeaderModelVersion) != "crm-assistant:v3" {
		t.Errorf("no model version header")
	}
	events := readSSE(t, resp.Body)
	text, finish, u := streamText(t, events)
	if text != "echo: Здравствуйте, когда доставка?" || finish != "stop" {
		t.Errorf("streamed %q finish %q", text, finish)
	}
	if u == nil || u.PromptTokens != 20 {
		t.Errorf("usage chunk = %+v", u)
	}
	if len(events) < 6 {
		t.Errorf("only %d events; the answer should arrive in pieces", len(events))
	}
	var first completion
	_ = json.Unmarshal([]byte(events[0]), &first)
	if first.Choices[0].Delta.Role != "assistant" {
		t.Errorf("first chunk = %s", events[0])
	}
	if a := e.auditor.last(t); !a.details.Stream || a.details.Status != 200 || a.details.CompletionTokens == 0 {
		t.Errorf("audit = %+v", a.details)
	}
}

func TestMaskingRoundTrip(t *testing.T) { forClients(t, testMaskingRoundTrip) }

func testMaskingRoundTrip(t *testing.T, newEnv envFunc) {
	masker := fakeMasker{"Иван Петров": "[PERSON_7f3a]", "+7 912 345-67-89": "[PHONE_19c2]"}
	for _, stream := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "stream"}[stream], func(t *testing.T) {
			e := newEnv(t, func(c *GatewayConfig) { c.Masker = masker })
			e.ollama.chunkSize = 3 // splits placeholders across chunks
			user := "Меня зовут Иван Петров, телефон +7 912 345-67-89"
			body := chatBody(testTarget.Alias, user)
			body["stream"] = stream
			resp := e.post(t, "/v1/chat/completions", testKey, body)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			var got string
			if stream {
				got, _, _ = streamText(t, readSSE(t, resp.Body))
			} else {
				got = string(decodeBody[completion](t, resp).Choices[0].Message.Content)
			}
			if want := "echo: " + user; got != want {
				t.Errorf("answer = %q, want %q", got, want)
			}
			up := e.ollama.lastChat()
			for _, m := range up.Messages {
				if strings.Contains(m.Content, "Иван") || strings.Contains(m.Content, "912") {
					t.Errorf("model saw personal data: %q", m.Content)
				}
			}
			if !strings.Contains(up.Messages[1].Content, "[PERSON_7f3a]") {
				t.Errorf("model got %q, want the placeholder", up.Messages[1].Content)
			}
			if !e.auditor.last(t).details.Masked {
				t.Error("audit does not record masking")
			}
		})
	}
}

func TestRestorerSplitsPlaceholders(t *testing.T) {
	restore := func(s string) string { return strings.ReplaceAll(s, "[P1]", "Анна") }
	chunks := []string{"При", "вет, [", "P", "1]! Как", " дела, [P1", "]?"}
	r := &restorer{restore: restore, holdback: 8}
	var out strings.Builder
	for _, c := range chunks {
		piece := r.push(c)
		if strings.Contains(piece, "[") {
			t.Errorf("emitted a partial placeholder: %q", piece)
		}
		out.WriteString(piece)
	}
	out.WriteString(r.flush())
	if want := "Привет, Анна! Как дела, Анна?"; out.String() != want {
		t.Errorf("restored %q, want %q", out.String(), want)
	}
}

func TestModels(t *testing.T) {
	e := newGatewayEnv(t, nil)
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/v1/models", nil)
	req.Header.Set("Authorization", "Bearer "+testKey)
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list struct {
		Object string `json:"object"`
		Data   []struct {
			ID           string `json:"id"`
			Object       string `json:"object"`
			ModelVersion string `json:"model_version"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	if list.Object != "list" || len(list.Data) != 2 || list.Data[0].ID != "crm-assistant@production" || list.Data[1].ModelVersion != "crm-assistant:v4" {
		t.Errorf("models = %+v", list)
	}
}

func TestChatErrors(t *testing.T) { forClients(t, testChatErrors) }

func testChatErrors(t *testing.T, newEnv envFunc) {
	big := strings.Repeat("x", 2048)
	tests := []struct {
		name     string
		setup    func(*gatewayEnv)
		body     any
		want     int
		wantCode string
	}{
		{"unknown alias", nil, chatBody("nope@production", "hi"), 404, "model_not_found"},
		{"bad json", nil, `{"model":`, 400, "invalid_json"},
		{"no messages", nil, map[string]any{"model": testTarget.Alias, "messages": []any{}}, 400, "invalid_request"},
		{"bad role", nil, map[string]any{"model": testTarget.Alias, "messages": []any{map[string]any{"role": "tool", "content": "x"}}}, 400, "invalid_request"},
		{"image part", nil, `{"model":"crm-assistant@production","messages":[{"role":"user","content":[{"type":"image_url"}]}]}`, 400, "invalid_json"},
		{"n=2", nil, map[string]any{"model": testTarget.Alias, "n": 2, "messages": []any{map[string]any{"role": "user", "content": "x"}}}, 400, "unsupported_parameter"},
		{"body too large", nil, chatBody(testTarget.Alias, big), 413, "request_too_large"},
		{"model gone from ollama", func(e *gatewayEnv) { e.ollama.chatStatus = 404 }, chatBody(testTarget.Alias, "hi"), 502, "model_unavailable"},
		{"ollama down", func(e *gatewayEnv) { e.ollama.srv.Close() }, chatBody(testTarget.Alias, "hi"), 502, "upstream_unreachable"},
		{"ollama too slow", func(e *gatewayEnv) { e.ollama.block = make(chan struct{}) }, chatBody(testTarget.Alias, "hi"), 504, "timeout"},
	}
	for _, tt := range tests {
		for _, stream := range []bool{false, true} {
			name := tt.name
			if stream {
				name += " stream"
			}
			t.Run(name, func(t *testing.T) {
				e := newEnv(t, func(c *GatewayConfig) { c.MaxBodyBytes = 1024; c.RequestTimeout = 200 * time.Millisecond })
				if tt.setup != nil {
					tt.setup(e)
				}
				body := tt.body
				if m, ok := body.(map[string]any); ok && stream {
					m2 := map[string]any{"stream": true}
					for k, v := range m {
						m2[k] = v
					}
					body = m2
				}
				resp := e.post(t, "/v1/chat/completions", testKey, body)
				if resp.StatusCode != tt.want {
					t.Fatalf("status = %d, want %d", resp.StatusCode, tt.want)
				}
				if got := decodeBody[apiError](t, resp); got.Error.Code != tt.wantCode {
					t.Errorf("code = %q, want %q", got.Error.Code, tt.wantCode)
				}
				if a := e.auditor.last(t); a.details.Status != tt.want || a.details.ErrorCode != tt.wantCode || a.actor != "crm-prod" {
					t.Errorf("audit = %+v", a)
				}
			})
		}
	}
}

func TestConcurrencyLimit(t *testing.T) {
	e := newGatewayEnv(t, func(c *GatewayConfig) { c.MaxConcurrent = 1 })
	release := make(chan struct{})
	e.ollama.block = release
	done := make(chan int)
	go func() {
		resp := e.post(t, "/v1/chat/completions", testKey, chatBody(testTarget.Alias, "first"))
		done <- resp.StatusCode
	}()
	// Wait until the first request holds the only slot.
	deadline := time.Now().Add(5 * time.Second)
	for len(e.gw.sem) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("first request never started")
		}
		time.Sleep(time.Millisecond)
	}
	resp := e.post(t, "/v1/chat/completions", testKey, chatBody(testTarget.Alias, "second"))
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("second request: status %d, want 429 with Retry-After", resp.StatusCode)
	}
	close(release)
	if got := <-done; got != http.StatusOK {
		t.Errorf("first request: status %d", got)
	}
}

func TestRequestIDAndNotFound(t *testing.T) {
	e := newGatewayEnv(t, nil)
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/v2/nothing", nil)
	req.Header.Set(HeaderRequestID, "abc-123")
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || resp.Header.Get(HeaderRequestID) != "abc-123" {
		t.Errorf("status %d, request id %q", resp.StatusCode, resp.Header.Get(HeaderRequestID))
	}
	req.Header.Set(HeaderRequestID, "bad id with spaces")
	resp2, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if id := resp2.Header.Get(HeaderRequestID); id == "" || strings.Contains(id, " ") {
		t.Errorf("request id %q", id)
	}
}

func TestServeShutsDown(t *testing.T) {
	e := newGatewayEnv(t, nil)
	ctx, cancel := context.WithCancel(t.Context())
	errc := make(chan error, 1)
	go func() { errc <- e.gw.Run(ctx, "127.0.0.1:0") }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

// hangingChat sends one chunk and then waits for the request to end.
type hangingChat struct{}

func (hangingChat) Chat(ctx context.Context, req *api.ChatRequest, fn api.ChatResponseFunc) error {
	if err := fn(api.ChatResponse{Model: req.Model, Message: api.Message{Role: "assistant", Content: "Добрый"}}); err != nil {
		return err
	}
	<-ctx.Done()
	return ctx.Err()
}

func TestStreamClientGone(t *testing.T) {
	auditor := &fakeAuditor{}
	gw, err := NewGateway(GatewayConfig{Chat: hangingChat{}, Resolver: NewStaticResolver(testTarget),
		Keys: []APIKey{{Name: "crm-prod", Key: testKey}}, Auditor: auditor})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(t.Context())
	body, _ := json.Marshal(map[string]any{"model": testTarget.Alias, "stream": true, "messages": []map[string]string{{"role": "user", "content": "hi"}}})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/chat/completions", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+testKey)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(resp.Body).ReadString('\n')
	if !strings.HasPrefix(line, "data: ") {
		t.Fatalf("first line %q", line)
	}
	cancel()
	resp.Body.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		auditor.mu.Lock()
		n := len(auditor.entries)
		auditor.mu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no audit entry after the client left")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if a := auditor.last(t); a.details.Status != StatusClientClosed || a.details.ErrorCode != "client_closed" {
		t.Errorf("audit = %+v", a.details)
	}
}

func TestDuplicateKeySecret(t *testing.T) {
	_, err := NewGateway(GatewayConfig{Chat: hangingChat{}, Resolver: NewStaticResolver(),
		Keys: []APIKey{{Name: "a", Key: "same"}, {Name: "b", Key: "same"}}})
	if err == nil {
		t.Error("two names with one secret accepted")
	}
}

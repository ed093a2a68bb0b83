package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ollama/ollama/api"
)

type nopAuditor struct{}

func (nopAuditor) Audit(context.Context, string, string, string, any) error { return nil }

// BenchmarkGatewayOverhead compares a chat completion sent straight to a fake Ollama ("direct") with
// the same completion sent through the gateway over loopback HTTP. The difference per op is what the
// gateway adds: one more HTTP hop, auth, alias resolution, JSON re-encoding, masking, audit call.
// Each runs with both chat clients, client=api (api.Client) and client=lean (OllamaChat); B/op
// includes the fake upstream's own allocations, the same for both.
func BenchmarkGatewayOverhead(b *testing.B) {
	user := "Здравствуйте! Меня зовут Иван Петров, заказ 4521 ещё не пришёл, телефон +7 912 345-67-89."
	msgs := []api.Message{{Role: "system", Content: "Ты вежливый менеджер."}, {Role: "user", Content: user}}
	cases := []struct {
		name   string
		stream bool
		masker Masker
	}{
		{"gateway", false, nil},
		{"gateway_masked", false, fakeMasker{"Иван Петров": "[PERSON_7f3a]", "+7 912 345-67-89": "[PHONE_19c2]"}},
		{"gateway_stream", true, nil},
	}
	for _, kind := range []string{clientAPI, clientLean} {
		b.Run("client="+kind, func(b *testing.B) {
			b.Run("direct", func(b *testing.B) {
				f := newFakeOllama(b)
				f.noRecord = true
				c := f.chatClient(kind)
				stream := false
				b.ReportAllocs()
				for b.Loop() {
					req := &api.ChatRequest{Model: testTarget.OllamaModel, Messages: msgs, Stream: &stream, Options: map[string]any{"temperature": 0.0}}
					if err := c.Chat(b.Context(), req, func(api.ChatResponse) error { return nil }); err != nil {
						b.Fatal(err)
					}
				}
			})
			for _, tc := range cases {
				b.Run(tc.name, func(b *testing.B) {
					e := newGatewayEnvClient(b, kind, func(c *GatewayConfig) { c.Masker = tc.masker; c.Auditor = nopAuditor{} })
					e.ollama.noRecord = true
					body, _ := json.Marshal(map[string]any{"model": testTarget.Alias, "stream": tc.stream, "temperature": 0,
						"messages": []map[string]string{{"role": "system", "content": msgs[0].Content}, {"role": "user", "content": user}}})
					client := e.srv.Client()
					b.ReportAllocs()
					for b.Loop() {
						req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/v1/chat/completions", bytes.NewReader(body))
						req.Header.Set("Authorization", "Bearer "+testKey)
						resp, err := client.Do(req)
						if err != nil {
							b.Fatal(err)
						}
						_, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != http.StatusOK {
							b.Fatalf("status %d", resp.StatusCode)
						}
					}
				})
			}
		})
	}
}

// cannedChat is a ChatClient answering in-process, to time the gateway's own work without any upstream.
type cannedChat struct{}

func (cannedChat) Chat(_ context.Context, req *api.ChatRequest, fn api.ChatResponseFunc) error {
	answer := "Добрый день! Ваш заказ 4521 передан в доставку, курьер свяжется с вами завтра."
	done := api.ChatResponse{Model: req.Model, Done: true, DoneReason: "stop", Metrics: api.Metrics{PromptEvalCount: 40, EvalCount: 20}}
	if req.Stream != nil && !*req.Stream {
		done.Message = api.Message{Role: "assistant", Content: answer}
		return fn(done)
	}
	for _, w := range bytes.Fields([]byte(answer)) {
		if err := fn(api.ChatResponse{Model: req.Model, Message: api.Message{Role: "assistant", Content: string(w) + " "}}); err != nil {
			return err
		}
	}
	return fn(done)
}

// BenchmarkGatewayHandler times ServeHTTP alone (no sockets, upstream answered in-process): the CPU
// the gateway spends per request on auth, decoding, alias resolution, masking, encoding and audit.
func BenchmarkGatewayHandler(b *testing.B) {
	user := "Здравствуйте! Меня зовут Иван Петров, заказ 4521 ещё не пришёл, телефон +7 912 345-67-89."
	cases := []struct {
		name   string
		stream bool
		masker Masker
	}{
		{"plain", false, nil},
		{"masked", false, fakeMasker{"Иван Петров": "[PERSON_7f3a]", "+7 912 345-67-89": "[PHONE_19c2]"}},
		{"stream", true, nil},
		{"stream_masked", true, fakeMasker{"Иван Петров": "[PERSON_7f3a]", "+7 912 345-67-89": "[PHONE_19c2]"}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			gw, err := NewGateway(GatewayConfig{Chat: cannedChat{}, Resolver: NewStaticResolver(testTarget),
				Keys: []APIKey{{Name: "crm-prod", Key: testKey}}, Masker: tc.masker, Auditor: nopAuditor{}})
			if err != nil {
				b.Fatal(err)
			}
			body, _ := json.Marshal(map[string]any{"model": testTarget.Alias, "stream": tc.stream, "temperature": 0,
				"messages": []map[string]string{{"role": "system", "content": "Ты вежливый менеджер."}, {"role": "user", "content": user}}})
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/v1/chat/completions", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+testKey)
				w := httptest.NewRecorder()
				gw.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}

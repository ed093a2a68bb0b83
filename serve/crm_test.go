package serve

import (
	"net/http"
	"strings"
	"testing"
)

func TestSuggestReply(t *testing.T) {
	e := newGatewayEnv(t, func(c *GatewayConfig) { c.Masker = fakeMasker{"Ольга": "[PERSON_1]"} })
	body := map[string]any{
		"model":    testTarget.Alias,
		"language": "ru",
		"conversation": []map[string]string{
			{"role": "customer", "text": "Здравствуйте, это Ольга."},
			{"role": "manager", "text": "Добрый день! Чем помочь?"},
			{"role": "customer", "text": "Ольга хочет узнать цену."},
		},
	}
	resp := e.post(t, "/v1/crm/suggest-reply", testKey, body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	got := decodeBody[suggestResponse](t, resp)
	if got.Reply != "echo: Ольга хочет узнать цену." || got.ModelVersion != "crm-assistant:v3" || got.RequestID == "" {
		t.Errorf("response = %+v", got)
	}
	up := e.ollama.lastChat()
	roles := []string{}
	for _, m := range up.Messages {
		roles = append(roles, m.Role)
	}
	if strings.Join(roles, ",") != "system,user,assistant,user" {
		t.Errorf("upstream roles = %v", roles)
	}
	if !strings.Contains(up.Messages[0].Content, "менеджер") || strings.Contains(up.Messages[3].Content, "Ольга") {
		t.Errorf("upstream messages = %+v", up.Messages)
	}
	if a := e.auditor.last(t); a.action != ActionSuggestReply || a.subject != testTarget.Alias || a.details.Status != 200 {
		t.Errorf("audit = %+v", a)
	}

	bad := []map[string]any{
		{"model": testTarget.Alias, "language": "de", "conversation": []map[string]string{{"role": "customer", "text": "hi"}}},
		{"model": testTarget.Alias, "conversation": []map[string]string{{"role": "manager", "text": "hi"}}},
		{"model": testTarget.Alias, "conversation": []map[string]string{{"role": "bot", "text": "hi"}}},
		{"model": testTarget.Alias, "conversation": []map[string]string{}},
	}
	for i, b := range bad {
		if resp := e.post(t, "/v1/crm/suggest-reply", testKey, b); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("bad request %d: status %d", i, resp.StatusCode)
		}
	}
	if resp := e.post(t, "/v1/crm/suggest-reply", testKey, map[string]any{"model": "x@y", "conversation": []map[string]string{{"role": "customer", "text": "hi"}}}); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown alias: status %d", resp.StatusCode)
	}
}

func TestSuggestReplyPromptTemplate(t *testing.T) {
	if _, err := NewGateway(GatewayConfig{Chat: newFakeOllama(t).client(), Resolver: NewStaticResolver(), SuggestReplyPrompts: map[string]string{"ru": "{{ .missing"}}); err == nil {
		t.Error("broken prompt template accepted")
	}
}

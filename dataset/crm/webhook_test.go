package crm

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/iml/iml/modelrepo"
)

func postForm(t *testing.T, h http.Handler, target string, body string) (int, map[string]int) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var counts map[string]int
	json.Unmarshal(rec.Body.Bytes(), &counts)
	return rec.Code, counts
}

func TestWebhookAmoCRM(t *testing.T) {
	form, err := os.ReadFile("testdata/amocrm_webhook_add_message.form.txt")
	if err != nil {
		t.Fatal(err)
	}
	store, q := NewMemStore(), &MemQuarantine{}
	h := NewWebhookHandler(store, WebhookOptions{Secrets: map[string][]byte{"amocrm": []byte("hook-secret")}, Quarantine: q}, nil)

	// A second message in the same delivery, in English, and a third with an HTML body.
	extra := url.Values{
		"message[add][1][id]": {"m-2"}, "message[add][1][talk_id]": {"100"}, "message[add][1][text]": {"Sure, it ships tomorrow"},
		"message[add][1][created_at]": {"1695486700"}, "message[add][1][type]": {"outgoing"}, "message[add][1][author][type]": {"user"},
		"message[add][2][id]": {"m-3"}, "message[add][2][text]": {"<div>hi</div>"}, "message[add][2][created_at]": {"1695486800"},
	}
	body := strings.TrimSpace(string(form)) + "&" + extra.Encode()

	tests := []struct {
		name   string
		target string
		status int
		counts map[string]int
	}{
		{"wrong secret", "/webhooks/amocrm?secret=nope", http.StatusUnauthorized, nil},
		{"no secret", "/webhooks/amocrm", http.StatusUnauthorized, nil},
		{"first delivery", "/webhooks/amocrm?secret=hook-secret", http.StatusOK, map[string]int{"new": 2, "updated": 0, "unchanged": 0, "quarantined": 1}},
		{"redelivery changes nothing", "/webhooks/amocrm?secret=hook-secret", http.StatusOK, map[string]int{"new": 0, "updated": 0, "unchanged": 2, "quarantined": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, counts := postForm(t, h, tt.target, body)
			if code != tt.status {
				t.Fatalf("status %d, want %d", code, tt.status)
			}
			if tt.counts != nil && !mapsEqual(counts, tt.counts) {
				t.Fatalf("counts %v, want %v", counts, tt.counts)
			}
		})
	}
	var got Record
	store.Staged(t.Context(), "communication", func(s modelrepo.StagedRecord) error {
		if s.SourceID == "message:d3bac6d3-1b5e-40c2-a054-4e0cfe283edb" {
			got, _ = FromStaged(s)
		}
		return nil
	})
	c := got.Communication
	if c == nil || c.Messages[0].Text != "Здравствуйте, есть в наличии?" || c.ThreadID != "talk:100" || c.DealID != "lead:28455849" ||
		c.ClientID != "contact:93589657" || c.Messages[0].Role != RoleCustomer {
		t.Fatalf("stored message: %+v", c)
	}
	if r := q.Reasons()["message:m-3"]; r != "invalid messages[0].text: html markup" {
		t.Fatalf("quarantine reason %q", r)
	}
	if code, _ := postForm(t, h, "/webhooks/bitrix24?secret=x", ""); code != http.StatusNotFound {
		t.Fatalf("bitrix24 route without a secret must be disabled, got %d", code)
	}
}

func TestWebhookBitrix24(t *testing.T) {
	fake := newFakeBitrix()
	seedBitrix(fake)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	b24 := newTestBitrix(t, srv, newFakeClock(), "s3cret", false)
	store := NewMemStore()
	h := NewWebhookHandler(store, WebhookOptions{Secrets: map[string][]byte{"bitrix24": []byte("app-token")}, Bitrix: b24}, nil)
	ev := url.Values{"event": {"ONCRMACTIVITYADD"}, "data[FIELDS][ID]": {"7902"}, "ts": {"1773223972"},
		"auth[domain]": {"example.bitrix24.com"}, "auth[application_token]": {"app-token"}}
	if code, counts := postForm(t, h, "/webhooks/bitrix24", ev.Encode()); code != 200 || counts["new"] != 1 {
		t.Fatalf("event: %d %v", code, counts)
	}
	// The same activity pulled later is the same row: unchanged.
	sum, err := (&Puller{Source: "b24", Connector: b24, Store: store}).Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.New != 105 {
		t.Fatalf("pull after webhook: %s", sum)
	}
	ev.Set("auth[application_token]", "forged")
	if code, _ := postForm(t, h, "/webhooks/bitrix24", ev.Encode()); code != http.StatusUnauthorized {
		t.Fatalf("forged token accepted: %d", code)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

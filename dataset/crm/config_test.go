package crm

import (
	"bytes"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name, yaml, err string
	}{
		{"good", "sources:\n  - {name: a, type: amocrm, base_url: https://x.amocrm.ru, token_env: T}\n  - {name: j, type: jsonl, path: /tmp/x.jsonl}\n", ""},
		{"unknown field", "sources:\n  - {name: a, type: amocrm, base_url: https://x, token_env: T, token: secret}\n", "field token not found"},
		{"no token", "sources:\n  - {name: a, type: amocrm, base_url: https://x}\n", "sources[0].token_env: set token_env or token_file"},
		{"bad type", "sources:\n  - {name: a, type: pipedrive, base_url: https://x, token_env: T}\n", "sources[0].type: unknown type"},
		{"duplicate", "sources:\n  - {name: a, type: jsonl, path: x}\n  - {name: a, type: jsonl, path: y}\n", "sources[1].name: duplicate"},
		{"bad since", "sources:\n  - {name: a, type: jsonl, path: x, since: yesterday}\n", "sources[0].since: not an RFC 3339 time"},
		{"bad url", "sources:\n  - {name: a, type: retailcrm, base_url: example.retailcrm.ru, token_env: T}\n", "sources[0].base_url"},
		{"bad tz", "sources:\n  - {name: a, type: retailcrm, base_url: https://x, token_env: T, timezone: Mars/Olympus}\n", "sources[0].timezone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig(strings.NewReader(tt.yaml))
			if tt.err == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("error %v, want %q", err, tt.err)
			}
		})
	}
}

func TestExampleConfig(t *testing.T) {
	t.Setenv("IML_DATA", t.TempDir())
	cfg, err := LoadConfig("../../configs/crm.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, s := range cfg.Sources {
		types = append(types, s.Type)
	}
	if !slices.Equal(types, []string{"amocrm", "bitrix24", "retailcrm", "jsonl"}) {
		t.Fatalf("types %v", types)
	}
	t.Setenv("IML_AMOCRM_WEBHOOK_SECRET", "s1")
	secrets, err := cfg.WebhookSecrets()
	if err == nil || !strings.Contains(err.Error(), "bitrix24-application-token") {
		t.Fatalf("missing secret file must be an error naming it, got %v %v", secrets, err)
	}
	_, err = NewConnector(cfg.Sources[0], ClientOptions{})
	if err == nil || !strings.Contains(err.Error(), "IML_AMOCRM_TOKEN") {
		t.Fatalf("empty token env must be named: %v", err)
	}
}

func writeLines(t *testing.T, path string, lines ...string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, l := range lines {
		fmt.Fprintln(f, l)
	}
}

func contractLine(id, text string) string {
	return fmt.Sprintf(`{"kind":"communication","source":{"system":"export","id":%q},"channel":"chat","messages":[{"role":"customer","text":%q,"at":"2024-06-01T10:00:00Z"}],"started_at":"2024-06-01T10:00:00Z","updated_at":"2024-06-01T10:00:00Z"}`, id, text)
}

func TestRunPullJSONL(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "export.jsonl")
	cfgPath := filepath.Join(dir, "crm.yaml")
	os.WriteFile(cfgPath, []byte("quarantine_dir: "+filepath.Join(dir, "q")+"\nsources:\n  - {name: export, type: jsonl, path: "+data+", page_size: 2}\n"), 0o600)
	writeLines(t, data, contractLine("1", "Здравствуйте"), contractLine("2", "Hello"), `{"kind":"deal"`, contractLine("3", "Где мой заказ?"), "")
	store := NewMemStore()
	var out, summary bytes.Buffer
	if err := RunPull(t.Context(), PullCLIOptions{Source: "export", ConfigPath: cfgPath, Out: &out}, store, &summary); err != nil {
		t.Fatal(err)
	}
	if s := summary.String(); !strings.Contains(s, "new=3 updated=0 unchanged=0 quarantined=1 pages=3") {
		t.Fatalf("summary %q", s)
	}
	if n := strings.Count(out.String(), "\n"); n != 3 {
		t.Fatalf("out has %d lines", n)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "q", "export", "line_3.reason")); err != nil || !strings.HasPrefix(string(b), "malformed json") {
		t.Fatalf("quarantine file: %q %v", b, err)
	}
	writeLines(t, data, contractLine("4", "New line"), contractLine("2", "Hello, edited"))
	out.Reset()
	summary.Reset()
	if err := RunPull(t.Context(), PullCLIOptions{Source: "export", ConfigPath: cfgPath, Out: &out}, store, &summary); err != nil {
		t.Fatal(err)
	}
	if s := summary.String(); !strings.Contains(s, "new=1 updated=1 unchanged=0 quarantined=0") {
		t.Fatalf("second summary %q", s)
	}
	err := RunPull(t.Context(), PullCLIOptions{Source: "nope", ConfigPath: cfgPath}, store, &summary)
	if err == nil || !strings.Contains(err.Error(), `"nope" is not configured`) {
		t.Fatalf("unknown source: %v", err)
	}
}

func TestJSONLKillAndResume(t *testing.T) {
	data := filepath.Join(t.TempDir(), "export.jsonl")
	for i := range 25 {
		writeLines(t, data, contractLine(fmt.Sprint(i), fmt.Sprintf("сообщение %d", i)))
	}
	for failAt := 1; failAt <= 5; failAt++ {
		t.Run(fmt.Sprint(failAt), func(t *testing.T) {
			mem := NewMemStore()
			src := &JSONLSource{Name: "export", Path: data, PageSize: 5}
			s1, err := (&Puller{Source: "export", Connector: src, Store: &killingStore{Store: mem, failAt: failAt}}).Pull(t.Context())
			if !errors.Is(err, errKilled) {
				t.Fatalf("want killed: %v", err)
			}
			s2, err := (&Puller{Source: "export", Connector: src, Store: mem}).Pull(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			ids, _ := stagedIDs(t.Context(), mem)
			if len(ids) != 25 || s1.New+s2.New != 25 || s2.Unchanged != 0 {
				t.Fatalf("staged %d; first %s; second %s", len(ids), s1, s2)
			}
		})
	}
}

func TestRunPullAmoCRMFromConfig(t *testing.T) {
	fake := newFakeAmo()
	seedAmo(fake)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "crm.yaml")
	os.WriteFile(cfgPath, []byte("sources:\n  - {name: amo, type: amocrm, base_url: "+srv.URL+", token_file: "+filepath.Join(dir, "tok")+", rate_limit: 1000}\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "tok"), []byte("amo-token\n"), 0o600)
	var summary bytes.Buffer
	if err := RunPull(t.Context(), PullCLIOptions{Source: "amo", ConfigPath: cfgPath, Client: ClientOptions{Clock: newFakeClock()}}, NewMemStore(), &summary); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(summary.String(), "new=11") {
		t.Fatalf("summary %q", summary.String())
	}
}

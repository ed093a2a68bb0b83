package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iml/iml/internal/sampledata"
)

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"help"}, 0},
		{[]string{"nope"}, 2},
		{[]string{"run"}, 2},
		{[]string{"run", "a", "b"}, 2},
		{[]string{"pii"}, 2},
		{[]string{"pii", "explode"}, 2},
		{[]string{"audit", "fix"}, 2},
		{[]string{"run", "p", "--config", "/nonexistent.yaml"}, 1},
	} {
		t.Run(strings.Join(tc.args, "_"), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(t.Context(), tc.args, &out, &errOut); got != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", got, tc.code, errOut.String())
			}
		})
	}
}

func TestPIIScanAndRedact(t *testing.T) {
	input := `{"id":"ru","text":"Позвоните мне: +7 916 123-45-67, почта maria.ivanova@example.ru"}
{"id":"en","text":"Call John Smith at john.smith@example.com"}
not json
`
	stdin = strings.NewReader(input)
	var out, errOut bytes.Buffer
	if code := run(t.Context(), []string{"pii", "scan"}, &out, &errOut); code != 1 {
		t.Fatalf("exit %d, want 1 for the bad line; stderr %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d result lines, want 2: %s", len(lines), out.String())
	}
	types := map[string]bool{}
	for _, l := range lines {
		var res struct {
			ID       string `json:"id"`
			Entities []struct {
				Type string `json:"type"`
			} `json:"entities"`
		}
		if err := json.Unmarshal([]byte(l), &res); err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entities {
			types[res.ID+"/"+e.Type] = true
		}
	}
	for _, want := range []string{"ru/PHONE", "ru/EMAIL", "en/EMAIL", "en/PERSON"} {
		if !types[want] {
			t.Errorf("missing %s in %v", want, types)
		}
	}
	if !strings.Contains(errOut.String(), "3") {
		t.Errorf("stderr does not name line 3: %s", errOut.String())
	}

	stdin = strings.NewReader(input)
	out.Reset()
	errOut.Reset()
	t.Setenv("IML_PII_KEY", "cli-test-key-0123456789")
	run(t.Context(), []string{"pii", "redact", "--operator", "pseudonym"}, &out, &errOut)
	for _, leak := range []string{"916", "maria.ivanova", "John Smith"} {
		if strings.Contains(out.String(), leak) {
			t.Errorf("redacted output leaks %q: %s", leak, out.String())
		}
	}
}

func TestCRMPullJSONL(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "export.jsonl")
	f, err := os.Create(export)
	if err != nil {
		t.Fatal(err)
	}
	if err := sampledata.WriteJSONL(f, 1, 0, 3); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(f, `{"kind":"deal","source":{"system":"demo"}}`) // no id: quarantined
	f.Close()
	cfg := filepath.Join(dir, "crm.yaml")
	if err := os.WriteFile(cfg, []byte("sources:\n  - name: file\n    type: jsonl\n    path: "+export+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "iml.db")
	args := []string{"crm", "pull", "file", "--config", cfg, "--registry", db, "--out", "-"}
	var out, errOut bytes.Buffer
	if code := run(t.Context(), args, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 6 {
		t.Fatalf("stdout has %d contract lines, want 6:\n%s", n, out.String())
	}
	for _, want := range []string{"new=6", "quarantined=1"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("summary lacks %q: %s", want, errOut.String())
		}
	}
	// A second pull of the same export changes nothing.
	out.Reset()
	errOut.Reset()
	if code := run(t.Context(), args, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "new=0") {
		t.Fatalf("second pull: exit %d, summary %s", code, errOut.String())
	}
}

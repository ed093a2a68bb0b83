package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/iml/iml/internal/sampledata"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
)

func TestRunRefusesConcurrentRun(t *testing.T) {
	reg, err := modelrepo.OpenRegistry(t.Context(), filepath.Join(t.TempDir(), "iml.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	cfg, err := config.Parse([]byte(`
state_dir: /tmp/unused
anonymizer: {key_env: X}
pipelines:
  - name: p
    source: {type: jsonl, path: /nonexistent.jsonl}
    train: {command: [trainer], base_model: {ollama: base, gguf: /base.gguf}}
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.StartRun(t.Context(), "p"); err != nil {
		t.Fatal(err)
	}
	r := &Runner{Config: cfg, Registry: reg}
	if _, err := r.Run(t.Context(), "p"); !errors.Is(err, modelrepo.ErrRunActive) {
		t.Fatalf("second run: err = %v, want ErrRunActive", err)
	}
	if _, err := r.Run(t.Context(), "missing"); err == nil {
		t.Fatal("unknown pipeline: no error")
	}
}

func TestOllamaName(t *testing.T) {
	if got := ollamaName("crm-assistant:v3"); got != "iml-crm-assistant-v3" {
		t.Fatalf("ollamaName = %q", got)
	}
}

// fakeSubjects is a test double for the PII engine's SubjectID: it keeps the digits or the value.
type fakeSubjects struct{}

func (fakeSubjects) Anonymize(s string) (string, map[string]int) { return s, nil }
func (fakeSubjects) Residual(string) int                         { return 0 }
func (fakeSubjects) Version() string                             { return "fake" }
func (fakeSubjects) SubjectID(v string) string {
	var b strings.Builder
	for _, r := range v {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	if b.Len() >= 10 {
		return "subj-" + b.String()
	}
	return "subj-" + strings.ToLower(v)
}

func TestEraseAndReingest(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	reg, err := modelrepo.OpenRegistry(ctx, filepath.Join(dir, "iml.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	src := filepath.Join(dir, "export.jsonl")
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := sampledata.WriteJSONL(f, 42, 0, 3); err != nil {
		t.Fatal(err)
	}
	f.Close()
	p := config.Pipeline{Name: "p", Source: config.Source{Type: "jsonl", Path: src, Name: "first"}}
	r := &Runner{Registry: reg, Anon: fakeSubjects{}}
	rep, err := r.ingest(ctx, p, "run-1")
	if err != nil || rep.New != 6 {
		t.Fatalf("ingest: %+v, %v", rep, err)
	}

	_, client := sampledata.Conversation(42, 1)
	phone := client.Client.Phones[0]
	er, err := Erase(ctx, reg, fakeSubjects{}.SubjectID, phone+"\n", "dpo")
	if err != nil {
		t.Fatal(err)
	}
	if er.Records != 2 || er.Deleted != 2 || er.Subject == phone {
		t.Fatalf("erase report = %+v, want the client and its conversation", er)
	}
	var left []string
	if err := reg.Staged(ctx, "", func(s modelrepo.StagedRecord) error { left = append(left, s.SourceID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(left) != 4 || slices.Contains(left, "client-1") || slices.Contains(left, "conv-1") {
		t.Fatalf("staged after erasure = %v", left)
	}

	// A full re-pull of the same export (new cursor) does not bring the subject back.
	p.Source.Name = "second"
	rep, err = r.ingest(ctx, p, "run-2")
	if err != nil || rep.Erased != 2 || rep.New != 0 || rep.Unchanged != 4 {
		t.Fatalf("re-ingest: %+v, %v; want 2 erased, 4 unchanged", rep, err)
	}
}

package dataset

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
)

// fakeAnon is a test double: it replaces e-mails and +7 phones only.
type fakeAnon struct{ leak bool }

var fakeRe = regexp.MustCompile(`[\w.]+@[\w.]+|\+7\d{10}`)

func (a fakeAnon) Anonymize(s string) (string, map[string]int) {
	if a.leak {
		return s, nil
	}
	n := len(fakeRe.FindAllString(s, -1))
	if n == 0 {
		return s, nil
	}
	return fakeRe.ReplaceAllString(s, "[PII]"), map[string]int{"CONTACT": n}
}
func (fakeAnon) Residual(s string) int     { return len(fakeRe.FindAllString(s, -1)) }
func (fakeAnon) SubjectID(v string) string { return "subj-" + v[len(v)-2:] }
func (fakeAnon) Version() string           { return "fake-1" }

func stage(t *testing.T, st *crm.MemStore, recs ...crm.Record) {
	t.Helper()
	var staged []modelrepo.StagedRecord
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		src := r.Source()
		staged = append(staged, modelrepo.StagedRecord{System: src.System, SourceID: src.ID, Kind: string(r.Kind), Body: b, UpdatedAt: r.UpdatedAt()})
	}
	if _, err := st.Commit(t.Context(), "test", "c", "run-1", staged); err != nil {
		t.Fatal(err)
	}
}

func conversation(id string, texts ...string) crm.Record {
	t0 := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	c := &crm.Communication{Source: crm.Source{System: "jsonl", ID: id}, Channel: crm.ChannelChat, ClientID: "cl-" + id, StartedAt: t0, UpdatedAt: t0}
	for i, tx := range texts {
		role := crm.RoleCustomer
		if i%2 == 1 {
			role = crm.RoleManager
		}
		c.Messages = append(c.Messages, crm.Message{Role: role, Text: tx, At: t0.Add(time.Duration(i) * time.Minute)})
	}
	return crm.Record{Kind: crm.KindCommunication, Communication: c}
}

func readExamples(t *testing.T, path string) []Example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Example
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var ex Example
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, ex)
	}
	return out
}

func TestBuild(t *testing.T) {
	st := crm.NewMemStore()
	stage(t, st,
		crm.Record{Kind: crm.KindClient, Client: &crm.Client{Source: crm.Source{System: "jsonl", ID: "cl-1"}, Phones: []string{"+79161234567"}}},
		conversation("1", "Здравствуйте, мой телефон +79161234567", "Добрый день! Перезвоню вам.", "Спасибо", "Пожалуйста!"),
		conversation("2", "Hi, write to john.smith@example.com", "Sure, sending the offer now."),
		conversation("3", "Hi, write to john.smith@example.com", "Sure, sending the offer now."), // duplicate of 2
		conversation("4", "Только вопрос, без ответа"),
		conversation("5", "Where is my order 12345?", "It ships tomorrow.", "Thanks"),
	)
	opts := Options{Name: "crm", SystemPrompt: "sys", EvalFraction: 0.3, Seed: 7, MaxHistory: 8, SourceRun: "run-1"}
	b, err := Build(t.Context(), st, fakeAnon{}, opts, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c := b.Manifest.Counts
	if c.Conversations != 5 || c.Duplicates != 1 || c.ConversationsNoReply != 2 || c.Examples != 4 {
		t.Fatalf("counts = %+v", c)
	}
	if c.Entities["CONTACT"] == 0 || len(c.Entities) != 1 {
		t.Fatalf("replaced values by type = %v", c.Entities)
	}
	if c.Train+c.Eval != c.Examples || c.Eval == 0 || c.Train == 0 {
		t.Fatalf("split = train %d eval %d", c.Train, c.Eval)
	}
	if got := b.Manifest.Subjects; len(got) != 1 || got[0] != "subj-67" {
		t.Fatalf("subjects = %v", got)
	}
	// An erased subject's conversation is left out.
	erasedOpts := opts
	erasedOpts.ErasedSubjects = map[string]bool{"subj-67": true}
	be, err := Build(t.Context(), st, fakeAnon{}, erasedOpts, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if c := be.Manifest.Counts; c.ErasedConversations != 1 || len(be.Manifest.Subjects) != 0 || c.Examples != 2 {
		t.Fatalf("with erasure: counts = %+v, subjects %v", c, be.Manifest.Subjects)
	}
	var all []Example
	for _, f := range b.Manifest.Files {
		exs := readExamples(t, f.Path)
		if len(exs) != f.Records || !strings.HasPrefix(f.Digest, "sha256:") || !strings.Contains(f.Key, strings.TrimPrefix(f.Digest, "sha256:")) {
			t.Fatalf("file %+v has %d records", f, len(exs))
		}
		all = append(all, exs...)
	}
	for _, ex := range all {
		ms := ex.Messages
		if ms[0].Role != "system" || ms[1].Role != "user" || ms[len(ms)-1].Role != "assistant" {
			t.Fatalf("bad shape %+v", ms)
		}
		for _, m := range ms {
			if strings.Contains(m.Content, "+7916") || strings.Contains(m.Content, "@example.com") {
				t.Fatalf("personal data left: %q", m.Content)
			}
		}
	}

	// Same input and seed: byte-identical files (deterministic split and order).
	b2, err := Build(t.Context(), st, fakeAnon{}, opts, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for i := range b.Manifest.Files {
		if b.Manifest.Files[i].Digest != b2.Manifest.Files[i].Digest {
			t.Fatalf("file %d digest differs between identical builds", i)
		}
	}
}

func TestBuildMergesThreads(t *testing.T) {
	st := crm.NewMemStore()
	t0 := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	one := func(id string, role crm.Role, text string, min int) crm.Record {
		c := &crm.Communication{Source: crm.Source{System: "retailcrm", ID: "msg-" + id}, Channel: crm.ChannelChat,
			ThreadID: "dialog-7", StartedAt: t0, UpdatedAt: t0,
			Messages: []crm.Message{{ID: id, Role: role, Text: text, At: t0.Add(time.Duration(min) * time.Minute)}}}
		return crm.Record{Kind: crm.KindCommunication, Communication: c}
	}
	stage(t, st,
		one("3", crm.RoleCustomer, "Спасибо!", 3),
		one("1", crm.RoleCustomer, "Добрый день, где мой заказ?", 1),
		one("2", crm.RoleManager, "Заказ в пути, будет завтра.", 2),
		one("4", crm.RoleManager, "Хорошего дня!", 4),
		conversation("x", "hello", "hi there"),
	)
	b, err := Build(t.Context(), st, fakeAnon{}, Options{Name: "crm", EvalFraction: 0.5, Seed: 1, MaxHistory: 8}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if c := b.Manifest.Counts; c.Conversations != 2 || c.Examples != 3 {
		t.Fatalf("counts = %+v, want 2 conversations (one merged thread) and 3 examples", c)
	}
	found := false
	for _, k := range b.Manifest.Conversations {
		found = found || k == "retailcrm:thread:dialog-7"
	}
	if !found {
		t.Fatalf("conversations = %v, want the merged thread", b.Manifest.Conversations)
	}
}

func TestBuildErrors(t *testing.T) {
	st := crm.NewMemStore()
	stage(t, st, conversation("1", "call me +79161234567", "ok"), conversation("2", "hello", "hi"))
	opts := Options{Name: "crm", EvalFraction: 0.5, MaxHistory: 4}
	if _, err := Build(t.Context(), st, fakeAnon{leak: true}, opts, t.TempDir()); !errors.Is(err, ErrResidualPII) {
		t.Fatalf("leaking anonymizer: err = %v, want ErrResidualPII", err)
	}
	opts.MaxResidual = 0.5
	if _, err := Build(t.Context(), st, fakeAnon{leak: true}, opts, t.TempDir()); err != nil {
		t.Fatalf("within threshold: %v", err)
	}
	if _, err := Build(t.Context(), crm.NewMemStore(), fakeAnon{}, opts, t.TempDir()); !errors.Is(err, ErrEmpty) {
		t.Fatalf("empty: err = %v", err)
	}
}

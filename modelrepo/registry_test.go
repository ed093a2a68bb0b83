package modelrepo_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iml/iml/modelrepo"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestRegisterDataset(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	run, ds, _ := seed(t, ctx, r)
	if ds.ID != "crm-chat:v1" || ds.Version != 1 || len(ds.Files) != 2 {
		t.Fatalf("first dataset = %+v", ds)
	}
	again, err := r.RegisterDataset(ctx, modelrepo.DatasetVersion{Name: "crm-chat", ManifestKey: "m2", ManifestDigest: ds.ManifestDigest,
		AnonymizerVersion: "pii-1.0", Files: ds.Files})
	if err != nil || again.ID != ds.ID {
		t.Errorf("re-register same manifest = %s, %v; want %s", again.ID, err, ds.ID)
	}
	v2, err := r.RegisterDataset(ctx, modelrepo.DatasetVersion{Name: "crm-chat", ManifestKey: "m2", ManifestDigest: digest("m2"),
		SourceRunID: run.ID, AnonymizerVersion: "pii-1.1", Files: ds.Files[:1]})
	if err != nil || v2.ID != "crm-chat:v2" {
		t.Fatalf("second version = %s, %v; want crm-chat:v2", v2.ID, err)
	}
	latest, err := r.LatestDataset(ctx, "crm-chat")
	if err != nil || latest.ID != v2.ID || len(latest.Files) != 1 {
		t.Errorf("LatestDataset = %+v, %v", latest, err)
	}
	got, err := r.GetDataset(ctx, "crm-chat:v1")
	if err != nil || got.SourceRunID != run.ID || got.Files[0].Role != "train" || got.Files[1].Digest != digest("eval") {
		t.Errorf("GetDataset = %+v, %v", got, err)
	}
	if _, err := r.GetDataset(ctx, "crm-chat:v9"); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Errorf("GetDataset(v9) = %v, want ErrNotFound", err)
	}
	if sub, _ := r.SubjectDatasets(ctx, "subj-a"); len(sub) != 1 || sub[0].ID != ds.ID {
		t.Errorf("SubjectDatasets = %v", sub)
	}
	if sub, _ := r.SubjectModels(ctx, "subj-b"); len(sub) != 1 || sub[0].ID != "crm-assistant:v1" {
		t.Errorf("SubjectModels = %v", sub)
	}

	good := modelrepo.DatasetVersion{Name: "x", ManifestKey: "k", ManifestDigest: digest("x"), AnonymizerVersion: "a",
		Files: []modelrepo.DatasetFile{{Role: "train", Key: "f", Digest: digest("f")}}}
	tests := []struct {
		name   string
		change func(*modelrepo.DatasetVersion)
		want   error
	}{
		{"name with colon", func(d *modelrepo.DatasetVersion) { d.Name = "a:b" }, modelrepo.ErrInvalid},
		{"empty manifest digest", func(d *modelrepo.DatasetVersion) { d.ManifestDigest = "" }, modelrepo.ErrInvalid},
		{"bare hex digest", func(d *modelrepo.DatasetVersion) { d.ManifestDigest = strings.TrimPrefix(digest("x"), "sha256:") }, modelrepo.ErrInvalid},
		{"no anonymizer", func(d *modelrepo.DatasetVersion) { d.AnonymizerVersion = "" }, modelrepo.ErrInvalid},
		{"no files", func(d *modelrepo.DatasetVersion) { d.Files = nil }, modelrepo.ErrInvalid},
		{"file without digest", func(d *modelrepo.DatasetVersion) { d.Files = []modelrepo.DatasetFile{{Role: "train", Key: "f"}} }, modelrepo.ErrInvalid},
		{"bad role", func(d *modelrepo.DatasetVersion) {
			d.Files = []modelrepo.DatasetFile{{Role: "dev", Key: "f", Digest: digest("f")}}
		}, modelrepo.ErrInvalid},
		{"unknown source run", func(d *modelrepo.DatasetVersion) { d.SourceRunID = "run-missing" }, modelrepo.ErrNotFound},
		{"valid", func(*modelrepo.DatasetVersion) {}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			_, err := r.RegisterDataset(ctx, d)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("RegisterDataset = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestRegisterModel(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	_, ds, m1 := seed(t, ctx, r)
	if m1.ID != "crm-assistant:v1" || m1.Status != modelrepo.ModelStatusRegistered {
		t.Fatalf("first model = %+v", m1)
	}
	m2, err := r.RegisterModel(ctx, modelVersion(ds.ID, "adapter-2"))
	if err != nil || m2.ID != "crm-assistant:v2" {
		t.Fatalf("second model = %s, %v", m2.ID, err)
	}
	if again, err := r.RegisterModel(ctx, modelVersion(ds.ID, "adapter")); err != nil || again.ID != m1.ID {
		t.Errorf("re-register same adapter = %s, %v; want %s", again.ID, err, m1.ID)
	}
	tests := []struct {
		name   string
		change func(*modelrepo.ModelVersion)
		want   error
	}{
		{"empty adapter digest", func(m *modelrepo.ModelVersion) { m.AdapterDigest = "" }, modelrepo.ErrInvalid},
		{"empty base digest", func(m *modelrepo.ModelVersion) { m.BaseDigest = "" }, modelrepo.ErrInvalid},
		{"config key without digest", func(m *modelrepo.ModelVersion) { m.AdapterConfigDigest = "" }, modelrepo.ErrInvalid},
		{"no base model", func(m *modelrepo.ModelVersion) { m.BaseModel = "" }, modelrepo.ErrInvalid},
		{"name with at", func(m *modelrepo.ModelVersion) { m.Name = "a@b" }, modelrepo.ErrInvalid},
		{"unknown dataset", func(m *modelrepo.ModelVersion) { m.DatasetVersionID = "nope:v1" }, modelrepo.ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := modelVersion(ds.ID, "adapter-"+tt.name)
			tt.change(&m)
			if _, err := r.RegisterModel(ctx, m); !errors.Is(err, tt.want) {
				t.Errorf("RegisterModel = %v, want %v", err, tt.want)
			}
		})
	}
	if err := r.SetAlias(ctx, "crm-assistant@production", m1.ID, "alice"); err != nil {
		t.Fatal(err)
	}
	refs := map[string]string{
		"crm-assistant:v1": m1.ID, "crm-assistant:2": m2.ID, "crm-assistant": m2.ID, "crm-assistant@production": m1.ID,
	}
	for ref, want := range refs {
		if got, err := r.GetModel(ctx, ref); err != nil || got.ID != want {
			t.Errorf("GetModel(%s) = %s, %v; want %s", ref, got.ID, err, want)
		}
	}
	if _, err := r.GetModel(ctx, "crm-assistant:v7"); !errors.Is(err, modelrepo.ErrNotFound) || !strings.Contains(err.Error(), "crm-assistant:v7") {
		t.Errorf("GetModel(v7) = %v, want ErrNotFound naming the id", err)
	}
	if ms, _ := r.Models(ctx, "crm-assistant"); len(ms) != 2 {
		t.Errorf("Models = %d, want 2", len(ms))
	}
	if err := r.SetModelStatus(ctx, m2.ID, "rejected", "eval"); err != nil {
		t.Errorf("SetModelStatus: %v", err)
	}
	if got, _ := r.GetModel(ctx, m2.ID); got.Status != "rejected" {
		t.Errorf("status = %s, want rejected", got.Status)
	}
}

func TestAliases(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	_, ds, m1 := seed(t, ctx, r)
	m2, _ := r.RegisterModel(ctx, modelVersion(ds.ID, "adapter-2"))
	const alias = "crm-assistant@production"
	if _, err := r.ResolveAlias(ctx, alias); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Errorf("ResolveAlias before set = %v, want ErrNotFound", err)
	}
	steps := []struct {
		alias, to, actor string
		want             error
	}{
		{alias, m1.ID, "alice", nil},
		{alias, m2.ID, "bob", nil},
		{alias, m2.ID, "bob", nil}, // no-op: no history row
		{alias, "crm-assistant:v9", "bob", modelrepo.ErrNotFound},
		{"production", m1.ID, "bob", modelrepo.ErrInvalid},
		{alias, m1.ID, "", modelrepo.ErrInvalid},
	}
	for _, s := range steps {
		if err := r.SetAlias(ctx, s.alias, s.to, s.actor); !errors.Is(err, s.want) || (s.want == nil) != (err == nil) {
			t.Errorf("SetAlias(%s, %s, %q) = %v, want %v", s.alias, s.to, s.actor, err, s.want)
		}
	}
	if got, err := r.ResolveAlias(ctx, alias); err != nil || got.ID != m2.ID {
		t.Errorf("ResolveAlias = %s, %v; want %s", got.ID, err, m2.ID)
	}
	hist, err := r.AliasHistory(ctx, alias)
	if err != nil || len(hist) != 2 {
		t.Fatalf("AliasHistory = %v, %v; want 2 moves", hist, err)
	}
	if h := hist[1]; h.From != m1.ID || h.To != m2.ID || h.Actor != "bob" || h.At.IsZero() {
		t.Errorf("second move = %+v", h)
	}
	if hist[0].From != "" {
		t.Errorf("first move from %q, want \"\"", hist[0].From)
	}
}

func TestAuditTamperDetection(t *testing.T) {
	tests := []struct {
		name   string
		tamper string
	}{
		{"edit details", `UPDATE audit_log SET details = '{"to":"crm-assistant:v9"}' WHERE action = 'alias.set'`},
		{"edit actor", `UPDATE audit_log SET actor = 'mallory' WHERE seq = 2`},
		{"delete middle row", `DELETE FROM audit_log WHERE seq = 2`},
		{"delete newest row", `DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)`},
		{"rewrite hash too", `UPDATE audit_log SET actor = 'mallory', hash = 'sha256:00' WHERE seq = 1`},
		{"reorder", `UPDATE audit_log SET seq = seq + 100 WHERE seq = 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			r := openRegistry(t)
			_, _, m := seed(t, ctx, r)
			if err := r.SetAlias(ctx, "crm-assistant@production", m.ID, "alice"); err != nil {
				t.Fatal(err)
			}
			if err := r.Audit(ctx, "alice", "export", "crm-chat:v1", map[string]int{"records": 3}); err != nil {
				t.Fatal(err)
			}
			n, err := r.VerifyAudit(ctx)
			if err != nil || n < 5 {
				t.Fatalf("VerifyAudit before tampering = %d, %v", n, err)
			}
			if _, err := r.DB().ExecContext(ctx, tt.tamper); err == nil {
				t.Fatal("tampering succeeded despite the append-only triggers")
			}
			for _, trg := range []string{"audit_log_no_update", "audit_log_no_delete"} {
				if _, err := r.DB().ExecContext(ctx, "DROP TRIGGER "+trg); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := r.DB().ExecContext(ctx, tt.tamper); err != nil {
				t.Fatal(err)
			}
			if _, err := r.VerifyAudit(ctx); !errors.Is(err, modelrepo.ErrAuditTampered) {
				t.Errorf("VerifyAudit after %s = %v, want ErrAuditTampered", tt.name, err)
			}
		})
	}
}

func TestAuditCheckpoint(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	r.Audit(ctx, "alice", "a", "s1", nil)
	cp, err := r.AuditHead(ctx)
	if err != nil || cp.Seq != 1 {
		t.Fatalf("AuditHead = %+v, %v", cp, err)
	}
	r.Audit(ctx, "alice", "b", "s2", nil)
	if _, err := r.VerifyAuditCheckpoint(ctx, cp); err != nil {
		t.Errorf("VerifyAuditCheckpoint: %v", err)
	}
	cp.Hash = digest("forged")
	if _, err := r.VerifyAuditCheckpoint(ctx, cp); !errors.Is(err, modelrepo.ErrAuditTampered) {
		t.Errorf("VerifyAuditCheckpoint(forged) = %v, want ErrAuditTampered", err)
	}
	log, _ := r.AuditLog(ctx, 0, 0)
	if len(log) != 2 || log[1].PrevHash != log[0].Hash || string(log[0].Details) != "{}" {
		t.Errorf("AuditLog = %+v", log)
	}
}

func TestLineageText(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	run, _, m := seed(t, ctx, r)
	if err := r.RecordEval(ctx, modelrepo.EvalResult{ModelVersionID: m.ID, Suite: "crm-tasks", Metric: "exact_match",
		Candidate: 0.82, Base: ptr(0.41), Production: nil, N: 50, Passed: true, Details: []byte(`{"k":1}`)}); err != nil {
		t.Fatal(err)
	}
	if err := r.RecordEval(ctx, modelrepo.EvalResult{ModelVersionID: m.ID, Suite: "pii-leak", Metric: "leak_rate",
		Candidate: 0, N: 50, Passed: true}); err != nil {
		t.Fatal(err)
	}
	if err := r.RecordEval(ctx, modelrepo.EvalResult{ModelVersionID: m.ID, Metric: "y"}); !errors.Is(err, modelrepo.ErrInvalid) {
		t.Errorf("RecordEval without suite = %v, want ErrInvalid", err)
	}
	if err := r.SetAlias(ctx, "crm-assistant@production", m.ID, "alice"); err != nil {
		t.Fatal(err)
	}
	if err := r.RecordDeployment(ctx, modelrepo.Deployment{ModelVersionID: m.ID, OllamaModel: "crm-assistant-v1",
		AdapterDigest: m.AdapterDigest, BaseDigest: m.BaseDigest, ManifestDigest: digest("ollama-manifest")}); err != nil {
		t.Fatal(err)
	}
	l, err := r.Lineage(ctx, "crm-assistant@production")
	if err != nil {
		t.Fatalf("Lineage: %v", err)
	}
	if l.Model.ID != m.ID || l.SourceRun == nil || l.SourceRun.ID != run.ID || len(l.Evals) != 2 || len(l.Deployments) != 1 {
		t.Errorf("Lineage = %+v", l)
	}
	var buf bytes.Buffer
	if err := l.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(buf.String(), run.ID, "RUN-ID")
	golden := filepath.Join("testdata", "lineage.golden")
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("lineage text differs from %s (rerun with -update):\n%s", golden, got)
	}
	if _, err := r.Lineage(ctx, "crm-assistant@staging"); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Errorf("Lineage(unknown alias) = %v, want ErrNotFound", err)
	}
	if n, err := r.VerifyAudit(ctx); err != nil {
		t.Errorf("VerifyAudit = %d, %v", n, err)
	}
}

package modelrepo_test

import (
	"errors"
	"testing"
	"time"

	"github.com/iml/iml/modelrepo"
)

func TestEraseSubject(t *testing.T) {
	r := openRegistry(t)
	ctx := t.Context()
	if _, err := r.EraseSubject(ctx, "", "dpo", nil); !errors.Is(err, modelrepo.ErrInvalid) {
		t.Fatalf("empty subject: %v", err)
	}
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	recs := []modelrepo.StagedRecord{
		{System: "demo", SourceID: "client-1", Kind: "client", UpdatedAt: at, Body: []byte(`{}`)},
		{System: "demo", SourceID: "conv-1", Kind: "communication", UpdatedAt: at, Body: []byte(`{}`)},
		{System: "demo", SourceID: "conv-2", Kind: "communication", UpdatedAt: at, Body: []byte(`{}`)},
	}
	if _, err := r.Commit(ctx, "src", "c1", "", recs); err != nil {
		t.Fatal(err)
	}
	keys := []modelrepo.RecordKey{{System: "demo", SourceID: "client-1", Kind: "client"}, {System: "demo", SourceID: "conv-1", Kind: "communication"}}
	n, err := r.EraseSubject(ctx, "subj-1", "dpo", keys)
	if err != nil || n != 2 {
		t.Fatalf("erase: %d, %v; want 2 deleted", n, err)
	}
	if n, err := r.EraseSubject(ctx, "subj-1", "dpo", keys); err != nil || n != 0 {
		t.Fatalf("erase again: %d, %v; want 0 deleted, no error", n, err)
	}
	var left []string
	if err := r.Staged(ctx, "", func(s modelrepo.StagedRecord) error { left = append(left, s.SourceID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0] != "conv-2" {
		t.Fatalf("staged after erasure = %v, want [conv-2]", left)
	}
	subjects, records, err := r.Erased(ctx)
	if err != nil || !subjects["subj-1"] || len(subjects) != 1 || !records["demo\x00conv-1"] || len(records) != 2 {
		t.Fatalf("erased = %v %v, %v", subjects, records, err)
	}
	if n, err := r.VerifyAudit(ctx); err != nil || n < 3 {
		t.Fatalf("audit after erasure: %d, %v", n, err)
	}
}

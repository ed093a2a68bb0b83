package modelrepo_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
)

var _ crm.Store = (*modelrepo.Registry)(nil)

func rec(id, kind, body string) modelrepo.StagedRecord {
	return modelrepo.StagedRecord{System: "amocrm", SourceID: id, Kind: kind,
		UpdatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Body: []byte(body)}
}

// TestStagingContract runs the same steps against the in-memory store and the SQLite registry,
// so both honour crm.Store the same way.
func TestStagingContract(t *testing.T) {
	stores := map[string]func(t *testing.T) crm.Store{
		"memory":   func(*testing.T) crm.Store { return crm.NewMemStore() },
		"registry": func(t *testing.T) crm.Store { return openRegistry(t) },
	}
	steps := []struct {
		name   string
		cursor string
		recs   []modelrepo.StagedRecord
		want   modelrepo.CommitResult
	}{
		{"first window", "c1", []modelrepo.StagedRecord{rec("2", "deal", `{"a":1}`), rec("1", "client", `{"b":1}`)}, modelrepo.CommitResult{New: 2}},
		{"same window again", "c1", []modelrepo.StagedRecord{rec("2", "deal", `{"a":1}`), rec("1", "client", `{"b":1}`)}, modelrepo.CommitResult{Unchanged: 2}},
		{"one changed one new", "c2", []modelrepo.StagedRecord{rec("2", "deal", `{"a":2}`), rec("3", "deal", `{"c":1}`)}, modelrepo.CommitResult{New: 1, Updated: 1}},
		{"empty page advances cursor", "c3", nil, modelrepo.CommitResult{}},
	}
	for sname, open := range stores {
		t.Run(sname, func(t *testing.T) {
			ctx := t.Context()
			s := open(t)
			if c, err := s.Cursor(ctx, "amocrm"); err != nil || c != "" {
				t.Fatalf("Cursor before any commit = %q, %v; want \"\", nil", c, err)
			}
			for i, st := range steps {
				got, err := s.Commit(ctx, "amocrm", st.cursor, fmt.Sprintf("run-%d", i), st.recs)
				if err != nil {
					t.Fatalf("%s: Commit: %v", st.name, err)
				}
				if got != st.want {
					t.Errorf("%s: Commit = %+v, want %+v", st.name, got, st.want)
				}
				if c, _ := s.Cursor(ctx, "amocrm"); c != st.cursor {
					t.Errorf("%s: Cursor = %q, want %q", st.name, c, st.cursor)
				}
			}
			var ids, runs []string
			if err := s.Staged(ctx, "", func(r modelrepo.StagedRecord) error {
				ids = append(ids, r.SourceID)
				runs = append(runs, r.RunID)
				return nil
			}); err != nil {
				t.Fatalf("Staged: %v", err)
			}
			if fmt.Sprint(ids) != "[1 2 3]" || fmt.Sprint(runs) != "[run-0 run-2 run-2]" {
				t.Errorf("Staged ids %v runs %v; want [1 2 3] [run-0 run-2 run-2] (unchanged rows keep their run)", ids, runs)
			}
			var deals []string
			s.Staged(ctx, "deal", func(r modelrepo.StagedRecord) error { deals = append(deals, r.SourceID); return nil })
			if fmt.Sprint(deals) != "[2 3]" {
				t.Errorf("Staged(deal) = %v, want [2 3]", deals)
			}
			stop := errors.New("stop")
			n := 0
			err := s.Staged(ctx, "", func(modelrepo.StagedRecord) error { n++; return stop })
			if !errors.Is(err, stop) || n != 1 {
				t.Errorf("Staged with failing fn: n=%d err=%v; want 1 and the fn's error", n, err)
			}
		})
	}
}

func TestCommitCursorAtomicWithRecords(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	if _, err := r.Commit(ctx, "amocrm", "c1", "run-1", []modelrepo.StagedRecord{rec("1", "client", `{}`)}); err != nil {
		t.Fatal(err)
	}
	// Make the database refuse one record mid-transaction.
	if _, err := r.DB().ExecContext(ctx, `CREATE TRIGGER refuse BEFORE INSERT ON staged_records WHEN NEW.source_id = 'bad'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`); err != nil {
		t.Fatal(err)
	}
	_, err := r.Commit(ctx, "amocrm", "c2", "run-2", []modelrepo.StagedRecord{rec("2", "client", `{}`), rec("bad", "client", `{}`)})
	if err == nil {
		t.Fatal("Commit with a refused record succeeded")
	}
	if c, _ := r.Cursor(ctx, "amocrm"); c != "c1" {
		t.Errorf("cursor after failed commit = %q, want c1", c)
	}
	n := 0
	r.Staged(ctx, "", func(modelrepo.StagedRecord) error { n++; return nil })
	if n != 1 {
		t.Errorf("%d records after failed commit, want 1 (record 2 rolled back)", n)
	}
}

func TestStagedPagesAndRoundTrip(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	var recs []modelrepo.StagedRecord
	for i := range 600 {
		recs = append(recs, rec(fmt.Sprintf("%04d", i), "communication", fmt.Sprintf(`{"i":%d}`, i)))
	}
	if _, err := r.Commit(ctx, "amocrm", "c", "run-1", recs); err != nil {
		t.Fatal(err)
	}
	i := 0
	err := r.Staged(ctx, "communication", func(got modelrepo.StagedRecord) error {
		want := recs[i]
		if got.SourceID != want.SourceID || string(got.Body) != string(want.Body) || !got.UpdatedAt.Equal(want.UpdatedAt) || got.Kind != want.Kind {
			return fmt.Errorf("record %d = %+v, want %+v", i, got, want)
		}
		i++
		return nil
	})
	if err != nil || i != len(recs) {
		t.Fatalf("Staged read %d of %d: %v", i, len(recs), err)
	}
}

func TestDeleteStaged(t *testing.T) {
	ctx := t.Context()
	r := openRegistry(t)
	r.Commit(ctx, "amocrm", "c", "run-1", []modelrepo.StagedRecord{rec("1", "client", `{}`)})
	if err := r.DeleteStaged(ctx, "amocrm", "1"); err != nil {
		t.Fatalf("DeleteStaged: %v", err)
	}
	if err := r.DeleteStaged(ctx, "amocrm", "1"); !errors.Is(err, modelrepo.ErrNotFound) {
		t.Errorf("second DeleteStaged = %v, want ErrNotFound", err)
	}
	if _, err := r.VerifyAudit(ctx); err != nil {
		t.Errorf("VerifyAudit: %v", err)
	}
}

func TestCommitRejectsIncompleteRecord(t *testing.T) {
	r := openRegistry(t)
	bad := rec("1", "", `{}`)
	if _, err := r.Commit(t.Context(), "amocrm", "c", "run", []modelrepo.StagedRecord{bad}); !errors.Is(err, modelrepo.ErrInvalid) {
		t.Errorf("Commit without kind = %v, want ErrInvalid", err)
	}
}

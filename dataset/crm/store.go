package crm

import (
	"context"
	"time"
)

// StagedRecord is a contract record as the staging store keeps it. Body is the record's contract JSON
// (as written by Record.MarshalJSON). The staging store is the on-premise mirror of CRM data that the
// dataset stage reads; it holds personal data and is therefore covered by erasure.
type StagedRecord struct {
	System    string    // Source.System
	SourceID  string    // Source.ID
	Kind      Kind      // client, deal, communication
	UpdatedAt time.Time // the record's updated_at
	Body      []byte    // contract JSON
	// RunID is the pipeline or pull run that last changed the record (set by the store on write).
	RunID string
}

// CommitResult counts what a commit changed.
type CommitResult struct {
	New       int
	Updated   int
	Unchanged int // same (system, source id) with identical body: re-pulling a window changes nothing
}

// Store keeps staged records and per-source cursors. modelrepo.Registry implements it on SQLite;
// MemStore is the in-memory version for unit tests.
type Store interface {
	// Cursor returns the last committed cursor of a source ("" when none).
	Cursor(ctx context.Context, source string) (string, error)
	// Commit upserts recs by (System, SourceID) and advances the source's cursor to cursor, in one
	// transaction: either both happen or neither does. runID is recorded on changed rows.
	Commit(ctx context.Context, source, cursor, runID string, recs []StagedRecord) (CommitResult, error)
	// Staged calls fn for every staged record of kind (all kinds when kind is ""), ordered by
	// (System, SourceID). fn returning an error stops the iteration with that error.
	Staged(ctx context.Context, kind Kind, fn func(StagedRecord) error) error
}

package crm

import (
	"context"

	"github.com/iml/iml/modelrepo"
)

// Store keeps staged records and per-source cursors. modelrepo.Registry implements it on SQLite;
// MemStore is the in-memory version for unit tests.
type Store interface {
	// Cursor returns the last committed cursor of a source ("" when none).
	Cursor(ctx context.Context, source string) (string, error)
	// Commit upserts recs by (System, SourceID) and advances the source's cursor to cursor, in one
	// transaction: either both happen or neither does. runID is recorded on changed rows.
	Commit(ctx context.Context, source, cursor, runID string, recs []modelrepo.StagedRecord) (modelrepo.CommitResult, error)
	// Staged calls fn for every staged record of kind (all kinds when kind is ""), ordered by
	// (System, SourceID). fn returning an error stops the iteration with that error.
	Staged(ctx context.Context, kind string, fn func(modelrepo.StagedRecord) error) error
}

package modelrepo

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
)

// stagedBatch is how many rows Staged reads per query. Reading in keyset pages keeps no read
// transaction open while the callback runs, so the callback may write to the registry.
const stagedBatch = 256

// Cursor returns the last committed cursor of source ("" when none). It implements
// dataset/crm.Store.
func (r *Registry) Cursor(ctx context.Context, source string) (string, error) {
	var c string
	err := r.db.QueryRowContext(ctx, `SELECT cursor FROM source_cursors WHERE source = ?`, source).Scan(&c)
	if err == sql.ErrNoRows {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read cursor %s: %w", source, err)
	}
	return c, nil
}

// Commit upserts recs by (System, SourceID) and advances source's cursor in the same
// transaction: both happen or neither. A record whose body is byte-identical to the stored one
// counts as Unchanged and keeps its previous RunID, so re-pulling a window changes nothing.
// It implements dataset/crm.Store.
func (r *Registry) Commit(ctx context.Context, source, cursor, runID string, recs []StagedRecord) (CommitResult, error) {
	var res CommitResult
	for i, rec := range recs {
		if rec.System == "" || rec.SourceID == "" || rec.Kind == "" || len(rec.Body) == 0 {
			return res, fmt.Errorf("commit source %s: record %d lacks system, source id, kind or body: %w", source, i, ErrInvalid)
		}
	}
	now := fmtTime(r.now())
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		res = CommitResult{}
		get, err := tx.PrepareContext(ctx, `SELECT body FROM staged_records WHERE system = ? AND source_id = ?`)
		if err != nil {
			return err
		}
		defer get.Close()
		put, err := tx.PrepareContext(ctx, `INSERT INTO staged_records (system, source_id, kind, updated_at, body, run_id, staged_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (system, source_id) DO UPDATE SET kind = excluded.kind, updated_at = excluded.updated_at,
				body = excluded.body, run_id = excluded.run_id, staged_at = excluded.staged_at`)
		if err != nil {
			return err
		}
		defer put.Close()
		for _, rec := range recs {
			var old []byte
			err := get.QueryRowContext(ctx, rec.System, rec.SourceID).Scan(&old)
			switch {
			case err == sql.ErrNoRows:
				res.New++
			case err != nil:
				return fmt.Errorf("read staged %s/%s: %w", rec.System, rec.SourceID, err)
			case bytes.Equal(old, rec.Body):
				res.Unchanged++
				continue
			default:
				res.Updated++
			}
			if _, err := put.ExecContext(ctx, rec.System, rec.SourceID, rec.Kind, fmtTime(rec.UpdatedAt), rec.Body, runID, now); err != nil {
				return fmt.Errorf("write staged %s/%s: %w", rec.System, rec.SourceID, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO source_cursors (source, cursor, run_id, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, run_id = excluded.run_id, updated_at = excluded.updated_at`,
			source, cursor, runID, now); err != nil {
			return fmt.Errorf("advance cursor: %w", err)
		}
		return r.appendAudit(ctx, tx, ActorSystem, "staging.commit", source, map[string]any{
			"run": runID, "new": res.New, "updated": res.Updated, "unchanged": res.Unchanged})
	})
	if err != nil {
		return CommitResult{}, fmt.Errorf("commit source %s: %w", source, err)
	}
	return res, nil
}

// Staged calls fn for every staged record of kind (all kinds when kind is ""), ordered by
// (System, SourceID). fn returning an error stops the iteration with that error. It implements
// dataset/crm.Store.
func (r *Registry) Staged(ctx context.Context, kind string, fn func(StagedRecord) error) error {
	lastSys, lastID := "", ""
	for {
		rows, err := r.db.QueryContext(ctx, `SELECT system, source_id, kind, updated_at, body, run_id FROM staged_records
			WHERE (?1 = '' OR kind = ?1) AND (system, source_id) > (?2, ?3)
			ORDER BY system, source_id LIMIT ?4`, kind, lastSys, lastID, stagedBatch)
		if err != nil {
			return fmt.Errorf("list staged %s: %w", kind, err)
		}
		var batch []StagedRecord
		for rows.Next() {
			var rec StagedRecord
			var upd string
			if err := rows.Scan(&rec.System, &rec.SourceID, &rec.Kind, &upd, &rec.Body, &rec.RunID); err != nil {
				rows.Close()
				return fmt.Errorf("scan staged record: %w", err)
			}
			rec.UpdatedAt = parseTime(upd)
			batch = append(batch, rec)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("list staged %s: %w", kind, err)
		}
		for _, rec := range batch {
			if err := fn(rec); err != nil {
				return err
			}
		}
		if len(batch) < stagedBatch {
			return nil
		}
		lastSys, lastID = batch[len(batch)-1].System, batch[len(batch)-1].SourceID
	}
}

// DeleteStaged removes one staged record (erasure). It returns ErrNotFound when absent, so an
// erasure job can tell what it removed; the audit entry names the system and source id only.
func (r *Registry) DeleteStaged(ctx context.Context, system, sourceID string) error {
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM staged_records WHERE system = ? AND source_id = ?`, system, sourceID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return r.appendAudit(ctx, tx, ActorSystem, "staging.erase", system+"/"+sourceID, nil)
	})
	if err != nil {
		return fmt.Errorf("delete staged %s/%s: %w", system, sourceID, err)
	}
	return nil
}

package modelrepo

import (
	"context"
	"database/sql"
	"fmt"
)

// RecordKey names a staged record.
type RecordKey struct {
	System   string `json:"system"`
	SourceID string `json:"source_id"`
	Kind     string `json:"kind"`
}

// EraseSubject erases the data subject with pseudonym subject in one transaction: it deletes the
// given staged records, leaves a tombstone for each so a later pull does not bring them back, records
// the subject as erased and audits the erasure (pseudonym and counts only). Erasing again is harmless.
// It returns how many staged records were deleted.
func (r *Registry) EraseSubject(ctx context.Context, subject, actor string, recs []RecordKey) (int, error) {
	if subject == "" {
		return 0, fmt.Errorf("erase subject: empty pseudonym: %w", ErrInvalid)
	}
	deleted := 0
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO erased_subjects (subject, erased_at, actor) VALUES (?, ?, ?)`,
			subject, fmtTime(r.now()), actor); err != nil {
			return err
		}
		for _, k := range recs {
			res, err := tx.ExecContext(ctx, `DELETE FROM staged_records WHERE system = ? AND source_id = ?`, k.System, k.SourceID)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			deleted += int(n)
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO erased_records (system, source_id, kind, subject) VALUES (?, ?, ?, ?)`,
				k.System, k.SourceID, k.Kind, subject); err != nil {
				return err
			}
		}
		return r.appendAudit(ctx, tx, actor, "subject.erase", subject, map[string]int{"records": len(recs), "deleted": deleted})
	})
	if err != nil {
		return 0, fmt.Errorf("erase subject %s: %w", subject, err)
	}
	return deleted, nil
}

// Erased returns the erased subjects' pseudonyms and the tombstoned record keys ("system\x00source_id").
func (r *Registry) Erased(ctx context.Context) (subjects, records map[string]bool, err error) {
	subjects, records = map[string]bool{}, map[string]bool{}
	if err := r.collect(ctx, `SELECT subject FROM erased_subjects`, subjects); err != nil {
		return nil, nil, err
	}
	if err := r.collect(ctx, `SELECT system || char(0) || source_id FROM erased_records`, records); err != nil {
		return nil, nil, err
	}
	return subjects, records, nil
}

func (r *Registry) collect(ctx context.Context, query string, into map[string]bool) error {
	rows, err := r.db.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("list erasures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return fmt.Errorf("list erasures: %w", err)
		}
		into[s] = true
	}
	return rows.Err()
}

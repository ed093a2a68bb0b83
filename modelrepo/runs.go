package modelrepo

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Run states.
const (
	RunRunning   = "running"
	RunSucceeded = "succeeded"
	RunFailed    = "failed"
)

// Run is one execution of a pipeline.
type Run struct {
	ID          string          `json:"id"` // "run-20261125T210000Z-1a2b3c": sorts by start time
	Pipeline    string          `json:"pipeline"`
	Status      string          `json:"status"`
	StartedAt   time.Time       `json:"started_at"`
	HeartbeatAt time.Time       `json:"heartbeat_at"`
	FinishedAt  time.Time       `json:"finished_at,omitzero"`
	Report      json.RawMessage `json:"report,omitempty"`
	Error       string          `json:"error,omitempty"`
}

const runCols = `id, pipeline, status, started_at, heartbeat_at, finished_at, report, error`

func scanRun(s scanner) (Run, error) {
	var run Run
	var started, beat, finished string
	var report []byte
	if err := s.Scan(&run.ID, &run.Pipeline, &run.Status, &started, &beat, &finished, &report, &run.Error); err != nil {
		return Run{}, err
	}
	run.StartedAt, run.HeartbeatAt, run.FinishedAt = parseTime(started), parseTime(beat), parseTime(finished)
	if len(report) > 0 {
		run.Report = report
	}
	return run, nil
}

// StartRun records a new running run of pipeline. It returns ErrRunActive when the pipeline
// already has one: a partial unique index enforces this, so two processes cannot both start.
func (r *Registry) StartRun(ctx context.Context, pipeline string) (Run, error) {
	if pipeline == "" {
		return Run{}, fmt.Errorf("start run: empty pipeline: %w", ErrInvalid)
	}
	now := r.now().UTC()
	run := Run{
		ID:       "run-" + now.Format("20060102T150405Z") + "-" + randHex(3),
		Pipeline: pipeline, Status: RunRunning, StartedAt: now, HeartbeatAt: now,
	}
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO runs (id, pipeline, status, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)`,
			run.ID, pipeline, RunRunning, fmtTime(now), fmtTime(now))
		if err != nil {
			if isUniqueViolation(err) {
				var active string
				tx.QueryRowContext(ctx, `SELECT id FROM runs WHERE pipeline = ? AND status = 'running'`, pipeline).Scan(&active)
				return fmt.Errorf("run %s is running: %w", active, ErrRunActive)
			}
			return err
		}
		return r.appendAudit(ctx, tx, ActorSystem, "run.start", run.ID, map[string]string{"pipeline": pipeline})
	})
	if err != nil {
		return Run{}, fmt.Errorf("start run of pipeline %s: %w", pipeline, err)
	}
	run.StartedAt, run.HeartbeatAt = parseTime(fmtTime(now)), parseTime(fmtTime(now))
	return run, nil
}

// FinishRun moves a running run to status (RunSucceeded or RunFailed) with its JSON report and
// error message (ids and counts only: no personal data). Finishing a run that is not running
// returns ErrConflict.
func (r *Registry) FinishRun(ctx context.Context, id, status string, report []byte, errMsg string) error {
	if status != RunSucceeded && status != RunFailed {
		return fmt.Errorf("finish run %s: status %q: %w", id, status, ErrInvalid)
	}
	if len(report) > 0 && !json.Valid(report) {
		return fmt.Errorf("finish run %s: report is not JSON: %w", id, ErrInvalid)
	}
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE runs SET status = ?, finished_at = ?, heartbeat_at = ?, report = ?, error = ?
			WHERE id = ? AND status = 'running'`, status, fmtTime(r.now()), fmtTime(r.now()), nullBytes(report), errMsg, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			var cur string
			err := tx.QueryRowContext(ctx, `SELECT status FROM runs WHERE id = ?`, id).Scan(&cur)
			if err == sql.ErrNoRows {
				return ErrNotFound
			}
			if err != nil {
				return err
			}
			return fmt.Errorf("already %s: %w", cur, ErrConflict)
		}
		return r.appendAudit(ctx, tx, ActorSystem, "run.finish", id, map[string]string{"status": status})
	})
	if err != nil {
		return fmt.Errorf("finish run %s: %w", id, err)
	}
	return nil
}

// Heartbeat records that the run's process is alive; MarkStaleRuns fails runs whose heartbeat
// is too old.
func (r *Registry) Heartbeat(ctx context.Context, id string) error {
	res, err := r.db.ExecContext(ctx, `UPDATE runs SET heartbeat_at = ? WHERE id = ? AND status = 'running'`, fmtTime(r.now()), id)
	if err != nil {
		return fmt.Errorf("heartbeat run %s: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("heartbeat run %s: not running: %w", id, ErrNotFound)
	}
	return nil
}

// MarkStaleRuns fails running runs whose last heartbeat is older than staleAfter (their process
// died), with reason as the error. It returns the ids it failed. Use it when several processes
// share the registry.
func (r *Registry) MarkStaleRuns(ctx context.Context, staleAfter time.Duration, reason string) ([]string, error) {
	cutoff := fmtTime(r.now().Add(-staleAfter))
	return r.failRuns(ctx, `status = 'running' AND heartbeat_at < ?`, []any{cutoff}, reason)
}

// FailOrphanedRuns fails every running run, with reason as the error. Call it at start-up of
// the only process that runs pipelines: any run still "running" was left by a crash.
func (r *Registry) FailOrphanedRuns(ctx context.Context, reason string) ([]string, error) {
	return r.failRuns(ctx, `status = 'running'`, nil, reason)
}

func (r *Registry) failRuns(ctx context.Context, where string, args []any, reason string) ([]string, error) {
	var ids []string
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		ids = nil
		rows, err := tx.QueryContext(ctx, `SELECT id FROM runs WHERE `+where+` ORDER BY id`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		now := fmtTime(r.now())
		for _, id := range ids {
			if _, err := tx.ExecContext(ctx, `UPDATE runs SET status = 'failed', finished_at = ?, error = ? WHERE id = ?`, now, reason, id); err != nil {
				return err
			}
			if err := r.appendAudit(ctx, tx, ActorSystem, "run.orphaned", id, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fail orphaned runs: %w", err)
	}
	return ids, nil
}

// GetRun returns one run.
func (r *Registry) GetRun(ctx context.Context, id string) (Run, error) {
	run, err := scanRun(r.db.QueryRowContext(ctx, `SELECT `+runCols+` FROM runs WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return Run{}, fmt.Errorf("get run %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return Run{}, fmt.Errorf("get run %s: %w", id, err)
	}
	return run, nil
}

// Runs returns the pipeline's runs, newest first (all pipelines when pipeline is ""), at most
// limit (all when limit <= 0).
func (r *Registry) Runs(ctx context.Context, pipeline string, limit int) ([]Run, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := r.db.QueryContext(ctx, `SELECT `+runCols+` FROM runs WHERE (?1 = '' OR pipeline = ?1)
		ORDER BY started_at DESC, id DESC LIMIT ?2`, pipeline, limit)
	if err != nil {
		return nil, fmt.Errorf("list runs of %s: %w", pipeline, err)
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		run, err := scanRun(rows)
		if err != nil {
			return nil, fmt.Errorf("scan run: %w", err)
		}
		out = append(out, run)
	}
	return out, rows.Err()
}

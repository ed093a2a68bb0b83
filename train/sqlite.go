package train

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// sqliteSchema creates the tables of SQLiteStore. Timestamps are RFC 3339 UTC text, empty when unset.
const sqliteSchema = `
CREATE TABLE IF NOT EXISTS train_jobs (
	id             TEXT PRIMARY KEY,
	driver         TEXT NOT NULL,
	recipe         TEXT NOT NULL,
	spec           TEXT NOT NULL,
	handle         TEXT NOT NULL DEFAULT '',
	state          TEXT NOT NULL,
	reason         TEXT NOT NULL DEFAULT '',
	adapter_digest TEXT NOT NULL DEFAULT '',
	created_at     TEXT NOT NULL,
	started_at     TEXT NOT NULL DEFAULT '',
	finished_at    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS train_jobs_state ON train_jobs(state);
CREATE TABLE IF NOT EXISTS train_metrics (
	job_id        TEXT NOT NULL REFERENCES train_jobs(id),
	seq           INTEGER NOT NULL,
	step          INTEGER NOT NULL,
	loss          REAL NOT NULL,
	epoch         REAL NOT NULL,
	learning_rate REAL NOT NULL,
	event         TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (job_id, seq)
);
`

// SQLiteStore is the JobStore on the registry's SQLite database (tables train_jobs and train_metrics).
type SQLiteStore struct {
	db *sql.DB
}

var _ JobStore = (*SQLiteStore)(nil)

// OpenSQLiteStore creates the tables if needed. The caller owns db (modelrepo's Registry.DB()).
func OpenSQLiteStore(ctx context.Context, db *sql.DB) (*SQLiteStore, error) {
	if _, err := db.ExecContext(ctx, sqliteSchema); err != nil {
		return nil, fmt.Errorf("create train tables: %w", err)
	}
	return &SQLiteStore{db: db}, nil
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// CreateJob implements JobStore.
func (s *SQLiteStore) CreateJob(ctx context.Context, rec JobRecord) error {
	spec, err := json.Marshal(rec.Spec)
	if err != nil {
		return fmt.Errorf("create job %s: %w", rec.ID, err)
	}
	created := rec.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	_, err = s.db.ExecContext(ctx,
		`INSERT INTO train_jobs (id, driver, recipe, spec, state, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
		rec.ID, rec.Driver, rec.Recipe, string(spec), string(StateQueued), fmtTime(created))
	if err != nil {
		return fmt.Errorf("create job %s: %w", rec.ID, err)
	}
	return nil
}

func (s *SQLiteStore) exec(ctx context.Context, id, what, query string, args ...any) error {
	res, err := s.db.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s of job %s: %w", what, id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		if _, err := s.Job(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// SetHandle implements JobStore.
func (s *SQLiteStore) SetHandle(ctx context.Context, id string, h Handle) error {
	b, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("set handle of job %s: %w", id, err)
	}
	return s.exec(ctx, id, "set handle", `UPDATE train_jobs SET handle = ? WHERE id = ?`, string(b), id)
}

// Transition implements JobStore.
func (s *SQLiteStore) Transition(ctx context.Context, id string, to State, reason string, at time.Time) error {
	ts := fmtTime(at)
	started, finished := "", ""
	if to == StateRunning {
		started = ts
	}
	if to.Terminal() {
		finished = ts
	}
	return s.exec(ctx, id, "record state", `
UPDATE train_jobs SET
	state = ?, reason = ?,
	started_at = CASE WHEN started_at = '' THEN ? ELSE started_at END,
	finished_at = CASE WHEN ? != '' THEN ? ELSE finished_at END
WHERE id = ? AND state NOT IN ('succeeded', 'failed', 'cancelled')`,
		string(to), reason, started, finished, finished, id)
}

// SetAdapter implements JobStore.
func (s *SQLiteStore) SetAdapter(ctx context.Context, id, digest string) error {
	return s.exec(ctx, id, "set adapter", `UPDATE train_jobs SET adapter_digest = ? WHERE id = ?`, digest, id)
}

// RecordMetrics implements JobStore.
func (s *SQLiteStore) RecordMetrics(ctx context.Context, id string, ps []Progress) error {
	if len(ps) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record metrics of job %s: %w", id, err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM train_metrics WHERE job_id = ?`, id).Scan(&have); err != nil {
		return fmt.Errorf("record metrics of job %s: %w", id, err)
	}
	if have >= len(ps) {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO train_metrics
	(job_id, seq, step, loss, epoch, learning_rate, event) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("record metrics of job %s: %w", id, err)
	}
	defer stmt.Close()
	for i := have; i < len(ps); i++ {
		p := ps[i]
		if _, err := stmt.ExecContext(ctx, id, i, p.Step, p.Loss, p.Epoch, p.LearningRate, p.Event); err != nil {
			return fmt.Errorf("record metrics of job %s: %w", id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record metrics of job %s: %w", id, err)
	}
	return nil
}

const jobColumns = `id, driver, recipe, spec, handle, state, reason, adapter_digest, created_at, started_at, finished_at`

func scanJob(sc interface{ Scan(...any) error }) (JobRecord, error) {
	var (
		r                          JobRecord
		spec, handle, state        string
		created, started, finished string
	)
	if err := sc.Scan(&r.ID, &r.Driver, &r.Recipe, &spec, &handle, &state, &r.Reason, &r.AdapterDigest,
		&created, &started, &finished); err != nil {
		return JobRecord{}, err
	}
	r.State = State(state)
	if err := json.Unmarshal([]byte(spec), &r.Spec); err != nil {
		return JobRecord{}, fmt.Errorf("decode spec: %w", err)
	}
	if handle != "" {
		if err := json.Unmarshal([]byte(handle), &r.Handle); err != nil {
			return JobRecord{}, fmt.Errorf("decode handle: %w", err)
		}
	}
	var err error
	if r.CreatedAt, err = parseTime(created); err != nil {
		return JobRecord{}, err
	}
	if r.StartedAt, err = parseTime(started); err != nil {
		return JobRecord{}, err
	}
	if r.FinishedAt, err = parseTime(finished); err != nil {
		return JobRecord{}, err
	}
	return r, nil
}

// Job implements JobStore.
func (s *SQLiteStore) Job(ctx context.Context, id string) (JobRecord, error) {
	r, err := scanJob(s.db.QueryRowContext(ctx, `SELECT `+jobColumns+` FROM train_jobs WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return JobRecord{}, fmt.Errorf("job %s: %w", id, ErrJobNotFound)
	}
	if err != nil {
		return JobRecord{}, fmt.Errorf("read job %s: %w", id, err)
	}
	return r, nil
}

// Metrics implements JobStore.
func (s *SQLiteStore) Metrics(ctx context.Context, id string) ([]Progress, error) {
	if _, err := s.Job(ctx, id); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx,
		`SELECT step, loss, epoch, learning_rate, event FROM train_metrics WHERE job_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, fmt.Errorf("read metrics of job %s: %w", id, err)
	}
	defer rows.Close()
	var out []Progress
	for rows.Next() {
		var p Progress
		if err := rows.Scan(&p.Step, &p.Loss, &p.Epoch, &p.LearningRate, &p.Event); err != nil {
			return nil, fmt.Errorf("read metrics of job %s: %w", id, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read metrics of job %s: %w", id, err)
	}
	return out, nil
}

// ActiveJobs implements JobStore.
func (s *SQLiteStore) ActiveJobs(ctx context.Context) ([]JobRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+jobColumns+` FROM train_jobs
WHERE state NOT IN ('succeeded', 'failed', 'cancelled') ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("list active jobs: %w", err)
	}
	defer rows.Close()
	var out []JobRecord
	for rows.Next() {
		r, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("list active jobs: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list active jobs: %w", err)
	}
	return out, nil
}

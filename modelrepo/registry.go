package modelrepo

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultBusyTimeout is how long a connection waits for another writer before SQLITE_BUSY.
const DefaultBusyTimeout = 10 * time.Second

// Registry is the SQLite registry: staging tables and cursors, pipeline runs, dataset and model
// versions, evaluations, aliases, deployments and the audit log. It is safe for concurrent use
// by goroutines and by several processes sharing the file (WAL, busy timeout, write
// transactions taken with BEGIN IMMEDIATE).
type Registry struct {
	// Now is the clock; nil means time.Now. Tests set it.
	Now func() time.Time

	db   *sql.DB
	path string
}

// OpenRegistry opens (creating if needed) the registry at path and applies pending schema
// migrations. Other packages may add their own tables through DB().
func OpenRegistry(ctx context.Context, path string) (*Registry, error) {
	if path == "" {
		return nil, fmt.Errorf("open registry: empty path: %w", ErrInvalid)
	}
	// The staging tables hold personal data: create the file owner-only (SQLite gives its -wal
	// and -shm files the same mode).
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("open registry %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open registry %s: %w", path, err)
	}
	f.Close()
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	dsn := fmt.Sprintf("file:%s?_journal_mode=WAL&_busy_timeout=%d&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate",
		esc, DefaultBusyTimeout.Milliseconds())
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open registry %s: %w", path, err)
	}
	r := &Registry{db: db, path: path}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open registry %s: %w", path, err)
	}
	if err := r.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate registry %s: %w", path, err)
	}
	return r, nil
}

// Close closes the database.
func (r *Registry) Close() error { return r.db.Close() }

// DB returns the underlying database so that other packages can keep their own tables (train
// jobs, ...) in the same file. Write transactions begin IMMEDIATE; foreign keys are on.
func (r *Registry) DB() *sql.DB { return r.db }

// SchemaVersion returns the highest applied migration.
func (r *Registry) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := r.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

func (r *Registry) migrate(ctx context.Context) error {
	if _, err := r.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	type mig struct {
		version int
		name    string
	}
	var migs []mig
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return fmt.Errorf("migration %s: name must start with a number and '_'", base)
		}
		migs = append(migs, mig{v, n})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	latest := 0
	if len(migs) > 0 {
		latest = migs[len(migs)-1].version
	}
	cur, err := r.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if cur > latest {
		return fmt.Errorf("schema version %d is newer than this binary knows (%d)", cur, latest)
	}
	for _, m := range migs {
		if m.version <= cur {
			continue
		}
		script, err := migrations.ReadFile(m.name)
		if err != nil {
			return err
		}
		err = r.inTx(ctx, func(tx *sql.Tx) error {
			// Another process may have applied it while this one waited for the write lock.
			var done int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
				return err
			}
			if done > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(script)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, path.Base(m.name), fmtTime(r.now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("apply migration %s: %w", path.Base(m.name), err)
		}
	}
	return nil
}

// inTx runs fn in a write transaction (BEGIN IMMEDIATE through the DSN), committing when fn
// returns nil.
func (r *Registry) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (r *Registry) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// timeLayout is fixed-width so that stored times sort as strings.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		// Written by this package only; a malformed value reads as zero rather than failing a listing.
		return time.Time{}
	}
	return t
}

// randHex returns n random bytes in hex.
func randHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func isUniqueViolation(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey
	}
	return false
}

var digestRE = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// ValidDigest reports whether d has the form "sha256:<64 lowercase hex>".
func ValidDigest(d string) bool { return digestRE.MatchString(d) }

// checkName validates a dataset or model name: ids are "<name>:v<N>" and aliases contain '@',
// so names may contain neither, nor spaces.
func checkName(kind, name string) error {
	if name == "" || strings.ContainsAny(name, ":@ \t\n") {
		return fmt.Errorf("%s name %q: must be non-empty without ':', '@' or spaces: %w", kind, name, ErrInvalid)
	}
	return nil
}

func versionID(name string, version int) string { return fmt.Sprintf("%s:v%d", name, version) }

// parseVersionRef splits "name:vN" or "name:N"; ok is false for a bare name.
func parseVersionRef(ref string) (name string, version int, ok bool) {
	name, v, found := strings.Cut(ref, ":")
	if !found {
		return ref, 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(v, "v"))
	if err != nil || n <= 0 {
		return ref, 0, false
	}
	return name, n, true
}

type scanner interface{ Scan(dest ...any) error }

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

func nullBytes(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}

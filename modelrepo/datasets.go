package modelrepo

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"
)

// Dataset file roles.
const (
	RoleTrain = "train"
	RoleEval  = "eval"
	RoleTest  = "test"
)

// DatasetFile is one content-addressed file of a dataset version.
type DatasetFile struct {
	Role    string `json:"role"` // RoleTrain, RoleEval or RoleTest
	Key     string `json:"key"`
	Digest  string `json:"digest"`
	Size    int64  `json:"size"`
	Records int    `json:"records"`
}

// DatasetVersion is a registered, immutable dataset build.
type DatasetVersion struct {
	ID                string          `json:"id"` // "<name>:v<version>", set by RegisterDataset
	Name              string          `json:"name"`
	Version           int             `json:"version"` // set by RegisterDataset: 1, 2, ... per name
	ManifestKey       string          `json:"manifest_key"`
	ManifestDigest    string          `json:"manifest_digest"`
	SourceRunID       string          `json:"source_run_id,omitempty"` // extraction run; must exist when set
	AnonymizerVersion string          `json:"anonymizer_version"`
	Records           int             `json:"records"`
	TrainRecords      int             `json:"train_records"`
	EvalRecords       int             `json:"eval_records"`
	Stats             json.RawMessage `json:"stats,omitempty"` // builder statistics (dedup, filters): counts only
	Files             []DatasetFile   `json:"files"`
	// Subjects are the data-subject pseudonyms (keyed HMACs) whose records the version holds.
	// They are written for subject → dataset → model tracing and not read back by GetDataset.
	Subjects  []string  `json:"-"`
	CreatedAt time.Time `json:"created_at"`
}

func (d DatasetVersion) validate() error {
	if err := checkName("dataset", d.Name); err != nil {
		return err
	}
	if d.ManifestKey == "" || !ValidDigest(d.ManifestDigest) {
		return fmt.Errorf("manifest key and sha256 digest required: %w", ErrInvalid)
	}
	if d.AnonymizerVersion == "" {
		return fmt.Errorf("anonymizer version required: %w", ErrInvalid)
	}
	if len(d.Files) == 0 {
		return fmt.Errorf("no files: %w", ErrInvalid)
	}
	for _, f := range d.Files {
		if f.Role != RoleTrain && f.Role != RoleEval && f.Role != RoleTest {
			return fmt.Errorf("file %s: role %q: %w", f.Key, f.Role, ErrInvalid)
		}
		if f.Key == "" || !ValidDigest(f.Digest) {
			return fmt.Errorf("file %q: key and sha256 digest required: %w", f.Key, ErrInvalid)
		}
	}
	if len(d.Stats) > 0 && !json.Valid(d.Stats) {
		return fmt.Errorf("stats are not JSON: %w", ErrInvalid)
	}
	return nil
}

// RegisterDataset records a dataset version with its files (and subjects) in one transaction,
// assigning the next version number of its name. Registering a manifest digest that the name
// already has returns that version unchanged, so re-running a build after a crash does not mint
// a new version.
func (r *Registry) RegisterDataset(ctx context.Context, d DatasetVersion) (DatasetVersion, error) {
	if err := d.validate(); err != nil {
		return DatasetVersion{}, fmt.Errorf("register dataset %s: %w", d.Name, err)
	}
	var existing string
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM dataset_versions WHERE name = ? AND manifest_digest = ?`,
			d.Name, d.ManifestDigest).Scan(&existing)
		if err == nil {
			return nil
		}
		if err != sql.ErrNoRows {
			return err
		}
		if d.SourceRunID != "" {
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM runs WHERE id = ?`, d.SourceRunID).Scan(&one); err == sql.ErrNoRows {
				return fmt.Errorf("source run %s: %w", d.SourceRunID, ErrNotFound)
			} else if err != nil {
				return err
			}
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM dataset_versions WHERE name = ?`, d.Name).Scan(&d.Version); err != nil {
			return err
		}
		d.ID = versionID(d.Name, d.Version)
		d.CreatedAt = parseTime(fmtTime(r.now()))
		if _, err := tx.ExecContext(ctx, `INSERT INTO dataset_versions (id, name, version, manifest_key, manifest_digest,
			source_run_id, anonymizer_version, records, train_records, eval_records, stats, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Name, d.Version, d.ManifestKey, d.ManifestDigest, nullString(d.SourceRunID), d.AnonymizerVersion,
			d.Records, d.TrainRecords, d.EvalRecords, nullBytes(d.Stats), fmtTime(d.CreatedAt)); err != nil {
			return err
		}
		for _, f := range d.Files {
			if _, err := tx.ExecContext(ctx, `INSERT INTO dataset_files (dataset_version_id, role, key, digest, size, records)
				VALUES (?, ?, ?, ?, ?, ?)`, d.ID, f.Role, f.Key, f.Digest, f.Size, f.Records); err != nil {
				return fmt.Errorf("file %s: %w", f.Key, err)
			}
		}
		if len(d.Subjects) > 0 {
			st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO dataset_subjects (subject, dataset_version_id) VALUES (?, ?)`)
			if err != nil {
				return err
			}
			defer st.Close()
			for _, s := range d.Subjects {
				if _, err := st.ExecContext(ctx, s, d.ID); err != nil {
					return err
				}
			}
		}
		return r.appendAudit(ctx, tx, ActorSystem, "dataset.register", d.ID, map[string]any{
			"manifest_digest": d.ManifestDigest, "source_run": d.SourceRunID, "anonymizer": d.AnonymizerVersion,
			"files": len(d.Files), "records": d.Records, "subjects": len(d.Subjects)})
	})
	if err != nil {
		return DatasetVersion{}, fmt.Errorf("register dataset %s: %w", d.Name, err)
	}
	if existing != "" {
		return r.GetDataset(ctx, existing)
	}
	d.Subjects = nil
	return d, nil
}

const datasetCols = `id, name, version, manifest_key, manifest_digest, COALESCE(source_run_id, ''), anonymizer_version,
	records, train_records, eval_records, stats, created_at`

func scanDataset(s scanner) (DatasetVersion, error) {
	var d DatasetVersion
	var stats []byte
	var created string
	err := s.Scan(&d.ID, &d.Name, &d.Version, &d.ManifestKey, &d.ManifestDigest, &d.SourceRunID, &d.AnonymizerVersion,
		&d.Records, &d.TrainRecords, &d.EvalRecords, &stats, &created)
	if len(stats) > 0 {
		d.Stats = stats
	}
	d.CreatedAt = parseTime(created)
	return d, err
}

// GetDataset returns a dataset version with its files. id is "<name>:v<N>" (or "<name>:N").
func (r *Registry) GetDataset(ctx context.Context, id string) (DatasetVersion, error) {
	name, v, ok := parseVersionRef(id)
	if !ok {
		return DatasetVersion{}, fmt.Errorf("get dataset %s: want <name>:v<N>: %w", id, ErrInvalid)
	}
	return r.datasetWhere(ctx, id, `name = ? AND version = ?`, name, v)
}

// LatestDataset returns the highest version of name.
func (r *Registry) LatestDataset(ctx context.Context, name string) (DatasetVersion, error) {
	return r.datasetWhere(ctx, name, `name = ? ORDER BY version DESC LIMIT 1`, name)
}

// Datasets returns every version of name (all names when ""), by name then version.
func (r *Registry) Datasets(ctx context.Context, name string) ([]DatasetVersion, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT `+datasetCols+` FROM dataset_versions WHERE (?1 = '' OR name = ?1)
		ORDER BY name, version`, name)
	if err != nil {
		return nil, fmt.Errorf("list datasets %s: %w", name, err)
	}
	var out []DatasetVersion
	for rows.Next() {
		d, err := scanDataset(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan dataset: %w", err)
		}
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Files, err = r.datasetFiles(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (r *Registry) datasetWhere(ctx context.Context, ref, where string, args ...any) (DatasetVersion, error) {
	d, err := scanDataset(r.db.QueryRowContext(ctx, `SELECT `+datasetCols+` FROM dataset_versions WHERE `+where, args...))
	if err == sql.ErrNoRows {
		return DatasetVersion{}, fmt.Errorf("get dataset %s: %w", ref, ErrNotFound)
	}
	if err != nil {
		return DatasetVersion{}, fmt.Errorf("get dataset %s: %w", ref, err)
	}
	if d.Files, err = r.datasetFiles(ctx, d.ID); err != nil {
		return DatasetVersion{}, err
	}
	return d, nil
}

func (r *Registry) datasetFiles(ctx context.Context, id string) ([]DatasetFile, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT role, key, digest, size, records FROM dataset_files
		WHERE dataset_version_id = ? ORDER BY CASE role WHEN 'train' THEN 0 WHEN 'eval' THEN 1 ELSE 2 END, key`, id)
	if err != nil {
		return nil, fmt.Errorf("list files of dataset %s: %w", id, err)
	}
	defer rows.Close()
	var out []DatasetFile
	for rows.Next() {
		var f DatasetFile
		if err := rows.Scan(&f.Role, &f.Key, &f.Digest, &f.Size, &f.Records); err != nil {
			return nil, fmt.Errorf("scan file of dataset %s: %w", id, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// SubjectDatasets returns the dataset versions that hold records of the data subject with
// pseudonym subject.
func (r *Registry) SubjectDatasets(ctx context.Context, subject string) ([]DatasetVersion, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT `+datasetCols+` FROM dataset_versions
		WHERE id IN (SELECT dataset_version_id FROM dataset_subjects WHERE subject = ?) ORDER BY name, version`, subject)
	if err != nil {
		return nil, fmt.Errorf("list datasets of subject: %w", err)
	}
	defer rows.Close()
	var out []DatasetVersion
	for rows.Next() {
		d, err := scanDataset(rows)
		if err != nil {
			return nil, fmt.Errorf("scan dataset: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

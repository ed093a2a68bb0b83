package modelrepo

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ModelStatusRegistered is the status of a newly registered model version.
const ModelStatusRegistered = "registered"

// ModelVersion is a trained adapter on a base model, registered with what produced it.
type ModelVersion struct {
	ID                  string          `json:"id"` // "<name>:v<version>", set by RegisterModel
	Name                string          `json:"name"`
	Version             int             `json:"version"` // set by RegisterModel: 1, 2, ... per name
	DatasetVersionID    string          `json:"dataset_version_id"`
	TrainingJobID       string          `json:"training_job_id"`
	Driver              string          `json:"driver"`           // local, slurm, kubernetes
	Recipe              string          `json:"recipe"`           // axolotl, llama-factory, unsloth, peft, command
	Params              json.RawMessage `json:"params,omitempty"` // hyperparameters as the job spec had them
	AdapterKey          string          `json:"adapter_key"`
	AdapterDigest       string          `json:"adapter_digest"`
	AdapterConfigKey    string          `json:"adapter_config_key,omitempty"`
	AdapterConfigDigest string          `json:"adapter_config_digest,omitempty"`
	BaseModel           string          `json:"base_model"`        // Ollama model name
	BaseDigest          string          `json:"base_digest"`       // digest of the base the adapter was trained for
	BaseHF              string          `json:"base_hf,omitempty"` // Hugging Face id the trainer used
	ChatTemplate        string          `json:"chat_template,omitempty"`
	Status              string          `json:"status"` // ModelStatusRegistered unless set
	CreatedAt           time.Time       `json:"created_at"`
}

func (m ModelVersion) validate() error {
	if err := checkName("model", m.Name); err != nil {
		return err
	}
	switch {
	case m.DatasetVersionID == "":
		return fmt.Errorf("dataset version required: %w", ErrInvalid)
	case m.AdapterKey == "":
		return fmt.Errorf("adapter key required: %w", ErrInvalid)
	case !ValidDigest(m.AdapterDigest):
		return fmt.Errorf("adapter digest %q: sha256 digest required: %w", m.AdapterDigest, ErrInvalid)
	case m.BaseModel == "":
		return fmt.Errorf("base model required: %w", ErrInvalid)
	case !ValidDigest(m.BaseDigest):
		return fmt.Errorf("base digest %q: sha256 digest required: %w", m.BaseDigest, ErrInvalid)
	case m.AdapterConfigKey != "" && !ValidDigest(m.AdapterConfigDigest):
		return fmt.Errorf("adapter config digest %q: sha256 digest required: %w", m.AdapterConfigDigest, ErrInvalid)
	case len(m.Params) > 0 && !json.Valid(m.Params):
		return fmt.Errorf("params are not JSON: %w", ErrInvalid)
	}
	return nil
}

// RegisterModel records a model version, assigning the next version number of its name. The
// dataset version must exist; the adapter and base digests are required. Registering an adapter
// digest that the name already has returns that version unchanged.
func (r *Registry) RegisterModel(ctx context.Context, m ModelVersion) (ModelVersion, error) {
	if err := m.validate(); err != nil {
		return ModelVersion{}, fmt.Errorf("register model %s: %w", m.Name, err)
	}
	if m.Status == "" {
		m.Status = ModelStatusRegistered
	}
	var existing string
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM model_versions WHERE name = ? AND adapter_digest = ?`,
			m.Name, m.AdapterDigest).Scan(&existing)
		if err == nil {
			return nil
		}
		if err != sql.ErrNoRows {
			return err
		}
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM dataset_versions WHERE id = ?`, m.DatasetVersionID).Scan(&one); err == sql.ErrNoRows {
			return fmt.Errorf("dataset %s: %w", m.DatasetVersionID, ErrNotFound)
		} else if err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) + 1 FROM model_versions WHERE name = ?`, m.Name).Scan(&m.Version); err != nil {
			return err
		}
		m.ID = versionID(m.Name, m.Version)
		m.CreatedAt = parseTime(fmtTime(r.now()))
		if _, err := tx.ExecContext(ctx, `INSERT INTO model_versions (id, name, version, dataset_version_id, training_job_id,
			driver, recipe, adapter_key, adapter_digest, adapter_config_key, adapter_config_digest, base_model, base_digest,
			base_hf_id, chat_template, params, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.ID, m.Name, m.Version, m.DatasetVersionID, m.TrainingJobID, m.Driver, m.Recipe, m.AdapterKey, m.AdapterDigest,
			m.AdapterConfigKey, m.AdapterConfigDigest, m.BaseModel, m.BaseDigest, m.BaseHF, m.ChatTemplate,
			nullBytes(m.Params), m.Status, fmtTime(m.CreatedAt)); err != nil {
			return err
		}
		return r.appendAudit(ctx, tx, ActorSystem, "model.register", m.ID, map[string]string{
			"dataset": m.DatasetVersionID, "training_job": m.TrainingJobID,
			"adapter_digest": m.AdapterDigest, "base_digest": m.BaseDigest})
	})
	if err != nil {
		return ModelVersion{}, fmt.Errorf("register model %s: %w", m.Name, err)
	}
	if existing != "" {
		return r.GetModel(ctx, existing)
	}
	return m, nil
}

const modelCols = `id, name, version, dataset_version_id, training_job_id, driver, recipe, adapter_key, adapter_digest,
	adapter_config_key, adapter_config_digest, base_model, base_digest, base_hf_id, chat_template, params, status, created_at`

func scanModel(s scanner) (ModelVersion, error) {
	var m ModelVersion
	var params []byte
	var created string
	err := s.Scan(&m.ID, &m.Name, &m.Version, &m.DatasetVersionID, &m.TrainingJobID, &m.Driver, &m.Recipe, &m.AdapterKey,
		&m.AdapterDigest, &m.AdapterConfigKey, &m.AdapterConfigDigest, &m.BaseModel, &m.BaseDigest, &m.BaseHF,
		&m.ChatTemplate, &params, &m.Status, &created)
	if len(params) > 0 {
		m.Params = params
	}
	m.CreatedAt = parseTime(created)
	return m, err
}

// GetModel returns a model version by reference: "<name>:v<N>" (or "<name>:N"), a bare name
// (its latest version), or an alias ("<name>@<stage>", resolved).
func (r *Registry) GetModel(ctx context.Context, ref string) (ModelVersion, error) {
	if strings.Contains(ref, "@") {
		return r.ResolveAlias(ctx, ref)
	}
	name, v, ok := parseVersionRef(ref)
	if !ok {
		return r.modelWhere(ctx, ref, `name = ? ORDER BY version DESC LIMIT 1`, ref)
	}
	return r.modelWhere(ctx, ref, `name = ? AND version = ?`, name, v)
}

func (r *Registry) modelWhere(ctx context.Context, ref, where string, args ...any) (ModelVersion, error) {
	m, err := scanModel(r.db.QueryRowContext(ctx, `SELECT `+modelCols+` FROM model_versions WHERE `+where, args...))
	if err == sql.ErrNoRows {
		return ModelVersion{}, fmt.Errorf("get model %s: %w", ref, ErrNotFound)
	}
	if err != nil {
		return ModelVersion{}, fmt.Errorf("get model %s: %w", ref, err)
	}
	return m, nil
}

// Models returns every version of name (all names when ""), by name then version.
func (r *Registry) Models(ctx context.Context, name string) ([]ModelVersion, error) {
	return r.modelList(ctx, `(?1 = '' OR name = ?1) ORDER BY name, version`, name)
}

// SubjectModels returns the model versions trained on a dataset version that holds records of
// the data subject with pseudonym subject.
func (r *Registry) SubjectModels(ctx context.Context, subject string) ([]ModelVersion, error) {
	return r.modelList(ctx, `dataset_version_id IN (SELECT dataset_version_id FROM dataset_subjects WHERE subject = ?)
		ORDER BY name, version`, subject)
}

func (r *Registry) modelList(ctx context.Context, where string, args ...any) ([]ModelVersion, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT `+modelCols+` FROM model_versions WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	defer rows.Close()
	var out []ModelVersion
	for rows.Next() {
		m, err := scanModel(rows)
		if err != nil {
			return nil, fmt.Errorf("scan model: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// SetModelStatus changes a model version's status (e.g. "evaluated", "rejected", "retired")
// and audits who did it.
func (r *Registry) SetModelStatus(ctx context.Context, id, status, actor string) error {
	if status == "" {
		return fmt.Errorf("set status of model %s: empty status: %w", id, ErrInvalid)
	}
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		var old string
		if err := tx.QueryRowContext(ctx, `SELECT status FROM model_versions WHERE id = ?`, id).Scan(&old); err == sql.ErrNoRows {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		if old == status {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE model_versions SET status = ? WHERE id = ?`, status, id); err != nil {
			return err
		}
		return r.appendAudit(ctx, tx, actor, "model.status", id, map[string]string{"from": old, "to": status})
	})
	if err != nil {
		return fmt.Errorf("set status of model %s: %w", id, err)
	}
	return nil
}

// EvalResult is one metric of one suite for a model version, with the base model's and the
// current production model's scores on the same items when they were measured.
type EvalResult struct {
	ID             int64           `json:"id"`
	ModelVersionID string          `json:"model_version_id"`
	Suite          string          `json:"suite"`
	Metric         string          `json:"metric"`
	Candidate      float64         `json:"candidate"`
	Base           *float64        `json:"base,omitempty"`
	Production     *float64        `json:"production,omitempty"`
	N              int             `json:"n"`
	Passed         bool            `json:"passed"`
	Details        json.RawMessage `json:"details,omitempty"` // no personal data
	CreatedAt      time.Time       `json:"created_at"`
}

// RecordEval stores an evaluation result of an existing model version.
func (r *Registry) RecordEval(ctx context.Context, e EvalResult) error {
	switch {
	case e.Suite == "" || e.Metric == "":
		return fmt.Errorf("record eval of %s: suite and metric required: %w", e.ModelVersionID, ErrInvalid)
	case e.ModelVersionID == "":
		return fmt.Errorf("record eval: model version required: %w", ErrInvalid)
	case len(e.Details) > 0 && !json.Valid(e.Details):
		return fmt.Errorf("record eval of %s: details are not JSON: %w", e.ModelVersionID, ErrInvalid)
	}
	e.CreatedAt = parseTime(fmtTime(r.now()))
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM model_versions WHERE id = ?`, e.ModelVersionID).Scan(&one); err == sql.ErrNoRows {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO evals (model_version_id, suite, metric, candidate, base, production, n, passed, details, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ModelVersionID, e.Suite, e.Metric, e.Candidate, e.Base, e.Production,
			e.N, e.Passed, nullBytes(e.Details), fmtTime(e.CreatedAt))
		if err != nil {
			return err
		}
		return r.appendAudit(ctx, tx, ActorSystem, "eval.record", e.ModelVersionID, map[string]any{
			"suite": e.Suite, "metric": e.Metric, "candidate": e.Candidate, "n": e.N, "passed": e.Passed})
	})
	if err != nil {
		return fmt.Errorf("record eval of %s: %w", e.ModelVersionID, err)
	}
	return nil
}

// Evals returns the model version's evaluation results in recording order.
func (r *Registry) Evals(ctx context.Context, modelVersionID string) ([]EvalResult, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id, model_version_id, suite, metric, candidate, base, production, n, passed,
		details, created_at FROM evals WHERE model_version_id = ? ORDER BY id`, modelVersionID)
	if err != nil {
		return nil, fmt.Errorf("list evals of %s: %w", modelVersionID, err)
	}
	defer rows.Close()
	var out []EvalResult
	for rows.Next() {
		var e EvalResult
		var base, prod sql.NullFloat64
		var details []byte
		var created string
		if err := rows.Scan(&e.ID, &e.ModelVersionID, &e.Suite, &e.Metric, &e.Candidate, &base, &prod, &e.N, &e.Passed,
			&details, &created); err != nil {
			return nil, fmt.Errorf("scan eval of %s: %w", modelVersionID, err)
		}
		if base.Valid {
			e.Base = &base.Float64
		}
		if prod.Valid {
			e.Production = &prod.Float64
		}
		if len(details) > 0 {
			e.Details = details
		}
		e.CreatedAt = parseTime(created)
		out = append(out, e)
	}
	return out, rows.Err()
}

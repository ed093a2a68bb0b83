package modelrepo

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// AliasMove is one change of an alias: who pointed it from which version to which, and when.
type AliasMove struct {
	Alias string    `json:"alias"`
	From  string    `json:"from"` // "" for the first assignment
	To    string    `json:"to"`
	Actor string    `json:"actor"`
	At    time.Time `json:"at"`
}

// Alias is an alias and the model version it points at.
type Alias struct {
	Alias          string    `json:"alias"`
	ModelVersionID string    `json:"model_version_id"`
	Actor          string    `json:"actor"`
	UpdatedAt      time.Time `json:"updated_at"`
}

func checkAlias(alias string) error {
	name, stage, ok := strings.Cut(alias, "@")
	if !ok || name == "" || stage == "" || strings.ContainsAny(alias, ": \t\n") || strings.Contains(stage, "@") {
		return fmt.Errorf("alias %q: want <name>@<stage>: %w", alias, ErrInvalid)
	}
	return nil
}

// SetAlias points alias ("<name>@<stage>", e.g. "crm-assistant@production") at a model version,
// recording the move (from → to, actor, time) in the alias history and the audit log in the
// same transaction. Setting an alias to the version it already has changes nothing.
func (r *Registry) SetAlias(ctx context.Context, alias, modelVersionID, actor string) error {
	if err := checkAlias(alias); err != nil {
		return fmt.Errorf("set alias %s: %w", alias, err)
	}
	if actor == "" {
		return fmt.Errorf("set alias %s: actor required: %w", alias, ErrInvalid)
	}
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM model_versions WHERE id = ?`, modelVersionID).Scan(&one); err == sql.ErrNoRows {
			return fmt.Errorf("model %s: %w", modelVersionID, ErrNotFound)
		} else if err != nil {
			return err
		}
		var from string
		err := tx.QueryRowContext(ctx, `SELECT model_version_id FROM aliases WHERE alias = ?`, alias).Scan(&from)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if from == modelVersionID {
			return nil
		}
		now := fmtTime(r.now())
		if _, err := tx.ExecContext(ctx, `INSERT INTO aliases (alias, model_version_id, actor, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (alias) DO UPDATE SET model_version_id = excluded.model_version_id, actor = excluded.actor,
			updated_at = excluded.updated_at`, alias, modelVersionID, actor, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO alias_history (alias, from_version, to_version, actor, at) VALUES (?, ?, ?, ?, ?)`,
			alias, from, modelVersionID, actor, now); err != nil {
			return err
		}
		return r.appendAudit(ctx, tx, actor, "alias.set", alias, map[string]string{"from": from, "to": modelVersionID})
	})
	if err != nil {
		return fmt.Errorf("set alias %s: %w", alias, err)
	}
	return nil
}

// ResolveAlias returns the model version alias points at.
func (r *Registry) ResolveAlias(ctx context.Context, alias string) (ModelVersion, error) {
	var id string
	err := r.db.QueryRowContext(ctx, `SELECT model_version_id FROM aliases WHERE alias = ?`, alias).Scan(&id)
	if err == sql.ErrNoRows {
		return ModelVersion{}, fmt.Errorf("resolve alias %s: %w", alias, ErrNotFound)
	}
	if err != nil {
		return ModelVersion{}, fmt.Errorf("resolve alias %s: %w", alias, err)
	}
	return r.modelWhere(ctx, id, `id = ?`, id)
}

// Aliases lists the aliases, by name; those pointing at modelVersionID only when it is set.
func (r *Registry) Aliases(ctx context.Context, modelVersionID string) ([]Alias, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT alias, model_version_id, actor, updated_at FROM aliases
		WHERE (?1 = '' OR model_version_id = ?1) ORDER BY alias`, modelVersionID)
	if err != nil {
		return nil, fmt.Errorf("list aliases: %w", err)
	}
	defer rows.Close()
	var out []Alias
	for rows.Next() {
		var a Alias
		var at string
		if err := rows.Scan(&a.Alias, &a.ModelVersionID, &a.Actor, &at); err != nil {
			return nil, fmt.Errorf("scan alias: %w", err)
		}
		a.UpdatedAt = parseTime(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// AliasHistory returns the moves of alias, oldest first.
func (r *Registry) AliasHistory(ctx context.Context, alias string) ([]AliasMove, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT alias, from_version, to_version, actor, at FROM alias_history
		WHERE alias = ? ORDER BY id`, alias)
	if err != nil {
		return nil, fmt.Errorf("list history of alias %s: %w", alias, err)
	}
	defer rows.Close()
	var out []AliasMove
	for rows.Next() {
		var m AliasMove
		var at string
		if err := rows.Scan(&m.Alias, &m.From, &m.To, &m.Actor, &at); err != nil {
			return nil, fmt.Errorf("scan history of alias %s: %w", alias, err)
		}
		m.At = parseTime(at)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Deployment records that a model version was created in Ollama with the given digests.
type Deployment struct {
	ID             int64     `json:"id"`
	ModelVersionID string    `json:"model_version_id"`
	OllamaModel    string    `json:"ollama_model"`
	AdapterDigest  string    `json:"adapter_digest"`
	BaseDigest     string    `json:"base_digest"`
	ManifestDigest string    `json:"manifest_digest"` // Ollama manifest digest of the created model
	At             time.Time `json:"at"`              // zero means now
}

// RecordDeployment stores a deployment of an existing model version.
func (r *Registry) RecordDeployment(ctx context.Context, d Deployment) error {
	if d.OllamaModel == "" {
		return fmt.Errorf("record deployment of %s: ollama model required: %w", d.ModelVersionID, ErrInvalid)
	}
	if d.At.IsZero() {
		d.At = r.now()
	}
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		var one int
		if err := tx.QueryRowContext(ctx, `SELECT 1 FROM model_versions WHERE id = ?`, d.ModelVersionID).Scan(&one); err == sql.ErrNoRows {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO deployments (model_version_id, ollama_model, adapter_digest, base_digest,
			manifest_digest, at) VALUES (?, ?, ?, ?, ?, ?)`, d.ModelVersionID, d.OllamaModel, d.AdapterDigest, d.BaseDigest,
			d.ManifestDigest, fmtTime(d.At)); err != nil {
			return err
		}
		return r.appendAudit(ctx, tx, ActorSystem, "model.deploy", d.ModelVersionID, map[string]string{
			"ollama_model": d.OllamaModel, "adapter_digest": d.AdapterDigest, "base_digest": d.BaseDigest,
			"manifest_digest": d.ManifestDigest})
	})
	if err != nil {
		return fmt.Errorf("record deployment of %s: %w", d.ModelVersionID, err)
	}
	return nil
}

// Deployments returns the model version's deployments, oldest first (all when
// modelVersionID is "").
func (r *Registry) Deployments(ctx context.Context, modelVersionID string) ([]Deployment, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id, model_version_id, ollama_model, adapter_digest, base_digest, manifest_digest, at
		FROM deployments WHERE (?1 = '' OR model_version_id = ?1) ORDER BY id`, modelVersionID)
	if err != nil {
		return nil, fmt.Errorf("list deployments of %s: %w", modelVersionID, err)
	}
	defer rows.Close()
	var out []Deployment
	for rows.Next() {
		var d Deployment
		var at string
		if err := rows.Scan(&d.ID, &d.ModelVersionID, &d.OllamaModel, &d.AdapterDigest, &d.BaseDigest, &d.ManifestDigest, &at); err != nil {
			return nil, fmt.Errorf("scan deployment of %s: %w", modelVersionID, err)
		}
		d.At = parseTime(at)
		out = append(out, d)
	}
	return out, rows.Err()
}

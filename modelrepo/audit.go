package modelrepo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// ActorSystem is the audit actor for changes the pipeline makes on its own (runs, staging).
const ActorSystem = "system"

// AuditEntry is one row of the append-only audit log.
//
// Hash = "sha256:" + hex(SHA-256(PrevHash || "\n" || canonical)), where canonical is the JSON
// object {"seq":..,"at":..,"actor":..,"action":..,"subject":..,"details":..} with the stored
// strings in that order. The first entry's PrevHash is "". audit_head keeps the last seq and
// hash in the same transaction as each append, so deleting the newest rows is detected too.
// Details hold ids, digests and counts only, never personal data.
type AuditEntry struct {
	Seq      int64           `json:"seq"`
	At       string          `json:"at"` // UTC, fixed width; hashed as stored
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Details  json.RawMessage `json:"details"`
	PrevHash string          `json:"prev_hash"`
	Hash     string          `json:"hash"`
}

// AuditCheckpoint is the log head. Copy it out of the database (a signed file, write-once
// storage) and pass it to VerifyAuditCheckpoint later to prove the log still extends it.
type AuditCheckpoint struct {
	Seq  int64  `json:"seq"`
	Hash string `json:"hash"`
}

// Audit appends an entry. details is marshalled to JSON (nil → {}); it must hold ids and
// digests, never personal data.
func (r *Registry) Audit(ctx context.Context, actor, action, subject string, details any) error {
	err := r.inTx(ctx, func(tx *sql.Tx) error {
		return r.appendAudit(ctx, tx, actor, action, subject, details)
	})
	if err != nil {
		return fmt.Errorf("append audit %s: %w", action, err)
	}
	return nil
}

// appendAudit appends inside tx, so that the entry commits with the change it records.
func (r *Registry) appendAudit(ctx context.Context, tx *sql.Tx, actor, action, subject string, details any) error {
	if actor == "" || action == "" {
		return fmt.Errorf("audit entry needs actor and action: %w", ErrInvalid)
	}
	d, err := canonicalDetails(details)
	if err != nil {
		return err
	}
	var head AuditCheckpoint
	if err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit_head WHERE id = 1`).Scan(&head.Seq, &head.Hash); err != nil {
		return fmt.Errorf("read audit head: %w", err)
	}
	e := AuditEntry{
		Seq: head.Seq + 1, At: fmtTime(r.now()), Actor: actor, Action: action, Subject: subject,
		Details: d, PrevHash: head.Hash,
	}
	e.Hash = auditHash(e)
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, e.Seq, e.At, e.Actor, e.Action, e.Subject, string(e.Details), e.PrevHash, e.Hash); err != nil {
		return fmt.Errorf("insert audit entry %d: %w", e.Seq, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1`, e.Seq, e.Hash); err != nil {
		return fmt.Errorf("advance audit head: %w", err)
	}
	return nil
}

func canonicalDetails(details any) (json.RawMessage, error) {
	var raw []byte
	switch d := details.(type) {
	case nil:
		return json.RawMessage(`{}`), nil
	case json.RawMessage:
		raw = d
	default:
		b, err := json.Marshal(details)
		if err != nil {
			return nil, fmt.Errorf("marshal audit details: %w", err)
		}
		raw = b
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, raw); err != nil {
		return nil, fmt.Errorf("audit details: %w", err)
	}
	return buf.Bytes(), nil
}

func auditHash(e AuditEntry) string {
	canonical, _ := json.Marshal(struct {
		Seq     int64           `json:"seq"`
		At      string          `json:"at"`
		Actor   string          `json:"actor"`
		Action  string          `json:"action"`
		Subject string          `json:"subject"`
		Details json.RawMessage `json:"details"`
	}{e.Seq, e.At, e.Actor, e.Action, e.Subject, e.Details})
	h := sha256.New()
	h.Write([]byte(e.PrevHash))
	h.Write([]byte{'\n'})
	h.Write(canonical)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// AuditLog returns entries with seq > after, oldest first, at most limit (all when limit <= 0).
func (r *Registry) AuditLog(ctx context.Context, after int64, limit int) ([]AuditEntry, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := r.db.QueryContext(ctx, `SELECT seq, at, actor, action, subject, details, prev_hash, hash
		FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("list audit log: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		var d string
		if err := rows.Scan(&e.Seq, &e.At, &e.Actor, &e.Action, &e.Subject, &d, &e.PrevHash, &e.Hash); err != nil {
			return nil, fmt.Errorf("scan audit entry: %w", err)
		}
		e.Details = json.RawMessage(d)
		out = append(out, e)
	}
	return out, rows.Err()
}

// AuditHead returns the current head of the log.
func (r *Registry) AuditHead(ctx context.Context) (AuditCheckpoint, error) {
	var cp AuditCheckpoint
	err := r.db.QueryRowContext(ctx, `SELECT seq, hash FROM audit_head WHERE id = 1`).Scan(&cp.Seq, &cp.Hash)
	if err != nil {
		return cp, fmt.Errorf("read audit head: %w", err)
	}
	return cp, nil
}

// VerifyAudit walks the whole log and checks that seqs are contiguous from 1, each prev_hash is
// the previous hash, each hash recomputes, and the head row matches the last entry. It returns
// the number of verified entries; any edited, inserted or deleted row yields ErrAuditTampered
// naming the first bad seq.
func (r *Registry) VerifyAudit(ctx context.Context) (int, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT seq, at, actor, action, subject, details, prev_hash, hash
		FROM audit_log ORDER BY seq`)
	if err != nil {
		return 0, fmt.Errorf("verify audit log: %w", err)
	}
	defer rows.Close()
	n := 0
	prev := AuditCheckpoint{}
	for rows.Next() {
		var e AuditEntry
		var d string
		if err := rows.Scan(&e.Seq, &e.At, &e.Actor, &e.Action, &e.Subject, &d, &e.PrevHash, &e.Hash); err != nil {
			return n, fmt.Errorf("verify audit log: %w", err)
		}
		e.Details = json.RawMessage(d)
		switch {
		case e.Seq != prev.Seq+1:
			return n, fmt.Errorf("verify audit entry %d: expected seq %d (rows missing): %w", e.Seq, prev.Seq+1, ErrAuditTampered)
		case e.PrevHash != prev.Hash:
			return n, fmt.Errorf("verify audit entry %d: prev_hash does not match entry %d: %w", e.Seq, prev.Seq, ErrAuditTampered)
		case auditHash(e) != e.Hash:
			return n, fmt.Errorf("verify audit entry %d: hash does not match contents: %w", e.Seq, ErrAuditTampered)
		}
		prev = AuditCheckpoint{Seq: e.Seq, Hash: e.Hash}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("verify audit log: %w", err)
	}
	head, err := r.AuditHead(ctx)
	if err != nil {
		return n, err
	}
	if head != prev {
		return n, fmt.Errorf("verify audit head: head is entry %d but log ends at %d: %w", head.Seq, prev.Seq, ErrAuditTampered)
	}
	return n, nil
}

// VerifyAuditCheckpoint verifies the log and checks that it still contains cp unchanged, which
// detects a rewrite of the whole chain after cp was exported.
func (r *Registry) VerifyAuditCheckpoint(ctx context.Context, cp AuditCheckpoint) (int, error) {
	n, err := r.VerifyAudit(ctx)
	if err != nil {
		return n, err
	}
	if cp.Seq == 0 {
		return n, nil
	}
	var h string
	err = r.db.QueryRowContext(ctx, `SELECT hash FROM audit_log WHERE seq = ?`, cp.Seq).Scan(&h)
	if err == sql.ErrNoRows || (err == nil && h != cp.Hash) {
		return n, fmt.Errorf("verify audit checkpoint %d: %w", cp.Seq, ErrAuditTampered)
	}
	if err != nil {
		return n, fmt.Errorf("verify audit checkpoint %d: %w", cp.Seq, err)
	}
	return n, nil
}

package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
	"github.com/iml/iml/pipeline/config"
)

// ingestBatch is how many records go into one staging transaction.
const ingestBatch = 500

// IngestReport counts what the ingest stage did.
type IngestReport struct {
	Source           string `json:"source"`
	Read             int    `json:"read"`
	Old              int    `json:"old"` // older than the cursor: already ingested by an earlier run
	New              int    `json:"new"`
	Updated          int    `json:"updated"`
	Unchanged        int    `json:"unchanged"`
	Erased           int    `json:"erased"`            // records of erased data subjects, not staged
	Quarantined      int    `json:"quarantined"`       // newly quarantined by this run
	QuarantinedKnown int    `json:"quarantined_known"` // bad lines quarantined by an earlier run
	CursorFrom       string `json:"cursor_from"`
	CursorTo         string `json:"cursor_to"`
}

// quarantineEntry is the object written for a record that does not fit the contract. It keeps the
// raw line so nothing is lost; the quarantine prefix holds personal data and is access-controlled
// like the staging tables.
type quarantineEntry struct {
	Pipeline string `json:"pipeline"`
	Run      string `json:"run"`
	Source   string `json:"source"`
	Line     int    `json:"line"`
	Reason   string `json:"reason"`
	SHA256   string `json:"sha256"`
	Raw      string `json:"raw"`
}

// ingest reads the JSONL export and stages every record updated at or after the source cursor.
// The cursor is the newest updated_at committed so far; it moves only in the last transaction, so a
// crash mid-file re-reads the file and the upsert by (system, source id) makes that harmless.
func (r *Runner) ingest(ctx context.Context, p config.Pipeline, runID string) (IngestReport, error) {
	rep := IngestReport{Source: p.Source.Name}
	cursor, err := r.Registry.Cursor(ctx, p.Source.Name)
	if err != nil {
		return rep, fmt.Errorf("read cursor %s: %w", p.Source.Name, err)
	}
	rep.CursorFrom = cursor
	var watermark time.Time
	if cursor != "" {
		if watermark, err = time.Parse(time.RFC3339Nano, cursor); err != nil {
			return rep, fmt.Errorf("parse cursor %s: %w", p.Source.Name, err)
		}
	}
	erasedSubjects, erasedRecords, err := r.Registry.Erased(ctx)
	if err != nil {
		return rep, err
	}
	// erased reports whether rec belongs to an erased data subject: a tombstoned record, a
	// communication or deal of a tombstoned client, or a client carrying an erased identifier.
	erased := func(rec crm.Record) bool {
		src := rec.Source()
		if erasedRecords[src.System+"\x00"+src.ID] {
			return true
		}
		switch {
		case rec.Communication != nil:
			return erasedRecords[src.System+"\x00"+rec.Communication.ClientID]
		case rec.Deal != nil:
			return erasedRecords[src.System+"\x00"+rec.Deal.ClientID]
		case rec.Client != nil && len(erasedSubjects) > 0:
			for _, v := range rec.Client.Identifiers() {
				if erasedSubjects[r.Anon.SubjectID(v)] {
					return true
				}
			}
		}
		return false
	}
	f, err := os.Open(p.Source.Path)
	if err != nil {
		return rep, fmt.Errorf("open source %s: %w", p.Source.Name, err)
	}
	defer f.Close()

	newest := watermark
	var batch []modelrepo.StagedRecord
	commit := func(cursor string) error {
		res, err := r.Registry.Commit(ctx, p.Source.Name, cursor, runID, batch)
		if err != nil {
			return fmt.Errorf("stage records of %s: %w", p.Source.Name, err)
		}
		rep.New += res.New
		rep.Updated += res.Updated
		rep.Unchanged += res.Unchanged
		batch = batch[:0]
		return nil
	}
	var qerr error
	quarantine := func(line int, raw []byte, reason string) {
		if qerr != nil {
			return
		}
		sum := sha256.Sum256(raw)
		e := quarantineEntry{Pipeline: p.Name, Run: runID, Source: p.Source.Name, Line: line, Reason: reason,
			SHA256: hex.EncodeToString(sum[:]), Raw: string(raw)}
		b, err := json.Marshal(e)
		if err != nil {
			qerr = err
			return
		}
		// Keyed by the line's digest: a bad line that stays in the export is quarantined once, and
		// later runs count it as already known instead of storing it again.
		key := fmt.Sprintf("quarantine/%s/%s.json", p.Name, e.SHA256)
		if _, err := r.Store.Stat(ctx, key); err == nil {
			rep.QuarantinedKnown++
			return
		} else if !errors.Is(err, modelrepo.ErrNotFound) {
			qerr = fmt.Errorf("quarantine line %d: %w", line, err)
			return
		}
		if _, err := r.Store.PutKey(ctx, key, b, "application/json"); err != nil {
			qerr = fmt.Errorf("quarantine line %d: %w", line, err)
			return
		}
		rep.Quarantined++
	}
	err = crm.ReadJSONL(ctx, f, func(line int, rec crm.Record) error {
		if qerr != nil {
			return qerr
		}
		rep.Read++
		at := rec.UpdatedAt().UTC()
		if !watermark.IsZero() && at.Before(watermark) {
			rep.Old++
			return nil
		}
		if erased(rec) {
			rep.Erased++
			return nil
		}
		st, err := crm.ToStaged(rec)
		if err != nil {
			raw, _ := json.Marshal(rec)
			quarantine(line, raw, "record does not fit the contract")
			return qerr
		}
		if at.After(newest) {
			newest = at
		}
		batch = append(batch, st)
		if len(batch) >= ingestBatch {
			return commit(cursor) // records are durable, the cursor stays until the end
		}
		return nil
	}, quarantine)
	if err == nil {
		err = qerr
	}
	if err != nil {
		return rep, fmt.Errorf("ingest %s: %w", p.Source.Name, err)
	}
	rep.CursorTo = cursor
	if !newest.IsZero() {
		rep.CursorTo = newest.Format(time.RFC3339Nano)
	}
	if err := commit(rep.CursorTo); err != nil {
		return rep, err
	}
	return rep, nil
}

// Package modelrepo is IML's model repository: content-addressed objects in MinIO (Store) and the
// SQLite registry (Registry) that links extraction runs, dataset versions, training runs, model
// versions, evaluations, aliases and deployments, plus the tamper-evident audit log.
// It imports nothing else of IML.
package modelrepo

import "time"

// Object is a stored, content-addressed object.
type Object struct {
	Key    string `json:"key"`
	Digest string `json:"digest"` // "sha256:<hex>" of the bytes
	Size   int64  `json:"size"`
}

// StagedRecord is a CRM contract record as the staging tables keep it. Body is the contract JSON.
// The staging tables are the on-premise mirror of CRM data that the dataset stage reads; they hold
// personal data and are covered by erasure.
type StagedRecord struct {
	System    string    // source system, e.g. "amocrm"
	SourceID  string    // id in that system
	Kind      string    // "client", "deal", "communication"
	UpdatedAt time.Time // the record's updated_at
	Body      []byte    // contract JSON
	RunID     string    // run that last changed the record (set by the store on write)
}

// CommitResult counts what a staging commit changed.
type CommitResult struct {
	New       int
	Updated   int
	Unchanged int // same (system, source id) with identical body: re-pulling a window changes nothing
}

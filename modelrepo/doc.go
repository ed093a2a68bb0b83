// Package modelrepo is IML's model repository: content-addressed objects in MinIO (Store) and the
// SQLite registry (Registry) that links extraction runs, dataset versions, training runs, model
// versions, evaluations, aliases and deployments, plus the tamper-evident audit log.
// It imports nothing else of IML.
//
// Identity: every digest is "sha256:<hex>" of the bytes. Content-addressed objects live at
// <prefix>/<hex><ext> with the digest also in the object's metadata, so an object is never
// overwritten with other bytes. Dataset and model versions are "<name>:v<N>", numbered per name;
// aliases are "<name>@<stage>". Registry rows link extraction run → dataset version (files,
// manifest, data-subject pseudonyms) → model version (training job, adapter and base digests) →
// evals → alias moves → deployments; Lineage walks that chain. Every change is appended, in the
// same transaction, to a hash-chained audit log that VerifyAudit checks.
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

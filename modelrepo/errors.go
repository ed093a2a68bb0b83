package modelrepo

import "errors"

// Sentinel errors. Callers branch on them with errors.Is; the wrapping error names the id.
var (
	// ErrNotFound: the object, run, version, alias or record does not exist.
	ErrNotFound = errors.New("modelrepo: not found")
	// ErrRunActive: the pipeline already has a run in state "running".
	ErrRunActive = errors.New("modelrepo: run already active")
	// ErrConflict: the change contradicts what is stored (finishing a finished run, a key whose
	// stored digest differs from the content, ...).
	ErrConflict = errors.New("modelrepo: conflict")
	// ErrInvalid: a required field is missing or malformed (an empty digest, a name with '@', ...).
	ErrInvalid = errors.New("modelrepo: invalid")
	// ErrDigestMismatch: stored bytes do not hash to the expected digest.
	ErrDigestMismatch = errors.New("modelrepo: digest mismatch")
	// ErrAuditTampered: the audit log's hash chain does not verify.
	ErrAuditTampered = errors.New("modelrepo: audit log tampered")
)

package train

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

// ErrJobNotFound is returned by a JobStore that has no row for the id.
var ErrJobNotFound = errors.New("train: no such job record")

// JobRecord is a training job as the registry keeps it.
type JobRecord struct {
	ID            string
	Driver        string
	Recipe        string
	Spec          JobSpec
	Handle        Handle
	State         State
	Reason        string
	AdapterDigest string
	CreatedAt     time.Time
	StartedAt     time.Time // zero until the job was seen running
	FinishedAt    time.Time // zero until terminal
}

// JobStore records job lifecycles and progress metrics. The Runner is its writer; the CLI and the
// pipeline read it. Implementations must be safe for concurrent use.
type JobStore interface {
	// CreateJob inserts a new job in state queued; an existing id is an error.
	CreateJob(ctx context.Context, rec JobRecord) error
	// SetHandle records where the driver runs the job, right after Submit.
	SetHandle(ctx context.Context, id string, h Handle) error
	// Transition moves the job to state at time at. Entering running sets StartedAt once; entering a
	// terminal state sets FinishedAt. A terminal job does not move again (no error, no change).
	Transition(ctx context.Context, id string, to State, reason string, at time.Time) error
	// SetAdapter records the digest of the collected adapter.
	SetAdapter(ctx context.Context, id, digest string) error
	// RecordMetrics stores progress lines; ps is the job's full progress so far, in order, so calls
	// are idempotent: lines already stored (by position) are skipped.
	RecordMetrics(ctx context.Context, id string, ps []Progress) error
	// Job returns one record, or ErrJobNotFound.
	Job(ctx context.Context, id string) (JobRecord, error)
	// Metrics returns the stored progress of a job in order.
	Metrics(ctx context.Context, id string) ([]Progress, error)
	// ActiveJobs returns the jobs not yet terminal, oldest first: what to re-attach after a restart.
	ActiveJobs(ctx context.Context) ([]JobRecord, error)
}

// MemStore is an in-memory JobStore for tests.
type MemStore struct {
	mu      sync.Mutex
	jobs    map[string]*JobRecord
	metrics map[string][]Progress
	order   []string
}

var _ JobStore = (*MemStore)(nil)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{jobs: map[string]*JobRecord{}, metrics: map[string][]Progress{}}
}

// CreateJob implements JobStore.
func (m *MemStore) CreateJob(_ context.Context, rec JobRecord) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.jobs[rec.ID]; ok {
		return fmt.Errorf("create job %s: already exists", rec.ID)
	}
	rec.State = StateQueued
	m.jobs[rec.ID] = &rec
	m.order = append(m.order, rec.ID)
	return nil
}

func (m *MemStore) get(id string) (*JobRecord, error) {
	r, ok := m.jobs[id]
	if !ok {
		return nil, fmt.Errorf("job %s: %w", id, ErrJobNotFound)
	}
	return r, nil
}

// SetHandle implements JobStore.
func (m *MemStore) SetHandle(_ context.Context, id string, h Handle) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.get(id)
	if err != nil {
		return err
	}
	r.Handle = h
	return nil
}

// Transition implements JobStore.
func (m *MemStore) Transition(_ context.Context, id string, to State, reason string, at time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.get(id)
	if err != nil {
		return err
	}
	if r.State.Terminal() {
		return nil
	}
	r.State, r.Reason = to, reason
	if to == StateRunning && r.StartedAt.IsZero() {
		r.StartedAt = at
	}
	if to.Terminal() {
		r.FinishedAt = at
	}
	return nil
}

// SetAdapter implements JobStore.
func (m *MemStore) SetAdapter(_ context.Context, id, digest string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.get(id)
	if err != nil {
		return err
	}
	r.AdapterDigest = digest
	return nil
}

// RecordMetrics implements JobStore.
func (m *MemStore) RecordMetrics(_ context.Context, id string, ps []Progress) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.get(id); err != nil {
		return err
	}
	if have := len(m.metrics[id]); len(ps) > have {
		m.metrics[id] = append(m.metrics[id], ps[have:]...)
	}
	return nil
}

// Job implements JobStore.
func (m *MemStore) Job(_ context.Context, id string) (JobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.get(id)
	if err != nil {
		return JobRecord{}, err
	}
	return *r, nil
}

// Metrics implements JobStore.
func (m *MemStore) Metrics(_ context.Context, id string) ([]Progress, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.get(id); err != nil {
		return nil, err
	}
	return slices.Clone(m.metrics[id]), nil
}

// ActiveJobs implements JobStore.
func (m *MemStore) ActiveJobs(_ context.Context) ([]JobRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []JobRecord
	for _, id := range m.order {
		if r := m.jobs[id]; !r.State.Terminal() {
			out = append(out, *r)
		}
	}
	return out, nil
}

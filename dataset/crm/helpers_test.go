package crm

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/iml/iml/modelrepo"
)

// fakeClock advances instantly on Sleep, so rate limits and backoffs cost no real time.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)} }

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	if d > 0 {
		f.now = f.now.Add(d)
	}
	f.slept = append(f.slept, d)
	f.mu.Unlock()
	return ctx.Err()
}

func (f *fakeClock) sleeps() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.slept...)
}

var errKilled = errors.New("killed")

// killingStore is a Store whose Commit fails from the n-th call on, as if the process died
// before the transaction committed: nothing of that commit is applied.
type killingStore struct {
	Store
	mu     sync.Mutex
	calls  int
	failAt int
}

func (k *killingStore) Commit(ctx context.Context, source, cursor, runID string, recs []modelrepo.StagedRecord) (modelrepo.CommitResult, error) {
	k.mu.Lock()
	k.calls++
	n := k.calls
	k.mu.Unlock()
	if k.failAt > 0 && n >= k.failAt {
		return modelrepo.CommitResult{}, errKilled
	}
	return k.Store.Commit(ctx, source, cursor, runID, recs)
}

// stagedIDs lists "system:id" of every staged record.
func stagedIDs(ctx context.Context, s Store) ([]string, error) {
	var out []string
	err := s.Staged(ctx, "", func(r modelrepo.StagedRecord) error {
		out = append(out, r.System+":"+r.SourceID)
		return nil
	})
	return out, err
}

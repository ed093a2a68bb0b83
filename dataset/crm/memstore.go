package crm

import (
	"bytes"
	"context"
	"sort"
	"sync"

	"github.com/iml/iml/modelrepo"
)

// MemStore is an in-memory Store for unit tests. It is not durable.
type MemStore struct {
	mu      sync.Mutex
	cursors map[string]string
	recs    map[string]modelrepo.StagedRecord
}

var _ Store = (*MemStore)(nil)

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore {
	return &MemStore{cursors: map[string]string{}, recs: map[string]modelrepo.StagedRecord{}}
}

func (m *MemStore) Cursor(_ context.Context, source string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cursors[source], nil
}

func (m *MemStore) Commit(_ context.Context, source, cursor, runID string, recs []modelrepo.StagedRecord) (modelrepo.CommitResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var res modelrepo.CommitResult
	for _, r := range recs {
		k := r.System + "\x00" + r.SourceID
		old, ok := m.recs[k]
		switch {
		case !ok:
			res.New++
		case bytes.Equal(old.Body, r.Body):
			res.Unchanged++
			continue
		default:
			res.Updated++
		}
		r.RunID = runID
		r.Body = bytes.Clone(r.Body)
		m.recs[k] = r
	}
	m.cursors[source] = cursor
	return res, nil
}

func (m *MemStore) Staged(_ context.Context, kind string, fn func(modelrepo.StagedRecord) error) error {
	m.mu.Lock()
	var out []modelrepo.StagedRecord
	for _, r := range m.recs {
		if kind == "" || r.Kind == kind {
			out = append(out, r)
		}
	}
	m.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].System != out[j].System {
			return out[i].System < out[j].System
		}
		return out[i].SourceID < out[j].SourceID
	})
	for _, r := range out {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

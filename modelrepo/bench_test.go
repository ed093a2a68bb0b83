package modelrepo_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/iml/iml/modelrepo"
)

func benchRegistry(b *testing.B) *modelrepo.Registry {
	r, err := modelrepo.OpenRegistry(b.Context(), filepath.Join(b.TempDir(), "registry.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { r.Close() })
	return r
}

// BenchmarkCommit measures staging 1,000 new ~300-byte records per transaction.
func BenchmarkCommit(b *testing.B) {
	r := benchRegistry(b)
	body := fmt.Appendf(nil, `{"text":"%0280d"}`, 0)
	n := 0
	for b.Loop() {
		recs := make([]modelrepo.StagedRecord, 1000)
		for i := range recs {
			recs[i] = modelrepo.StagedRecord{System: "amocrm", SourceID: fmt.Sprint(n), Kind: "communication", Body: body}
			n++
		}
		if _, err := r.Commit(b.Context(), "amocrm", fmt.Sprint(n), "run", recs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkAudit measures appending one audit entry per transaction.
func BenchmarkAudit(b *testing.B) {
	r := benchRegistry(b)
	for b.Loop() {
		if err := r.Audit(b.Context(), "bench", "test", "x", map[string]int{"n": 1}); err != nil {
			b.Fatal(err)
		}
	}
}

package pii

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestTmpDump(t *testing.T) {
	out := os.Getenv("PII_DUMP")
	if out == "" {
		t.Skip()
	}
	f, _ := os.Create(out)
	w := bufio.NewWriter(f)
	e := newTestEngine(t)
	docs := benchCorpus()
	for _, s := range GenerateCorpus(7, 3000) {
		docs = append(docs, s.Text)
	}
	if extra := os.Getenv("PII_EXTRA"); extra != "" {
		b, _ := os.ReadFile(extra)
		docs = append(docs, string(b))
	}
	for i, d := range docs {
		a, c := e.Anonymize(d, Pseudonym)
		fmt.Fprintf(w, "%d %v %s %v\n", i, e.Scan(d), a, c)
	}
	w.Flush()
	f.Close()
}

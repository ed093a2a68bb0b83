package pii

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o600) }

func TestRunScan(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a", "text": "тел. +79123456789"}`,
		`not json`,
		`{"id": "b"}`,
		`{"text": "без id"}`,
		`{"id": 7, "text": "🙂 ИНН 7707083893"}`,
		"{\"id\": \"c\", \"text\": \"bad \xff utf8 8 912 345 67 89\"}",
	}, "\n")
	var out, errOut bytes.Buffer
	err := RunScan(t.Context(), strings.NewReader(in), &out, &errOut, ScanOptions{})
	if !errors.Is(err, ErrBadInput) {
		t.Fatalf("err = %v, want ErrBadInput", err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	want := []string{
		`{"id":"a","entities":[{"type":"PHONE","start":5,"end":17,"score":0.98}]}`,
		`{"id":7,"entities":[{"type":"INN","start":6,"end":16,"score":0.99}]}`,
		`{"id":"c","entities":[{"type":"PHONE","start":11,"end":26,"score":0.95}]}`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("stdout:\n%s\nwant:\n%s", out.String(), strings.Join(want, "\n"))
	}
	for _, frag := range []string{"line 2:", `line 3: id "b": missing field text`, "line 4: missing field id"} {
		if !strings.Contains(errOut.String(), frag) {
			t.Errorf("stderr %q lacks %q", errOut.String(), frag)
		}
	}
}

func TestRunRedact(t *testing.T) {
	in := `{"id":"1","text":"Звонил Петров Иван, тел. 8 912 345 67 89"}` + "\n"
	for _, op := range []string{"pseudonym", "surrogate", "mask", "redact"} {
		t.Run(op, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := RunRedact(t.Context(), strings.NewReader(in), &out, &errOut, RedactOptions{Operator: op, Key: testKey}); err != nil {
				t.Fatal(err)
			}
			var l textLine
			if err := json.Unmarshal(out.Bytes(), &l); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(l.Text, "Петров") || strings.Contains(l.Text, "345 67 89") {
				t.Errorf("%s output leaks: %q", op, l.Text)
			}
		})
	}
	var out, errOut bytes.Buffer
	if err := RunRedact(t.Context(), strings.NewReader(in), &out, &errOut, RedactOptions{Operator: "hash"}); err == nil {
		t.Error("unknown operator accepted")
	}
}

// genReader produces n JSON lines on the fly, so the input never sits in memory.
type genReader struct {
	docs []string
	i, n int
	buf  []byte
}

func (g *genReader) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i >= g.n {
			return 0, io.EOF
		}
		b, _ := json.Marshal(map[string]string{"id": strconv.Itoa(g.i), "text": g.docs[g.i%len(g.docs)]})
		g.buf = append(b, '\n')
		g.i++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

type discard struct{ n int64 }

func (d *discard) Write(p []byte) (int, error) { d.n += int64(len(p)); return len(p), nil }

func TestRedactStreamingMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams tens of megabytes")
	}
	docs := make([]string, 0, 2000)
	for _, s := range GenerateCorpus(7, 2000) {
		docs = append(docs, s.Text)
	}
	heapAfter := func(n int) uint64 {
		var out discard
		if err := RunRedact(t.Context(), &genReader{docs: docs, n: n}, &out, &discard{}, RedactOptions{Key: testKey}); err != nil {
			t.Fatal(err)
		}
		runtime.GC() // live memory, not the garbage a collection would take: what stays flat is what the run retains
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse
	}
	small := heapAfter(5_000)  // ≈1 MB
	large := heapAfter(80_000) // ≈16 MB
	t.Logf("heap in use after 1 MB: %d KiB, after 16 MB: %d KiB", small>>10, large>>10)
	if large > small+8<<20 {
		t.Errorf("heap grew from %d to %d bytes with 16× the input", small, large)
	}
}

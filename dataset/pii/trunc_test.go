package pii

import (
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// TestTruncatedTextsNeverPanic cuts every labelled text at many byte
// offsets, mid-rune too, and scans both halves: the rules that look behind
// or ahead of a word must stay in bounds at any edge (a cut once found "кв.
// . по" reading an empty token). The fuzz targets cover random bytes; this
// covers real CRM text ending anywhere.
func TestTruncatedTextsNeverPanic(t *testing.T) {
	if testing.Short() {
		t.Skip("scans about a million prefixes and suffixes")
	}
	e := newTestEngine(t)
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled files: %v", err)
	}
	scans := 0
	for _, f := range files {
		for _, s := range loadSamples(t, f) {
			for cut := 0; cut < len(s.Text); cut += 5 {
				for _, part := range [...]string{s.Text[:cut], s.Text[cut:]} {
					n := utf8.RuneCountInString(part)
					for _, ent := range e.Scan(part) {
						if ent.Start < 0 || ent.End > n || ent.Start >= ent.End {
							t.Fatalf("%s cut at %d: entity %+v out of bounds (%d runes)", s.ID, cut, ent, n)
						}
					}
					scans++
				}
			}
		}
	}
	t.Logf("%d scans", scans)
}

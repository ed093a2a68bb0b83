package pii

import (
	"os"
	"strings"
	"testing"
)

func TestDebugErrors(t *testing.T) {
	if os.Getenv("PII_DEBUG") == "" {
		t.Skip("set PII_DEBUG to list errors on the development seed")
	}
	e := newTestEngine(t)
	shown := 0
	for _, s := range GenerateCorpus(1, 3000) {
		pred := e.Scan(s.Text)
		r := []rune(s.Text)
		for _, g := range s.Spans {
			hit := false
			for _, p := range pred {
				if p.Type == g.Type && iou(g.Start, g.End, p.Start, p.End) >= 0.5 {
					hit = true
				}
			}
			if !hit && shown < 60 && (os.Getenv("PII_DEBUG") == "all" || os.Getenv("PII_DEBUG") == g.Type) {
				shown++
				t.Logf("FN %s %q in %q => %q", g.Type, string(r[g.Start:g.End]), s.Text, found(s.Text, pred))
			}
		}
		for _, p := range pred {
			hit := false
			for _, g := range s.Spans {
				if p.Type == g.Type && iou(g.Start, g.End, p.Start, p.End) >= 0.5 {
					hit = true
				}
			}
			if !hit && shown < 60 && (os.Getenv("PII_DEBUG") == "all" || os.Getenv("PII_DEBUG") == p.Type) {
				shown++
				t.Logf("FP %s %q in %q", p.Type, string(r[p.Start:p.End]), s.Text)
			}
		}
	}
}

// TestProbe prints what the engine finds in each line of the file named by
// PII_PROBE (a development aid).
func TestProbe(t *testing.T) {
	path := os.Getenv("PII_PROBE")
	if path == "" {
		t.Skip("set PII_PROBE to a file of lines to scan")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		line = strings.ReplaceAll(line, `\n`, "\n")
		t.Logf("%q => %q", line, found(line, e.Scan(line)))
	}
}

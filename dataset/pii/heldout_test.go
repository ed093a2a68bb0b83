package pii

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// testdata/heldout.jsonl holds 252 CRM messages (chat, e-mail,
// call transcripts; Russian and English) written by hand, independently of
// GenerateCorpus and of the engine's name lists, with gold spans in code
// points. Identifiers carry valid check digits; the negatives (orders,
// amounts, dates, SKUs, tracking and barcode numbers, invalid ИНН and card
// numbers) carry none.
//
// It is no longer held out. The engine was not tuned on it through
// rules-2025.4; on 2026-11-25 it became a development file (the name is
// kept), because its remaining misses were the only evidence of the
// categories that kept the leak above the 0.5% target: lower-case names
// after kin words and visit verbs ("жене, таня", "заходил вова", "talked to
// kevin"), English names before a verb of a person ("Grace said",
// "Kowalski signed", "Björn Lindqvist asked"), one-word continental streets
// ("Friedrichstraße 43, 10117 Berlin"), a city before ", на улице", and
// false alarms on job titles, product models, months before a day and cues
// in a previous sentence. rules-2025.5 fixes those categories in general
// ways, with negatives in dev2.jsonl; scores here now overstate what unseen
// text gets, and testdata/heldout2.jsonl is the untuned test set.

// loadSamples reads labelled messages, one JSON Sample a line.
func loadSamples(t testing.TB, path string) []Sample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Sample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		var s Sample
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s line %d: %v", path, len(out)+1, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// heldoutFloor is what the engine must keep scoring on this file, now a
// development file (see above). The targets are F1 ≥ 0.97 for
// validated identifiers and ≥ 0.92 for PERSON and ADDRESS. PERSON and
// ADDRESS were 0.957 and 0.984 untuned (rules-2025.3 and .4) and reach 1.0
// with rules-2025.5, tuned on this file; the floors guard that level.
var heldoutFloor = map[string]float64{
	TypePhone: 0.97, TypeEmail: 0.97, TypeCard: 0.97, TypeINN: 0.97, TypeSNILS: 0.97, TypeOGRN: 0.97,
	TypePassport: 0.97, TypeBankAccount: 0.97, TypeIP: 0.97, TypeAddress: 0.99, // 0.984 untuned, 1.0 with rules-2025.5
	TypePerson: 0.99, // 0.915 when written, 0.957 untuned with rules-2025.4, 1.0 with rules-2025.5
}

// heldoutMaxLeak: target 0.005. 3.64% when written, 2.035% untuned with
// rules-2025.4, 0% with rules-2025.5 after tuning on this file; unseen text
// is measured by heldout2.jsonl.
const heldoutMaxLeak = 0.002

func TestHeldout(t *testing.T) {
	corpusCheck{file: "testdata/heldout.jsonl", name: "former held-out corpus (a dev set since rules-2025.5)",
		minMessages: 150, floors: heldoutFloor, everyType: true, maxLeak: heldoutMaxLeak,
		errorsEnv: "PII_HELDOUT_ERRORS"}.run(t)
}

// corpusCheck is a hand-written labelled corpus and the levels the engine must keep on it.
type corpusCheck struct {
	file, name  string
	minMessages int
	floors      map[string]float64 // minimum F1 per type
	everyType   bool               // every entity type must have gold spans in the file
	maxLeak     float64            // share of gold PII characters no prediction covers
	errorsEnv   string             // when this variable is set, misses are listed (with -v)
}

func (c corpusCheck) run(t *testing.T) {
	t.Helper()
	e := newTestEngine(t)
	samples := loadSamples(t, c.file)
	if len(samples) < c.minMessages {
		t.Fatalf("%s has %d messages, want ≥ %d", c.file, len(samples), c.minMessages)
	}
	q := Evaluate(samples, e.Scan)
	t.Logf("%s, %d hand-written messages:\n%s", c.name, len(samples), q)
	t.Logf("leaked characters by gold type: %s", leakByType(samples, e.Scan))
	if c.everyType {
		for typ, ts := range q.PerType {
			if ts.TP+ts.FN == 0 {
				t.Errorf("%s: no gold spans in %s", typ, c.file)
			}
		}
	}
	for typ, want := range c.floors {
		if ts := q.PerType[typ]; ts.F1 < want {
			t.Errorf("%s F1 = %.4f, want ≥ %.3f", typ, ts.F1, want)
		}
	}
	if q.Leak >= c.maxLeak {
		t.Errorf("leak = %.3f%%, want < %.2f%%", 100*q.Leak, 100*c.maxLeak)
	}
	if os.Getenv(c.errorsEnv) != "" {
		logErrors(t, samples, e.Scan)
		logLeaks(t, samples, e.Scan)
	}
}

// leakByType renders, per gold type, the code points no prediction covers.
func leakByType(samples []Sample, detect func(string) []Entity) string {
	leaked, total := map[string]int{}, map[string]int{}
	for _, s := range samples {
		pred := detect(s.Text)
		for _, g := range s.Spans {
			for c := g.Start; c < g.End; c++ {
				total[g.Type]++
				if !slices.ContainsFunc(pred, func(p Entity) bool { return c >= p.Start && c < p.End }) {
					leaked[g.Type]++
				}
			}
		}
	}
	var b strings.Builder
	for _, typ := range Types {
		if leaked[typ] > 0 {
			fmt.Fprintf(&b, "%s %d/%d ", typ, leaked[typ], total[typ])
		}
	}
	return b.String()
}

// logErrors lists misses and false alarms (PII_HELDOUT_ERRORS=1, with -v).
func logErrors(t *testing.T, samples []Sample, detect func(string) []Entity) {
	for _, s := range samples {
		pred := detect(s.Text)
		r := []rune(s.Text)
		for _, g := range s.Spans {
			hit := slices.ContainsFunc(pred, func(p Entity) bool {
				return p.Type == g.Type && iou(g.Start, g.End, p.Start, p.End) >= 0.5
			})
			if !hit {
				t.Logf("FN %s %q in %s, found %q", g.Type, string(r[g.Start:g.End]), s.ID, found(s.Text, pred))
			}
		}
		for _, p := range pred {
			hit := slices.ContainsFunc(s.Spans, func(g GoldSpan) bool {
				return p.Type == g.Type && iou(g.Start, g.End, p.Start, p.End) >= 0.5
			})
			if !hit {
				t.Logf("FP %s %q in %s", p.Type, string(r[p.Start:p.End]), s.ID)
			}
		}
	}
}

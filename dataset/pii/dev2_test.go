package pii

import "testing"

// testdata/dev2.jsonl holds hand-written CRM messages aimed at span
// completeness: full Russian addresses in several orders (country, postcode,
// region, city, street, house, building, flat, office, entrance, floor),
// English, UK and US addresses with units and PO boxes, and full names with
// patronymics in every case, initials, hyphenated and particle surnames,
// and names split across lines in e-mail signatures; with negatives. Like
// dev.jsonl it is a development file; the held-out file is not tuned on.

// dev2Floor is the F1 the engine keeps on the second development file.
// Before the rules it drove (rules-2025.3): PERSON 0.859, ADDRESS 0.898,
// leak 10.85%.
var dev2Floor = map[string]float64{TypePerson: 0.97, TypeAddress: 0.98}

// 0.94% with rules-2025.4, 0.91% with rules-2025.5 (18 more messages:
// negatives and variants for its rules): a bare settlement with a
// building, a particle name after a month-like word.
const dev2MaxLeak = 0.01

func TestDev2(t *testing.T) {
	corpusCheck{file: "testdata/dev2.jsonl", name: "dev2 corpus", minMessages: 120, floors: dev2Floor,
		maxLeak: dev2MaxLeak, errorsEnv: "PII_DEV_ERRORS"}.run(t)
}

// logLeaks lists the gold spans a prediction covers only in part, with the
// uncovered code points shown as '_' (PII_DEV_ERRORS=1, with -v).
func logLeaks(t *testing.T, samples []Sample, detect func(string) []Entity) {
	for _, s := range samples {
		pred := detect(s.Text)
		r := []rune(s.Text)
		for _, g := range s.Spans {
			out := make([]rune, 0, g.End-g.Start)
			leaked := false
			for c := g.Start; c < g.End; c++ {
				covered := false
				for _, p := range pred {
					if c >= p.Start && c < p.End {
						covered = true
						break
					}
				}
				if covered {
					out = append(out, r[c])
				} else {
					out = append(out, '_')
					leaked = true
				}
			}
			if leaked {
				t.Logf("LEAK %s %q in %s", g.Type, string(out), s.ID)
			}
		}
	}
}

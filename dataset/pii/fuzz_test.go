package pii

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range GenerateCorpus(3, 40) {
		f.Add(s.Text)
	}
	for _, s := range []string{"", "\xff\xfe", "+", "(", "[", "@", "a@b.c", "ул.", "И.", "8 (", "+7 (912", "[PERSON_",
		"2200 1234 5678 9019\xd0", "Иванов\xd0", "123456, г. Москва, ул. ", "1 Main St,", "серия 4506 номер", "广州市B", "机场路88号B"} {
		f.Add(s)
	}
}

// FuzzScan: never panics, offsets are in bounds, ordered and non-overlapping.
func FuzzScan(f *testing.F) {
	fuzzSeeds(f)
	e := newTestEngine(f)
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, en := range e.Scan(text) {
			if en.Start < prev || en.End <= en.Start || en.End > n {
				t.Fatalf("bad entity %+v (runes %d) in %q", en, n, text)
			}
			prev = en.End
		}
		boundary := map[int]bool{len(text): true}
		for i := range text { // decoding boundaries: an invalid byte is one rune
			boundary[i] = true
		}
		for _, sp := range e.scan(text, nil) {
			if !boundary[sp.start] || !boundary[sp.end] {
				t.Fatalf("span %d:%d not on rune boundaries in %q", sp.start, sp.end, text)
			}
		}
	})
}

// FuzzAnonymize: redaction (Process, what datasets and the CLI use) is
// idempotent for every operator that leaves no valid identifier behind, and
// a pseudonym never carries the original.
func FuzzAnonymize(f *testing.F) {
	fuzzSeeds(f)
	e := newTestEngine(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, op := range []Operator{Pseudonym, Mask, Redact} {
			once := e.Process(text, op).Text
			twice := e.Process(once, op).Text
			if once != twice {
				t.Fatalf("%s not idempotent:\n in: %q\n 1x: %q\n 2x: %q", op, text, once, twice)
			}
		}
		spans := e.scan(text, nil)
		var inserted []span
		out, _, _ := e.anonymize(text, Pseudonym, nil, &inserted)
		if len(inserted) != len(spans) {
			t.Fatalf("%d spans, %d replacements", len(spans), len(inserted))
		}
		for i, ins := range inserted {
			tok := out[ins.start:ins.end]
			orig := text[spans[i].start:spans[i].end]
			if !tokenRE.MatchString(tok) || len(orig) >= 4 && strings.Contains(tok, orig) {
				t.Fatalf("pseudonym %q for %q", tok, orig)
			}
		}
		e.Anonymize(text, Surrogate) // must not panic
	})
}

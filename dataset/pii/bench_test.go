package pii

import (
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// benchCorpus is about 10 MB of generated CRM messages (ru and en, with
// identifiers, names, addresses and the usual numbers that are not PII).
var benchCorpus = sync.OnceValue(func() []string {
	var docs []string
	size := 0
	for seed := uint64(100); size < 10<<20; seed++ {
		for _, s := range GenerateCorpus(seed, 2000) {
			docs = append(docs, s.Text)
			size += len(s.Text)
		}
	}
	return docs
})

func corpusBytes(docs []string) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

var engineNsPerByte float64

// BenchmarkPII measures scan + pseudonymize over the 10 MB corpus with the
// engine and, side by side, with a straightforward regexp implementation of
// the same entities (checksums and name tables included). Run it with
// GOMAXPROCS=1 for the single-core figure.
func BenchmarkPII(b *testing.B) {
	docs := benchCorpus()
	e := newTestEngine(b)
	b.Run("engine", func(b *testing.B) {
		b.SetBytes(corpusBytes(docs))
		b.ReportAllocs()
		start := time.Now()
		for b.Loop() {
			for _, d := range docs {
				e.Anonymize(d, Pseudonym)
			}
		}
		engineNsPerByte = float64(time.Since(start).Nanoseconds()) / float64(b.N) / float64(corpusBytes(docs))
	})
	b.Run("regexp", func(b *testing.B) {
		rx := newRegexpBaseline(e)
		b.SetBytes(corpusBytes(docs))
		b.ReportAllocs()
		start := time.Now()
		for b.Loop() {
			for _, d := range docs {
				rx.anonymize(d)
			}
		}
		ns := float64(time.Since(start).Nanoseconds()) / float64(b.N) / float64(corpusBytes(docs))
		if engineNsPerByte > 0 {
			b.ReportMetric(ns/engineNsPerByte, "x_slower_than_engine")
		}
	})
}

// regexpBaseline is the straightforward implementation the engine is
// compared with: one regexp per entity, the same validators, a
// capitalized-word regexp checked against the same name tables.
type regexpBaseline struct {
	e     *Engine
	rules []regexpRule
	names *regexp.Regexp
}

type regexpRule struct {
	typ   uint8
	re    *regexp.Regexp
	valid func(digits string) bool
}

func newRegexpBaseline(e *Engine) *regexpBaseline {
	any := func(string) bool { return true }
	return &regexpBaseline{e: e, rules: []regexpRule{
		{tEmail, regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-zА-Яа-я]{2,}`), any},
		{tPhone, regexp.MustCompile(`(?:\+7|\b8|\b7)[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}\b`), any},
		{tPhone, regexp.MustCompile(`\+\d{1,3}[\s(]+\d{1,4}[\s)]+\d[\d\s-]{5,11}\d\b|\(\d{3}\)\s?\d{3}-\d{4}\b`), any},
		{tCard, regexp.MustCompile(`\b(?:\d{4}[ -]?){3}\d{4}\b`), func(d string) bool { return luhnValid(d) && cardPrefixValid(d) }},
		{tSNILS, regexp.MustCompile(`\b\d{3}-\d{3}-\d{3} \d{2}\b|\b\d{11}\b`), snilsValid},
		{tINN, regexp.MustCompile(`\b\d{10}\b|\b\d{12}\b`), innValid},
		{tOGRN, regexp.MustCompile(`\b\d{13}\b|\b\d{15}\b`), ogrnValid},
		{tPassport, regexp.MustCompile(`\b\d{2}\s?\d{2}\s(?:№\s|номер\s)?\d{6}\b`), any},
		{tAccount, regexp.MustCompile(`\b\d{20}\b`), any},
		{tIP, regexp.MustCompile(`\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b`), any},
		{tAddress, regexp.MustCompile(`(?:(?:\d{6}, )?(?:г\. [А-ЯЁ][а-яё-]+, ))?(?:ул\.|улица|проспект|пр-т|пер\.|бульвар|ш\.|наб\.)\s+[А-ЯЁ0-9][\p{L}\d-]*(?:\s+[А-ЯЁ][\p{L}-]*)?(?:,\s*(?:д\.|дом|корп\.|кв\.)\s*\d+\p{L}?)*`), any},
		{tAddress, regexp.MustCompile(`\b\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Drive)\b(?:,\s*(?:Apt \d+|[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2} \d{5}))*`), any},
	}, names: regexp.MustCompile(`[А-ЯЁA-Z][а-яёa-z]+(?:\s+[А-ЯЁA-Z][а-яёa-z]+){0,2}`)}
}

func digitsOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func (r *regexpBaseline) anonymize(text string) string {
	var spans []span
	for _, rule := range r.rules {
		for _, m := range rule.re.FindAllStringIndex(text, -1) {
			v := text[m[0]:m[1]]
			if rule.typ != tEmail && rule.typ != tAddress && rule.typ != tIP && !rule.valid(digitsOnly(v)) {
				continue
			}
			spans = append(spans, span{start: m[0], end: m[1], typ: rule.typ, score: 0.9})
		}
	}
	for _, m := range r.names.FindAllStringIndex(text, -1) {
		for w := range strings.FieldsSeq(text[m[0]:m[1]]) {
			if in, ok := nameTab[fold(w)]; ok && in.isName() {
				spans = append(spans, span{start: m[0], end: m[1], typ: tPerson, score: 0.8})
				break
			}
		}
	}
	spans = resolve(spans)
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		b.WriteString(text[pos:sp.start])
		b.Write(r.e.appendToken(nil, sp.typ, text[sp.start:sp.end]))
		pos = sp.end
	}
	b.WriteString(text[pos:])
	return b.String()
}

// BenchmarkScan measures detection alone over the same corpus.
func BenchmarkScan(b *testing.B) {
	docs := benchCorpus()
	e := newTestEngine(b)
	b.SetBytes(corpusBytes(docs))
	b.ReportAllocs()
	var buf []span
	for b.Loop() {
		for _, d := range docs {
			buf = e.scan(d, buf)
		}
	}
}

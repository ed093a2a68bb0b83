package eval

import (
	"strings"
	"unicode"
)

// ChrF parameters, the sacreBLEU defaults (Popović 2016).
const (
	ChrFOrder = 6 // longest character n-gram
	ChrFBeta  = 2 // recall weighs beta² times as much as precision
)

// ChrF is the sentence-level chrF of hyp against ref on a 0–100 scale, as sacreBLEU's CHRF() computes it
// by default: whitespace is removed, character n-grams of order 1..6 are counted (case-sensitive, on
// runes), precision and recall are averaged over the orders that both strings are long enough to have,
// and combined into an F-score with beta 2. An empty hypothesis or reference scores 0.
func ChrF(hyp, ref string) float64 {
	var s chrfStats
	s.add(hyp, ref)
	return s.score()
}

// chrfStats accumulates n-gram counts; summing them over examples gives corpus-level chrF.
type chrfStats struct {
	hyp, ref, match [ChrFOrder]int
}

func (s *chrfStats) add(hyp, ref string) {
	h, r := stripSpace(hyp), stripSpace(ref)
	for n := 1; n <= ChrFOrder; n++ {
		hc, rc := charNgrams(h, n), charNgrams(r, n)
		i := n - 1
		for g, c := range hc {
			s.hyp[i] += c
			s.match[i] += min(c, rc[g])
		}
		for _, c := range rc {
			s.ref[i] += c
		}
	}
}

func (s *chrfStats) score() float64 {
	var prec, rec float64
	order := 0
	for i := range ChrFOrder {
		if s.hyp[i] > 0 && s.ref[i] > 0 {
			prec += float64(s.match[i]) / float64(s.hyp[i])
			rec += float64(s.match[i]) / float64(s.ref[i])
			order++
		}
	}
	if order == 0 {
		return 0
	}
	prec /= float64(order)
	rec /= float64(order)
	if prec+rec == 0 {
		return 0
	}
	b2 := float64(ChrFBeta * ChrFBeta)
	return 100 * (1 + b2) * prec * rec / (b2*prec + rec)
}

func stripSpace(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	return out
}

func charNgrams(rs []rune, n int) map[string]int {
	if len(rs) < n {
		return nil
	}
	m := make(map[string]int, len(rs)-n+1)
	for i := 0; i+n <= len(rs); i++ {
		m[string(rs[i:i+n])]++
	}
	return m
}

// TokenF1 is the SQuAD-style token overlap F1 of hyp against ref on a 0–100 scale. Texts are lowercased
// and split into runs of letters and digits (punctuation and spaces separate tokens; "ё" counts as "е"),
// and the F1 of the multiset overlap is returned. Two texts without tokens score 100; one without scores 0.
func TokenF1(hyp, ref string) float64 {
	ht, rt := Tokens(hyp), Tokens(ref)
	if len(ht) == 0 || len(rt) == 0 {
		if len(ht) == len(rt) {
			return 100
		}
		return 0
	}
	counts := make(map[string]int, len(rt))
	for _, t := range rt {
		counts[t]++
	}
	common := 0
	for _, t := range ht {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(ht))
	r := float64(common) / float64(len(rt))
	return 100 * 2 * p * r / (p + r)
}

// Tokens lowercases s, folds "ё" to "е" and splits it into runs of letters and digits.
func Tokens(s string) []string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "ё", "е")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

package pii

import (
	"fmt"
	"sort"
	"strings"
)

// TypeScore holds span-level counts and rates for one entity type.
type TypeScore struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

// Quality is the outcome of Evaluate.
type Quality struct {
	PerType map[string]*TypeScore
	// PIIChars counts gold PII code points; LeakedChars those no prediction
	// of any type covers. Leak is their ratio.
	PIIChars, LeakedChars int
	Leak                  float64
}

// Evaluate scores detect against the gold spans of samples: a prediction
// matches a gold span of the same type when their intersection over union
// is at least 0.5 (each gold span matches at most one prediction).
func Evaluate(samples []Sample, detect func(string) []Entity) Quality {
	q := Quality{PerType: map[string]*TypeScore{}}
	for _, t := range Types {
		q.PerType[t] = &TypeScore{}
	}
	for _, s := range samples {
		pred := detect(s.Text)
		used := make([]bool, len(pred))
		for _, gsp := range s.Spans {
			ts := q.PerType[gsp.Type]
			best, bestIoU := -1, 0.5
			for i, p := range pred {
				if used[i] || p.Type != gsp.Type {
					continue
				}
				if v := iou(gsp.Start, gsp.End, p.Start, p.End); v >= bestIoU {
					best, bestIoU = i, v
				}
			}
			if best >= 0 {
				used[best] = true
				ts.TP++
			} else {
				ts.FN++
			}
			q.PIIChars += gsp.End - gsp.Start
			for c := gsp.Start; c < gsp.End; c++ {
				covered := false
				for _, p := range pred {
					if c >= p.Start && c < p.End {
						covered = true
						break
					}
				}
				if !covered {
					q.LeakedChars++
				}
			}
		}
		for i, p := range pred {
			if !used[i] {
				if ts := q.PerType[p.Type]; ts != nil {
					ts.FP++
				}
			}
		}
	}
	for _, ts := range q.PerType {
		ts.Precision = ratio(ts.TP, ts.TP+ts.FP)
		ts.Recall = ratio(ts.TP, ts.TP+ts.FN)
		if ts.Precision+ts.Recall > 0 {
			ts.F1 = 2 * ts.Precision * ts.Recall / (ts.Precision + ts.Recall)
		}
	}
	q.Leak = ratio(q.LeakedChars, q.PIIChars)
	return q
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func iou(a0, a1, b0, b1 int) float64 {
	inter := min(a1, b1) - max(a0, b0)
	if inter <= 0 {
		return 0
	}
	return float64(inter) / float64(max(a1, b1)-min(a0, b0))
}

// String renders the quality report as a table.
func (q Quality) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-13s %6s %6s %6s %7s %7s %7s\n", "type", "tp", "fp", "fn", "prec", "recall", "f1")
	names := make([]string, 0, len(q.PerType))
	for n := range q.PerType {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := q.PerType[n]
		fmt.Fprintf(&b, "%-13s %6d %6d %6d %7.4f %7.4f %7.4f\n", n, t.TP, t.FP, t.FN, t.Precision, t.Recall, t.F1)
	}
	fmt.Fprintf(&b, "leaked PII characters: %d of %d (%.3f%%)\n", q.LeakedChars, q.PIIChars, 100*q.Leak)
	return b.String()
}

package eval

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestChrF(t *testing.T) {
	tests := []struct {
		name     string
		hyp, ref string
		want     float64
	}{
		// The value published in the Hugging Face chrF metric card (sacreBLEU, char order 6, beta 2).
		{"en sacrebleu card", "The relationship between Obama and Netanyahu is not exactly friendly.", "The ties between Obama and Netanyahu are not particularly friendly.", 61.576379378113785},
		{"identical", "the cat sat on the mat", "the cat sat on the mat", 100},
		{"whitespace ignored", "the cat  sat\non the mat", "thecatsatonthemat", 100},
		// 1-grams P=1 R=2/3, 2-grams P=1 R=1/2, no 3-grams in hyp: P=1, R=7/12, F2=35/55.
		{"short, hand computed", "ab", "abc", 100 * 35.0 / 55.0},
		{"disjoint", "abc", "xyz", 0},
		{"empty hyp", "", "abc", 0},
		{"empty ref", "abc", "", 0},
		{"both empty", "", "", 0},
		{"ru partial", "Привет, как дела?", "Привет, как у вас дела?", 62.056075065709614},
		{"ru reply", "Добрый день! Заказ отправлен сегодня.", "Здравствуйте! Ваш заказ отправлен вчера.", 35.968001660753316},
		// Case-sensitive like sacreBLEU: only the 1-gram "ж" matches. P=R=1/2 at n=1, 0 at n=2.
		{"ru case-sensitive", "Ёж", "ёж", 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ChrF(tt.hyp, tt.ref); !near(got, tt.want) {
				t.Errorf("ChrF(%q, %q) = %.12f, want %.12f", tt.hyp, tt.ref, got, tt.want)
			}
		})
	}
}

func TestChrFCorpusSumsStatistics(t *testing.T) {
	var s chrfStats
	s.add("The relationship between Obama and Netanyahu is not exactly friendly.", "The ties between Obama and Netanyahu are not particularly friendly.")
	s.add("Привет, как дела?", "Привет, как у вас дела?")
	s.add("Добрый день! Заказ отправлен сегодня.", "Здравствуйте! Ваш заказ отправлен вчера.")
	// Computed with a transcription of sacreBLEU's CHRF.corpus_score.
	if got, want := s.score(), 53.591218946795436; !near(got, want) {
		t.Errorf("corpus chrF = %.12f, want %.12f", got, want)
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		name     string
		hyp, ref string
		want     float64
	}{
		{"identical", "Hello there", "hello, there!", 100},
		// 4 common of 6 and 6 tokens.
		{"en overlap", "The cat sat on the mat.", "the cat is on a mat", 100 * 4.0 / 6.0},
		// 3 common of 3 and 5: P=1, R=0.6, F1=0.75.
		{"ru overlap", "Привет, как дела?", "Привет, как у вас дела?", 75},
		{"ru yo folded", "Ещё раз", "еще РАЗ", 100},
		{"disjoint", "да", "нет", 0},
		{"both empty", "...", "", 100},
		{"one empty", "", "нет", 0},
		{"digits are tokens", "заказ 42", "заказ 43", 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TokenF1(tt.hyp, tt.ref); !near(got, tt.want) {
				t.Errorf("TokenF1(%q, %q) = %.12f, want %.12f", tt.hyp, tt.ref, got, tt.want)
			}
		})
	}
}

func BenchmarkChrF(b *testing.B) {
	hyp := "Добрый день! Ваш заказ №4521 отправлен сегодня курьерской службой, трек-номер пришлём в SMS."
	ref := "Здравствуйте! Заказ №4521 отправлен вчера транспортной компанией, номер для отслеживания придёт по SMS."
	for b.Loop() {
		ChrF(hyp, ref)
	}
}

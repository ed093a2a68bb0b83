package train

import (
	"strings"
	"testing"
)

func TestParseProgress(t *testing.T) {
	tests := []struct {
		name string
		line string
		want Progress
		ok   bool
	}{
		{name: "iml line", line: `{"step":3,"loss":1.5,"epoch":0.25,"learning_rate":0.0002}`,
			want: Progress{Step: 3, Loss: 1.5, Epoch: 0.25, LearningRate: 0.0002}, ok: true},
		{name: "event", line: `{"event":"done","step":9}`, want: Progress{Step: 9, Event: "done"}, ok: true},
		{name: "lr alias", line: `{"step":1,"lr":0.1}`, want: Progress{Step: 1, LearningRate: 0.1}, ok: true},
		{name: "hf trainer dict", line: `{'loss': 2.0, 'grad_norm': 0.5, 'learning_rate': 0.0001, 'epoch': 0.5}`,
			want: Progress{Step: -1, Loss: 2, LearningRate: 0.0001, Epoch: 0.5}, ok: true},
		{name: "hf eval dict", line: `{'eval_loss': 1.5, 'eval_runtime': 3.2, 'epoch': 1.0}`,
			want: Progress{Step: -1, Loss: 1.5, Epoch: 1, Event: "eval"}, ok: true},
		{name: "json without step", line: `{"loss":1}`},
		{name: "broken json", line: `{"step": oops}`},
		{name: "text", line: `loading checkpoint shards`},
		{name: "hf nan", line: `{'loss': nan, 'epoch': 0.5}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseProgress([]byte(tt.line))
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseProgress = %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseLogNumbersHFLines(t *testing.T) {
	log := "start\n{'loss': 2.0, 'epoch': 0.5}\n{'loss': 1.0, 'epoch': 1.0}\nTraceback: bad row from a.b@example.com\n"
	ps, last := ParseLog([]byte(log))
	if len(ps) != 2 || ps[0].Step != 1 || ps[1].Step != 2 {
		t.Errorf("progress = %+v", ps)
	}
	if last != "Traceback: bad row from <email>" {
		t.Errorf("last = %q", last)
	}
}

func TestScrubLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"call +7 912 345-67-89 now", "call <number> now"},
		{"inn 7707083893", "inn <number>"},
		{"step 12 of 300", "step 12 of 300"},
		{"mail ivan@corp.ru", "mail <email>"},
		{"bin\x00\x01ary", "binary"},
		{strings.Repeat("x", 500), strings.Repeat("x", maxReasonLen) + "…"},
	}
	for _, tt := range tests {
		if got := ScrubLine(tt.in); got != tt.want {
			t.Errorf("ScrubLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseProgress(f *testing.F) {
	for _, s := range []string{`{"step":1,"loss":2}`, `{'loss': 1.0, 'epoch': 0.1}`, `{"event":"done"}`, `{`, ``} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseProgress([]byte(s))
		ParseLog([]byte(s))
		ScrubLine(s)
	})
}

package eval

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadExamples(t *testing.T) {
	in := `{"id":"a1","messages":[{"role":"system","content":"Ты менеджер."},{"role":"user","content":"Где заказ?"},{"role":"assistant","content":"Отправлен."}]}

{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"},{"role":"user","content":"Price?"},{"role":"assistant","content":"10 USD"}],"meta":{"x":1}}
`
	got, err := ReadExamples(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Example{
		{ID: "a1", Messages: []Message{{"system", "Ты менеджер."}, {"user", "Где заказ?"}}, Reference: "Отправлен."},
		{ID: "3", Messages: []Message{{"user", "Hi"}, {"assistant", "Hello"}, {"user", "Price?"}}, Reference: "10 USD"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestReadExamplesErrors(t *testing.T) {
	tests := []struct {
		name, in, wantSub string
	}{
		{"not json", "{oops\n", "line 1"},
		{"last not assistant", `{"messages":[{"role":"user","content":"secret"},{"role":"user","content":"x"}]}`, `last message role "user"`},
		{"no user", `{"messages":[{"role":"system","content":"s"},{"role":"assistant","content":"a"}]}`, "no user message"},
		{"too short", `{"messages":[{"role":"assistant","content":"a"}]}`, "1 messages"},
		{"bad role", `{"messages":[{"role":"tool","content":"t"},{"role":"user","content":"u"},{"role":"assistant","content":"a"}]}`, `role "tool"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadExamples(strings.NewReader(tt.in))
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("err = %v, want ErrFormat", err)
			}
			if !strings.Contains(err.Error(), tt.wantSub) {
				t.Errorf("err = %q, want it to contain %q", err, tt.wantSub)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("error leaks message content: %q", err)
			}
		})
	}
}

func TestReadExamplesFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "eval.jsonl")
	if err := os.WriteFile(p, []byte(`{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	ex, err := ReadExamplesFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 1 || ex[0].Reference != "a" {
		t.Errorf("got %+v", ex)
	}
	if _, err := ReadExamplesFile(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("missing file: want error")
	}
}

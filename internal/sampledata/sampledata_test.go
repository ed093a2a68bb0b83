package sampledata

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/iml/iml/dataset/crm"
)

func TestWriteJSONL(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteJSONL(&a, 1, 0, 6); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONL(&b, 1, 0, 6); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("same seed gave different output")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 12 {
		t.Fatalf("got %d lines, want 12", len(lines))
	}
	langs := map[string]int{}
	for _, l := range lines {
		var r crm.Record
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if r.Communication != nil {
			langs[r.Communication.Language]++
			if len(r.Communication.Messages) < 2 || strings.Contains(r.Communication.Messages[0].Text, "%!") {
				t.Fatalf("bad conversation %+v", r.Communication)
			}
		}
	}
	if langs["ru"] == 0 || langs["en"] == 0 {
		t.Fatalf("languages = %v, want ru and en", langs)
	}
	if got := translit("Пётр"); got != "petr" {
		t.Fatalf("translit = %q", got)
	}
}

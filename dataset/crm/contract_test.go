package crm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2024, 6, 1, 10, 0, 0, 0, time.UTC)

func fullRecords() map[Kind]Record {
	return map[Kind]Record{
		KindClient: NewClient(&Client{
			Source: Source{System: "jsonl", ID: "c1", URL: "https://crm.example/c1"}, Name: "Иван Петров",
			Phones: []string{"+79123456789"}, Emails: []string{"ivan@example.org"}, Company: "ООО Ромашка",
			Attrs: map[string]string{"site": "main"}, UpdatedAt: t0,
		}),
		KindDeal: NewDeal(&Deal{
			Source: Source{System: "jsonl", ID: "d1"}, ClientID: "c1", Title: "Поставка", Stage: "won",
			Amount: 1500.5, Currency: "RUB", Attrs: map[string]string{"k": "v"}, UpdatedAt: t0,
		}),
		KindCommunication: NewCommunication(&Communication{
			Source: Source{System: "jsonl", ID: "m1"}, Channel: ChannelChat, Direction: DirectionInbound,
			ClientID: "c1", DealID: "d1", ThreadID: "t1", Subject: "Re: quote",
			Participants: []Participant{{Role: RoleCustomer, ID: "c1", Name: "Ivan"}, {Role: RoleManager, ID: "7"}},
			Messages: []Message{
				{ID: "1", Role: RoleCustomer, Text: "Здравствуйте, есть в наличии?", At: t0},
				{ID: "2", Role: RoleManager, Text: "Yes, we can ship tomorrow.", At: t0.Add(time.Minute)},
			},
			Transcript: "hello", DurationSec: 30, RecordingURL: "https://rec.example/1.mp3", Language: "ru",
			StartedAt: t0, Attrs: map[string]string{"origin": "telegram"}, UpdatedAt: t0,
		}),
	}
}

type schemaDef struct {
	Required   []string                   `json:"required"`
	Properties map[string]json.RawMessage `json:"properties"`
}

func loadSchema(t *testing.T) map[string]schemaDef {
	t.Helper()
	b, err := os.ReadFile("../../configs/schema/contract.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Schema string               `json:"$schema"`
		OneOf  []map[string]string  `json:"oneOf"`
		Defs   map[string]schemaDef `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("parse schema: %v", err)
	}
	if s.Schema == "" || len(s.OneOf) != 3 {
		t.Fatalf("schema: want $schema and 3 kinds in oneOf, got %q, %d", s.Schema, len(s.OneOf))
	}
	return s.Defs
}

// jsonFields lists the JSON names of a struct's fields.
func jsonFields(typ reflect.Type) []string {
	var out []string
	for f := range typ.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestSchemaMatchesValidate proves the JSON Schema and Validate agree: the schema's properties are
// the Go fields, and removing a property makes Validate fail exactly when the schema requires it.
func TestSchemaMatchesValidate(t *testing.T) {
	defs := loadSchema(t)
	recs := fullRecords()
	types := map[string]reflect.Type{
		"client": reflect.TypeFor[Client](), "deal": reflect.TypeFor[Deal](),
		"communication": reflect.TypeFor[Communication](), "source": reflect.TypeFor[Source](),
		"message": reflect.TypeFor[Message](), "participant": reflect.TypeFor[Participant](),
	}
	// path from a record's top level to the nested object the def describes.
	nested := map[string]struct {
		kind Kind
		path []any
	}{
		"client": {KindClient, nil}, "deal": {KindDeal, nil}, "communication": {KindCommunication, nil},
		"source":      {KindDeal, []any{"source"}},
		"message":     {KindCommunication, []any{"messages", 0}},
		"participant": {KindCommunication, []any{"participants", 0}},
	}
	for name, typ := range types {
		t.Run(name, func(t *testing.T) {
			def, ok := defs[name]
			if !ok {
				t.Fatalf("schema has no $defs.%s", name)
			}
			want := jsonFields(typ)
			if nested[name].path == nil {
				want = append(want, "kind")
				sort.Strings(want)
			}
			if got := keys(def.Properties); !slices.Equal(got, want) {
				t.Fatalf("schema properties %v, Go fields %v", got, want)
			}
			for _, prop := range want {
				b, err := json.Marshal(recs[nested[name].kind])
				if err != nil {
					t.Fatal(err)
				}
				var obj map[string]any
				if err := json.Unmarshal(b, &obj); err != nil {
					t.Fatal(err)
				}
				target := obj
				for _, step := range nested[name].path {
					switch s := step.(type) {
					case string:
						v := target[s]
						if arr, ok := v.([]any); ok {
							v = arr
						}
						if m, ok := v.(map[string]any); ok {
							target = m
						} else {
							target = map[string]any{"": v}
						}
					case int:
						arr := target[""].([]any)
						target = arr[s].(map[string]any)
					}
				}
				delete(target, prop)
				b, _ = json.Marshal(obj)
				var rec Record
				err = json.Unmarshal(b, &rec)
				if err == nil {
					err = Validate(rec)
				}
				required := slices.Contains(def.Required, prop)
				if required && err == nil {
					t.Errorf("schema requires %s.%s but Validate accepts a record without it", name, prop)
				}
				if !required && err != nil {
					t.Errorf("schema makes %s.%s optional but Validate rejects a record without it: %v", name, prop, err)
				}
			}
		})
	}
}

func TestValidate(t *testing.T) {
	big := strings.Repeat("а", MaxTextBytes)
	tests := []struct {
		name   string
		mutate func(*Communication)
		field  string
	}{
		{"ok", func(*Communication) {}, ""},
		{"missing id", func(c *Communication) { c.Source.ID = "" }, "source.id"},
		{"missing system", func(c *Communication) { c.Source.System = "" }, "source.system"},
		{"bad channel", func(c *Communication) { c.Channel = "fax" }, "channel"},
		{"html body", func(c *Communication) { c.Messages[0].Text = "<p>Hello! Price is fine</p>" }, "messages[0].text"},
		{"angle brackets are not html", func(c *Communication) { c.Messages[0].Text = "Klaus <client@example.org>, цена < 5%" }, ""},
		{"10 MB text", func(c *Communication) { c.Messages[1].Text = big }, "messages[1].text"},
		{"invalid utf-8", func(c *Communication) { c.Messages[0].Text = "abc\xff" }, "messages[0].text"},
		{"empty text", func(c *Communication) { c.Messages[0].Text = "" }, "messages[0].text"},
		{"out of order", func(c *Communication) { c.Messages[0].At = t0.Add(time.Hour) }, "messages[1].at"},
		{"bad role", func(c *Communication) { c.Messages[0].Role = "robot" }, "messages[0].role"},
		{"zero updated", func(c *Communication) { c.UpdatedAt = time.Time{} }, "updated_at"},
		{"no messages is fine", func(c *Communication) { c.Messages = nil }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := fullRecords()[KindCommunication]
			tt.mutate(rec.Communication)
			err := Validate(rec)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Field != tt.field || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate = %v, want field %s", err, tt.field)
			}
			if strings.Contains(err.Error(), "Hello") || len(err.Error()) > 200 {
				t.Fatalf("error leaks data: %q", err)
			}
		})
	}
}

func TestRecordRoundTripAndStaged(t *testing.T) {
	for kind, rec := range fullRecords() {
		t.Run(string(kind), func(t *testing.T) {
			st, err := ToStaged(rec)
			if err != nil {
				t.Fatal(err)
			}
			if st.System != "jsonl" || st.SourceID == "" || st.Kind != string(kind) || !st.UpdatedAt.Equal(t0) {
				t.Fatalf("staged = %+v", st)
			}
			back, err := FromStaged(st)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, rec) {
				t.Fatalf("round trip:\n got %+v\nwant %+v", back, rec)
			}
			if !bytes.HasPrefix(st.Body, []byte(`{"kind":"`+string(kind)+`"`)) {
				t.Fatalf("body does not start with kind: %s", st.Body[:40])
			}
		})
	}
	c := NewCommunication(&Communication{Source: Source{System: "x", ID: "1"}, Channel: ChannelNote, StartedAt: t0, UpdatedAt: t0})
	b, _ := json.Marshal(c)
	if !bytes.Contains(b, []byte(`"messages":[]`)) {
		t.Fatalf("nil messages must encode as []: %s", b)
	}
}

func TestReadJSONL(t *testing.T) {
	var in bytes.Buffer
	w := NewJSONLWriter(&in)
	for _, k := range []Kind{KindClient, KindDeal, KindCommunication} {
		if err := w.Write(fullRecords()[k]); err != nil {
			t.Fatal(err)
		}
	}
	in.WriteString("\n")
	in.WriteString(`{"kind":"client","source":{"system":"jsonl","id":"c2"},"updated_at":"вчера"}` + "\n")
	in.WriteString(`{"kind":"deal","source":{"system":"jsonl"},"updated_at":"2024-06-01T10:00:00Z"}` + "\n")
	in.WriteString(`{"kind":"robot","source":{"system":"jsonl","id":"x"}}` + "\n")
	in.WriteString(`{"kind":"client", "name": "Oleg` + "\n")
	in.WriteString("{\"kind\":\"client\",\"source\":{\"system\":\"jsonl\",\"id\":\"c3\"},\"name\":\"\xff\",\"updated_at\":\"2024-06-01T10:00:00Z\"}\n")
	in.WriteString(`{"kind":"communication","source":{"system":"jsonl","id":"m9"},"channel":"email","messages":[{"role":"customer","text":"<html><body>Hi Oleg</body></html>","at":"2024-06-01T10:00:00Z"}],"started_at":"2024-06-01T10:00:00Z","updated_at":"2024-06-01T10:00:00Z"}` + "\n")
	in.WriteString(`{"kind":"communication","source":{"system":"jsonl","id":"m10"},"channel":"note","messages":[{"role":"manager","text":"` + strings.Repeat("x", 10<<20) + `","at":"2024-06-01T10:00:00Z"}],"started_at":"2024-06-01T10:00:00Z","updated_at":"2024-06-01T10:00:00Z"}` + "\n")
	in.WriteString(`{"kind":"client","source":{"system":"jsonl","id":"c4"},"name":"Last line, no newline","updated_at":"2024-06-01T10:00:00Z"}`)

	var good []string
	reasons := map[int]string{}
	err := ReadJSONL(t.Context(), &in, func(line int, rec Record) error {
		good = append(good, rec.Source().ID)
		return nil
	}, func(line int, raw []byte, reason string) {
		reasons[line] = reason
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"c1", "d1", "m1", "c4"}; !slices.Equal(good, want) {
		t.Fatalf("good = %v, want %v", good, want)
	}
	want := map[int]string{
		5: "unparseable timestamp", 6: "invalid source.id: required", 7: "unknown kind",
		8: "malformed json at offset 31", 9: "invalid utf-8", 10: "invalid messages[0].text: html markup",
		11: "line too long",
	}
	if !reflect.DeepEqual(reasons, want) {
		t.Fatalf("bad reasons:\n got %v\nwant %v", reasons, want)
	}
	for _, r := range reasons {
		if strings.Contains(r, "Oleg") || strings.Contains(r, "вчера") {
			t.Fatalf("reason leaks data: %q", r)
		}
	}

	stop := errors.New("stop")
	err = ReadJSONL(context.Background(), strings.NewReader(`{"kind":"client","source":{"system":"a","id":"1"},"updated_at":"2024-06-01T10:00:00Z"}`),
		func(int, Record) error { return stop }, func(int, []byte, string) {})
	if !errors.Is(err, stop) {
		t.Fatalf("fn error not returned: %v", err)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	for _, r := range fullRecords() {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"kind":"deal"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		rec, reason := DecodeRecord(raw)
		if reason != "" {
			return
		}
		if err := Validate(rec); err != nil {
			t.Fatalf("accepted record fails Validate: %v", err)
		}
		if _, err := ToStaged(rec); err != nil {
			t.Fatalf("accepted record does not stage: %v", err)
		}
	})
}

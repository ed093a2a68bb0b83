package pii

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
)

var tokenRE = regexp.MustCompile(`\[([A-Z_]+)_[0-9a-f]{8}\]`)

func TestAnonymizeOperators(t *testing.T) {
	e := newTestEngine(t)
	text := "Клиентка Иванова Мария Петровна, тел. +7 (912) 345-67-89, ИНН 500100732259, карта 2200 1234 5678 9019."
	tests := []struct {
		op    Operator
		check func(t *testing.T, out string)
	}{
		{Pseudonym, func(t *testing.T, out string) {
			if got := len(tokenRE.FindAllString(out, -1)); got != 4 {
				t.Errorf("want 4 pseudonyms, got %d in %q", got, out)
			}
		}},
		{Redact, func(t *testing.T, out string) {
			want := "Клиентка [PERSON], тел. [PHONE], ИНН [INN], карта [CARD]."
			if out != want {
				t.Errorf("got %q, want %q", out, want)
			}
		}},
		{Mask, func(t *testing.T, out string) {
			if !strings.Contains(out, "+* (***) ***-**-**") || strings.ContainsAny(out, "0123456789") {
				t.Errorf("mask output %q", out)
			}
		}},
		{Surrogate, func(t *testing.T, out string) {
			ents := e.Scan(out)
			types := map[string]bool{}
			for _, en := range ents {
				types[en.Type] = true
			}
			for _, typ := range []string{TypeINN, TypeCard, TypePhone} {
				if !types[typ] {
					t.Errorf("surrogate %s is not a valid %s: %q", typ, typ, out)
				}
			}
			for _, orig := range []string{"Иванова", "500100732259", "2200 1234 5678 9019", "345-67-89"} {
				if strings.Contains(out, orig) {
					t.Errorf("surrogate output keeps %q: %q", orig, out)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.op.String(), func(t *testing.T) {
			out, counts := e.Anonymize(text, tt.op)
			if counts.Total() != 4 || counts.Of(TypePerson) != 1 {
				t.Errorf("counts = %v", counts)
			}
			tt.check(t, out)
		})
	}
}

func TestPseudonymConsistency(t *testing.T) {
	e := newTestEngine(t)
	a, _ := e.Anonymize("Звонила Иванова Мария, тел. 8 912 345-67-89", Pseudonym)
	b, _ := e.Anonymize("Перезвонить Ивановой Марии на +79123456789", Pseudonym)
	ta, tb := tokenRE.FindAllString(a, -1), tokenRE.FindAllString(b, -1)
	if len(ta) != 2 || len(tb) != 2 || ta[0] != tb[0] || ta[1] != tb[1] {
		t.Fatalf("pseudonyms differ across case forms and phone formats: %q vs %q", a, b)
	}
	other, err := New(Config{Key: []byte("another-key-0123456789")})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := other.Anonymize("Звонила Иванова Мария, тел. 8 912 345-67-89", Pseudonym)
	if c == a {
		t.Errorf("different keys gave the same pseudonyms")
	}
}

func TestProcessAndGate(t *testing.T) {
	e := newTestEngine(t)
	var r Report
	for _, text := range []string{"ИНН 7707083893, тел. 89123456789", "без персональных данных"} {
		for _, op := range []Operator{Pseudonym, Surrogate, Mask, Redact} {
			res := e.Process(text, op)
			if res.Residual.Total() != 0 {
				t.Errorf("%s residual %v in %q", op, res.Residual, res.Text)
			}
			r.Add(res)
		}
	}
	if err := (Gate{}).Check(r); err != nil {
		t.Errorf("gate on clean output: %v", err)
	}
	r.Residual = Counts{tPhone: 1}
	if err := (Gate{MaxResidual: 0.001}).Check(r); !errors.Is(err, ErrResidualPII) {
		t.Errorf("gate with residual: err = %v, want ErrResidualPII", err)
	}
}

func TestSubjectID(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ a, b string }{
		{"+7 (912) 345-67-89", "89123456789"},
		{"Ivan.Petrov@Mail.ru ", "ivan.petrov@mail.ru"},
		{"7707 083 893", "7707083893"},
	}
	for _, tt := range tests {
		if e.SubjectID(tt.a) != e.SubjectID(tt.b) {
			t.Errorf("SubjectID(%q) != SubjectID(%q)", tt.a, tt.b)
		}
	}
	if e.SubjectID("89123456789") == e.SubjectID("89123456780") {
		t.Error("different phones share a subject id")
	}
}

func TestSurrogateChecksums(t *testing.T) {
	r := &srng{x: 42}
	for range 200 {
		if d := surrogateDigits(r, tINN, []byte("500100732259")); !innValid(string(d)) {
			t.Fatalf("INN surrogate %s invalid", d)
		}
		if d := surrogateDigits(r, tINN, []byte("7707083893")); !innValid(string(d)) {
			t.Fatalf("INN10 surrogate %s invalid", d)
		}
		if d := surrogateDigits(r, tCard, []byte("2200123456789019")); !luhnValid(string(d)) || string(d[:4]) != "2200" {
			t.Fatalf("card surrogate %s invalid", d)
		}
		if d := surrogateDigits(r, tSNILS, []byte("11223344595")); !snilsValid(string(d)) {
			t.Fatalf("SNILS surrogate %s invalid", d)
		}
		if d := surrogateDigits(r, tOGRN, []byte("1027700132195")); !ogrnValid(string(d)) {
			t.Fatalf("OGRN surrogate %s invalid", d)
		}
		if d := surrogateDigits(r, tOGRN, []byte("304500116000157")); !ogrnValid(string(d)) {
			t.Fatalf("OGRNIP surrogate %s invalid", d)
		}
	}
}

func TestSurrogateNameKeepsCase(t *testing.T) {
	e := newTestEngine(t)
	out, _ := e.Anonymize("Договорились с Петром Сергеевичем Ивановым о встрече.", Surrogate)
	ents := e.Scan(out)
	if len(ents) != 1 || ents[0].Type != TypePerson {
		t.Fatalf("surrogate name not a name: %q", out)
	}
	words := strings.Fields(string([]rune(out)[ents[0].Start:ents[0].End]))
	if len(words) != 3 || !strings.HasSuffix(words[1], "ем") {
		t.Errorf("surrogate %q lost the instrumental case", out)
	}
}

func TestSurrogateKeepsAlphabet(t *testing.T) {
	e := newTestEngine(t)
	for _, text := range []string{"Fitters for tomorrow: Petrov and Sidorova.", "Designer: Golubev."} {
		out, _ := e.Anonymize(text, Surrogate)
		for _, r := range out {
			if r >= 'А' && r <= 'я' {
				t.Errorf("surrogate of a Latin name is Cyrillic: %q → %q", text, out)
				break
			}
		}
	}
}

func TestCheckDigits(t *testing.T) {
	tests := []struct {
		name  string
		fn    func(string) bool
		good  []string
		wrong []string
	}{
		{"luhn", luhnValid, []string{"4111111111111111", "2200123456789019"}, []string{"4111111111111112", "", "42x"}},
		{"inn", innValid, []string{"7707083893", "500100732259"}, []string{"7707083894", "500100732258", "123"}},
		{"snils", snilsValid, []string{"11223344595"}, []string{"11223344596", "00100199800"}},
		{"ogrn", ogrnValid, []string{"1027700132195", "304500116000157"}, []string{"1027700132196", "304500116000158"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, g := range tt.good {
				if !tt.fn(g) {
					t.Errorf("%s(%q) = false", tt.name, g)
				}
			}
			for _, w := range tt.wrong {
				if tt.fn(w) {
					t.Errorf("%s(%q) = true", tt.name, w)
				}
			}
		})
	}
	if !accountKeyValid("40702810938000000001", "044525225") || accountKeyValid("40702810838000000001", "044525225") {
		t.Error("account key check")
	}
	if !accountKeyValid("30101810400000000225", "044525225") {
		t.Error("correspondent account key check")
	}
}

// TestAnonymizeConcurrent: goroutines sharing an engine (and its token
// cache) get the same pseudonyms as a sequential run.
func TestAnonymizeConcurrent(t *testing.T) {
	e := newTestEngine(t)
	var docs []string
	for _, s := range GenerateCorpus(11, 200) {
		docs = append(docs, s.Text)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i], _ = e.Anonymize(d, Pseudonym)
	}
	fresh := newTestEngine(t)
	errs := make(chan string, 4*len(docs))
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := range docs {
				i := (k*7 + g*13) % len(docs)
				if got, _ := fresh.Anonymize(docs[i], Pseudonym); got != want[i] {
					errs <- docs[i]
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	if n := len(errs); n > 0 {
		t.Errorf("%d concurrent results differ from the sequential ones", n)
	}
}

func TestCountsJSON(t *testing.T) {
	c := Counts{tPerson: 2, tPhone: 1}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"PERSON":2,"PHONE":1}` {
		t.Fatalf("json = %s", b)
	}
	var back Counts
	if err := json.Unmarshal(b, &back); err != nil || back != c {
		t.Fatalf("round trip = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"NAME":1}`), &back); err == nil {
		t.Fatal("unknown type accepted")
	}
	if c.Total() != 3 || c.Of(TypePhone) != 1 || c.Of("NAME") != 0 || c.Add(c).Of(TypePerson) != 4 {
		t.Fatalf("counts arithmetic: %v", c)
	}
}

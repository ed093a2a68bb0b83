package crm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeAmo serves the amoCRM v4 list endpoints from in-memory items, with the documented shapes:
// HAL pages with _links.next, 204 for an empty result, filter[updated_at|created_at][from],
// page/limit, Bearer auth. throttle makes the first request for (path, page) answer 429.
type fakeAmo struct {
	mu       sync.Mutex
	token    string
	items    map[string][]map[string]any // path -> items
	throttle map[string]bool             // "path page" -> answer 429 once
	requests []string
}

func newFakeAmo() *fakeAmo {
	return &fakeAmo{token: "amo-token", items: map[string][]map[string]any{}, throttle: map[string]bool{}}
}

func (f *fakeAmo) add(path string, items ...map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.items[path] = append(f.items[path], items...)
}

func (f *fakeAmo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+f.token {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	limit, _ := strconv.Atoi(q.Get("limit"))
	f.requests = append(f.requests, r.URL.Path+" page="+q.Get("page"))
	key := r.URL.Path + " " + q.Get("page")
	if f.throttle[key] {
		delete(f.throttle, key)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	field := "updated_at"
	if r.URL.Path == "/api/v4/events" {
		field = "created_at"
	}
	from, _ := strconv.ParseInt(q.Get("filter["+field+"][from]"), 10, 64)
	var sel []map[string]any
	for _, it := range f.items[r.URL.Path] {
		ts, ok := it[field].(int)
		if !ok || int64(ts) >= from {
			sel = append(sel, it)
		}
	}
	sort.SliceStable(sel, func(i, j int) bool {
		a, _ := sel[i][field].(int)
		b, _ := sel[j][field].(int)
		return a < b
	})
	lo := (page - 1) * limit
	if lo >= len(sel) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	hi := min(lo+limit, len(sel))
	embedded := map[string]string{"/api/v4/contacts": "contacts", "/api/v4/leads": "leads", "/api/v4/events": "events"}[r.URL.Path]
	if embedded == "" {
		embedded = "notes"
	}
	resp := map[string]any{
		"_page":     page,
		"_links":    map[string]any{"self": map[string]string{"href": "http://" + r.Host + r.URL.String()}},
		"_embedded": map[string]any{embedded: sel[lo:hi]},
	}
	if hi < len(sel) {
		nq := r.URL.Query()
		nq.Set("page", strconv.Itoa(page+1))
		resp["_links"].(map[string]any)["next"] = map[string]string{"href": "http://" + r.Host + r.URL.Path + "?" + nq.Encode()}
	}
	w.Header().Set("Content-Type", "application/hal+json")
	json.NewEncoder(w).Encode(resp)
}

func amoNoteItem(id, ts int, typ string, params map[string]any) map[string]any {
	return map[string]any{"id": id, "entity_id": 28455849, "created_by": 8765432, "updated_by": 8765432, "created_at": ts,
		"updated_at": ts, "responsible_user_id": 8765432, "group_id": 0, "note_type": typ, "params": params, "account_id": 31257294}
}

func seedAmo(f *fakeAmo) {
	for i := range 5 {
		f.add("/api/v4/contacts", map[string]any{"id": 93589650 + i, "name": []string{"Олег Иванов", "Klaus Weber", "Анна", "John Smith", "Мария"}[i],
			"updated_at": 1717200000 + i, "custom_fields_values": []any{
				map[string]any{"field_code": "PHONE", "values": []any{map[string]any{"value": fmt.Sprintf("+7912345678%d", i)}}},
				map[string]any{"field_code": "EMAIL", "values": []any{map[string]any{"value": fmt.Sprintf("c%d@example.org", i)}}}}})
	}
	f.add("/api/v4/leads",
		map[string]any{"id": 28455849, "name": "Поставка оборудования", "price": 150000, "status_id": 142, "pipeline_id": 1, "updated_at": 1717200100,
			"_embedded": map[string]any{"contacts": []any{map[string]any{"id": 93589650, "is_main": true}}}},
		map[string]any{"id": 28455850, "name": "Quote for Klaus", "price": 900, "status_id": 143, "updated_at": "yesterday"})
	f.add("/api/v4/leads/notes",
		amoNoteItem(42510011, 1717201234, "call_in", map[string]any{"uniq": "8f52d38a", "duration": 148, "source": "Mango Office",
			"link": "https://records.example.com/8f52d38a.mp3", "phone": "+79123456789", "call_result": "Разговор состоялся", "call_status": 4}),
		amoNoteItem(42510020, 1717202000, "amomail_message", map[string]any{"thread_id": 1012, "message_id": 5561, "income": true,
			"from": map[string]any{"email": "client@example.org", "name": "Oleg Ivanov"}, "to": map[string]any{"email": "sales@example.com", "name": "Sales"},
			"subject": "Re: коммерческое предложение", "content_summary": "Добрый день! Цена устраивает, когда сможете отгрузить?"}),
		amoNoteItem(42510031, 1717203000, "common", map[string]any{"text": "Клиент просит скидку 5%, перезвонить в пятницу"}),
		amoNoteItem(42510032, 1717203000, "common", map[string]any{"text": "<div>Customer <b>asked</b> for a discount</div>"}),
		amoNoteItem(42510033, 1717203001, "common", map[string]any{"text": "Call back on Friday, he wants the English manual"}),
		amoNoteItem(0, 1717203002, "common", map[string]any{"text": "note without id"}),
	)
	f.add("/api/v4/events", map[string]any{"id": "01j0abcdxyz9k2m3n4p5q6r7s8", "type": "incoming_chat_message", "entity_id": 28455849,
		"entity_type": "lead", "created_by": 0, "created_at": 1717204000, "account_id": 31257294,
		"value_after": []any{map[string]any{"message": map[string]any{"id": "d3bac6d3-1b5e-40c2-a054-4e0cfe283edb", "origin": "telegram", "talk_id": 100}}}})
}

func newTestAmo(t *testing.T, srv *httptest.Server, clk Clock, token string) *AmoCRM {
	t.Helper()
	a, err := NewAmoCRM(AmoCRMConfig{Name: "amo-main", BaseURL: srv.URL, Token: token, Limit: 2,
		Client: ClientOptions{Clock: clk, HTTPClient: srv.Client()}})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAmoCRMPull(t *testing.T) {
	fake := newFakeAmo()
	seedAmo(fake)
	fake.throttle["/api/v4/contacts 2"] = true
	fake.throttle["/api/v4/leads/notes 2"] = true
	srv := httptest.NewServer(fake)
	defer srv.Close()
	clk := newFakeClock()
	store := NewMemStore()
	q := &MemQuarantine{}
	var out bytes.Buffer
	p := &Puller{Source: "amo-main", Connector: newTestAmo(t, srv, clk, "amo-token"), Store: store, Quarantine: q,
		Out: NewJSONLWriter(&out), RunID: "run-1", Clock: clk}

	sum, err := p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// 5 contacts, 1 lead, 4 notes, 1 chat event; quarantined: lead with a bad date, HTML note, note without id.
	if sum.New != 11 || sum.Updated != 0 || sum.Quarantined != 3 || sum.Throttled != 2 {
		t.Fatalf("first pull: %s", sum)
	}
	if got := q.Reasons(); got["28455850"] != "wrong json type for field \"updated_at\"" ||
		got["note:42510032"] != "invalid messages[0].text: html markup" || got["0"] != "missing id" {
		t.Fatalf("quarantine reasons: %v", got)
	}
	if slept := clk.sleeps(); !slices.Contains(slept, time.Second) {
		t.Fatalf("Retry-After: 1 not honoured, sleeps %v", slept)
	}
	var recs []Record
	if err := ReadJSONL(t.Context(), &out, func(_ int, r Record) error { recs = append(recs, r); return nil },
		func(line int, _ []byte, reason string) { t.Errorf("--out line %d invalid: %s", line, reason) }); err != nil {
		t.Fatal(err)
	}
	byID := map[string]Record{}
	for _, r := range recs {
		byID[r.Source().ID] = r
	}
	if len(recs) != 11 {
		t.Fatalf("out has %d records, want 11", len(recs))
	}
	call := byID["note:42510011"].Communication
	if call.Channel != ChannelCall || call.Direction != DirectionInbound || call.DurationSec != 148 ||
		call.RecordingURL != "https://records.example.com/8f52d38a.mp3" || call.DealID != "lead:28455849" || call.Attrs["call_status"] != "4" {
		t.Fatalf("call note: %+v", call)
	}
	mail := byID["note:42510020"].Communication
	if mail.Channel != ChannelEmail || mail.Subject != "Re: коммерческое предложение" || mail.Messages[0].Role != RoleCustomer ||
		!mail.Messages[0].At.Equal(time.Unix(1717202000, 0)) {
		t.Fatalf("mail note: %+v", mail)
	}
	if d := byID["lead:28455849"].Deal; d.ClientID != "contact:93589650" || d.Amount != 150000 {
		t.Fatalf("lead: %+v", d)
	}
	if c := byID["contact:93589650"].Client; c.Name != "Олег Иванов" || c.Phones[0] != "+79123456780" || c.Emails[0] != "c0@example.org" {
		t.Fatalf("contact: %+v", c)
	}
	if ev := byID["chat-event:01j0abcdxyz9k2m3n4p5q6r7s8"].Communication; ev.ThreadID != "talk:100" ||
		ev.Attrs["message_id"] != "message:d3bac6d3-1b5e-40c2-a054-4e0cfe283edb" {
		t.Fatalf("chat event: %+v", ev)
	}

	// Second pull: nothing new, nothing changes.
	out.Reset()
	sum, err = p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Updated != 0 || out.Len() != 0 {
		t.Fatalf("re-pull changed something: %s, out %d bytes", sum, out.Len())
	}

	// New records appear, one in the same second as the last committed note: only they come through.
	fake.add("/api/v4/leads/notes",
		amoNoteItem(42510040, 1717203001, "call_out", map[string]any{"duration": 30, "phone": "+79120000000", "call_status": 6}),
		amoNoteItem(42510041, 1717209999, "common", map[string]any{"text": "Send the contract in English"}))
	fake.add("/api/v4/contacts", map[string]any{"id": 93589700, "name": "Пётр", "updated_at": 1717300000})
	sum, err = p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	ReadJSONL(t.Context(), &out, func(_ int, r Record) error { ids = append(ids, r.Source().ID); return nil }, func(int, []byte, string) {})
	sort.Strings(ids)
	if want := []string{"contact:93589700", "note:42510040", "note:42510041"}; sum.New != 3 || sum.Updated != 0 || !slices.Equal(ids, want) {
		t.Fatalf("incremental pull: %s, out %v, want %v", sum, ids, want)
	}
}

func TestAmoCRMKillAndResume(t *testing.T) {
	// Reference: an uninterrupted pull.
	fake := newFakeAmo()
	seedAmo(fake)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	ref := NewMemStore()
	if _, err := (&Puller{Source: "amo", Connector: newTestAmo(t, srv, newFakeClock(), "amo-token"), Store: ref}).Pull(t.Context()); err != nil {
		t.Fatal(err)
	}
	want, _ := stagedIDs(t.Context(), ref)

	for failAt := 1; failAt <= 9; failAt++ {
		t.Run(fmt.Sprintf("killed at commit %d", failAt), func(t *testing.T) {
			mem := NewMemStore()
			killed := &killingStore{Store: mem, failAt: failAt}
			s1, err := (&Puller{Source: "amo", Connector: newTestAmo(t, srv, newFakeClock(), "amo-token"), Store: killed}).Pull(t.Context())
			if !errors.Is(err, errKilled) {
				t.Fatalf("want killed, got %v", err)
			}
			s2, err := (&Puller{Source: "amo", Connector: newTestAmo(t, srv, newFakeClock(), "amo-token"), Store: mem}).Pull(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			got, _ := stagedIDs(t.Context(), mem)
			if !slices.Equal(got, want) {
				t.Fatalf("after resume staged %v\nwant %v", got, want)
			}
			if s1.New+s2.New != len(want) || s2.Updated != 0 || s2.Unchanged != 0 {
				t.Fatalf("duplicates across resume: first %s, second %s, want %d new in total", s1, s2, len(want))
			}
		})
	}
}

func TestAmoCRMBadToken(t *testing.T) {
	fake := newFakeAmo()
	srv := httptest.NewServer(fake)
	defer srv.Close()
	_, err := (&Puller{Source: "amo-main", Connector: newTestAmo(t, srv, newFakeClock(), "wrong"), Store: NewMemStore()}).Pull(t.Context())
	if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "amo-main") || !strings.Contains(err.Error(), "GET /api/v4/contacts") ||
		strings.Contains(err.Error(), "wrong") {
		t.Fatalf("want auth error naming source and endpoint, got %v", err)
	}
}

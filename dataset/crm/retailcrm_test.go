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

var msk = time.FixedZone("MSK", 3*3600)

// fakeRetail serves RetailCRM API v5 history, list and notes endpoints and the MG bot messages
// endpoint with the documented shapes. The first request to a path in throttle gets a 503.
type fakeRetail struct {
	mu       sync.Mutex
	history  map[string][]map[string]any // "customers"/"orders" -> history entries
	entities map[string]map[string]any   // "customers/3345" -> entity
	notes    []map[string]any
	mg       []string // raw JSON messages
	throttle map[string]bool
}

func newFakeRetail() *fakeRetail {
	return &fakeRetail{history: map[string][]map[string]any{}, entities: map[string]map[string]any{}, throttle: map[string]bool{}}
}

func (f *fakeRetail) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	q := r.URL.Query()
	if f.throttle[r.URL.Path] {
		delete(f.throttle, r.URL.Path)
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	limit, _ := strconv.Atoi(q.Get("limit"))
	if r.URL.Path == "/mg/api/bot/v1/messages" {
		if r.Header.Get("X-Bot-Token") != "bot-token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		since, _ := strconv.Atoi(q.Get("since_id"))
		var out []string
		for _, m := range f.mg {
			if id, _ := strconv.Atoi(rawID(json.RawMessage(m))); id > since && len(out) < limit {
				out = append(out, m)
			}
		}
		fmt.Fprintf(w, "[%s]", strings.Join(out, ","))
		return
	}
	if r.Header.Get("X-API-KEY") != "retail-key" {
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"success":false,"errorMsg":"Wrong \"apiKey\" value."}`)
		return
	}
	resp := map[string]any{"success": true}
	switch p := strings.TrimPrefix(r.URL.Path, "/api/v5/"); p {
	case "customers/history", "orders/history":
		since, _ := strconv.Atoi(q.Get("filter[sinceId]"))
		var out []map[string]any
		for _, h := range f.history[strings.TrimSuffix(p, "/history")] {
			if h["id"].(int) > since && len(out) < limit {
				out = append(out, h)
			}
		}
		resp["history"] = out
		resp["generatedAt"] = "2024-11-14 21:00:00"
	case "customers", "orders":
		var out []map[string]any
		for _, id := range q["filter[ids][]"] {
			if e, ok := f.entities[p+"/"+id]; ok {
				out = append(out, e)
			}
		}
		resp[p] = out
	case "customers/notes":
		page, _ := strconv.Atoi(q.Get("page"))
		var sel []map[string]any
		from := q.Get("filter[createdAtFrom]")
		for _, n := range f.notes {
			if n["createdAt"].(string) >= from {
				sel = append(sel, n)
			}
		}
		total := (len(sel) + limit - 1) / limit
		lo, hi := min((page-1)*limit, len(sel)), min(page*limit, len(sel))
		resp["notes"] = sel[lo:hi]
		resp["pagination"] = map[string]any{"limit": limit, "totalCount": len(sel), "currentPage": page, "totalPageCount": total}
	default:
		w.WriteHeader(http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(resp)
}

func (f *fakeRetail) customer(histID int, id int, first, last, at string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := map[string]any{"type": "customer", "id": id, "externalId": fmt.Sprintf("c-%d", id), "site": "main-store",
		"firstName": first, "lastName": last, "email": strings.ToLower(first) + "@example.org", "phones": []any{map[string]any{"number": "+79123456789"}},
		"createdAt": at, "managerId": 12}
	f.entities["customers/"+strconv.Itoa(id)] = c
	f.history["customers"] = append(f.history["customers"], map[string]any{"id": histID, "createdAt": at, "created": true, "source": "api",
		"field": "id", "newValue": id, "customer": map[string]any{"type": "customer", "id": id, "externalId": fmt.Sprintf("c-%d", id), "site": "main-store"}})
}

func seedRetail(f *fakeRetail) {
	f.customer(880001, 3345, "Иван", "Петров", "2024-11-14 19:50:02")
	f.customer(880002, 3346, "John", "Smith", "2024-11-14 19:55:00")
	// A later change of 3345 on another page: same customer, newer state.
	f.history["customers"] = append(f.history["customers"],
		map[string]any{"id": 880003, "createdAt": "2024-11-14 20:10:44", "source": "user", "field": "email",
			"oldValue": "ivan@example.org", "newValue": "ivan.petrov@example.org", "customer": map[string]any{"id": 3345}},
		map[string]any{"id": 880004, "createdAt": "14.11.2024 20:11", "field": "email", "customer": map[string]any{"id": 3346}})
	f.entities["orders/501"] = map[string]any{"id": 501, "number": "1235C", "status": "delivering", "totalSumm": 4990.0, "currency": "RUB",
		"customer": map[string]any{"id": 3345}}
	f.history["orders"] = []map[string]any{{"id": 770001, "createdAt": "2024-11-14 19:51:00", "created": true, "field": "id", "order": map[string]any{"id": 501}}}
	f.notes = []map[string]any{
		{"id": 5501, "managerId": 12, "text": "Клиент просил перезвонить после 18:00", "createdAt": "2024-11-14 18:05:11", "customer": map[string]any{"id": 3345}},
		{"id": 5502, "managerId": 12, "text": "Sent the quote by e-mail", "createdAt": "2024-11-14 18:40:27", "customer": map[string]any{"id": 3346}},
		{"id": 5503, "managerId": 12, "text": strings.Repeat("длинный текст ", 45000), "createdAt": "2024-11-14 18:41:00", "customer": map[string]any{"id": 3346}},
	}
	f.mg = []string{
		`{"id":901,"time":"2024-11-14T19:58:42Z","type":"text","scope":"public","chat_id":1,"from":{"id":191140,"type":"customer","name":"Иван Петров"},"dialog":{"id":2054},"content":"Здравствуйте! Заказ 1235C ещё не пришёл","channel_id":71,"created_at":"2024-11-14T19:58:42.933025Z","updated_at":"2024-11-14T19:58:42.933025Z"}`,
		`{"id":902,"time":"2024-11-14T20:01:05Z","type":"text","scope":"public","chat_id":1,"from":{"id":1,"type":"user","name":"John Smith"},"dialog":{"id":2054},"content":"Checking the delivery status, one minute","channel_id":71,"created_at":"2024-11-14T20:01:05.101010Z","updated_at":"2024-11-14T20:01:05.101010Z"}`,
		"{\"id\":903,\"time\":\"2024-11-14T20:02:00Z\",\"type\":\"text\",\"chat_id\":1,\"from\":{\"id\":191140,\"type\":\"customer\"},\"dialog\":{\"id\":2054},\"content\":\"\xff\xfe broken\"}",
		`{"id":904,"time":"2024-11-14T20:48:21Z","type":"system","scope":"private","chat_id":1,"dialog":{"id":2054},"action":"dialog_closed","channel_id":71}`,
	}
}

func newTestRetail(t *testing.T, srv *httptest.Server, clk Clock) *RetailCRM {
	t.Helper()
	r, err := NewRetailCRM(RetailCRMConfig{Name: "retail", BaseURL: srv.URL, APIKey: "retail-key", Location: msk, Limit: 2,
		MGBaseURL: srv.URL + "/mg", MGToken: "bot-token", Client: ClientOptions{Clock: clk, HTTPClient: srv.Client()}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRetailCRMPull(t *testing.T) {
	fake := newFakeRetail()
	seedRetail(fake)
	fake.throttle["/api/v5/orders/history"] = true
	fake.throttle["/mg/api/bot/v1/messages"] = true
	srv := httptest.NewServer(fake)
	defer srv.Close()
	clk := newFakeClock()
	store, q := NewMemStore(), &MemQuarantine{}
	var out bytes.Buffer
	p := &Puller{Source: "retail", Connector: newTestRetail(t, srv, clk), Store: store, Quarantine: q, Out: NewJSONLWriter(&out), Clock: clk}
	sum, err := p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// customers 3345 (twice: created, then changed on the next page) and 3346, order 501, notes 5501 and 5502, MG 901 and 902.
	if sum.New != 7 || sum.Updated != 1 || sum.Quarantined != 3 || sum.Throttled != 2 {
		t.Fatalf("first pull: %s", sum)
	}
	reasons := q.Reasons()
	if reasons["history:880004"] != "unparseable createdAt" || reasons["note:5503"] != "invalid messages[0].text: too long" ||
		reasons["mg:903"] != "invalid utf-8" {
		t.Fatalf("quarantine: %v", reasons)
	}
	byID := map[string]Record{}
	ReadJSONL(t.Context(), &out, func(_ int, r Record) error { byID[r.Source().ID] = r; return nil },
		func(line int, _ []byte, reason string) { t.Errorf("out line %d: %s", line, reason) })
	note := byID["note:5501"].Communication
	if want := time.Date(2024, 11, 14, 15, 5, 11, 0, time.UTC); !note.StartedAt.Equal(want) || note.ClientID != "customer:3345" {
		t.Fatalf("note time in account TZ: %+v", note)
	}
	if c := byID["customer:3345"].Client; c.Name != "Петров Иван" || !c.UpdatedAt.Equal(time.Date(2024, 11, 14, 17, 10, 44, 0, time.UTC)) {
		t.Fatalf("customer: %+v", c)
	}
	if d := byID["order:501"].Deal; d.ClientID != "customer:3345" || d.Amount != 4990 || d.Title != "1235C" {
		t.Fatalf("order: %+v", d)
	}
	if m := byID["mg:901"].Communication; m.ThreadID != "dialog:2054" || m.Direction != DirectionInbound || m.Messages[0].Role != RoleCustomer {
		t.Fatalf("mg: %+v", m)
	}
	if m := byID["mg:902"].Communication; m.Messages[0].Role != RoleManager {
		t.Fatalf("mg manager: %+v", m)
	}

	// New records appear; a second pull brings only them.
	fake.customer(880005, 3347, "Анна", "Смирнова", "2024-11-15 10:00:00")
	fake.mu.Lock()
	fake.notes = append(fake.notes, map[string]any{"id": 5504, "managerId": 12, "text": "Новая заметка", "createdAt": "2024-11-15 10:01:00", "customer": map[string]any{"id": 3347}})
	fake.mg = append(fake.mg, `{"id":905,"time":"2024-11-15T07:02:00Z","type":"text","chat_id":2,"from":{"id":77,"type":"bot","name":"Bot"},"dialog":{"id":2060},"content":"Ваш заказ передан в доставку"}`)
	fake.mu.Unlock()
	out.Reset()
	sum, err = p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	ReadJSONL(t.Context(), &out, func(_ int, r Record) error { ids = append(ids, r.Source().ID); return nil }, func(int, []byte, string) {})
	sort.Strings(ids)
	if want := []string{"customer:3347", "mg:905", "note:5504"}; sum.New != 3 || sum.Updated != 0 || sum.Quarantined != 0 || !slices.Equal(ids, want) {
		t.Fatalf("second pull: %s, out %v", sum, ids)
	}
}

func TestRetailCRMKillAndResume(t *testing.T) {
	fake := newFakeRetail()
	seedRetail(fake)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	ref := NewMemStore()
	refSum, err := (&Puller{Source: "retail", Connector: newTestRetail(t, srv, newFakeClock()), Store: ref}).Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := stagedIDs(t.Context(), ref)
	for failAt := 1; failAt <= 7; failAt++ {
		t.Run(fmt.Sprintf("killed at commit %d", failAt), func(t *testing.T) {
			mem := NewMemStore()
			s1, err := (&Puller{Source: "retail", Connector: newTestRetail(t, srv, newFakeClock()), Store: &killingStore{Store: mem, failAt: failAt}}).Pull(t.Context())
			if !errors.Is(err, errKilled) {
				t.Fatalf("want killed, got %v", err)
			}
			s2, err := (&Puller{Source: "retail", Connector: newTestRetail(t, srv, newFakeClock()), Store: mem}).Pull(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			got, _ := stagedIDs(t.Context(), mem)
			if !slices.Equal(got, want) || s1.New+s2.New != refSum.New || s2.Unchanged != 0 {
				t.Fatalf("resume: staged %v want %v; first %s; second %s", got, want, s1, s2)
			}
		})
	}
}

func TestRetailCRMBadKey(t *testing.T) {
	srv := httptest.NewServer(newFakeRetail())
	defer srv.Close()
	r, _ := NewRetailCRM(RetailCRMConfig{Name: "retail-eu", BaseURL: srv.URL, APIKey: "nope", Client: ClientOptions{Clock: newFakeClock()}})
	_, err := (&Puller{Source: "retail-eu", Connector: r, Store: NewMemStore()}).Pull(t.Context())
	if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "retail-eu") || !strings.Contains(err.Error(), "GET /api/v5/customers/history") {
		t.Fatalf("want auth error, got %v", err)
	}
}

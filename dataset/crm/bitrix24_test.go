package crm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeBitrix serves Bitrix24 REST through an incoming-webhook URL /rest/1/<secret>/<method>.json:
// crm.item.list (start paging by 50), crm.activity.list (keyset on ID with start=-1, or @ID), batch
// with getTranscript / voximplant.statistic.get / imopenlines.session.history.get sub-calls, and
// the offline event queue. The first call of a method in throttle answers 503 QUERY_LIMIT_EXCEEDED.
type fakeBitrix struct {
	mu       sync.Mutex
	secret   string
	items    map[int][]map[string]any // entityTypeId -> items
	acts     []map[string]any
	offline  []map[string]any
	process  map[string][]map[string]any
	throttle map[string]bool
	calls    []string
}

func newFakeBitrix() *fakeBitrix {
	return &fakeBitrix{secret: "s3cret", items: map[int][]map[string]any{}, process: map[string][]map[string]any{}, throttle: map[string]bool{}}
}

func (f *fakeBitrix) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	prefix := "/rest/1/" + f.secret + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"}`)
		return
	}
	method := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, prefix), ".json")
	f.calls = append(f.calls, method)
	if f.throttle[method] {
		delete(f.throttle, method)
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprint(w, `{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}`)
		return
	}
	var p map[string]any
	json.NewDecoder(r.Body).Decode(&p)
	resp := f.method(method, p)
	resp["time"] = map[string]any{"start": 1773223972.41, "finish": 1773223973.03, "operating": 0.016, "operating_reset_at": 1773224572}
	json.NewEncoder(w).Encode(resp)
}

func (f *fakeBitrix) method(method string, p map[string]any) map[string]any {
	switch method {
	case "crm.item.list":
		typ := int(p["entityTypeId"].(float64))
		from := p["filter"].(map[string]any)[">=updatedTime"].(string)
		start := int(p["start"].(float64))
		var sel []map[string]any
		for _, it := range f.items[typ] {
			t1, err := time.Parse(time.RFC3339, it["updatedTime"].(string))
			t0, _ := time.Parse(time.RFC3339, from)
			if err != nil || !t1.Before(t0) {
				sel = append(sel, it)
			}
		}
		sort.SliceStable(sel, func(i, j int) bool { return sel[i]["updatedTime"].(string) < sel[j]["updatedTime"].(string) })
		lo, hi := min(start, len(sel)), min(start+50, len(sel))
		resp := map[string]any{"result": map[string]any{"items": sel[lo:hi]}, "total": len(sel)}
		if hi < len(sel) {
			resp["next"] = hi
		}
		return resp
	case "crm.activity.list":
		filter := p["filter"].(map[string]any)
		var out []map[string]any
		for _, a := range f.acts {
			id, _ := strconv.Atoi(a["ID"].(string))
			if gt, ok := filter[">ID"]; ok && float64(id) > gt.(float64) && len(out) < 50 {
				out = append(out, a)
			}
			if in, ok := filter["@ID"]; ok && slices.Contains(in.([]any), any(a["ID"])) {
				out = append(out, a)
			}
		}
		return map[string]any{"result": out}
	case "batch":
		res := map[string]any{}
		for key, cmd := range p["cmd"].(map[string]any) {
			m, q, _ := strings.Cut(cmd.(string), "?")
			v, _ := url.ParseQuery(q)
			switch m {
			case "crm.activity.call.getTranscript":
				if id, _ := strconv.Atoi(v.Get("activityId")); id%2 == 0 {
					res[key] = map[string]any{"transcription": "Менеджер: Добрый день! Клиент: Hello, I need a quote."}
				} else {
					res[key] = nil
				}
			case "voximplant.statistic.get":
				res[key] = []any{map[string]any{"CALL_ID": "call-" + v.Get("FILTER[CRM_ACTIVITY_ID]"), "CALL_DURATION": "95",
					"CALL_RECORD_URL": "https://example.bitrix24.com/rec/" + v.Get("FILTER[CRM_ACTIVITY_ID]") + ".mp3", "CALL_TYPE": "2"}}
			case "imopenlines.session.history.get":
				res[key] = map[string]any{"chatId": 1763, "sessionId": v.Get("SESSION_ID"),
					"message": map[string]any{
						"85851": map[string]any{"id": "85851", "senderid": "103", "date": "2026-03-11T13:12:46+01:00", "text": "Откройте карточку задачи и нажмите [b]Наблюдатели[/b]"},
						"85840": map[string]any{"id": "85840", "senderid": "587", "date": "2026-03-11T13:10:02+01:00", "text": "How do I add an observer to a task?"},
						"85830": map[string]any{"id": "85830", "senderid": "0", "date": "2026-03-11T13:09:00+01:00", "text": "Session started"},
					},
					"users": map[string]any{
						"103": map[string]any{"id": "103", "name": "Samantha Johnson", "bot": false, "connector": false},
						"587": map[string]any{"id": "587", "name": "John", "bot": false, "connector": true},
					}}
			}
		}
		return map[string]any{"result": map[string]any{"result": res, "result_error": []any{}}}
	case "event.offline.get":
		if len(f.offline) == 0 {
			return map[string]any{"result": map[string]any{"process_id": "", "events": []any{}}}
		}
		pid := fmt.Sprintf("p%d", len(f.process)+1)
		f.process[pid], f.offline = f.offline, nil
		return map[string]any{"result": map[string]any{"process_id": pid, "events": f.process[pid]}}
	case "event.offline.clear":
		delete(f.process, p["process_id"].(string))
		return map[string]any{"result": true}
	}
	return map[string]any{"error": "ERROR_METHOD_NOT_FOUND"}
}

func bitrixAct(id int) map[string]any {
	ts := time.Date(2026, 3, 10, 11, 0, 0, 0, time.FixedZone("", 3600)).Add(time.Duration(id) * time.Minute).Format(time.RFC3339)
	a := map[string]any{"ID": strconv.Itoa(id), "OWNER_ID": "412", "OWNER_TYPE_ID": "2", "ASSOCIATED_ENTITY_ID": "0", "SUBJECT": "Re: Quote #412",
		"CREATED": ts, "LAST_UPDATED": ts, "START_TIME": ts, "END_TIME": ts, "RESPONSIBLE_ID": "1269", "DIRECTION": "1", "DESCRIPTION": "",
		"DESCRIPTION_TYPE": "1", "SETTINGS": []any{}, "PROVIDER_PARAMS": []any{},
		"COMMUNICATIONS": []any{map[string]any{"ID": "5101", "TYPE": "PHONE", "VALUE": "+19061234568", "ENTITY_ID": "797", "ENTITY_TYPE_ID": "3"}}}
	switch id % 5 {
	case 0:
		a["TYPE_ID"], a["PROVIDER_ID"] = "2", "VOXIMPLANT_CALL"
	case 1:
		a["TYPE_ID"], a["PROVIDER_ID"], a["DESCRIPTION_TYPE"] = "4", "CRM_EMAIL", "3"
		a["DESCRIPTION"] = "<p>Hello! Price is fine,<br>when can you ship?</p><style>p{}</style>"
		a["SETTINGS"] = map[string]any{"EMAIL_META": map[string]any{"from": "Klaus Weber <client@example.org>"}}
	case 2:
		a["TYPE_ID"], a["PROVIDER_ID"], a["OWNER_TYPE_ID"], a["OWNER_ID"], a["ASSOCIATED_ENTITY_ID"] = "6", "IMOPENLINES_SESSION", "1", "1205", strconv.Itoa(id)
	case 3:
		a["TYPE_ID"], a["PROVIDER_ID"] = "1", "CRM_MEETING"
	case 4:
		a["TYPE_ID"], a["PROVIDER_ID"], a["DIRECTION"] = "4", "CRM_EMAIL", "2"
		a["DESCRIPTION"] = "Добрый день! Отгрузка в пятницу."
	}
	return a
}

func seedBitrix(f *fakeBitrix) {
	for i := range 60 {
		f.items[3] = append(f.items[3], map[string]any{"id": 700 + i, "name": []string{"Иван", "John"}[i%2], "lastName": "Петров",
			"updatedTime": time.Date(2026, 3, 1, 0, 0, i/2, 0, time.UTC).Format(time.RFC3339),
			"fm":          []any{map[string]any{"typeId": "PHONE", "value": fmt.Sprintf("+7900%07d", i)}}})
	}
	f.items[3] = append(f.items[3], map[string]any{"id": 999, "name": "Broken", "updatedTime": "01.03.2026"})
	for i := range 3 {
		f.items[2] = append(f.items[2], map[string]any{"id": 410 + i, "title": "Сделка", "stageId": "NEW", "opportunity": 1000 * (i + 1),
			"currencyId": "RUB", "contactId": 700 + i, "updatedTime": "2026-03-02T10:00:00+03:00"})
	}
	for id := 7900; id < 7955; id++ {
		f.acts = append(f.acts, bitrixAct(id))
	}
	f.acts[10]["LAST_UPDATED"] = "вчера"
}

func newTestBitrix(t *testing.T, srv *httptest.Server, clk Clock, secret string, offline bool) *Bitrix24 {
	t.Helper()
	b, err := NewBitrix24(Bitrix24Config{Name: "b24", BaseURL: srv.URL + "/rest/1", Token: secret, OfflineEvents: offline,
		Client: ClientOptions{Clock: clk, HTTPClient: srv.Client()}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBitrix24Pull(t *testing.T) {
	fake := newFakeBitrix()
	seedBitrix(fake)
	fake.throttle["crm.activity.list"] = true
	srv := httptest.NewServer(fake)
	defer srv.Close()
	clk := newFakeClock()
	q := &MemQuarantine{}
	var out bytes.Buffer
	p := &Puller{Source: "b24", Connector: newTestBitrix(t, srv, clk, "s3cret", true), Store: NewMemStore(), Quarantine: q, Out: NewJSONLWriter(&out), Clock: clk}
	sum, err := p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// 60 contacts + 3 deals + 43 activities (55 minus 11 meetings minus one with a bad date).
	if sum.New != 106 || sum.Quarantined != 2 || sum.Throttled != 1 {
		t.Fatalf("first pull: %s", sum)
	}
	if r := q.Reasons(); r["activity:7910"] != "unparseable LAST_UPDATED" || r["999"] != "unparseable updatedTime" {
		t.Fatalf("quarantine: %v", r)
	}
	byID := map[string]Record{}
	ReadJSONL(t.Context(), &out, func(_ int, r Record) error { byID[r.Source().ID] = r; return nil },
		func(line int, _ []byte, reason string) { t.Errorf("out line %d: %s", line, reason) })
	call := byID["activity:7920"].Communication
	if call.Channel != ChannelCall || call.DurationSec != 95 || call.RecordingURL != "https://example.bitrix24.com/rec/7920.mp3" ||
		!strings.HasPrefix(call.Transcript, "Менеджер:") || call.DealID != "deal:412" || call.ClientID != "contact:797" {
		t.Fatalf("call: %+v", call)
	}
	if mail := byID["activity:7901"].Communication; mail.Channel != ChannelEmail || mail.Messages[0].Text != "Hello! Price is fine,\nwhen can you ship?" ||
		mail.Messages[0].Role != RoleCustomer {
		t.Fatalf("html e-mail: %+v", mail)
	}
	chat := byID["activity:7902"].Communication
	if chat.Channel != ChannelChat || len(chat.Messages) != 2 || chat.Messages[0].Role != RoleCustomer ||
		chat.Messages[1].Text != "Откройте карточку задачи и нажмите Наблюдатели" || chat.DealID != "lead:1205" {
		t.Fatalf("open-line chat: %+v", chat)
	}
	if _, ok := byID["activity:7903"]; ok {
		t.Fatal("meeting must not become a communication")
	}

	// New records, plus an offline event saying an old activity changed.
	fake.mu.Lock()
	fake.acts = append(fake.acts, bitrixAct(7955), bitrixAct(7956))
	fake.acts[4]["DESCRIPTION"], fake.acts[4]["LAST_UPDATED"] = "Отгрузка переносится на понедельник.", "2026-03-12T09:00:00+01:00"
	fake.offline = []map[string]any{{"ID": "1", "EVENT_NAME": "ONCRMACTIVITYUPDATE", "EVENT_DATA": map[string]any{"FIELDS": map[string]any{"ID": "7904"}}}}
	fake.items[3] = append(fake.items[3], map[string]any{"id": 800, "name": "Anna", "updatedTime": "2026-03-05T00:00:00Z"})
	fake.mu.Unlock()
	out.Reset()
	sum, err = p.Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	ReadJSONL(t.Context(), &out, func(_ int, r Record) error { ids = append(ids, r.Source().ID); return nil }, func(int, []byte, string) {})
	sort.Strings(ids)
	if want := []string{"activity:7904", "activity:7955", "activity:7956", "contact:800"}; sum.New != 3 || sum.Updated != 1 || !slices.Equal(ids, want) {
		t.Fatalf("second pull: %s, out %v", sum, ids)
	}
	fake.mu.Lock()
	pending := len(fake.process)
	fake.mu.Unlock()
	if pending != 1 {
		t.Fatalf("offline events must stay until committed, pending %d", pending)
	}
	if _, err := p.Pull(t.Context()); err != nil {
		t.Fatal(err)
	}
	fake.mu.Lock()
	pending = len(fake.process)
	fake.mu.Unlock()
	if pending != 0 {
		t.Fatalf("offline events not cleared after commit, pending %d", pending)
	}
}

func TestBitrix24KillAndResume(t *testing.T) {
	fake := newFakeBitrix()
	seedBitrix(fake)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	ref := NewMemStore()
	refSum, err := (&Puller{Source: "b24", Connector: newTestBitrix(t, srv, newFakeClock(), "s3cret", false), Store: ref}).Pull(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want, _ := stagedIDs(t.Context(), ref)
	for failAt := 1; failAt <= 5; failAt++ {
		t.Run(fmt.Sprintf("killed at commit %d", failAt), func(t *testing.T) {
			mem := NewMemStore()
			s1, err := (&Puller{Source: "b24", Connector: newTestBitrix(t, srv, newFakeClock(), "s3cret", false), Store: &killingStore{Store: mem, failAt: failAt}}).Pull(t.Context())
			if !errors.Is(err, errKilled) {
				t.Fatalf("want killed, got %v", err)
			}
			s2, err := (&Puller{Source: "b24", Connector: newTestBitrix(t, srv, newFakeClock(), "s3cret", false), Store: mem}).Pull(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			got, _ := stagedIDs(t.Context(), mem)
			if !slices.Equal(got, want) || s1.New+s2.New != refSum.New || s2.Unchanged != 0 {
				t.Fatalf("resume: %d staged, want %d; first %s; second %s", len(got), len(want), s1, s2)
			}
		})
	}
}

func TestBitrix24BadSecret(t *testing.T) {
	srv := httptest.NewServer(newFakeBitrix())
	defer srv.Close()
	_, err := (&Puller{Source: "b24", Connector: newTestBitrix(t, srv, newFakeClock(), "wrong-secret", false), Store: NewMemStore()}).Pull(t.Context())
	if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "crm.item.list") || strings.Contains(err.Error(), "wrong-secret") {
		t.Fatalf("want auth error without the secret, got %v", err)
	}
}

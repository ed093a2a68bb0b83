package crm

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Bitrix24 REST defaults.
const (
	Bitrix24Rate     = 2  // requests per second, leaky bucket refill (non-Enterprise)
	Bitrix24Burst    = 50 // bucket size before QUERY_LIMIT_EXCEEDED
	Bitrix24PageSize = 50 // fixed by Bitrix24
	SystemBitrix24   = "bitrix24"
	bitrixBatchMax   = 50
)

// Bitrix24Config configures a Bitrix24 REST connector.
type Bitrix24Config struct {
	Name string
	// BaseURL is "https://{portal}/rest/{user_id}" for an incoming webhook (Token is the webhook
	// secret, which therefore never sits in the config file) or "https://{portal}/rest" with
	// OAuth (Token is the access token, sent as the auth parameter).
	BaseURL string
	Token   string
	OAuth   bool
	Since   time.Time // start of the first updatedTime window for contacts and deals
	// OfflineEvents adds the event.offline.get stream: activities changed since they were first
	// pulled (the activity stream pages by ID and sees only new ones) are re-fetched from it.
	OfflineEvents bool
	Client        ClientOptions
}

// Bitrix24 pulls contacts and deals (crm.item.list), activities with COMMUNICATIONS
// (crm.activity.list, keyset on ID), and enriches calls (voximplant.statistic.get,
// crm.activity.call.getTranscript) and open-line chats (imopenlines.session.history.get) through
// batch calls.
type Bitrix24 struct {
	cfg  Bitrix24Config
	base string
	http *httpClient
}

var _ Connector = (*Bitrix24)(nil)

// NewBitrix24 returns a Bitrix24 connector.
func NewBitrix24(cfg Bitrix24Config) (*Bitrix24, error) {
	u, err := absoluteURL("bitrix24", cfg.Name, cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		return nil, fmt.Errorf("bitrix24 source %s: token is empty", cfg.Name)
	}
	b := &Bitrix24{cfg: cfg, base: u.String(), http: newHTTPClient(cfg.Name, Bitrix24Rate, Bitrix24Burst, cfg.Client)}
	b.http.throttleCode = bitrixThrottle
	return b, nil
}

// bitrixThrottle recognises Bitrix24's rate-limit answers: QUERY_LIMIT_EXCEEDED (leaky bucket,
// normally HTTP 503) and OPERATION_TIME_LIMIT (per-method time budget, normally 429).
func bitrixThrottle(status int, body []byte) string {
	if status < 400 {
		return ""
	}
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &e) == nil && (e.Error == "QUERY_LIMIT_EXCEEDED" || e.Error == "OPERATION_TIME_LIMIT") {
		return e.Error
	}
	return ""
}

// Stats returns the request counters.
func (b *Bitrix24) Stats() *Stats { return b.http.stats }

// Streams lists the feeds in pull order.
func (b *Bitrix24) Streams() []Stream {
	s := []Stream{
		&bitrixItems{b: b, name: "contacts", entityTypeID: 3},
		&bitrixItems{b: b, name: "deals", entityTypeID: 2},
		&bitrixActivities{b: b},
	}
	if b.cfg.OfflineEvents {
		s = append(s, &bitrixOffline{b: b})
	}
	return s
}

// call sends one REST method and returns its decoded envelope.
func (b *Bitrix24) call(ctx context.Context, method string, params map[string]any) (bitrixResponse, error) {
	u := b.base + "/" + b.cfg.Token + "/" + method + ".json"
	if b.cfg.OAuth {
		u = b.base + "/" + method
		p := make(map[string]any, len(params)+1)
		for k, v := range params {
			p[k] = v
		}
		p["auth"] = b.cfg.Token
		params = p
	}
	body, err := json.Marshal(params)
	if err != nil {
		return bitrixResponse{}, fmt.Errorf("bitrix24 source %s: encode %s: %w", b.cfg.Name, method, err)
	}
	_, raw, err := b.http.do(ctx, request{Method: http.MethodPost, URL: u, Endpoint: method, Body: body,
		Header: http.Header{"Content-Type": {"application/json"}}})
	if err != nil {
		return bitrixResponse{}, err
	}
	var resp bitrixResponse
	if err := json.Unmarshal(raw, &resp); err != nil {
		return resp, fmt.Errorf("bitrix24 source %s: %s: %s", b.cfg.Name, method, decodeReason(err))
	}
	if resp.Error != "" {
		return resp, &HTTPError{Source: b.cfg.Name, Endpoint: method, Status: http.StatusOK, Code: resp.Error}
	}
	return resp, nil
}

type bitrixResponse struct {
	Result json.RawMessage `json:"result"`
	Next   *int            `json:"next"`
	Total  int             `json:"total"`
	Error  string          `json:"error"`
}

// batch runs up to 50 sub-calls per request; it returns each key's result (absent or null when the
// sub-call failed or returned nothing). Sub-call errors are per key and do not fail the batch.
func (b *Bitrix24) batch(ctx context.Context, cmds map[string]string) (map[string]json.RawMessage, error) {
	out := map[string]json.RawMessage{}
	keys := make([]string, 0, len(cmds))
	for k := range cmds {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for len(keys) > 0 {
		n := min(len(keys), bitrixBatchMax)
		chunk := map[string]string{}
		for _, k := range keys[:n] {
			chunk[k] = cmds[k]
		}
		keys = keys[n:]
		resp, err := b.call(ctx, "batch", map[string]any{"halt": 0, "cmd": chunk})
		if err != nil {
			return nil, err
		}
		var r struct {
			Result map[string]json.RawMessage `json:"result"`
		}
		// An all-empty result comes back as [] rather than {}.
		if err := json.Unmarshal(resp.Result, &r); err != nil {
			continue
		}
		for k, v := range r.Result {
			out[k] = v
		}
	}
	return out, nil
}

// bitrixItems pages crm.item.list by updatedTime windows with start offsets of 50.
type bitrixItems struct {
	b            *Bitrix24
	name         string
	entityTypeID int
}

func (s *bitrixItems) Name() string { return s.name }

func (s *bitrixItems) Fetch(ctx context.Context, state string) (Page, error) {
	var since int64
	if !s.b.cfg.Since.IsZero() {
		since = s.b.cfg.Since.Unix()
	}
	w, err := parseWindow(state, since, 0)
	if err != nil {
		return Page{}, err
	}
	resp, err := s.b.call(ctx, "crm.item.list", map[string]any{
		"entityTypeId": s.entityTypeID,
		"filter":       map[string]any{">=updatedTime": time.Unix(w.From, 0).UTC().Format(time.RFC3339)},
		"order":        map[string]string{"updatedTime": "ASC", "id": "ASC"},
		"start":        w.Page,
	})
	if err != nil {
		return Page{}, err
	}
	var res struct {
		Items []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(resp.Result, &res); err != nil {
		return Page{}, fmt.Errorf("bitrix24 source %s: crm.item.list: %s", s.b.cfg.Name, decodeReason(err))
	}
	var page Page
	for _, raw := range res.Items {
		rec, ts, reason := s.convert(raw)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: rawID(raw), Reason: reason, Raw: raw})
			continue
		}
		if w.keep(rec.Source().ID, ts) {
			page.Records = append(page.Records, rec)
		}
	}
	page.More = resp.Next != nil && *resp.Next > w.Page
	next := 0
	if resp.Next != nil {
		next = *resp.Next
	}
	page.Next = w.next(page.More, next, 0)
	return page, nil
}

func (s *bitrixItems) convert(raw json.RawMessage) (Record, int64, string) {
	var v struct {
		ID          flexID  `json:"id"`
		Title       string  `json:"title"`
		Name        string  `json:"name"`
		LastName    string  `json:"lastName"`
		SecondName  string  `json:"secondName"`
		StageID     string  `json:"stageId"`
		Opportunity float64 `json:"opportunity"`
		CurrencyID  string  `json:"currencyId"`
		ContactID   flexID  `json:"contactId"`
		CompanyID   flexID  `json:"companyId"`
		UpdatedTime string  `json:"updatedTime"`
		FM          []struct {
			TypeID string `json:"typeId"`
			Value  string `json:"value"`
		} `json:"fm"`
	}
	if reason := decodeItem(raw, &v); reason != "" {
		return Record{}, 0, reason
	}
	if v.ID == "" || v.ID == "0" {
		return Record{}, 0, "missing id"
	}
	at, err := time.Parse(time.RFC3339, v.UpdatedTime)
	if err != nil {
		return Record{}, 0, "unparseable updatedTime"
	}
	at = at.UTC()
	if s.entityTypeID == 2 {
		d := &Deal{Source: Source{System: SystemBitrix24, ID: prefixed("deal", v.ID)}, ClientID: prefixed("contact", v.ContactID),
			Title: v.Title, Stage: v.StageID, Amount: v.Opportunity, Currency: v.CurrencyID, UpdatedAt: at}
		if d.ClientID == "" {
			d.ClientID = prefixed("company", v.CompanyID)
		}
		return NewDeal(d), at.Unix(), ""
	}
	c := &Client{Source: Source{System: SystemBitrix24, ID: prefixed("contact", v.ID)},
		Name: strings.Join(strings.Fields(v.Name+" "+v.SecondName+" "+v.LastName), " "), UpdatedAt: at}
	if id := prefixed("company", v.CompanyID); id != "" {
		c.Attrs = map[string]string{"company_id": id}
	}
	for _, f := range v.FM {
		switch f.TypeID {
		case "PHONE":
			c.Phones = append(c.Phones, f.Value)
		case "EMAIL":
			c.Emails = append(c.Emails, f.Value)
		}
	}
	return NewClient(c), at.Unix(), ""
}

// bitrixActivities pages crm.activity.list by keyset on ID (">ID", start=-1, ORDER ID ASC): no
// COUNT, no shifting pages. It sees new activities; changes to old ones come from offline events.
type bitrixActivities struct{ b *Bitrix24 }

func (s *bitrixActivities) Name() string { return "activities" }

type lastIDState struct {
	LastID int64 `json:"last_id"`
}

func (s *bitrixActivities) Fetch(ctx context.Context, state string) (Page, error) {
	var st lastIDState
	if state != "" {
		if err := json.Unmarshal([]byte(state), &st); err != nil {
			return Page{}, fmt.Errorf("parse stream state: %w", err)
		}
	}
	page, maxID, n, err := s.b.activities(ctx, map[string]any{">ID": st.LastID}, -1)
	if err != nil {
		return Page{}, err
	}
	if maxID > st.LastID {
		st.LastID = maxID
	}
	b, _ := json.Marshal(st)
	page.Next, page.More = string(b), n >= Bitrix24PageSize
	return page, nil
}

// FetchActivities re-reads activities by id (at most 50), enriched like a pull. The webhook
// receiver uses it: Bitrix24 events carry only ids.
func (b *Bitrix24) FetchActivities(ctx context.Context, ids []string) (Page, error) {
	if len(ids) > Bitrix24PageSize {
		ids = ids[:Bitrix24PageSize]
	}
	page, _, _, err := b.activities(ctx, map[string]any{"@ID": ids}, 0)
	return page, err
}

// activities lists one page of activities matching filter and converts them, fetching call
// statistics, transcripts and open-line histories in batch calls. It returns the page, the
// largest ID seen and the number of rows.
func (b *Bitrix24) activities(ctx context.Context, filter map[string]any, start int) (Page, int64, int, error) {
	resp, err := b.call(ctx, "crm.activity.list", map[string]any{
		"select": []string{"*", "COMMUNICATIONS"}, "filter": filter, "order": map[string]string{"ID": "ASC"}, "start": start,
	})
	if err != nil {
		return Page{}, 0, 0, err
	}
	var rows []json.RawMessage
	if err := json.Unmarshal(resp.Result, &rows); err != nil {
		return Page{}, 0, 0, fmt.Errorf("bitrix24 source %s: crm.activity.list: %s", b.cfg.Name, decodeReason(err))
	}
	var page Page
	var maxID int64
	var acts []*bitrixActivity
	cmds := map[string]string{}
	for _, raw := range rows {
		var a bitrixActivity
		id := rawID(raw)
		if n, err := strconv.ParseInt(id, 10, 64); err == nil && n > maxID {
			maxID = n
		}
		if reason := decodeItem(raw, &a); reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed("activity", flexID(id)), Reason: reason, Raw: raw})
			continue
		}
		a.raw = raw
		switch {
		case a.isCall():
			cmds["t"+string(a.ID)] = "crm.activity.call.getTranscript?" + url.Values{"activityId": {string(a.ID)}}.Encode()
			cmds["v"+string(a.ID)] = "voximplant.statistic.get?" + url.Values{"FILTER[CRM_ACTIVITY_ID]": {string(a.ID)}}.Encode()
		case a.ProviderID == "IMOPENLINES_SESSION" && a.AssociatedID != "" && a.AssociatedID != "0":
			cmds["h"+string(a.ID)] = "imopenlines.session.history.get?" + url.Values{"SESSION_ID": {string(a.AssociatedID)}}.Encode()
		case a.TypeID == "4":
		default:
			continue // meetings, tasks, to-dos: not conversations
		}
		acts = append(acts, &a)
	}
	extra := map[string]json.RawMessage{}
	if len(cmds) > 0 {
		if extra, err = b.batch(ctx, cmds); err != nil {
			return Page{}, 0, 0, err
		}
	}
	for _, a := range acts {
		rec, reason := a.convert(extra)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed("activity", a.ID), Reason: reason, Raw: a.raw})
			continue
		}
		page.Records = append(page.Records, rec)
	}
	return page, maxID, len(rows), nil
}

// bitrixOffline drains event.offline.get without clearing, and clears a batch of events only on
// the next fetch, after the page that re-read their activities was committed.
type bitrixOffline struct{ b *Bitrix24 }

func (s *bitrixOffline) Name() string { return "offline_events" }

type offlineState struct {
	Clear string `json:"clear,omitempty"` // process id of events whose activities are committed
}

func (s *bitrixOffline) Fetch(ctx context.Context, state string) (Page, error) {
	var st offlineState
	if state != "" {
		if err := json.Unmarshal([]byte(state), &st); err != nil {
			return Page{}, fmt.Errorf("parse stream state: %w", err)
		}
	}
	if st.Clear != "" {
		if _, err := s.b.call(ctx, "event.offline.clear", map[string]any{"process_id": st.Clear}); err != nil {
			return Page{}, err
		}
	}
	resp, err := s.b.call(ctx, "event.offline.get", map[string]any{"clear": 0, "limit": Bitrix24PageSize})
	if err != nil {
		return Page{}, err
	}
	var res struct {
		ProcessID string `json:"process_id"`
		Events    []struct {
			Event string `json:"EVENT_NAME"`
			Data  struct {
				Fields struct {
					ID flexID `json:"ID"`
				} `json:"FIELDS"`
			} `json:"EVENT_DATA"`
		} `json:"events"`
	}
	if err := json.Unmarshal(resp.Result, &res); err != nil {
		return Page{}, fmt.Errorf("bitrix24 source %s: event.offline.get: %s", s.b.cfg.Name, decodeReason(err))
	}
	var ids []string
	for _, e := range res.Events {
		if strings.HasPrefix(strings.ToUpper(e.Event), "ONCRMACTIVITY") && e.Data.Fields.ID != "" {
			ids = append(ids, string(e.Data.Fields.ID))
		}
	}
	var page Page
	if len(ids) > 0 {
		if page, err = s.b.FetchActivities(ctx, ids); err != nil {
			return Page{}, err
		}
	}
	next := offlineState{}
	if len(res.Events) > 0 {
		next.Clear = res.ProcessID
	}
	b, _ := json.Marshal(next)
	page.Next, page.More = string(b), len(res.Events) >= Bitrix24PageSize
	return page, nil
}

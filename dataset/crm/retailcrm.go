package crm

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// RetailCRM API v5 defaults.
const (
	RetailCRMRate    = 10 // requests per second per key, documented
	RetailCRMLimit   = 100
	SystemRetailCRM  = "retailcrm"
	retailTimeLayout = "2006-01-02 15:04:05"
)

// RetailCRMConfig configures a RetailCRM (Simla) API v5 connector and, optionally, its
// MessageGateway bot API for chat messages.
type RetailCRMConfig struct {
	Name     string
	BaseURL  string         // https://{sub}.retailcrm.ru
	APIKey   string         // X-API-KEY
	Site     string         // store code, when the key covers several stores
	Location *time.Location // account time zone of "Y-m-d H:i:s" dates; nil means UTC
	Since    time.Time      // start of the notes window; zero means everything
	Limit    int            // 20, 50 or 100
	// MGBaseURL is the MG bot endpoint (info.mgBot.endpointUrl); empty disables the chat stream.
	MGBaseURL string
	MGToken   string // X-Bot-Token
	Client    ClientOptions
}

// RetailCRM pulls customers and orders through /history (sinceId), customer notes, and MG chat
// messages (since_id). API v5 has no read API for calls.
type RetailCRM struct {
	cfg  RetailCRMConfig
	base *url.URL
	mg   *url.URL
	http *httpClient
	mgc  *httpClient
}

var _ Connector = (*RetailCRM)(nil)

// NewRetailCRM returns a RetailCRM connector.
func NewRetailCRM(cfg RetailCRMConfig) (*RetailCRM, error) {
	u, err := absoluteURL("retailcrm", cfg.Name, cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.APIKey == "" {
		return nil, fmt.Errorf("retailcrm source %s: api key is empty", cfg.Name)
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.Limit <= 0 || cfg.Limit > RetailCRMLimit {
		cfg.Limit = RetailCRMLimit
	}
	r := &RetailCRM{cfg: cfg, base: u, http: newHTTPClient(cfg.Name, RetailCRMRate, 1, cfg.Client)}
	r.http.throttleCode = retailThrottle
	if cfg.MGBaseURL != "" {
		if r.mg, err = url.Parse(strings.TrimRight(cfg.MGBaseURL, "/")); err != nil || r.mg.Host == "" {
			return nil, fmt.Errorf("retailcrm source %s: mg_base_url must be an absolute URL", cfg.Name)
		}
		if cfg.MGToken == "" {
			return nil, fmt.Errorf("retailcrm source %s: mg token is empty", cfg.Name)
		}
		r.mgc = newHTTPClient(cfg.Name, RetailCRMRate, 1, cfg.Client)
		r.mgc.stats = r.http.stats
	}
	return r, nil
}

// retailThrottle spots RetailCRM's "limit exceeded" answers that come without 429/503.
func retailThrottle(status int, body []byte) string {
	if status >= 400 && strings.Contains(strings.ToLower(string(body)), "limit exceeded") {
		return "LIMIT_EXCEEDED"
	}
	return ""
}

// Stats returns the request counters.
func (r *RetailCRM) Stats() *Stats { return r.http.stats }

// Streams lists the feeds in pull order.
func (r *RetailCRM) Streams() []Stream {
	s := []Stream{
		&retailHistory{r: r, name: "customers", entity: "customers", key: "customer"},
		&retailHistory{r: r, name: "orders", entity: "orders", key: "order"},
		&retailNotes{r: r},
	}
	if r.mg != nil {
		s = append(s, &retailMG{r: r})
	}
	return s
}

func (r *RetailCRM) get(ctx context.Context, path string, q url.Values) ([]byte, error) {
	if r.cfg.Site != "" {
		q.Set("site", r.cfg.Site)
	}
	u := *r.base
	u.Path += path
	u.RawQuery = q.Encode()
	_, body, err := r.http.do(ctx, request{Method: http.MethodGet, URL: u.String(), Endpoint: "GET " + path,
		Header: http.Header{"X-API-KEY": {r.cfg.APIKey}}})
	return body, err
}

func (r *RetailCRM) parseTime(s string) (time.Time, bool) {
	t, err := time.ParseInLocation(retailTimeLayout, s, r.cfg.Location)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}

type sinceState struct {
	SinceID int64 `json:"since_id"`
}

func parseSince(state string) (sinceState, error) {
	var s sinceState
	if state == "" {
		return s, nil
	}
	if err := json.Unmarshal([]byte(state), &s); err != nil {
		return s, fmt.Errorf("parse stream state: %w", err)
	}
	return s, nil
}

func (s sinceState) String() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// retailHistory reads /{entity}/history since the last committed history id, then fetches the
// current state of the changed entities in one list call: history entries carry only the changed
// fields.
type retailHistory struct {
	r      *RetailCRM
	name   string
	entity string // "customers" or "orders"
	key    string // "customer" or "order"
}

func (h *retailHistory) Name() string { return h.name }

func (h *retailHistory) Fetch(ctx context.Context, state string) (Page, error) {
	st, err := parseSince(state)
	if err != nil {
		return Page{}, err
	}
	path := "/api/v5/" + h.entity + "/history"
	body, err := h.r.get(ctx, path, url.Values{"filter[sinceId]": {strconv.FormatInt(st.SinceID, 10)}, "limit": {strconv.Itoa(h.r.cfg.Limit)}})
	if err != nil {
		return Page{}, err
	}
	var resp struct {
		Success bool              `json:"success"`
		History []json.RawMessage `json:"history"`
	}
	if err := json.Unmarshal(body, &resp); err != nil || !resp.Success {
		return Page{}, fmt.Errorf("retailcrm source %s: GET %s: unexpected response", h.r.cfg.Name, path)
	}
	var page Page
	changed := map[string]time.Time{}
	var order []string
	for _, raw := range resp.History {
		var e struct {
			ID        int64  `json:"id"`
			CreatedAt string `json:"createdAt"`
			Deleted   bool   `json:"deleted"`
		}
		entity := map[string]json.RawMessage{}
		reason := decodeItem(raw, &e)
		if reason == "" {
			var m map[string]json.RawMessage
			json.Unmarshal(raw, &m)
			json.Unmarshal(m[h.key], &entity)
		}
		if e.ID > st.SinceID {
			st.SinceID = e.ID
		}
		var id flexID
		if reason == "" {
			json.Unmarshal(entity["id"], &id)
		}
		at, ok := h.r.parseTime(e.CreatedAt)
		switch {
		case reason != "":
		case e.ID == 0:
			reason = "missing history id"
		case id == "":
			reason = "missing " + h.key + " id"
		case !ok:
			reason = "unparseable createdAt"
		}
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: "history:" + strconv.FormatInt(e.ID, 10), Reason: reason, Raw: raw})
			continue
		}
		if e.Deleted {
			delete(changed, string(id))
			continue
		}
		if _, seen := changed[string(id)]; !seen {
			order = append(order, string(id))
		}
		if at.After(changed[string(id)]) {
			changed[string(id)] = at
		}
	}
	page.Next, page.More = st.String(), len(resp.History) >= h.r.cfg.Limit
	if len(order) == 0 {
		return page, nil
	}
	q := url.Values{"limit": {strconv.Itoa(RetailCRMLimit)}}
	for _, id := range order {
		if _, ok := changed[id]; ok {
			q.Add("filter[ids][]", id)
		}
	}
	body, err = h.r.get(ctx, "/api/v5/"+h.entity, q)
	if err != nil {
		return Page{}, err
	}
	var list map[string]json.RawMessage
	if err := json.Unmarshal(body, &list); err != nil {
		return Page{}, fmt.Errorf("retailcrm source %s: GET /api/v5/%s: unexpected response", h.r.cfg.Name, h.entity)
	}
	var items []json.RawMessage
	json.Unmarshal(list[h.entity], &items)
	for _, raw := range items {
		rec, reason := h.convert(raw, changed)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed(h.key, flexID(rawID(raw))), Reason: reason, Raw: raw})
			continue
		}
		if rec.Kind != "" {
			page.Records = append(page.Records, rec)
		}
	}
	return page, nil
}

func (h *retailHistory) convert(raw json.RawMessage, changed map[string]time.Time) (Record, string) {
	var v struct {
		ID          flexID `json:"id"`
		ExternalID  string `json:"externalId"`
		Site        string `json:"site"`
		FirstName   string `json:"firstName"`
		LastName    string `json:"lastName"`
		Patronymic  string `json:"patronymic"`
		Email       string `json:"email"`
		Phones      []struct{ Number string }
		ManagerID   flexID  `json:"managerId"`
		Number      string  `json:"number"`
		Status      string  `json:"status"`
		TotalSumm   float64 `json:"totalSumm"`
		Currency    string  `json:"currency"`
		CustomerRef struct {
			ID flexID `json:"id"`
		} `json:"customer"`
		Company struct {
			Name string `json:"name"`
		} `json:"company"`
	}
	if reason := decodeItem(raw, &v); reason != "" {
		return Record{}, reason
	}
	at, ok := changed[string(v.ID)]
	if !ok {
		return Record{}, "" // not asked for: ignore
	}
	src := Source{System: SystemRetailCRM, ID: prefixed(h.key, v.ID)}
	attrs := map[string]string{}
	for k, val := range map[string]string{"external_id": v.ExternalID, "site": v.Site, "manager_id": string(v.ManagerID)} {
		if val != "" {
			attrs[k] = val
		}
	}
	if len(attrs) == 0 {
		attrs = nil
	}
	if h.key == "order" {
		return NewDeal(&Deal{Source: src, ClientID: prefixed("customer", v.CustomerRef.ID), Title: v.Number, Stage: v.Status,
			Amount: v.TotalSumm, Currency: v.Currency, Attrs: attrs, UpdatedAt: at}), ""
	}
	name := strings.Join(strings.Fields(v.LastName+" "+v.FirstName+" "+v.Patronymic), " ")
	c := &Client{Source: src, Name: name, Company: v.Company.Name, Attrs: attrs, UpdatedAt: at}
	if v.Email != "" {
		c.Emails = []string{v.Email}
	}
	for _, p := range v.Phones {
		if p.Number != "" {
			c.Phones = append(c.Phones, p.Number)
		}
	}
	return NewClient(c), ""
}

// retailNotes pages /customers/notes by createdAt windows.
type retailNotes struct{ r *RetailCRM }

func (n *retailNotes) Name() string { return "customer_notes" }

func (n *retailNotes) Fetch(ctx context.Context, state string) (Page, error) {
	var since int64
	if !n.r.cfg.Since.IsZero() {
		since = n.r.cfg.Since.Unix()
	}
	w, err := parseWindow(state, since, 1)
	if err != nil {
		return Page{}, err
	}
	q := url.Values{"page": {strconv.Itoa(w.Page)}, "limit": {strconv.Itoa(n.r.cfg.Limit)}}
	if w.From > 0 {
		q.Set("filter[createdAtFrom]", time.Unix(w.From, 0).In(n.r.cfg.Location).Format(retailTimeLayout))
	}
	body, err := n.r.get(ctx, "/api/v5/customers/notes", q)
	if err != nil {
		return Page{}, err
	}
	var resp struct {
		Success    bool `json:"success"`
		Pagination struct {
			CurrentPage    int `json:"currentPage"`
			TotalPageCount int `json:"totalPageCount"`
		} `json:"pagination"`
		Notes []json.RawMessage `json:"notes"`
	}
	if err := json.Unmarshal(body, &resp); err != nil || !resp.Success {
		return Page{}, fmt.Errorf("retailcrm source %s: GET /api/v5/customers/notes: unexpected response", n.r.cfg.Name)
	}
	var page Page
	for _, raw := range resp.Notes {
		var v struct {
			ID        flexID `json:"id"`
			ManagerID flexID `json:"managerId"`
			Text      string `json:"text"`
			CreatedAt string `json:"createdAt"`
			Customer  struct {
				ID flexID `json:"id"`
			} `json:"customer"`
		}
		reason := decodeItem(raw, &v)
		at, ok := n.r.parseTime(v.CreatedAt)
		switch {
		case reason != "":
		case v.ID == "":
			reason = "missing id"
		case !ok:
			reason = "unparseable createdAt"
		}
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed("note", flexID(rawID(raw))), Reason: reason, Raw: raw})
			continue
		}
		id := prefixed("note", v.ID)
		if !w.keep(id, at.Unix()) {
			continue
		}
		c := &Communication{Source: Source{System: SystemRetailCRM, ID: id}, Channel: ChannelNote, Direction: DirectionInternal,
			ClientID: prefixed("customer", v.Customer.ID), Participants: []Participant{{Role: RoleManager, ID: string(v.ManagerID)}},
			StartedAt: at, UpdatedAt: at}
		if v.Text != "" {
			c.Messages = []Message{{Role: RoleManager, Text: v.Text, At: at}}
		}
		page.Records = append(page.Records, NewCommunication(c))
	}
	page.More = resp.Pagination.CurrentPage < resp.Pagination.TotalPageCount
	page.Next = w.next(page.More, w.Page+1, 1)
	return page, nil
}

// retailMG reads MG bot messages since the last committed message id. Each text message becomes
// one communication; ThreadID is the dialog, so the dataset stage can rebuild conversations.
type retailMG struct{ r *RetailCRM }

func (m *retailMG) Name() string { return "mg_messages" }

func (m *retailMG) Fetch(ctx context.Context, state string) (Page, error) {
	st, err := parseSince(state)
	if err != nil {
		return Page{}, err
	}
	u := *m.r.mg
	u.Path += "/api/bot/v1/messages"
	u.RawQuery = url.Values{"since_id": {strconv.FormatInt(st.SinceID, 10)}, "limit": {strconv.Itoa(m.r.cfg.Limit)}}.Encode()
	_, body, err := m.r.mgc.do(ctx, request{Method: http.MethodGet, URL: u.String(), Endpoint: "GET /api/bot/v1/messages",
		Header: http.Header{"X-Bot-Token": {m.r.cfg.MGToken}}})
	if err != nil {
		return Page{}, err
	}
	var msgs []json.RawMessage
	if err := json.Unmarshal(body, &msgs); err != nil {
		return Page{}, fmt.Errorf("retailcrm source %s: GET /api/bot/v1/messages: unexpected response", m.r.cfg.Name)
	}
	var page Page
	for _, raw := range msgs {
		var v struct {
			ID        int64     `json:"id"`
			Time      time.Time `json:"time"`
			Type      string    `json:"type"`
			ChatID    flexID    `json:"chat_id"`
			Content   string    `json:"content"`
			ChannelID flexID    `json:"channel_id"`
			From      *struct {
				ID   flexID `json:"id"`
				Type string `json:"type"`
				Name string `json:"name"`
			} `json:"from"`
			Dialog struct {
				ID flexID `json:"id"`
			} `json:"dialog"`
			CreatedAt time.Time `json:"created_at"`
			UpdatedAt time.Time `json:"updated_at"`
		}
		id := rawID(raw)
		if n, err := strconv.ParseInt(id, 10, 64); err == nil && n > st.SinceID {
			st.SinceID = n
		}
		reason := decodeItem(raw, &v)
		if reason == "" && v.ID == 0 {
			reason = "missing id"
		}
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed("mg", flexID(id)), Reason: reason, Raw: raw})
			continue
		}
		if v.Type != "text" || v.From == nil || v.Content == "" {
			continue // system messages, files and images carry no conversation text
		}
		at := v.Time
		if at.IsZero() {
			at = v.CreatedAt
		}
		updated := v.UpdatedAt
		if updated.IsZero() {
			updated = at
		}
		role, dir := RoleManager, DirectionOutbound
		switch v.From.Type {
		case "customer":
			role, dir = RoleCustomer, DirectionInbound
		case "bot":
			role = RoleBot
		}
		sid := prefixed("mg", flexID(strconv.FormatInt(v.ID, 10)))
		c := &Communication{Source: Source{System: SystemRetailCRM, ID: sid}, Channel: ChannelChat, Direction: dir,
			ThreadID: prefixed("dialog", v.Dialog.ID), Participants: []Participant{{Role: role, ID: string(v.From.ID), Name: v.From.Name}},
			Messages:  []Message{{ID: sid, Role: role, Text: v.Content, At: at.UTC()}},
			StartedAt: at.UTC(), UpdatedAt: updated.UTC(),
			Attrs: map[string]string{"mg_chat_id": string(v.ChatID), "mg_channel_id": string(v.ChannelID)}}
		page.Records = append(page.Records, NewCommunication(c))
	}
	page.Next, page.More = st.String(), len(msgs) >= m.r.cfg.Limit
	return page, nil
}

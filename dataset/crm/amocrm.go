package crm

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// amoCRM API v4 defaults.
const (
	AmoCRMRate        = 7 // requests per second, documented
	AmoCRMPageLimit   = 250
	AmoCRMEventsLimit = 100
	SystemAmoCRM      = "amocrm"
)

// AmoCRMConfig configures an amoCRM (or Kommo) API v4 connector.
type AmoCRMConfig struct {
	Name    string    // source name: cursor key and error label
	BaseURL string    // https://{subdomain}.amocrm.ru
	Token   string    // long-lived token (private integration) or OAuth access token
	Since   time.Time // start of the first window; zero means everything
	Limit   int       // page size for leads, contacts and notes (<= 250)
	Client  ClientOptions
}

// AmoCRM pulls contacts, leads, lead and contact notes (common, call_in, call_out,
// amomail_message) and chat-message events. Chat text cannot be pulled from amoCRM: it arrives
// through the incoming-message webhook (see NewWebhookHandler).
type AmoCRM struct {
	cfg  AmoCRMConfig
	base *url.URL
	http *httpClient
}

var _ Connector = (*AmoCRM)(nil)

// NewAmoCRM returns an amoCRM connector.
func NewAmoCRM(cfg AmoCRMConfig) (*AmoCRM, error) {
	u, err := absoluteURL("amocrm", cfg.Name, cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		return nil, fmt.Errorf("amocrm source %s: token is empty", cfg.Name)
	}
	if cfg.Limit <= 0 || cfg.Limit > AmoCRMPageLimit {
		cfg.Limit = AmoCRMPageLimit
	}
	return &AmoCRM{cfg: cfg, base: u, http: newHTTPClient(cfg.Name, AmoCRMRate, 1, cfg.Client)}, nil
}

// Stats returns the request counters.
func (a *AmoCRM) Stats() *Stats { return a.http.stats }

// Streams lists the feeds in pull order: context first, so a communication's client and deal are
// staged no later than the communication.
func (a *AmoCRM) Streams() []Stream {
	notes := url.Values{"filter[note_type][]": {"common", "call_in", "call_out", "amomail_message"}}
	return []Stream{
		&amoStream{a: a, name: "contacts", path: "/api/v4/contacts", embedded: "contacts", conv: amoContact},
		&amoStream{a: a, name: "leads", path: "/api/v4/leads", embedded: "leads", extra: url.Values{"with": {"contacts"}}, conv: amoLead},
		&amoStream{a: a, name: "lead_notes", path: "/api/v4/leads/notes", embedded: "notes", extra: notes, conv: amoNote("lead")},
		&amoStream{a: a, name: "contact_notes", path: "/api/v4/contacts/notes", embedded: "notes", extra: notes, conv: amoNote("contact")},
		&amoStream{a: a, name: "chat_events", path: "/api/v4/events", embedded: "events", byCreated: true, limit: AmoCRMEventsLimit,
			extra: url.Values{"filter[type]": {"incoming_chat_message,outgoing_chat_message"}}, conv: amoChatEvent},
	}
}

// amoStream pages one list endpoint by updated_at (created_at for events) with page/limit,
// following _links.next.
type amoStream struct {
	a         *AmoCRM
	name      string
	path      string
	embedded  string
	extra     url.Values
	byCreated bool
	limit     int
	conv      func(raw json.RawMessage) (rec Record, ts int64, reason string)
}

func (s *amoStream) Name() string { return s.name }

func (s *amoStream) Fetch(ctx context.Context, state string) (Page, error) {
	var since int64
	if !s.a.cfg.Since.IsZero() {
		since = s.a.cfg.Since.Unix()
	}
	w, err := parseWindow(state, since, 1)
	if err != nil {
		return Page{}, err
	}
	field := "updated_at"
	if s.byCreated {
		field = "created_at"
	}
	limit := s.limit
	if limit == 0 {
		limit = s.a.cfg.Limit
	}
	q := url.Values{}
	for k, v := range s.extra {
		q[k] = v
	}
	q.Set("filter["+field+"][from]", strconv.FormatInt(w.From, 10))
	q.Set("order["+field+"]", "asc")
	q.Set("limit", strconv.Itoa(limit))
	q.Set("page", strconv.Itoa(w.Page))
	u := *s.a.base
	u.Path += s.path
	u.RawQuery = q.Encode()
	status, body, err := s.a.http.do(ctx, request{
		Method: http.MethodGet, URL: u.String(), Endpoint: "GET " + s.path,
		Header: http.Header{"Authorization": {"Bearer " + s.a.cfg.Token}, "Accept": {"application/hal+json"}},
	})
	if err != nil {
		return Page{}, err
	}
	if status == http.StatusNoContent || len(body) == 0 {
		return Page{Next: w.next(false, 0, 1)}, nil
	}
	var resp struct {
		Links struct {
			Next *struct {
				Href string `json:"href"`
			} `json:"next"`
		} `json:"_links"`
		Embedded map[string][]json.RawMessage `json:"_embedded"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return Page{}, fmt.Errorf("amocrm source %s: GET %s: decode page %d: %s", s.a.cfg.Name, s.path, w.Page, decodeReason(err))
	}
	var page Page
	for _, raw := range resp.Embedded[s.embedded] {
		rec, ts, reason := s.conv(raw)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: rawID(raw), Reason: reason, Raw: raw})
			continue
		}
		if !w.keep(rec.Source().ID, ts) {
			continue
		}
		page.Records = append(page.Records, rec)
	}
	more := resp.Links.Next != nil && resp.Links.Next.Href != ""
	page.More = more
	page.Next = w.next(more, w.Page+1, 1)
	return page, nil
}

func unixTime(ts int64) time.Time { return time.Unix(ts, 0).UTC() }

type amoCustomField struct {
	FieldCode string `json:"field_code"`
	Values    []struct {
		Value any `json:"value"`
	} `json:"values"`
}

func amoContact(raw json.RawMessage) (Record, int64, string) {
	var c struct {
		ID           flexID           `json:"id"`
		Name         string           `json:"name"`
		UpdatedAt    int64            `json:"updated_at"`
		CustomFields []amoCustomField `json:"custom_fields_values"`
		Embedded     struct {
			Companies []struct {
				ID flexID `json:"id"`
			} `json:"companies"`
		} `json:"_embedded"`
	}
	if r := decodeItem(raw, &c); r != "" {
		return Record{}, 0, r
	}
	if c.ID == "" || c.ID == "0" {
		return Record{}, 0, "missing id"
	}
	if c.UpdatedAt <= 0 {
		return Record{}, 0, "missing updated_at"
	}
	cl := &Client{Source: Source{System: SystemAmoCRM, ID: prefixed("contact", c.ID)}, Name: c.Name, UpdatedAt: unixTime(c.UpdatedAt)}
	for _, f := range c.CustomFields {
		for _, v := range f.Values {
			s, ok := v.Value.(string)
			if !ok || s == "" {
				continue
			}
			switch f.FieldCode {
			case "PHONE":
				cl.Phones = append(cl.Phones, s)
			case "EMAIL":
				cl.Emails = append(cl.Emails, s)
			}
		}
	}
	if len(c.Embedded.Companies) > 0 {
		cl.Attrs = map[string]string{"company_id": prefixed("company", c.Embedded.Companies[0].ID)}
	}
	return NewClient(cl), c.UpdatedAt, ""
}

func amoLead(raw json.RawMessage) (Record, int64, string) {
	var l struct {
		ID         flexID  `json:"id"`
		Name       string  `json:"name"`
		Price      float64 `json:"price"`
		StatusID   flexID  `json:"status_id"`
		PipelineID flexID  `json:"pipeline_id"`
		UpdatedAt  int64   `json:"updated_at"`
		Embedded   struct {
			Contacts []struct {
				ID     flexID `json:"id"`
				IsMain bool   `json:"is_main"`
			} `json:"contacts"`
		} `json:"_embedded"`
	}
	if r := decodeItem(raw, &l); r != "" {
		return Record{}, 0, r
	}
	if l.ID == "" || l.ID == "0" {
		return Record{}, 0, "missing id"
	}
	if l.UpdatedAt <= 0 {
		return Record{}, 0, "missing updated_at"
	}
	d := &Deal{Source: Source{System: SystemAmoCRM, ID: prefixed("lead", l.ID)}, Title: l.Name, Amount: l.Price,
		Stage: string(l.StatusID), UpdatedAt: unixTime(l.UpdatedAt)}
	if l.PipelineID != "" {
		d.Attrs = map[string]string{"pipeline_id": string(l.PipelineID)}
	}
	for i, c := range l.Embedded.Contacts {
		if c.IsMain || i == 0 {
			d.ClientID = prefixed("contact", c.ID)
		}
	}
	return NewDeal(d), l.UpdatedAt, ""
}

type amoNoteParams struct {
	Text     string `json:"text"`
	Uniq     string `json:"uniq"`
	Duration int    `json:"duration"`
	Source   string `json:"source"`
	Link     string `json:"link"`
	Phone    string `json:"phone"`
	Result   string `json:"call_result"`
	Status   int    `json:"call_status"`
	ThreadID flexID `json:"thread_id"`
	MsgID    flexID `json:"message_id"`
	Income   bool   `json:"income"`
	From     struct {
		Email string `json:"email"`
		Name  string `json:"name"`
	} `json:"from"`
	To struct {
		Email string `json:"email"`
		Name  string `json:"name"`
	} `json:"to"`
	Subject string `json:"subject"`
	Summary string `json:"content_summary"`
}

// amoNote converts a note of a lead or contact. entity says which.
func amoNote(entity string) func(json.RawMessage) (Record, int64, string) {
	return func(raw json.RawMessage) (Record, int64, string) {
		var n struct {
			ID          flexID        `json:"id"`
			EntityID    flexID        `json:"entity_id"`
			CreatedBy   flexID        `json:"created_by"`
			Responsible flexID        `json:"responsible_user_id"`
			CreatedAt   int64         `json:"created_at"`
			UpdatedAt   int64         `json:"updated_at"`
			NoteType    string        `json:"note_type"`
			Params      amoNoteParams `json:"params"`
		}
		if r := decodeItem(raw, &n); r != "" {
			return Record{}, 0, r
		}
		if n.ID == "" || n.ID == "0" {
			return Record{}, 0, "missing id"
		}
		if n.UpdatedAt <= 0 || n.CreatedAt <= 0 {
			return Record{}, 0, "missing created_at or updated_at"
		}
		at := unixTime(n.CreatedAt)
		c := &Communication{Source: Source{System: SystemAmoCRM, ID: prefixed("note", n.ID)}, StartedAt: at, UpdatedAt: unixTime(n.UpdatedAt)}
		if entity == "lead" {
			c.DealID = prefixed("lead", n.EntityID)
		} else {
			c.ClientID = prefixed("contact", n.EntityID)
		}
		manager := n.Responsible
		if n.CreatedBy != "" && n.CreatedBy != "0" {
			manager = n.CreatedBy
		}
		p := n.Params
		switch n.NoteType {
		case "common":
			c.Channel, c.Direction = ChannelNote, DirectionInternal
			c.Participants = []Participant{{Role: RoleManager, ID: string(manager)}}
			if p.Text != "" {
				c.Messages = []Message{{Role: RoleManager, Text: p.Text, At: at}}
			}
		case "call_in", "call_out":
			c.Channel, c.Direction = ChannelCall, DirectionInbound
			if n.NoteType == "call_out" {
				c.Direction = DirectionOutbound
			}
			c.DurationSec, c.RecordingURL = p.Duration, p.Link
			c.Participants = []Participant{{Role: RoleCustomer, ID: p.Phone}, {Role: RoleManager, ID: string(manager)}}
			c.Attrs = map[string]string{"call_status": strconv.Itoa(p.Status)}
			if p.Result != "" {
				c.Attrs["call_result"] = p.Result
			}
			if p.Source != "" {
				c.Attrs["telephony"] = p.Source
			}
			if p.Uniq != "" {
				c.Attrs["call_uniq"] = p.Uniq
			}
		case "amomail_message":
			c.Channel, c.Subject = ChannelEmail, p.Subject
			c.ThreadID = prefixed("mailthread", p.ThreadID)
			role, from, to := RoleManager, RoleManager, RoleCustomer
			c.Direction = DirectionOutbound
			if p.Income {
				role, from, to, c.Direction = RoleCustomer, RoleCustomer, RoleManager, DirectionInbound
			}
			c.Participants = []Participant{{Role: from, ID: p.From.Email, Name: p.From.Name}, {Role: to, ID: p.To.Email, Name: p.To.Name}}
			if p.Summary != "" {
				c.Messages = []Message{{ID: string(p.MsgID), Role: role, Text: p.Summary, At: at}}
			}
		default:
			return Record{}, 0, "unsupported note_type"
		}
		return NewCommunication(c), n.UpdatedAt, ""
	}
}

// amoChatEvent converts an incoming/outgoing chat-message event. amoCRM events carry the message
// id and talk, not the text: the record links the message to its lead or contact; the text comes
// through the webhook as source id "message:<id>".
func amoChatEvent(raw json.RawMessage) (Record, int64, string) {
	var e struct {
		ID         string `json:"id"`
		Type       string `json:"type"`
		EntityID   flexID `json:"entity_id"`
		EntityType string `json:"entity_type"`
		CreatedBy  flexID `json:"created_by"`
		CreatedAt  int64  `json:"created_at"`
		ValueAfter []struct {
			Message struct {
				ID     string `json:"id"`
				Origin string `json:"origin"`
				TalkID flexID `json:"talk_id"`
			} `json:"message"`
		} `json:"value_after"`
	}
	if r := decodeItem(raw, &e); r != "" {
		return Record{}, 0, r
	}
	if e.ID == "" {
		return Record{}, 0, "missing id"
	}
	if e.CreatedAt <= 0 {
		return Record{}, 0, "missing created_at"
	}
	at := unixTime(e.CreatedAt)
	c := &Communication{Source: Source{System: SystemAmoCRM, ID: "chat-event:" + e.ID}, Channel: ChannelChat,
		Direction: DirectionInbound, StartedAt: at, UpdatedAt: at, Attrs: map[string]string{"event_type": e.Type}}
	if e.Type == "outgoing_chat_message" {
		c.Direction = DirectionOutbound
	}
	switch e.EntityType {
	case "lead":
		c.DealID = prefixed("lead", e.EntityID)
	case "contact":
		c.ClientID = prefixed("contact", e.EntityID)
	}
	if len(e.ValueAfter) > 0 {
		m := e.ValueAfter[0].Message
		c.ThreadID = prefixed("talk", m.TalkID)
		if m.ID != "" {
			c.Attrs["message_id"] = "message:" + m.ID
		}
		if m.Origin != "" {
			c.Attrs["origin"] = m.Origin
		}
	}
	return NewCommunication(c), e.CreatedAt, ""
}

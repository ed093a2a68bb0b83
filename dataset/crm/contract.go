// Package crm holds IML's unified CRM contract (client, deal, communication) and its validation,
// the connectors that pull CRM data into it (amoCRM, Bitrix24, RetailCRM and contract JSONL files)
// through one rate-limited, retrying HTTP client, the Puller that commits each page together with
// its cursor so pulls are incremental and exactly-once, and the webhook receiver for pushed events.
package crm

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Kind names a record type of the contract; it is the "kind" field of a contract JSON line.
type Kind string

const (
	KindClient        Kind = "client"
	KindDeal          Kind = "deal"
	KindCommunication Kind = "communication"
)

// Channel is how a communication happened.
type Channel string

const (
	ChannelChat  Channel = "chat"
	ChannelCall  Channel = "call"
	ChannelEmail Channel = "email"
	ChannelNote  Channel = "note"
)

// Direction of a communication, seen from the company.
type Direction string

const (
	DirectionInbound  Direction = "inbound"
	DirectionOutbound Direction = "outbound"
	DirectionInternal Direction = "internal"
)

// Role of a participant or the author of a message.
type Role string

const (
	RoleCustomer Role = "customer"
	RoleManager  Role = "manager"
	RoleBot      Role = "bot"
)

// Source identifies where a record came from. (System, ID) is the idempotency key.
type Source struct {
	System string `json:"system"`        // e.g. "amocrm", "bitrix24", "retailcrm", "jsonl"
	ID     string `json:"id"`            // the record's id in that system
	URL    string `json:"url,omitempty"` // optional link back to the CRM record
}

// Key returns the idempotency key "system:id".
func (s Source) Key() string { return s.System + ":" + s.ID }

// Client is a customer (person or company) in a CRM.
type Client struct {
	Source    Source            `json:"source"`
	Name      string            `json:"name,omitempty"`
	Phones    []string          `json:"phones,omitempty"`
	Emails    []string          `json:"emails,omitempty"`
	Company   string            `json:"company,omitempty"`
	Attrs     map[string]string `json:"attrs,omitempty"`
	UpdatedAt time.Time         `json:"updated_at"`
}

// Identifiers returns the client's phones and e-mails, non-empty and trimmed: the values a data
// subject is identified by (and erased by).
func (c *Client) Identifiers() []string {
	out := make([]string, 0, len(c.Phones)+len(c.Emails))
	for _, v := range append(append([]string(nil), c.Phones...), c.Emails...) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Deal is a lead, deal or order.
type Deal struct {
	Source    Source            `json:"source"`
	ClientID  string            `json:"client_id,omitempty"` // source id of the client in the same system
	Title     string            `json:"title,omitempty"`
	Stage     string            `json:"stage,omitempty"`
	Amount    float64           `json:"amount,omitempty"`
	Currency  string            `json:"currency,omitempty"`
	Attrs     map[string]string `json:"attrs,omitempty"`
	UpdatedAt time.Time         `json:"updated_at"`
}

// Participant of a communication.
type Participant struct {
	Role Role   `json:"role"`
	ID   string `json:"id,omitempty"`   // id in the source system (user id, contact id)
	Name string `json:"name,omitempty"` // display name (personal data: anonymized before storage)
}

// Message is one turn of a chat, e-mail thread or transcript.
type Message struct {
	ID   string    `json:"id,omitempty"`
	Role Role      `json:"role"`
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// Communication is one conversation: a chat session, a call, an e-mail thread or a note.
type Communication struct {
	Source    Source    `json:"source"`
	Channel   Channel   `json:"channel"`
	Direction Direction `json:"direction,omitempty"`
	ClientID  string    `json:"client_id,omitempty"` // source id of the client
	DealID    string    `json:"deal_id,omitempty"`   // source id of the deal
	// ThreadID groups communications that belong to one conversation when a source delivers a chat
	// one message at a time (amoCRM talk_id, RetailCRM MG dialog id); the dataset stage groups by it.
	ThreadID     string        `json:"thread_id,omitempty"`
	Subject      string        `json:"subject,omitempty"` // e-mail subject
	Participants []Participant `json:"participants,omitempty"`
	// Messages are ordered by At. Always encoded as an array (possibly empty).
	Messages []Message `json:"messages"`
	// Transcript is a call transcript as the CRM returns it, when it is not split into messages.
	Transcript string `json:"transcript,omitempty"`
	// Call metadata, when Channel is "call".
	DurationSec  int               `json:"duration_sec,omitempty"`
	RecordingURL string            `json:"recording_url,omitempty"`
	Language     string            `json:"language,omitempty"` // "ru", "en", ...
	StartedAt    time.Time         `json:"started_at"`
	Attrs        map[string]string `json:"attrs,omitempty"`
	UpdatedAt    time.Time         `json:"updated_at"`
}

// Record is one line of a contract JSONL stream: exactly one of Client, Deal, Communication is set,
// according to Kind. On the wire the kind-specific fields are inlined next to "kind".
type Record struct {
	Kind          Kind
	Client        *Client
	Deal          *Deal
	Communication *Communication
}

// Source returns the source of whichever record is set.
func (r Record) Source() Source {
	switch {
	case r.Client != nil:
		return r.Client.Source
	case r.Deal != nil:
		return r.Deal.Source
	case r.Communication != nil:
		return r.Communication.Source
	}
	return Source{}
}

// UpdatedAt returns the update time of whichever record is set.
func (r Record) UpdatedAt() time.Time {
	switch {
	case r.Client != nil:
		return r.Client.UpdatedAt
	case r.Deal != nil:
		return r.Deal.UpdatedAt
	case r.Communication != nil:
		return r.Communication.UpdatedAt
	}
	return time.Time{}
}

// MarshalJSON writes {"kind": ..., <fields of the record>}.
func (r Record) MarshalJSON() ([]byte, error) {
	var body any
	switch r.Kind {
	case KindClient:
		body = r.Client
	case KindDeal:
		body = r.Deal
	case KindCommunication:
		if r.Communication != nil && r.Communication.Messages == nil {
			c := *r.Communication
			c.Messages = []Message{}
			body = &c
		} else {
			body = r.Communication
		}
	default:
		return nil, fmt.Errorf("marshal record: unknown kind %q", r.Kind)
	}
	if reflectNil(body) {
		return nil, fmt.Errorf("marshal record: %s body is nil", r.Kind)
	}
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	if len(b) < 2 || b[0] != '{' {
		return nil, fmt.Errorf("marshal record: %s body is not an object", r.Kind)
	}
	out := fmt.Appendf(nil, `{"kind":%q`, r.Kind)
	if len(b) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...), nil
}

// UnmarshalJSON reads a contract line; it does not validate (see Validate).
func (r *Record) UnmarshalJSON(b []byte) error {
	var head struct {
		Kind Kind `json:"kind"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return err
	}
	*r = Record{Kind: head.Kind}
	switch head.Kind {
	case KindClient:
		r.Client = new(Client)
		return json.Unmarshal(b, r.Client)
	case KindDeal:
		r.Deal = new(Deal)
		return json.Unmarshal(b, r.Deal)
	case KindCommunication:
		r.Communication = new(Communication)
		return json.Unmarshal(b, r.Communication)
	default:
		return errUnknownKind
	}
}

func reflectNil(v any) bool {
	switch b := v.(type) {
	case *Client:
		return b == nil
	case *Deal:
		return b == nil
	case *Communication:
		return b == nil
	}
	return v == nil
}

// NewClient, NewDeal and NewCommunication wrap a record body into a Record of the right kind.
func NewClient(c *Client) Record { return Record{Kind: KindClient, Client: c} }

// NewDeal wraps a deal into a Record.
func NewDeal(d *Deal) Record { return Record{Kind: KindDeal, Deal: d} }

// NewCommunication wraps a communication into a Record.
func NewCommunication(c *Communication) Record {
	return Record{Kind: KindCommunication, Communication: c}
}

package crm

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/iml/iml/modelrepo"
)

// Limits of the contract. configs/schema/contract.schema.json states the same limits.
const (
	// MaxTextBytes bounds one text field (message text, transcript, note). A longer text is not a
	// conversation but a pasted document or an attachment, and is quarantined.
	MaxTextBytes = 1 << 20
	// MaxIDBytes bounds source ids.
	MaxIDBytes = 256
	// MaxRecordBytes bounds one encoded contract record (a JSONL line).
	MaxRecordBytes = 8 << 20
)

// ValidationError says which field of a record breaks the contract and why. It never carries the
// field's value, so it is safe to log and to store as a quarantine reason.
type ValidationError struct {
	Field  string // JSON path, e.g. "messages[2].text"
	Reason string // e.g. "required", "html markup", "too long"
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Reason }

// ErrInvalid is matched by every ValidationError: errors.Is(err, ErrInvalid).
var ErrInvalid = errors.New("crm: record does not fit the contract")

// Is makes errors.Is(err, ErrInvalid) true for validation errors.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

func invalid(field, reason string) error { return &ValidationError{Field: field, Reason: reason} }

// htmlTag matches markup of common HTML tags. Free text such as "a < b" or "Name <a@b.c>" does not
// match; an e-mail body that still carries markup does.
var htmlTag = regexp.MustCompile(`(?i)</?(html|head|body|div|p|br|span|table|tbody|tr|td|th|a|b|i|u|strong|em|ul|ol|li|img|script|style|font|h[1-6]|blockquote|meta|title|center|hr)(\s[^<>]*)?/?>`)

// Validate checks a record against the contract: the rules of configs/schema/contract.schema.json
// plus limits a schema cannot say well (valid UTF-8, no HTML markup in texts, text sizes). Every
// record is validated before it is accepted; the error is a *ValidationError.
func Validate(rec Record) error {
	set := 0
	for _, ok := range []bool{rec.Client != nil, rec.Deal != nil, rec.Communication != nil} {
		if ok {
			set++
		}
	}
	if set != 1 {
		return invalid("kind", "exactly one body must be set")
	}
	switch rec.Kind {
	case KindClient:
		if rec.Client == nil {
			return invalid("kind", "does not match body")
		}
		return validateClient(rec.Client)
	case KindDeal:
		if rec.Deal == nil {
			return invalid("kind", "does not match body")
		}
		return validateDeal(rec.Deal)
	case KindCommunication:
		if rec.Communication == nil {
			return invalid("kind", "does not match body")
		}
		return validateCommunication(rec.Communication)
	case "":
		return invalid("kind", "required")
	default:
		return invalid("kind", "unknown")
	}
}

func validateSource(s Source) error {
	if err := checkID("source.system", s.System, true); err != nil {
		return err
	}
	if err := checkID("source.id", s.ID, true); err != nil {
		return err
	}
	return checkString("source.url", s.URL, MaxIDBytes*8)
}

func checkID(field, v string, required bool) error {
	if v == "" {
		if required {
			return invalid(field, "required")
		}
		return nil
	}
	if len(v) > MaxIDBytes {
		return invalid(field, "too long")
	}
	if !utf8.ValidString(v) {
		return invalid(field, "invalid utf-8")
	}
	if strings.TrimSpace(v) != v || strings.ContainsAny(v, "\x00\n\r") {
		return invalid(field, "whitespace or control characters")
	}
	return nil
}

func checkString(field, v string, max int) error {
	if len(v) > max {
		return invalid(field, "too long")
	}
	if !utf8.ValidString(v) {
		return invalid(field, "invalid utf-8")
	}
	if strings.IndexByte(v, 0) >= 0 {
		return invalid(field, "nul byte")
	}
	return nil
}

func checkText(field, v string) error {
	if err := checkString(field, v, MaxTextBytes); err != nil {
		return err
	}
	if htmlTag.MatchString(v) {
		return invalid(field, "html markup")
	}
	return nil
}

func checkTime(field string, t time.Time, required bool) error {
	if t.IsZero() {
		if required {
			return invalid(field, "required")
		}
		return nil
	}
	if t.Year() < 1990 || t.Year() > 2200 {
		return invalid(field, "out of range")
	}
	return nil
}

func checkAttrs(field string, m map[string]string) error {
	for k, v := range m {
		if err := checkString(field+" key", k, MaxIDBytes); err != nil {
			return err
		}
		if err := checkText(field+"."+k, v); err != nil {
			return err
		}
	}
	return nil
}

func validateClient(c *Client) error {
	if err := validateSource(c.Source); err != nil {
		return err
	}
	for field, v := range map[string]string{"name": c.Name, "company": c.Company} {
		if err := checkString(field, v, MaxIDBytes*4); err != nil {
			return err
		}
	}
	for i, p := range c.Phones {
		if err := checkString(fmt.Sprintf("phones[%d]", i), p, MaxIDBytes); err != nil {
			return err
		}
	}
	for i, e := range c.Emails {
		if err := checkString(fmt.Sprintf("emails[%d]", i), e, MaxIDBytes); err != nil {
			return err
		}
	}
	if err := checkAttrs("attrs", c.Attrs); err != nil {
		return err
	}
	return checkTime("updated_at", c.UpdatedAt, true)
}

func validateDeal(d *Deal) error {
	if err := validateSource(d.Source); err != nil {
		return err
	}
	if err := checkID("client_id", d.ClientID, false); err != nil {
		return err
	}
	for field, v := range map[string]string{"title": d.Title, "stage": d.Stage, "currency": d.Currency} {
		if err := checkString(field, v, MaxIDBytes*4); err != nil {
			return err
		}
	}
	if d.Amount < 0 {
		return invalid("amount", "negative")
	}
	if err := checkAttrs("attrs", d.Attrs); err != nil {
		return err
	}
	return checkTime("updated_at", d.UpdatedAt, true)
}

func validRole(r Role) bool { return r == RoleCustomer || r == RoleManager || r == RoleBot }

func validateCommunication(c *Communication) error {
	if err := validateSource(c.Source); err != nil {
		return err
	}
	switch c.Channel {
	case ChannelChat, ChannelCall, ChannelEmail, ChannelNote:
	case "":
		return invalid("channel", "required")
	default:
		return invalid("channel", "unknown")
	}
	switch c.Direction {
	case "", DirectionInbound, DirectionOutbound, DirectionInternal:
	default:
		return invalid("direction", "unknown")
	}
	for field, v := range map[string]string{"client_id": c.ClientID, "deal_id": c.DealID, "thread_id": c.ThreadID} {
		if err := checkID(field, v, false); err != nil {
			return err
		}
	}
	if err := checkText("subject", c.Subject); err != nil {
		return err
	}
	for i, p := range c.Participants {
		if !validRole(p.Role) {
			return invalid(fmt.Sprintf("participants[%d].role", i), "required or unknown")
		}
		if err := checkString(fmt.Sprintf("participants[%d]", i), p.ID+p.Name, MaxIDBytes*4); err != nil {
			return err
		}
	}
	var prev time.Time
	for i, m := range c.Messages {
		f := fmt.Sprintf("messages[%d]", i)
		if !validRole(m.Role) {
			return invalid(f+".role", "required or unknown")
		}
		if m.Text == "" {
			return invalid(f+".text", "required")
		}
		if err := checkText(f+".text", m.Text); err != nil {
			return err
		}
		if err := checkTime(f+".at", m.At, true); err != nil {
			return err
		}
		if m.At.Before(prev) {
			return invalid(f+".at", "messages out of order")
		}
		prev = m.At
	}
	if err := checkText("transcript", c.Transcript); err != nil {
		return err
	}
	if c.DurationSec < 0 {
		return invalid("duration_sec", "negative")
	}
	if err := checkString("recording_url", c.RecordingURL, MaxIDBytes*8); err != nil {
		return err
	}
	if err := checkAttrs("attrs", c.Attrs); err != nil {
		return err
	}
	if err := checkTime("started_at", c.StartedAt, true); err != nil {
		return err
	}
	return checkTime("updated_at", c.UpdatedAt, true)
}

// ToStaged validates rec and converts it to the row the staging store keeps: the contract JSON as
// body, keyed by (system, source id).
func ToStaged(rec Record) (modelrepo.StagedRecord, error) {
	if err := Validate(rec); err != nil {
		return modelrepo.StagedRecord{}, fmt.Errorf("stage record %s: %w", rec.Source().Key(), err)
	}
	body, err := json.Marshal(rec)
	if err != nil {
		return modelrepo.StagedRecord{}, fmt.Errorf("stage record %s: %w", rec.Source().Key(), err)
	}
	if len(body) > MaxRecordBytes {
		return modelrepo.StagedRecord{}, fmt.Errorf("stage record %s: %w", rec.Source().Key(), invalid("record", "too long"))
	}
	src := rec.Source()
	return modelrepo.StagedRecord{
		System:    src.System,
		SourceID:  src.ID,
		Kind:      string(rec.Kind),
		UpdatedAt: rec.UpdatedAt().UTC(),
		Body:      body,
	}, nil
}

// FromStaged decodes a staged row back into a Record.
func FromStaged(s modelrepo.StagedRecord) (Record, error) {
	var rec Record
	if err := json.Unmarshal(s.Body, &rec); err != nil {
		return Record{}, fmt.Errorf("decode staged record %s:%s: %w", s.System, s.SourceID, err)
	}
	return rec, nil
}

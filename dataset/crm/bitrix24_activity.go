package crm

import (
	"encoding/json"
	"sort"
	"strconv"
	"time"
)

// bitrixActivity is a crm.activity.list row (fields are UPPER_CASE strings).
type bitrixActivity struct {
	ID           flexID `json:"ID"`
	OwnerID      flexID `json:"OWNER_ID"`
	OwnerTypeID  string `json:"OWNER_TYPE_ID"`
	TypeID       string `json:"TYPE_ID"`
	ProviderID   string `json:"PROVIDER_ID"`
	AssociatedID flexID `json:"ASSOCIATED_ENTITY_ID"`
	Subject      string `json:"SUBJECT"`
	Description  string `json:"DESCRIPTION"`
	DescType     string `json:"DESCRIPTION_TYPE"`
	Direction    string `json:"DIRECTION"`
	Created      string `json:"CREATED"`
	LastUpdated  string `json:"LAST_UPDATED"`
	StartTime    string `json:"START_TIME"`
	EndTime      string `json:"END_TIME"`
	Responsible  flexID `json:"RESPONSIBLE_ID"`
	OriginID     string `json:"ORIGIN_ID"`
	Comms        []struct {
		Type         string `json:"TYPE"`
		Value        string `json:"VALUE"`
		EntityID     flexID `json:"ENTITY_ID"`
		EntityTypeID string `json:"ENTITY_TYPE_ID"`
	} `json:"COMMUNICATIONS"`

	raw json.RawMessage
}

func (a *bitrixActivity) isCall() bool { return a.TypeID == "2" || a.ProviderID == "VOXIMPLANT_CALL" }

// bitrixOwner maps OWNER_TYPE_ID / ENTITY_TYPE_ID to the contract's id prefixes.
func bitrixOwner(typeID string, id flexID) (client, deal string) {
	switch typeID {
	case "1":
		return "", prefixed("lead", id)
	case "2":
		return "", prefixed("deal", id)
	case "3":
		return prefixed("contact", id), ""
	case "4":
		return prefixed("company", id), ""
	}
	return "", ""
}

func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// convert builds the communication; extra holds the batch results keyed "t<ID>" (transcript),
// "v<ID>" (voximplant statistics) and "h<ID>" (open-line history).
func (a *bitrixActivity) convert(extra map[string]json.RawMessage) (Record, string) {
	if a.ID == "" || a.ID == "0" {
		return Record{}, "missing id"
	}
	updated, ok := parseISO(a.LastUpdated)
	if !ok {
		return Record{}, "unparseable LAST_UPDATED"
	}
	started, ok := parseISO(a.StartTime)
	if !ok {
		if started, ok = parseISO(a.Created); !ok {
			return Record{}, "unparseable START_TIME"
		}
	}
	c := &Communication{Source: Source{System: SystemBitrix24, ID: prefixed("activity", a.ID)}, StartedAt: started, UpdatedAt: updated}
	c.ClientID, c.DealID = bitrixOwner(a.OwnerTypeID, a.OwnerID)
	for _, cm := range a.Comms {
		if cl, _ := bitrixOwner(cm.EntityTypeID, cm.EntityID); cl != "" && c.ClientID == "" {
			c.ClientID = cl
		}
	}
	customer, manager := RoleCustomer, RoleManager
	switch a.Direction {
	case "1":
		c.Direction = DirectionInbound
	case "2":
		c.Direction = DirectionOutbound
	}
	c.Participants = []Participant{{Role: manager, ID: string(a.Responsible)}}
	if len(a.Comms) > 0 {
		c.Participants = append(c.Participants, Participant{Role: customer, ID: a.Comms[0].Value})
	}
	switch {
	case a.isCall():
		c.Channel = ChannelCall
		if end, ok := parseISO(a.EndTime); ok && end.After(started) {
			c.DurationSec = int(end.Sub(started) / time.Second)
		}
		var stats []struct {
			CallID    string  `json:"CALL_ID"`
			Duration  flexInt `json:"CALL_DURATION"`
			RecordURL string  `json:"CALL_RECORD_URL"`
			FileID    flexID  `json:"RECORD_FILE_ID"`
		}
		if raw, ok := extra["v"+string(a.ID)]; ok && json.Unmarshal(raw, &stats) == nil && len(stats) > 0 {
			c.DurationSec, c.RecordingURL = int(stats[0].Duration), stats[0].RecordURL
			c.Attrs = map[string]string{"call_id": stats[0].CallID}
			if stats[0].FileID != "" {
				c.Attrs["record_file_id"] = string(stats[0].FileID)
			}
		}
		var tr struct {
			Transcription string `json:"transcription"`
		}
		if raw, ok := extra["t"+string(a.ID)]; ok && json.Unmarshal(raw, &tr) == nil {
			c.Transcript = tr.Transcription
		}
	case a.TypeID == "4":
		c.Channel, c.Subject = ChannelEmail, a.Subject
		text := a.Description
		switch a.DescType {
		case "3":
			text = htmlToText(text)
		case "2":
			text = bbToText(text)
		}
		if text != "" {
			role := manager
			if c.Direction == DirectionInbound {
				role = customer
			}
			c.Messages = []Message{{Role: role, Text: text, At: started}}
		}
	default: // IMOPENLINES_SESSION
		c.Channel = ChannelChat
		c.ThreadID = prefixed("olsession", a.AssociatedID)
		if raw, ok := extra["h"+string(a.ID)]; ok {
			msgs, parts, reason := bitrixHistory(raw)
			if reason != "" {
				return Record{}, reason
			}
			c.Messages = msgs
			if len(parts) > 0 {
				c.Participants = parts
			}
		}
	}
	return NewCommunication(c), ""
}

// bitrixHistory converts imopenlines.session.history.get into ordered messages.
func bitrixHistory(raw json.RawMessage) ([]Message, []Participant, string) {
	var h struct {
		Message map[string]struct {
			ID       flexID `json:"id"`
			SenderID flexID `json:"senderid"`
			Date     string `json:"date"`
			Text     string `json:"text"`
		} `json:"message"`
		Users map[string]struct {
			ID        flexID `json:"id"`
			Name      string `json:"name"`
			Bot       bool   `json:"bot"`
			Connector bool   `json:"connector"`
		} `json:"users"`
	}
	if string(raw) == "null" {
		return nil, nil, ""
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, nil, "undecodable open-line history"
	}
	role := func(sender flexID) Role {
		u := h.Users[string(sender)]
		switch {
		case u.Connector:
			return RoleCustomer
		case u.Bot:
			return RoleBot
		}
		return RoleManager
	}
	var msgs []Message
	for _, m := range h.Message {
		if m.SenderID == "" || m.SenderID == "0" {
			continue // system notices
		}
		at, ok := parseISO(m.Date)
		if !ok {
			return nil, nil, "unparseable message date"
		}
		text := bbToText(m.Text)
		if text == "" {
			continue
		}
		msgs = append(msgs, Message{ID: string(m.ID), Role: role(m.SenderID), Text: text, At: at})
	}
	sort.Slice(msgs, func(i, j int) bool {
		if !msgs[i].At.Equal(msgs[j].At) {
			return msgs[i].At.Before(msgs[j].At)
		}
		a, _ := strconv.ParseInt(msgs[i].ID, 10, 64)
		b, _ := strconv.ParseInt(msgs[j].ID, 10, 64)
		return a < b
	})
	ids := make([]string, 0, len(h.Users))
	for id := range h.Users {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var parts []Participant
	for _, id := range ids {
		parts = append(parts, Participant{Role: role(flexID(id)), ID: id, Name: h.Users[id].Name})
	}
	return msgs, parts, ""
}

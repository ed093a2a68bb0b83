package crm

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"unicode/utf8"
)

// window is the state of a stream that pages through "updated since T, ascending" results. The
// filter is inclusive (>= From), so records updated in the same second as the last committed one
// are not lost; Skip lists the ids at From that were already committed, so they do not come
// through twice. Page is the next page (or start offset) inside the current window.
type window struct {
	From   int64    `json:"from"`
	Page   int      `json:"page"`
	Skip   []string `json:"skip,omitempty"`
	Max    int64    `json:"max,omitempty"`
	MaxIDs []string `json:"max_ids,omitempty"`
}

func parseWindow(state string, since int64, firstPage int) (window, error) {
	if state == "" {
		return window{From: since, Page: firstPage}, nil
	}
	var w window
	if err := json.Unmarshal([]byte(state), &w); err != nil {
		return w, fmt.Errorf("parse stream state: %w", err)
	}
	return w, nil
}

// keep reports whether a record (id, updated ts) is new to this window, and tracks the maximum.
func (w *window) keep(id string, ts int64) bool {
	switch {
	case ts > w.Max:
		w.Max, w.MaxIDs = ts, []string{id}
	case ts == w.Max && !slices.Contains(w.MaxIDs, id):
		w.MaxIDs = append(w.MaxIDs, id)
	}
	return !(ts <= w.From && slices.Contains(w.Skip, id))
}

// next returns the state after this page: the next page of the same window, or, at the end, a
// new window starting at the newest timestamp seen.
func (w window) next(more bool, nextPage, firstPage int) string {
	if more {
		w.Page = nextPage
	} else {
		if w.Max > w.From {
			w.From, w.Skip = w.Max, w.MaxIDs
		} else if w.Max == w.From {
			for _, id := range w.MaxIDs {
				if !slices.Contains(w.Skip, id) {
					w.Skip = append(w.Skip, id)
				}
			}
		}
		w.Page, w.Max, w.MaxIDs = firstPage, 0, nil
	}
	b, _ := json.Marshal(w)
	return string(b)
}

// decodeItem decodes one source record; it returns a reason free of personal data on failure.
func decodeItem(raw json.RawMessage, v any) string {
	if !utf8.Valid(raw) {
		return "invalid utf-8"
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return decodeReason(err)
	}
	return ""
}

// rawID reads the "id" (or "ID") of a record that may not decode otherwise.
func rawID(raw json.RawMessage) string {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	for _, k := range []string{"id", "ID"} {
		if v, ok := m[k]; ok {
			var s string
			if json.Unmarshal(v, &s) == nil {
				return s
			}
			var n json.Number
			if json.Unmarshal(v, &n) == nil {
				return n.String()
			}
		}
	}
	return ""
}

// flexID is an id that a CRM sends as a number or as a string.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*f = flexID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*f = flexID(n.String())
	return nil
}

// flexInt is an integer that a CRM sends as a number or as a numeric string.
type flexInt int64

func (f *flexInt) UnmarshalJSON(b []byte) error {
	var id flexID
	if err := id.UnmarshalJSON(b); err != nil {
		return err
	}
	if id == "" {
		*f = 0
		return nil
	}
	n, err := strconv.ParseFloat(string(id), 64)
	if err != nil {
		return &json.UnmarshalTypeError{Value: "string", Type: reflect.TypeFor[int64]()}
	}
	*f = flexInt(n)
	return nil
}

// prefixed builds a namespaced source id ("lead:123"): ids of different entity tables collide.
func prefixed(prefix string, id flexID) string {
	if id == "" || id == "0" {
		return ""
	}
	return prefix + ":" + string(id)
}

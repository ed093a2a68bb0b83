package crm

import (
	"context"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/iml/iml/modelrepo"
)

// Webhook source names: the cursor keys of pushed records, kept apart from the pull cursors.
const (
	WebhookSourceAmoCRM   = "amocrm-webhook"
	WebhookSourceBitrix24 = "bitrix24-webhook"
	maxWebhookBody        = 1 << 20
)

// ActivityFetcher re-reads Bitrix24 activities by id; *Bitrix24 implements it. Bitrix24 events
// carry only ids, so the receiver fetches the activity and stores it like a pull would.
type ActivityFetcher interface {
	FetchActivities(ctx context.Context, ids []string) (Page, error)
}

var _ ActivityFetcher = (*Bitrix24)(nil)

// WebhookOptions configure the receiver.
type WebhookOptions struct {
	// Secrets maps "amocrm" and "bitrix24" to their shared secret. A route without a secret is
	// disabled (404). amoCRM sends no signature: put the secret in the webhook URL
	// (?secret=...). Bitrix24 sends it as auth[application_token], or use ?secret= as well.
	Secrets    map[string][]byte
	Bitrix     ActivityFetcher // nil: Bitrix24 events are refused with 503
	Quarantine Quarantine      // nil: bad records are only counted in logs
	Clock      Clock
}

type webhook struct {
	store  Store
	opts   WebhookOptions
	logger *slog.Logger
}

// NewWebhookHandler returns the receiver for pushed CRM events, with routes
// POST /webhooks/amocrm (incoming chat messages, form-encoded message[add][i][...]) and
// POST /webhooks/bitrix24 (ONCRMACTIVITYADD/UPDATE, ONVOXIMPLANTCALLEND). Records are validated
// and upserted into store by (system, source id), exactly as a pull writes them, so a message
// delivered twice or also pulled is stored once. It answers 401 on a wrong secret, 500 when the
// store fails (so the CRM retries) and 200 otherwise, bad records included (quarantined).
func NewWebhookHandler(store Store, opts WebhookOptions, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock
	}
	h := &webhook{store: store, opts: opts, logger: logger.With("component", "crm-webhook")}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/amocrm", h.amocrm)
	mux.HandleFunc("POST /webhooks/bitrix24", h.bitrix24)
	return mux
}

// authorize checks the shared secret of system; it writes the error response when it fails.
func (h *webhook) authorize(w http.ResponseWriter, r *http.Request, system string) bool {
	secret := h.opts.Secrets[system]
	if len(secret) == 0 {
		http.NotFound(w, r)
		return false
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxWebhookBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form body", http.StatusBadRequest)
		return false
	}
	for _, got := range []string{r.URL.Query().Get("secret"), r.Header.Get("X-IML-Secret"), r.PostForm.Get("auth[application_token]")} {
		if got != "" && subtle.ConstantTimeCompare([]byte(got), secret) == 1 {
			return true
		}
	}
	h.logger.Warn("webhook secret rejected", "system", system, "remote", r.RemoteAddr)
	http.Error(w, "unauthorized", http.StatusUnauthorized)
	return false
}

func (h *webhook) amocrm(w http.ResponseWriter, r *http.Request) {
	if !h.authorize(w, r, SystemAmoCRM) {
		return
	}
	var page Page
	for i := 0; ; i++ {
		p := fmt.Sprintf("message[add][%d]", i)
		if _, ok := r.PostForm[p+"[id]"]; !ok {
			break
		}
		rec, reason := amoWebhookMessage(r.PostForm, p)
		if reason != "" {
			page.Bad = append(page.Bad, Bad{SourceID: prefixed("message", flexID(r.PostForm.Get(p+"[id]"))), Reason: reason,
				Raw: []byte(formSubset(r.PostForm, p))})
			continue
		}
		page.Records = append(page.Records, rec)
	}
	h.commit(w, r, WebhookSourceAmoCRM, page)
}

// amoWebhookMessage converts message[add][i] of amoCRM's "incoming message" webhook.
func amoWebhookMessage(f url.Values, p string) (Record, string) {
	id := f.Get(p + "[id]")
	if id == "" {
		return Record{}, "missing id"
	}
	ts, err := strconv.ParseInt(f.Get(p+"[created_at]"), 10, 64)
	if err != nil || ts <= 0 {
		return Record{}, "unparseable created_at"
	}
	at := unixTime(ts)
	role, dir := RoleCustomer, DirectionInbound
	if f.Get(p+"[type]") == "outgoing" {
		role, dir = RoleManager, DirectionOutbound
	}
	switch f.Get(p + "[author][type]") {
	case "bot":
		role = RoleBot
	case "external":
		role = RoleCustomer
	case "":
	default:
		if role == RoleCustomer {
			role = RoleManager
		}
	}
	sid := prefixed("message", flexID(id))
	c := &Communication{Source: Source{System: SystemAmoCRM, ID: sid}, Channel: ChannelChat, Direction: dir,
		ClientID: prefixed("contact", flexID(f.Get(p+"[contact_id]"))), ThreadID: prefixed("talk", flexID(f.Get(p+"[talk_id]"))),
		Participants: []Participant{{Role: role, ID: f.Get(p + "[author][id]"), Name: f.Get(p + "[author][name]")}},
		StartedAt:    at, UpdatedAt: at, Attrs: map[string]string{}}
	if f.Get(p+"[entity_type]") == "lead" || f.Get(p+"[element_type]") == "2" {
		c.DealID = prefixed("lead", flexID(f.Get(p+"[entity_id]")))
	}
	for _, k := range []string{"chat_id", "origin", "message_type"} {
		if v := f.Get(p + "[" + k + "]"); v != "" {
			c.Attrs[k] = v
		}
	}
	if text := f.Get(p + "[text]"); text != "" {
		c.Messages = []Message{{ID: sid, Role: role, Text: text, At: at}}
	}
	return NewCommunication(c), ""
}

// formSubset re-encodes the fields of one message, for the quarantine.
func formSubset(f url.Values, prefix string) string {
	sub := url.Values{}
	for k, v := range f {
		if len(k) >= len(prefix) && k[:len(prefix)] == prefix {
			sub[k] = v
		}
	}
	return sub.Encode()
}

func (h *webhook) bitrix24(w http.ResponseWriter, r *http.Request) {
	if !h.authorize(w, r, SystemBitrix24) {
		return
	}
	if h.opts.Bitrix == nil {
		http.Error(w, "no bitrix24 connector configured", http.StatusServiceUnavailable)
		return
	}
	var ids []string
	switch event := r.PostForm.Get("event"); event {
	case "ONCRMACTIVITYADD", "ONCRMACTIVITYUPDATE":
		ids = append(ids, r.PostForm.Get("data[FIELDS][ID]"))
	case "ONVOXIMPLANTCALLEND":
		ids = append(ids, r.PostForm.Get("data[CRM_ACTIVITY_ID]"))
	default:
		h.logger.Debug("webhook event ignored", "system", SystemBitrix24, "event", event)
		w.WriteHeader(http.StatusOK)
		return
	}
	if ids[0] == "" || ids[0] == "0" {
		w.WriteHeader(http.StatusOK)
		return
	}
	page, err := h.opts.Bitrix.FetchActivities(r.Context(), ids)
	if err != nil {
		h.logger.Error("webhook re-fetch", "system", SystemBitrix24, "activity", ids[0], "err", err)
		http.Error(w, "re-fetch failed", http.StatusBadGateway)
		return
	}
	h.commit(w, r, WebhookSourceBitrix24, page)
}

func (h *webhook) commit(w http.ResponseWriter, r *http.Request, source string, page Page) {
	ctx := r.Context()
	p := &Puller{Source: source, Quarantine: h.opts.Quarantine}
	staged, _, bad := p.stage(page)
	for _, b := range bad {
		if h.opts.Quarantine != nil {
			if err := h.opts.Quarantine.Put(ctx, source, b.SourceID, b.Reason, b.Raw); err != nil {
				h.logger.Error("webhook quarantine", "source", source, "source_id", b.SourceID, "err", err)
				http.Error(w, "quarantine failed", http.StatusInternalServerError)
				return
			}
		}
		h.logger.Warn("crm record quarantined", "source", source, "source_id", b.SourceID, "reason", b.Reason)
	}
	var res modelrepo.CommitResult
	if len(staged) > 0 {
		var err error
		cursor := h.opts.Clock.Now().UTC().Format(time.RFC3339Nano)
		if res, err = h.store.Commit(ctx, source, cursor, "webhook", staged); err != nil {
			h.logger.Error("webhook commit", "source", source, "records", len(staged), "err", err)
			http.Error(w, "store failed", http.StatusInternalServerError)
			return
		}
	}
	h.logger.Info("webhook stored", "source", source, "new", res.New, "updated", res.Updated, "unchanged", res.Unchanged, "quarantined", len(bad))
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"new":%d,"updated":%d,"unchanged":%d,"quarantined":%d}`+"\n", res.New, res.Updated, res.Unchanged, len(bad))
}

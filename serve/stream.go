package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/ollama/ollama/api"
)

// streamChat answers with server-sent events: chat.completion.chunk objects, then "data: [DONE]".
// Headers are sent with the first upstream chunk, so a failure before it still gets a proper status.
func (g *Gateway) streamChat(w http.ResponseWriter, r *http.Request, ex *exchange, req *api.ChatRequest, restore func(string) string, includeUsage bool) {
	ctx := r.Context()
	rc := http.NewResponseController(w)
	id := "chatcmpl-" + requestID(ctx)
	base := completion{ID: id, Object: "chat.completion.chunk", Created: ex.start.Unix(), Model: ex.target.ModelVersion, SystemFingerprint: ex.target.ModelVersion}
	started := false
	start := func() error {
		if started {
			return nil
		}
		started = true
		h := w.Header()
		h.Set("Content-Type", "text/event-stream")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Accel-Buffering", "no")
		h.Set(HeaderModelVersion, ex.target.ModelVersion)
		w.WriteHeader(http.StatusOK)
		ex.status = http.StatusOK
		return g.event(w, rc, base.chunk(delta{Role: "assistant"}, nil))
	}
	var out *restorer
	if g.cfg.Masker != nil {
		out = &restorer{restore: restore, holdback: g.cfg.MaskHoldback}
	}
	reason := "stop"
	err := g.cfg.Chat.Chat(ctx, req, func(resp api.ChatResponse) error {
		if err := start(); err != nil {
			return err
		}
		text := resp.Message.Content
		if out != nil {
			text = out.push(text)
		}
		if resp.Done {
			reason = finishReason(resp.DoneReason)
			ex.setUsage(resp.Metrics)
		}
		if text == "" {
			return nil
		}
		return g.event(w, rc, base.chunk(delta{Content: text}, nil))
	})
	if err != nil && (errors.Is(err, errClientGone) || errors.Is(ctx.Err(), context.Canceled)) {
		ex.status, ex.errCode = StatusClientClosed, "client_closed"
		return
	}
	if err != nil {
		status, code, msg := upstreamError(err)
		if !started {
			g.upstreamFail(w, r, ex, err)
			return
		}
		// The stream is open: report in-band, as OpenAI does, and leave without [DONE].
		ex.status, ex.errCode = status, code
		g.logger.Error("ollama chat stream", "request_id", requestID(ctx), "ollama_model", ex.target.OllamaModel, "err", err)
		_ = g.event(w, rc, apiError{Error: apiErrorBody{Message: msg, Type: "server_error", Code: code}})
		return
	}
	if err := start(); err != nil {
		return
	}
	if out != nil {
		if rest := out.flush(); rest != "" {
			if err := g.event(w, rc, base.chunk(delta{Content: rest}, nil)); err != nil {
				return
			}
		}
	}
	if err := g.event(w, rc, base.chunk(delta{}, &reason)); err != nil {
		return
	}
	if includeUsage {
		u := base
		u.Choices = []completionChoice{}
		u.Usage = &ex.usage
		if err := g.event(w, rc, u); err != nil {
			return
		}
	}
	_, _ = io.WriteString(w, "data: [DONE]\n\n")
	_ = rc.Flush()
}

func (c completion) chunk(d delta, finish *string) completion {
	c.Choices = []completionChoice{{Delta: &d, FinishReason: finish}}
	return c
}

// errClientGone is wrapped when the client cannot be written to any more.
var errClientGone = errors.New("client gone")

// event writes one SSE data line and flushes it.
func (g *Gateway) event(w io.Writer, rc *http.ResponseController, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
		return fmt.Errorf("write event: %w: %w", errClientGone, err)
	}
	if err := rc.Flush(); err != nil {
		return fmt.Errorf("flush event: %w: %w", errClientGone, err)
	}
	return nil
}

// restorer un-masks a streamed answer. A placeholder may arrive split across chunks, so the restored
// text is recomputed over everything received and its last holdback bytes are kept back until more
// arrives; a placeholder no longer than holdback is therefore never emitted half-restored.
type restorer struct {
	restore  func(string) string
	holdback int
	raw      strings.Builder
	emitted  string
}

// push adds a raw chunk and returns the restored text that is now safe to emit.
func (r *restorer) push(chunk string) string {
	r.raw.WriteString(chunk)
	full := r.restore(r.raw.String())
	cut := len(full) - r.holdback
	for cut > 0 && !utf8.RuneStart(full[cut]) {
		cut--
	}
	if cut <= len(r.emitted) || !strings.HasPrefix(full, r.emitted) {
		return ""
	}
	out := full[len(r.emitted):cut]
	r.emitted = full[:cut]
	return out
}

// flush returns the rest of the restored answer.
func (r *restorer) flush() string {
	full := r.restore(r.raw.String())
	if !strings.HasPrefix(full, r.emitted) {
		// Cannot happen with placeholders within holdback; emit what follows the common prefix.
		n := 0
		for n < len(full) && n < len(r.emitted) && full[n] == r.emitted[n] {
			n++
		}
		for n > 0 && n < len(full) && !utf8.RuneStart(full[n]) {
			n--
		}
		r.emitted = full
		return full[n:]
	}
	out := full[len(r.emitted):]
	r.emitted = full
	return out
}

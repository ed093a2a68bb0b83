package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ollama/ollama/api"
)

// chatRequest is the subset of the OpenAI chat-completions request the gateway honours; other fields
// are accepted and ignored.
type chatRequest struct {
	Model               string        `json:"model"`
	Messages            []chatMessage `json:"messages"`
	Stream              bool          `json:"stream"`
	StreamOptions       *streamOpts   `json:"stream_options"`
	Temperature         *float64      `json:"temperature"`
	TopP                *float64      `json:"top_p"`
	MaxTokens           *int          `json:"max_tokens"`
	MaxCompletionTokens *int          `json:"max_completion_tokens"`
	Stop                stopList      `json:"stop"`
	Seed                *int          `json:"seed"`
	N                   *int          `json:"n"`
}

type streamOpts struct {
	IncludeUsage bool `json:"include_usage"`
}

type chatMessage struct {
	Role    string         `json:"role"`
	Content messageContent `json:"content"`
}

// messageContent is a string or an array of content parts of which only text parts are supported.
type messageContent string

func (c *messageContent) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*c = messageContent(s)
		return nil
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(b, &parts); err != nil {
		return fieldError("content must be a string or an array of text parts")
	}
	var sb strings.Builder
	for _, p := range parts {
		if p.Type != "text" {
			return fieldError(fmt.Sprintf("content part type %q is not supported", p.Type))
		}
		sb.WriteString(p.Text)
	}
	*c = messageContent(sb.String())
	return nil
}

// fieldError is a decode error of ours whose text is safe to return to the client.
type fieldError string

func (e fieldError) Error() string { return string(e) }

// stopList is a string or an array of strings.
type stopList []string

func (s *stopList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = stopList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fieldError("stop must be a string or an array of strings")
	}
	*s = many
	return nil
}

type usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

type completion struct {
	ID                string             `json:"id"`
	Object            string             `json:"object"`
	Created           int64              `json:"created"`
	Model             string             `json:"model"`
	SystemFingerprint string             `json:"system_fingerprint"`
	Choices           []completionChoice `json:"choices"`
	Usage             *usage             `json:"usage,omitempty"`
}

type completionChoice struct {
	Index        int          `json:"index"`
	Message      *chatMessage `json:"message,omitempty"`
	Delta        *delta       `json:"delta,omitempty"`
	FinishReason *string      `json:"finish_reason"`
}

type delta struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content"`
}

// exchange is the per-request record the audit entry and the log line are made from.
type exchange struct {
	action  string
	alias   string
	target  Target
	stream  bool
	masked  bool
	start   time.Time
	status  int
	errCode string
	usage   usage
}

// AuditDetails is the details value of every gateway audit entry. It holds no prompt or answer text.
type AuditDetails struct {
	RequestID        string `json:"request_id"`
	ModelVersion     string `json:"model_version,omitempty"`
	OllamaModel      string `json:"ollama_model,omitempty"`
	Stream           bool   `json:"stream"`
	Masked           bool   `json:"masked"`
	Status           int    `json:"status"`
	ErrorCode        string `json:"error_code,omitempty"`
	PromptTokens     int    `json:"prompt_tokens"`
	CompletionTokens int    `json:"completion_tokens"`
	LatencyMS        int64  `json:"latency_ms"`
}

func (g *Gateway) handleChatCompletions(w http.ResponseWriter, r *http.Request) {
	ex := &exchange{action: ActionChatCompletion, start: g.now()}
	defer g.finish(r.Context(), ex)

	var req chatRequest
	if !g.decode(w, r, ex, &req) {
		return
	}
	ex.alias, ex.stream = req.Model, req.Stream
	msgs, err := req.ollamaMessages()
	if err != nil {
		g.fail(w, ex, http.StatusBadRequest, "invalid_request_error", "invalid_request", err.Error())
		return
	}
	if req.N != nil && *req.N != 1 {
		g.fail(w, ex, http.StatusBadRequest, "invalid_request_error", "unsupported_parameter", "only n=1 is supported")
		return
	}
	if !g.resolve(w, r, ex) {
		return
	}
	msgs, restore := g.mask(msgs, ex)
	creq := &api.ChatRequest{Model: ex.target.OllamaModel, Messages: msgs, Options: req.options(), Stream: &req.Stream}
	if req.Stream {
		g.streamChat(w, r, ex, creq, restore, req.StreamOptions != nil && req.StreamOptions.IncludeUsage)
		return
	}
	text, reason, err := g.complete(r.Context(), ex, creq)
	if err != nil {
		g.upstreamFail(w, r, ex, err)
		return
	}
	text = restore(text)
	w.Header().Set(HeaderModelVersion, ex.target.ModelVersion)
	ex.status = http.StatusOK
	writeJSON(w, http.StatusOK, completion{
		ID:                "chatcmpl-" + requestID(r.Context()),
		Object:            "chat.completion",
		Created:           ex.start.Unix(),
		Model:             ex.target.ModelVersion,
		SystemFingerprint: ex.target.ModelVersion,
		Choices:           []completionChoice{{Message: &chatMessage{Role: "assistant", Content: messageContent(text)}, FinishReason: &reason}},
		Usage:             &ex.usage,
	})
}

func (req *chatRequest) ollamaMessages() ([]api.Message, error) {
	if req.Model == "" {
		return nil, errors.New("model is required")
	}
	if len(req.Messages) == 0 {
		return nil, errors.New("messages must not be empty")
	}
	out := make([]api.Message, 0, len(req.Messages))
	for i, m := range req.Messages {
		role := m.Role
		switch role {
		case "system", "user", "assistant":
		case "developer":
			role = "system"
		default:
			return nil, fmt.Errorf("messages[%d]: role %q is not supported", i, m.Role)
		}
		out = append(out, api.Message{Role: role, Content: string(m.Content)})
	}
	return out, nil
}

// options maps OpenAI sampling fields to Ollama options.
func (req *chatRequest) options() map[string]any {
	o := map[string]any{}
	if req.Temperature != nil {
		o["temperature"] = *req.Temperature
	}
	if req.TopP != nil {
		o["top_p"] = *req.TopP
	}
	if req.MaxCompletionTokens != nil {
		o["num_predict"] = *req.MaxCompletionTokens
	} else if req.MaxTokens != nil {
		o["num_predict"] = *req.MaxTokens
	}
	if len(req.Stop) > 0 {
		o["stop"] = []string(req.Stop)
	}
	if req.Seed != nil {
		o["seed"] = *req.Seed
	}
	return o
}

// decode reads the JSON body into v, answering 413 or 400 itself when it cannot.
func (g *Gateway) decode(w http.ResponseWriter, r *http.Request, ex *exchange, v any) bool {
	err := json.NewDecoder(r.Body).Decode(v)
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return true
	case errors.As(err, &tooBig):
		g.fail(w, ex, http.StatusRequestEntityTooLarge, "invalid_request_error", "request_too_large", fmt.Sprintf("request body exceeds %d bytes", tooBig.Limit))
	default:
		g.fail(w, ex, http.StatusBadRequest, "invalid_request_error", "invalid_json", "request body is not valid JSON: "+jsonErrorText(err))
	}
	return false
}

// jsonErrorText describes a decode error without quoting the body.
func jsonErrorText(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var fe fieldError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %s has the wrong type", te.Field)
	case errors.As(err, &fe):
		return fe.Error()
	default:
		return "malformed body"
	}
}

func (g *Gateway) resolve(w http.ResponseWriter, r *http.Request, ex *exchange) bool {
	t, err := g.cfg.Resolver.Resolve(r.Context(), ex.alias)
	switch {
	case err == nil:
		ex.target = t
		return true
	case errors.Is(err, ErrUnknownAlias):
		g.fail(w, ex, http.StatusNotFound, "invalid_request_error", "model_not_found", fmt.Sprintf("the model %q does not exist", ex.alias))
	default:
		g.logger.Error("resolve alias", "request_id", requestID(r.Context()), "alias", ex.alias, "err", err)
		g.fail(w, ex, http.StatusServiceUnavailable, "server_error", "registry_unavailable", "model registry unavailable")
	}
	return false
}

// mask masks every message content and returns one function restoring them all.
func (g *Gateway) mask(msgs []api.Message, ex *exchange) ([]api.Message, func(string) string) {
	if g.cfg.Masker == nil {
		return msgs, func(s string) string { return s }
	}
	ex.masked = true
	restores := make([]func(string) string, 0, len(msgs))
	for i := range msgs {
		m, restore := g.cfg.Masker.Mask(msgs[i].Content)
		msgs[i].Content = m
		if restore != nil {
			restores = append(restores, restore)
		}
	}
	return msgs, func(s string) string {
		for _, f := range restores {
			s = f(s)
		}
		return s
	}
}

// complete runs a non-streaming chat and returns the answer and the OpenAI finish reason.
func (g *Gateway) complete(ctx context.Context, ex *exchange, req *api.ChatRequest) (string, string, error) {
	stream := false
	req.Stream = &stream
	var sb strings.Builder
	reason := "stop"
	err := g.cfg.Chat.Chat(ctx, req, func(resp api.ChatResponse) error {
		sb.WriteString(resp.Message.Content)
		if resp.Done {
			reason = finishReason(resp.DoneReason)
			ex.setUsage(resp.Metrics)
		}
		return nil
	})
	return sb.String(), reason, err
}

func (ex *exchange) setUsage(m api.Metrics) {
	ex.usage = usage{PromptTokens: m.PromptEvalCount, CompletionTokens: m.EvalCount, TotalTokens: m.PromptEvalCount + m.EvalCount}
}

func finishReason(ollama string) string {
	if ollama == "length" {
		return "length"
	}
	return "stop"
}

// upstreamFail answers for a failed Ollama call.
func (g *Gateway) upstreamFail(w http.ResponseWriter, r *http.Request, ex *exchange, err error) {
	status, code, msg := upstreamError(err)
	g.logger.Error("ollama chat", "request_id", requestID(r.Context()), "ollama_model", ex.target.OllamaModel, "err", err)
	g.fail(w, ex, status, "server_error", code, msg)
}

// StatusClientClosed is recorded (never sent) when the client went away before the answer.
const StatusClientClosed = 499

func upstreamError(err error) (int, string, string) {
	var se api.StatusError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout", "the model did not answer in time"
	case errors.Is(err, context.Canceled):
		return StatusClientClosed, "client_closed", "request cancelled"
	case errors.As(err, &se) && se.StatusCode == http.StatusNotFound:
		return http.StatusBadGateway, "model_unavailable", "the model behind this alias is not available in the model server"
	case errors.As(err, &se):
		return http.StatusBadGateway, "upstream_error", "the model server refused the request"
	default:
		return http.StatusBadGateway, "upstream_unreachable", "the model server is unreachable"
	}
}

func (g *Gateway) fail(w http.ResponseWriter, ex *exchange, status int, typ, code, msg string) {
	ex.status, ex.errCode = status, code
	if status == StatusClientClosed {
		return
	}
	writeError(w, status, typ, code, msg)
}

// finish logs the request and writes its audit entry.
func (g *Gateway) finish(ctx context.Context, ex *exchange) {
	d := AuditDetails{
		RequestID:        requestID(ctx),
		ModelVersion:     ex.target.ModelVersion,
		OllamaModel:      ex.target.OllamaModel,
		Stream:           ex.stream,
		Masked:           ex.masked,
		Status:           ex.status,
		ErrorCode:        ex.errCode,
		PromptTokens:     ex.usage.PromptTokens,
		CompletionTokens: ex.usage.CompletionTokens,
		LatencyMS:        g.now().Sub(ex.start).Milliseconds(),
	}
	actor := keyName(ctx)
	g.logger.Info("request", "request_id", d.RequestID, "key", actor, "action", ex.action, "alias", ex.alias,
		"model_version", d.ModelVersion, "status", d.Status, "error_code", d.ErrorCode, "stream", d.Stream,
		"prompt_tokens", d.PromptTokens, "completion_tokens", d.CompletionTokens, "latency_ms", d.LatencyMS)
	if g.cfg.Auditor == nil {
		return
	}
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := g.cfg.Auditor.Audit(actx, actor, ex.action, ex.alias, d); err != nil {
		g.logger.Error("audit request", "request_id", d.RequestID, "err", err)
	}
}

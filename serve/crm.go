package serve

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/ollama/ollama/api"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/prompts"
)

// DefaultSuggestReplyPrompts are the system prompts of POST /v1/crm/suggest-reply by language.
var DefaultSuggestReplyPrompts = map[string]string{
	"ru": "Ты — вежливый и компетентный менеджер по работе с клиентами. Ниже переписка с клиентом. " +
		"Напиши следующий ответ менеджера клиенту: по-русски, кратко, по делу, без выдуманных фактов.",
	"en": "You are a polite and competent customer account manager. Below is a conversation with a customer. " +
		"Write the manager's next reply to the customer: in English, brief, to the point, without invented facts.",
}

// Conversation roles accepted by suggest-reply.
const (
	RoleCustomer = "customer"
	RoleManager  = "manager"
)

type suggestPrompt struct {
	tmpl prompts.ChatPromptTemplate
}

func newSuggestPrompts(src map[string]string) (map[string]suggestPrompt, error) {
	out := make(map[string]suggestPrompt, len(src))
	for lang, system := range src {
		t := prompts.NewChatPromptTemplate([]prompts.MessageFormatter{
			prompts.NewSystemMessagePromptTemplate(system, nil),
			prompts.MessagesPlaceholder{VariableName: "history"},
		})
		// Render once with an empty history so a broken template fails at start-up, not per request.
		if _, err := t.FormatMessages(map[string]any{"history": []llms.ChatMessage{}}); err != nil {
			return nil, fmt.Errorf("suggest-reply prompt %q: %w", lang, err)
		}
		out[lang] = suggestPrompt{tmpl: t}
	}
	return out, nil
}

// messages renders the system prompt and the conversation as chat turns: the customer speaks as the
// user and the manager as the assistant, the roles the model was fine-tuned in.
func (p suggestPrompt) messages(conv []turn) ([]api.Message, error) {
	history := make([]llms.ChatMessage, 0, len(conv))
	for _, t := range conv {
		if t.Role == RoleCustomer {
			history = append(history, llms.HumanChatMessage{Content: t.Text})
		} else {
			history = append(history, llms.AIChatMessage{Content: t.Text})
		}
	}
	msgs, err := p.tmpl.FormatMessages(map[string]any{"history": history})
	if err != nil {
		return nil, fmt.Errorf("render suggest-reply prompt: %w", err)
	}
	out := make([]api.Message, 0, len(msgs))
	for _, m := range msgs {
		role := "user"
		switch m.GetType() {
		case llms.ChatMessageTypeSystem:
			role = "system"
		case llms.ChatMessageTypeAI:
			role = "assistant"
		}
		out = append(out, api.Message{Role: role, Content: m.GetContent()})
	}
	return out, nil
}

type turn struct {
	Role string `json:"role"`
	Text string `json:"text"`
}

type suggestRequest struct {
	Model        string   `json:"model"`
	Conversation []turn   `json:"conversation"`
	Language     string   `json:"language"`
	MaxTokens    *int     `json:"max_tokens"`
	Temperature  *float64 `json:"temperature"`
}

type suggestResponse struct {
	Reply        string `json:"reply"`
	ModelVersion string `json:"model_version"`
	RequestID    string `json:"request_id"`
	Usage        usage  `json:"usage"`
}

func (g *Gateway) handleSuggestReply(w http.ResponseWriter, r *http.Request) {
	ex := &exchange{action: ActionSuggestReply, start: g.now()}
	defer g.finish(r.Context(), ex)

	var req suggestRequest
	if !g.decode(w, r, ex, &req) {
		return
	}
	ex.alias = req.Model
	if req.Language == "" {
		req.Language = "ru"
	}
	prompt, ok := g.suggest[req.Language]
	if err := req.validate(ok); err != nil {
		g.fail(w, ex, http.StatusBadRequest, "invalid_request_error", "invalid_request", err.Error())
		return
	}
	if !g.resolve(w, r, ex) {
		return
	}
	msgs, err := prompt.messages(req.Conversation)
	if err != nil {
		g.logger.Error("suggest reply", "request_id", requestID(r.Context()), "err", err)
		g.fail(w, ex, http.StatusInternalServerError, "server_error", "prompt_error", "could not build the prompt")
		return
	}
	msgs, restore := g.mask(msgs, ex)
	opts := map[string]any{}
	if req.MaxTokens != nil {
		opts["num_predict"] = *req.MaxTokens
	}
	if req.Temperature != nil {
		opts["temperature"] = *req.Temperature
	}
	text, _, err := g.complete(r.Context(), ex, &api.ChatRequest{Model: ex.target.OllamaModel, Messages: msgs, Options: opts})
	if err != nil {
		g.upstreamFail(w, r, ex, err)
		return
	}
	w.Header().Set(HeaderModelVersion, ex.target.ModelVersion)
	ex.status = http.StatusOK
	writeJSON(w, http.StatusOK, suggestResponse{
		Reply:        strings.TrimSpace(restore(text)),
		ModelVersion: ex.target.ModelVersion,
		RequestID:    requestID(r.Context()),
		Usage:        ex.usage,
	})
}

func (req *suggestRequest) validate(langOK bool) error {
	switch {
	case req.Model == "":
		return fmt.Errorf("model is required")
	case !langOK:
		return fmt.Errorf("language %q is not supported", req.Language)
	case len(req.Conversation) == 0:
		return fmt.Errorf("conversation must not be empty")
	}
	for i, t := range req.Conversation {
		if t.Role != RoleCustomer && t.Role != RoleManager {
			return fmt.Errorf("conversation[%d]: role %q, want %q or %q", i, t.Role, RoleCustomer, RoleManager)
		}
		if strings.TrimSpace(t.Text) == "" {
			return fmt.Errorf("conversation[%d]: empty text", i)
		}
	}
	if req.Conversation[len(req.Conversation)-1].Role != RoleCustomer {
		return fmt.Errorf("conversation must end with a %s turn", RoleCustomer)
	}
	return nil
}

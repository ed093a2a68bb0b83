package eval

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

// OllamaGenerator is a Generator that asks an Ollama server through langchaingo's llms/ollama client.
type OllamaGenerator struct {
	serverURL string
	llm       *ollama.LLM
}

var _ Generator = (*OllamaGenerator)(nil)

// NewOllamaGenerator returns a Generator for the Ollama server at serverURL ("http://127.0.0.1:11434").
// A nil httpClient uses langchaingo's default client.
func NewOllamaGenerator(serverURL string, httpClient *http.Client) (*OllamaGenerator, error) {
	u, err := url.Parse(serverURL)
	if err != nil || u.Scheme == "" || u.Host == "" {
		// Checked here because ollama.WithServerURL calls log.Fatal on a bad URL.
		return nil, fmt.Errorf("parse ollama url %q: want scheme://host:port", serverURL)
	}
	opts := []ollama.Option{ollama.WithServerURL(serverURL)}
	if httpClient != nil {
		opts = append(opts, ollama.WithHTTPClient(httpClient))
	}
	llm, err := ollama.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("create ollama client %s: %w", serverURL, err)
	}
	return &OllamaGenerator{serverURL: serverURL, llm: llm}, nil
}

// Generate sends the conversation to model and returns the answer text.
func (g *OllamaGenerator) Generate(ctx context.Context, model string, messages []Message, opts GenerateOptions) (string, error) {
	msgs := make([]llms.MessageContent, 0, len(messages))
	for i, m := range messages {
		var typ llms.ChatMessageType
		switch m.Role {
		case RoleSystem:
			typ = llms.ChatMessageTypeSystem
		case RoleUser:
			typ = llms.ChatMessageTypeHuman
		case RoleAssistant:
			typ = llms.ChatMessageTypeAI
		default:
			return "", fmt.Errorf("generate with %s: message %d has role %q", model, i, m.Role)
		}
		msgs = append(msgs, llms.TextParts(typ, m.Content))
	}
	callOpts := []llms.CallOption{llms.WithModel(model), llms.WithTemperature(opts.Temperature)}
	if opts.Seed != 0 {
		callOpts = append(callOpts, llms.WithSeed(opts.Seed))
	}
	if opts.MaxTokens > 0 {
		callOpts = append(callOpts, llms.WithMaxTokens(opts.MaxTokens))
	}
	resp, err := g.llm.GenerateContent(ctx, msgs, callOpts...)
	if err != nil {
		return "", fmt.Errorf("generate with %s at %s: %w", model, g.serverURL, err)
	}
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("generate with %s at %s: no choices in response", model, g.serverURL)
	}
	return resp.Choices[0].Content, nil
}

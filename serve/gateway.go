package serve

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"
)

// Gateway defaults.
const (
	DefaultMaxBodyBytes   = 1 << 20
	DefaultRequestTimeout = 2 * time.Minute
	DefaultMaxConcurrent  = 16
	DefaultMaskHoldback   = 64
)

// HeaderModelVersion carries the registry version that answered, e.g. "crm-assistant:v3".
const HeaderModelVersion = "X-IML-Model-Version"

// HeaderRequestID carries the request id; a client-sent one is kept when it is short and plain.
const HeaderRequestID = "X-Request-ID"

// Audit actions.
const (
	ActionChatCompletion = "gateway.chat_completion"
	ActionSuggestReply   = "gateway.suggest_reply"
)

// APIKey is one client credential. Name identifies the client in logs and the audit; Key is the secret.
type APIKey struct {
	Name string
	Key  string
}

// GatewayConfig wires a Gateway. Chat and Resolver are required; zero limits take the defaults.
type GatewayConfig struct {
	Chat     ChatClient // the Ollama client
	Resolver Resolver
	Keys     []APIKey // an empty list refuses every request but /healthz
	Masker   Masker   // nil = no masking
	Auditor  Auditor  // nil = no audit
	Logger   *slog.Logger

	MaxBodyBytes   int64
	RequestTimeout time.Duration // whole request, streaming included
	MaxConcurrent  int           // completions in flight; more get 429
	MaskHoldback   int           // bytes of restored stream text held back for placeholders split across chunks

	// SuggestReplyPrompts are system-prompt templates (langchaingo prompts, Go template syntax) for
	// POST /v1/crm/suggest-reply, by language. Nil takes DefaultSuggestReplyPrompts.
	SuggestReplyPrompts map[string]string

	// Mount adds handlers on the gateway's listener by ServeMux pattern (for example the CRM webhook
	// receiver at "POST /webhooks/"). They bypass API-key auth and must authenticate themselves.
	Mount map[string]http.Handler
}

// Gateway is the HTTP API in front of Ollama: OpenAI chat completions addressed by alias, a model
// list, and CRM task endpoints. It is an http.Handler.
type Gateway struct {
	cfg     GatewayConfig
	keys    []hashedKey
	sem     chan struct{}
	logger  *slog.Logger
	mux     *http.ServeMux
	suggest map[string]suggestPrompt
	now     func() time.Time
}

type hashedKey struct {
	name string
	sum  [sha256.Size]byte
}

// NewGateway checks cfg and returns a Gateway.
func NewGateway(cfg GatewayConfig) (*Gateway, error) {
	if cfg.Chat == nil {
		return nil, errors.New("new gateway: nil chat client")
	}
	if cfg.Resolver == nil {
		return nil, errors.New("new gateway: nil resolver")
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	if cfg.MaskHoldback <= 0 {
		cfg.MaskHoldback = DefaultMaskHoldback
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	g := &Gateway{
		cfg:    cfg,
		sem:    make(chan struct{}, cfg.MaxConcurrent),
		logger: cfg.Logger.With("component", "gateway"),
		now:    time.Now,
	}
	seen := map[string]bool{}
	for i, k := range cfg.Keys {
		if k.Name == "" || k.Key == "" {
			return nil, fmt.Errorf("new gateway: api key %d has an empty name or key", i)
		}
		if seen[k.Name] {
			return nil, fmt.Errorf("new gateway: api key name %q used twice", k.Name)
		}
		seen[k.Name] = true
		hk := hashedKey{name: k.Name, sum: sha256.Sum256([]byte(k.Key))}
		for _, prev := range g.keys {
			if prev.sum == hk.sum {
				return nil, fmt.Errorf("new gateway: api keys %q and %q are the same secret", prev.name, k.Name)
			}
		}
		g.keys = append(g.keys, hk)
	}
	prompts := cfg.SuggestReplyPrompts
	if prompts == nil {
		prompts = DefaultSuggestReplyPrompts
	}
	var err error
	if g.suggest, err = newSuggestPrompts(prompts); err != nil {
		return nil, fmt.Errorf("new gateway: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /v1/models", g.authed(g.handleModels))
	mux.Handle("POST /v1/chat/completions", g.authed(g.limited(g.handleChatCompletions)))
	mux.Handle("POST /v1/crm/suggest-reply", g.authed(g.limited(g.handleSuggestReply)))
	for pattern, h := range cfg.Mount {
		mux.Handle(pattern, h)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "invalid_request_error", "not_found", "no route for "+r.Method+" "+r.URL.Path)
	})
	g.mux = mux
	return g, nil
}

// ServeHTTP implements http.Handler.
func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.Header.Get(HeaderRequestID)
	if !plainID(id) {
		id = newRequestID()
	}
	w.Header().Set(HeaderRequestID, id)
	g.mux.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id)))
}

// Run serves on addr until ctx ends, then shuts down gracefully.
func (g *Gateway) Run(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	return g.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends, then shuts down gracefully, waiting up to RequestTimeout for
// requests in flight.
func (g *Gateway) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           g,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      g.cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(g.logger.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	g.logger.Info("gateway listening", "addr", ln.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("serve gateway: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), g.cfg.RequestTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down gateway: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve gateway: %w", err)
	}
	return nil
}

type requestIDKey struct{}
type keyNameKey struct{}

func requestID(ctx context.Context) string { s, _ := ctx.Value(requestIDKey{}).(string); return s }
func keyName(ctx context.Context) string   { s, _ := ctx.Value(keyNameKey{}).(string); return s }

func plainID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// authed admits requests with a known bearer key and puts the key's name in the context.
func (g *Gateway) authed(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := g.authenticate(r.Header.Get("Authorization"))
		if !ok {
			g.logger.Warn("unauthorized request", "request_id", requestID(r.Context()), "path", r.URL.Path, "remote", r.RemoteAddr)
			w.Header().Set("WWW-Authenticate", `Bearer realm="iml"`)
			writeError(w, http.StatusUnauthorized, "invalid_request_error", "invalid_api_key", "missing or invalid API key")
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), keyNameKey{}, name)))
	})
}

// authenticate compares the presented key with every configured key in constant time; hashing first
// makes the comparison independent of key lengths.
func (g *Gateway) authenticate(header string) (string, bool) {
	token, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || token == "" {
		return "", false
	}
	sum := sha256.Sum256([]byte(token))
	name, found := "", 0
	for _, k := range g.keys {
		if subtle.ConstantTimeCompare(sum[:], k.sum[:]) == 1 {
			name, found = k.name, 1
		}
	}
	return name, found == 1
}

// limited bounds the number of requests in flight (429 when full), the body size and the duration.
func (g *Gateway) limited(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case g.sem <- struct{}{}:
			defer func() { <-g.sem }()
		default:
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, "rate_limit_error", "too_many_requests", "too many requests in flight, retry later")
			g.logger.Warn("request refused, gateway full", "request_id", requestID(r.Context()), "key", keyName(r.Context()))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, g.cfg.MaxBodyBytes)
		ctx, cancel := context.WithTimeout(r.Context(), g.cfg.RequestTimeout)
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

func (g *Gateway) handleModels(w http.ResponseWriter, r *http.Request) {
	targets, err := g.cfg.Resolver.List(r.Context())
	if err != nil {
		g.logger.Error("list aliases", "request_id", requestID(r.Context()), "err", err)
		writeError(w, http.StatusServiceUnavailable, "server_error", "registry_unavailable", "model registry unavailable")
		return
	}
	type model struct {
		ID           string `json:"id"`
		Object       string `json:"object"`
		Created      int64  `json:"created"`
		OwnedBy      string `json:"owned_by"`
		ModelVersion string `json:"model_version"`
	}
	out := struct {
		Object string  `json:"object"`
		Data   []model `json:"data"`
	}{Object: "list", Data: []model{}}
	for _, t := range targets {
		out.Data = append(out.Data, model{ID: t.Alias, Object: "model", OwnedBy: "iml", ModelVersion: t.ModelVersion})
	}
	writeJSON(w, http.StatusOK, out)
}

// apiError is the OpenAI error body.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    string  `json:"code"`
}

func writeError(w http.ResponseWriter, status int, typ, code, msg string) {
	writeJSON(w, status, apiError{Error: apiErrorBody{Message: msg, Type: typ, Code: code}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client may be gone; nothing to do about it
}

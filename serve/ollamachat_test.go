package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// envFunc starts a gateway over the fake Ollama, as newGatewayEnv does.
type envFunc func(testing.TB, func(*GatewayConfig)) *gatewayEnv

// forClients runs a gateway test once per chat client, as subtests client=api and client=lean.
func forClients(t *testing.T, test func(*testing.T, envFunc)) {
	for _, kind := range []string{clientAPI, clientLean} {
		t.Run("client="+kind, func(t *testing.T) {
			test(t, func(tb testing.TB, mutate func(*GatewayConfig)) *gatewayEnv {
				return newGatewayEnvClient(tb, kind, mutate)
			})
		})
	}
}

// parity says how closely api.Client must agree with OllamaChat on a case.
type parity int

const (
	parityNone  parity = iota // api.Client behaves differently (it misses the failure)
	parityClass               // the gateway classifies both errors alike
	parityExact               // same responses, deep-equal errors
)

func writeLines(w http.ResponseWriter, lines ...string) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	for _, l := range lines {
		_, _ = io.WriteString(w, l)
		w.(http.Flusher).Flush()
	}
}

func chunkLine(text string) string {
	return fmt.Sprintf(`{"model":"m","created_at":"2025-01-02T03:04:05Z","message":{"role":"assistant","content":%q},"done":false}`+"\n", text)
}

func doneLine(text string) string {
	return fmt.Sprintf(`{"model":"m","created_at":"2025-01-02T03:04:05Z","message":{"role":"assistant","content":%q},"done":true,"done_reason":"stop","prompt_eval_count":7,"eval_count":3}`, text)
}

const secretOutput = "Иван Петров +7 912 345-67-89"

func TestOllamaChat(t *testing.T) {
	long := strings.Repeat("длинный ответ ", 8000) // ~200 KB: past the pooled 4 KiB buffer
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		maxLine  int
		wantText string
		wantErr  func(error) bool
		parity   parity
	}{
		{"stream", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("Hel"), chunkLine("lo"), chunkLine(" there"), doneLine("")+"\n")
		}, 0, "Hello there", nil, parityExact},
		{"non-streaming, no final newline", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, doneLine("Hello there"))
		}, 0, "Hello there", nil, parityExact},
		{"CRLF line ends", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, strings.ReplaceAll(chunkLine("a")+chunkLine("b")+doneLine("c")+"\n", "\n", "\r\n"))
		}, 0, "abc", nil, parityExact},
		{"blank lines", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, "\n", chunkLine("a"), "\n\n", doneLine("b"), "\n\n")
		}, 0, "ab", nil, parityNone},
		{"long line", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), chunkLine(long), doneLine("b")+"\n")
		}, 0, "a" + long + "b", nil, parityExact},
		{"line over the cap", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), chunkLine(strings.Repeat("x", 5000)), doneLine(""))
		}, 1024, "a", func(err error) bool {
			return errors.Is(err, ErrLineTooLong) && strings.Contains(err.Error(), "1024 bytes")
		}, parityNone},
		{"line over a cap below the buffer", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine(strings.Repeat("x", 600)), doneLine(""))
		}, 256, "", func(err error) bool { return errors.Is(err, ErrLineTooLong) }, parityNone},
		{"malformed line", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), `{"model":"m","message":{"content":"`+secretOutput+"\n", doneLine(""))
		}, 0, "a", func(err error) bool {
			var se *json.SyntaxError
			return errors.As(err, &se) && !strings.Contains(err.Error(), "Иван") && strings.Contains(err.Error(), "line 2")
		}, parityClass},
		{"error mid-stream", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), `{"error":"llama runner process has terminated"}`+"\n")
		}, 0, "a", func(err error) bool {
			return strings.Contains(err.Error(), "llama runner process has terminated")
		}, parityClass},
		{"closed before done", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), chunkLine("b"))
		}, 0, "ab", func(err error) bool { return errors.Is(err, io.ErrUnexpectedEOF) }, parityNone},
		{"connection cut mid-stream", func(w http.ResponseWriter, _ *http.Request) {
			writeLines(w, chunkLine("a"), `{"model":"m","mess`)
			panic(http.ErrAbortHandler)
		}, 0, "a", func(err error) bool { return err != nil && !errors.Is(err, context.Canceled) }, parityNone},
		{"model not found", func(w http.ResponseWriter, _ *http.Request) {
			ollamaErr(w, http.StatusNotFound, "model 'm' not found")
		}, 0, "", func(err error) bool {
			var se api.StatusError
			return errors.As(err, &se) && se.StatusCode == 404 && se.ErrorMessage == "model 'm' not found"
		}, parityExact},
		{"server error, JSON body", func(w http.ResponseWriter, _ *http.Request) {
			ollamaErr(w, http.StatusServiceUnavailable, "server busy")
		}, 0, "", func(err error) bool {
			var se api.StatusError
			return errors.As(err, &se) && se.StatusCode == 503 && se.ErrorMessage == "server busy"
		}, parityExact},
		{"server error, text body", func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}, 0, "", func(err error) bool {
			var se api.StatusError
			return errors.As(err, &se) && se.StatusCode == 500 && se.ErrorMessage == "boom"
		}, parityExact},
		{"server error, empty body", func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusBadGateway)
		}, 0, "", func(err error) bool {
			var se api.StatusError
			return errors.As(err, &se) && se.StatusCode == 502 && se.Status == "502 Bad Gateway"
		}, parityNone},
		{"unauthorized", func(w http.ResponseWriter, _ *http.Request) {
			ollamaErr(w, http.StatusUnauthorized, "unauthorized")
		}, 0, "", func(err error) bool {
			var ae api.AuthorizationError
			return errors.As(err, &ae) && ae.StatusCode == 401
		}, parityExact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			t.Cleanup(srv.Close)
			lean, err := NewOllamaChat(srv.URL, srv.Client())
			if err != nil {
				t.Fatal(err)
			}
			if tt.maxLine > 0 {
				lean.MaxLineBytes = tt.maxLine
			}
			got, gotErr := collectChat(t.Context(), lean)
			if tt.wantErr == nil && gotErr != nil || tt.wantErr != nil && !tt.wantErr(gotErr) {
				t.Fatalf("error = %v", gotErr)
			}
			if text := chatText(got); text != tt.wantText {
				t.Errorf("text = %.40q, want %.40q", text, tt.wantText)
			}
			if tt.parity == parityNone {
				return
			}
			apiClient := apiClientFor(t, srv)
			want, wantErr := collectChat(t.Context(), apiClient)
			if a, b := fmt.Sprint(upstreamError(wantErr)), fmt.Sprint(upstreamError(gotErr)); a != b || (wantErr == nil) != (gotErr == nil) {
				t.Errorf("gateway maps api.Client's %v to %s, OllamaChat's %v to %s", wantErr, a, gotErr, b)
			}
			if tt.parity == parityExact {
				if !reflect.DeepEqual(got, want) {
					t.Errorf("responses differ from api.Client's:\n got %.300v\nwant %.300v", got, want)
				}
				if gotErr != nil && !reflect.DeepEqual(gotErr, wantErr) {
					t.Errorf("error = %#v, api.Client's %#v", gotErr, wantErr)
				}
			}
		})
	}
}

// apiClientFor returns an api.Client for srv, the reference OllamaChat is held to.
func apiClientFor(t testing.TB, srv *httptest.Server) *api.Client {
	u, err := parseOllamaURL(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return api.NewClient(u, srv.Client())
}

func collectChat(ctx context.Context, c ChatClient) ([]api.ChatResponse, error) {
	var out []api.ChatResponse
	err := c.Chat(ctx, &api.ChatRequest{Model: "m", Messages: []api.Message{{Role: "user", Content: "hi"}}}, func(r api.ChatResponse) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

func chatText(rs []api.ChatResponse) string {
	var sb strings.Builder
	for _, r := range rs {
		sb.WriteString(r.Message.Content)
	}
	return sb.String()
}

// TestOllamaChatRequest checks that OllamaChat sends what api.Client sends.
func TestOllamaChatRequest(t *testing.T) {
	type capture struct {
		method, path, contentType, accept string
		body                              []byte
	}
	got := make(chan capture, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- capture{r.Method, r.URL.Path, r.Header.Get("Content-Type"), r.Header.Get("Accept"), b}
		writeLines(w, doneLine("ok"))
	}))
	t.Cleanup(srv.Close)
	stream := false
	req := &api.ChatRequest{Model: "iml-crm-assistant-v3", Stream: &stream,
		Messages: []api.Message{{Role: "system", Content: "Будь краток <b>&"}, {Role: "user", Content: "Где заказ?"}},
		Options:  map[string]any{"temperature": 0.0, "seed": 42, "stop": []string{"\n\n"}, "num_predict": 50}}
	lean, err := NewOllamaChat(srv.URL+"/", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	fn := func(api.ChatResponse) error { return nil }
	if err := apiClientFor(t, srv).Chat(t.Context(), req, fn); err != nil {
		t.Fatal(err)
	}
	want := <-got
	if err := lean.Chat(t.Context(), req, fn); err != nil {
		t.Fatal(err)
	}
	have := <-got
	if have.method != http.MethodPost || have.path != "/api/chat" || have.contentType != "application/json" || have.accept != want.accept {
		t.Errorf("request = %s %s, Content-Type %q, Accept %q; api.Client: %s %s, %q, %q",
			have.method, have.path, have.contentType, have.accept, want.method, want.path, want.contentType, want.accept)
	}
	if !bytes.Equal(have.body, want.body) {
		t.Errorf("body = %s\napi.Client sends %s", have.body, want.body)
	}
}

func TestOllamaChatContext(t *testing.T) {
	tests := []struct {
		name       string
		beforeHead bool          // the upstream hangs before sending headers
		timeout    time.Duration // 0: cancel after the first chunk instead
		want       error
		wantStatus int
	}{
		{"cancel mid-stream", false, 0, context.Canceled, StatusClientClosed},
		{"deadline mid-stream", false, 50 * time.Millisecond, context.DeadlineExceeded, http.StatusGatewayTimeout},
		{"deadline before headers", true, 50 * time.Millisecond, context.DeadlineExceeded, http.StatusGatewayTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.Copy(io.Discard, r.Body) // the server notices a closed connection only once the body is read
				if !tt.beforeHead {
					writeLines(w, chunkLine("a"))
				}
				<-r.Context().Done()
			}))
			t.Cleanup(srv.Close)
			c, err := NewOllamaChat(srv.URL, srv.Client())
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(t.Context())
			if tt.timeout > 0 {
				ctx, cancel = context.WithTimeout(t.Context(), tt.timeout)
			}
			defer cancel()
			calls := 0
			start := time.Now()
			err = c.Chat(ctx, &api.ChatRequest{Model: "m"}, func(api.ChatResponse) error {
				calls++
				if tt.timeout == 0 {
					cancel()
				}
				return nil
			})
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if status, _, _ := upstreamError(err); status != tt.wantStatus {
				t.Errorf("gateway status = %d, want %d", status, tt.wantStatus)
			}
			if wantCalls := map[bool]int{true: 0, false: 1}[tt.beforeHead]; calls != wantCalls {
				t.Errorf("fn called %d times, want %d", calls, wantCalls)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("returned after %v", d)
			}
		})
	}
}

func TestOllamaChatCallbackError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeLines(w, chunkLine("a"), chunkLine("b"), doneLine(""))
	}))
	t.Cleanup(srv.Close)
	c, err := NewOllamaChat(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	calls := 0
	err = c.Chat(t.Context(), &api.ChatRequest{Model: "m"}, func(api.ChatResponse) error { calls++; return stop })
	if err != stop || calls != 1 { //nolint:errorlint // must be returned as is
		t.Errorf("error = %v after %d calls, want the callback's error after 1", err, calls)
	}
}

func TestNewOllamaChatURL(t *testing.T) {
	for _, raw := range []string{"", "127.0.0.1:11434", "ftp://host", "http://"} {
		if _, err := NewOllamaChat(raw, nil); err == nil {
			t.Errorf("NewOllamaChat(%q) accepted", raw)
		}
	}
	c, err := NewOllamaChat("http://127.0.0.1:11434/ollama/", nil)
	if err != nil || c.url != "http://127.0.0.1:11434/ollama/api/chat" || c.MaxLineBytes != DefaultMaxLineBytes {
		t.Errorf("client = %+v, %v", c, err)
	}
}

func TestLineReader(t *testing.T) {
	big := strings.Repeat("y", 3*lineBufSize+17)
	tests := []struct {
		name  string
		input string
		max   int
		want  []string
		fails bool
	}{
		{"short lines", "a\nbb\n\nccc", 100, []string{"a\n", "bb\n", "\n", "ccc"}, false},
		{"exactly the buffer", strings.Repeat("z", lineBufSize-1) + "\nq\n", 1 << 20, []string{strings.Repeat("z", lineBufSize-1) + "\n", "q\n"}, false},
		{"one past the buffer", strings.Repeat("z", lineBufSize) + "\nq", 1 << 20, []string{strings.Repeat("z", lineBufSize) + "\n", "q"}, false},
		{"long unterminated", big, 1 << 20, []string{big}, false},
		{"at the cap", "abcd\n", 5, []string{"abcd\n"}, false},
		{"over the cap", "abcde\n", 5, nil, true},
		{"long over the cap", big + "\n", 2 * lineBufSize, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lr := getLineReader(strings.NewReader(tt.input))
			defer putLineReader(lr)
			var got []string
			for {
				line, err := lr.next(tt.max)
				if errors.Is(err, ErrLineTooLong) {
					if !tt.fails {
						t.Fatalf("unexpected %v", err)
					}
					return
				}
				if len(line) > 0 {
					got = append(got, string(line))
				}
				if err != nil {
					break
				}
			}
			if tt.fails || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines = %.60q, want %.60q (fails %v)", got, tt.want, tt.fails)
			}
		})
	}
}

func FuzzLineReader(f *testing.F) {
	f.Add([]byte("a\nbb\n\nccc"))
	f.Add(bytes.Repeat([]byte("x\n"), 3000))
	f.Add([]byte(strings.Repeat("y", 10000)))
	f.Fuzz(func(t *testing.T, input []byte) {
		// Reading line by line gives back the input, whatever the line lengths.
		lr := getLineReader(bytes.NewReader(input))
		defer putLineReader(lr)
		var got []byte
		for {
			line, err := lr.next(len(input) + 1)
			got = append(got, line...)
			if err != nil {
				if !errors.Is(err, io.EOF) {
					t.Fatal(err)
				}
				break
			}
		}
		if !bytes.Equal(got, input) {
			t.Fatalf("read back %d bytes of %d", len(got), len(input))
		}
	})
}

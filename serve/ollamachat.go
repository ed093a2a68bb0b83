package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"sync"

	"github.com/ollama/ollama/api"
)

// DefaultMaxLineBytes caps one NDJSON line of an Ollama chat response, as api.Client's scanner does.
const DefaultMaxLineBytes = 8 << 20

// ErrLineTooLong is wrapped when Ollama sends a response line longer than OllamaChat.MaxLineBytes.
var ErrLineTooLong = errors.New("serve: ollama response line too long")

// errNoDone is wrapped when the chat stream ends before its done message.
var errNoDone = errors.New("stream ended before the done message")

// OllamaChat is a ChatClient speaking Ollama's /api/chat directly. It sends the JSON api.Client sends
// and decodes the same api types, but reads the NDJSON answer with a small pooled buffer that grows
// only for long lines, where api.Client allocates an 8 MB scanner buffer on every call. Unlike
// api.Client it reports a stream cut short (no done message, or a read error) as an error, and a read
// interrupted by ctx as ctx's error. It does not sign requests (OLLAMA_AUTH), which a local Ollama
// does not ask for.
type OllamaChat struct {
	// MaxLineBytes caps one response line; a longer one fails the call with ErrLineTooLong.
	// NewOllamaChat sets DefaultMaxLineBytes.
	MaxLineBytes int

	url  string
	http *http.Client
}

var _ ChatClient = (*OllamaChat)(nil)

// NewOllamaChat returns a client for the Ollama server at baseURL ("http://127.0.0.1:11434"). A nil
// hc means http.DefaultClient; deadlines come from the ctx of each call.
func NewOllamaChat(baseURL string, hc *http.Client) (*OllamaChat, error) {
	u, err := parseOllamaURL(baseURL)
	if err != nil {
		return nil, err
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	return &OllamaChat{MaxLineBytes: DefaultMaxLineBytes, url: u.JoinPath("/api/chat").String(), http: hc}, nil
}

var userAgent = "iml-serve Go/" + runtime.Version()

// chatLine is one line of the answer: a response, or {"error": "..."} when Ollama fails mid-stream.
type chatLine struct {
	api.ChatResponse
	Error string `json:"error,omitempty"`
}

// Chat posts req to /api/chat and calls fn for each response: once per chunk when req.Stream is nil
// or true, once when it is false. An error from fn ends the call and is returned as is. A non-2xx
// answer is an api.StatusError (api.AuthorizationError for 401) carrying Ollama's error text, as
// from api.Client.
func (c *OllamaChat) Chat(ctx context.Context, req *api.ChatRequest, fn api.ChatResponseFunc) error {
	body, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("encode chat request for %s: %w", req.Model, err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("chat with %s: %w", req.Model, err)
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/x-ndjson")
	hreq.Header.Set("User-Agent", userAgent)
	resp, err := c.http.Do(hreq)
	if err != nil {
		return fmt.Errorf("chat with %s: %w", req.Model, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return statusError(resp)
	}

	lr := getLineReader(resp.Body)
	defer putLineReader(lr)
	done := false
	for n := 1; ; n++ {
		line, rerr := lr.next(c.MaxLineBytes)
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			if cerr := ctx.Err(); cerr != nil {
				rerr = cerr
			}
			return fmt.Errorf("read chat answer from %s, line %d: %w", req.Model, n, rerr)
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			var cl chatLine
			if err := json.Unmarshal(line, &cl); err != nil {
				// The line is not quoted: it may hold model output.
				return fmt.Errorf("decode chat answer from %s, line %d: %w", req.Model, n, err)
			}
			if cl.Error != "" {
				return fmt.Errorf("chat with %s: ollama: %s", req.Model, cl.Error)
			}
			done = done || cl.Done
			if err := fn(cl.ChatResponse); err != nil {
				return err
			}
		}
		if rerr != nil { // io.EOF
			break
		}
	}
	if !done {
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("read chat answer from %s: %w", req.Model, cerr)
		}
		return fmt.Errorf("read chat answer from %s: %w: %w", req.Model, errNoDone, io.ErrUnexpectedEOF)
	}
	return nil
}

// maxErrorBody bounds how much of an error answer is read.
const maxErrorBody = 64 << 10

// statusError turns a non-2xx answer into the error api.Client returns for it.
func statusError(resp *http.Response) error {
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	body = bytes.TrimSpace(body)
	if resp.StatusCode == http.StatusUnauthorized {
		ae := api.AuthorizationError{StatusCode: resp.StatusCode, Status: resp.Status}
		_ = json.Unmarshal(body, &ae)
		return ae
	}
	se := api.StatusError{StatusCode: resp.StatusCode, Status: resp.Status}
	if err := json.Unmarshal(body, &se); err != nil || se.ErrorMessage == "" {
		se.ErrorMessage = string(body)
	}
	return se
}

// lineReader reads newline-terminated lines. Lines that fit its bufio.Reader are returned without a
// copy; longer ones are assembled in long, grown as needed up to the caller's cap.
type lineReader struct {
	br   *bufio.Reader
	long []byte
}

const (
	lineBufSize = 4 << 10  // fits a streamed chunk and most non-streamed answers
	maxPooled   = 64 << 10 // long buffers above this are dropped, not pooled
)

var linePool = sync.Pool{New: func() any { return &lineReader{br: bufio.NewReaderSize(nil, lineBufSize)} }}

func getLineReader(r io.Reader) *lineReader {
	lr := linePool.Get().(*lineReader)
	lr.br.Reset(r)
	return lr
}

func putLineReader(lr *lineReader) {
	lr.br.Reset(nil)
	if cap(lr.long) > maxPooled {
		lr.long = nil
	}
	lr.long = lr.long[:0]
	linePool.Put(lr)
}

// next returns the next line, valid until the following call, with io.EOF at the end of the input
// (possibly with a last unterminated line). A line longer than max fails with ErrLineTooLong.
func (lr *lineReader) next(max int) ([]byte, error) {
	b, err := lr.br.ReadSlice('\n')
	if !errors.Is(err, bufio.ErrBufferFull) {
		if len(b) > max {
			return nil, fmt.Errorf("%w: over %d bytes", ErrLineTooLong, max)
		}
		return b, err
	}
	lr.long = append(lr.long[:0], b...)
	for errors.Is(err, bufio.ErrBufferFull) {
		if len(lr.long) > max {
			return nil, fmt.Errorf("%w: over %d bytes", ErrLineTooLong, max)
		}
		b, err = lr.br.ReadSlice('\n')
		lr.long = append(lr.long, b...)
	}
	if len(lr.long) > max {
		return nil, fmt.Errorf("%w: over %d bytes", ErrLineTooLong, max)
	}
	return lr.long, err
}

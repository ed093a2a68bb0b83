package crm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults of the shared CRM HTTP client.
const (
	DefaultMaxRetries     = 5
	DefaultBackoff        = 500 * time.Millisecond
	DefaultMaxBackoff     = 30 * time.Second
	DefaultRequestTimeout = 60 * time.Second
	// maxResponseBytes bounds one response body; a CRM page is far smaller.
	maxResponseBytes = 64 << 20
)

// Clock is the time source of the rate limiter and the retry backoff. Tests use a fake one.
type Clock interface {
	Now() time.Time
	// Sleep waits d or until ctx ends, returning ctx.Err() in the latter case.
	Sleep(ctx context.Context, d time.Duration) error
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// SystemClock is the wall clock.
var SystemClock Clock = realClock{}

// limiter is a token bucket: rate tokens per second, at most burst saved up. It is safe for
// concurrent use; a waiter reserves its slot under the lock and sleeps outside it.
type limiter struct {
	mu    sync.Mutex
	clock Clock
	every time.Duration // time to earn one token
	burst int
	next  time.Time // the moment the bucket is full again minus burst slots: GCRA "theoretical arrival time"
}

func newLimiter(clock Clock, perSecond float64, burst int) *limiter {
	if burst < 1 {
		burst = 1
	}
	l := &limiter{clock: clock, burst: burst}
	if perSecond > 0 {
		l.every = time.Duration(float64(time.Second) / perSecond)
	}
	return l
}

// Wait blocks until a request may be sent.
func (l *limiter) Wait(ctx context.Context) error {
	if l == nil || l.every == 0 {
		return ctx.Err()
	}
	l.mu.Lock()
	now := l.clock.Now()
	if l.next.Before(now) {
		l.next = now
	}
	// A request may go at tat - (burst-1)*every.
	at := l.next.Add(-time.Duration(l.burst-1) * l.every)
	l.next = l.next.Add(l.every)
	l.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return l.clock.Sleep(ctx, d)
	}
	return ctx.Err()
}

// Stats counts what a client did; the pull summary reports them.
type Stats struct {
	Requests  atomic.Int64 // HTTP requests sent, retries included
	Throttled atomic.Int64 // responses that asked us to slow down (429, 503, QUERY_LIMIT_EXCEEDED)
	Retries   atomic.Int64 // requests repeated after a throttle, a 5xx or a timeout
}

// AuthError says a CRM rejected our credentials. It names the source and the endpoint so the
// operator knows which token to fix; it never contains the token.
type AuthError struct {
	Source   string // configured source name
	Endpoint string // method and path, without query or secrets
	Status   int
}

func (e *AuthError) Error() string {
	return fmt.Sprintf("crm source %s: credentials rejected by %s (HTTP %d): check the token", e.Source, e.Endpoint, e.Status)
}

// ErrAuth is matched by every *AuthError.
var ErrAuth = errors.New("crm: credentials rejected")

// Is makes errors.Is(err, ErrAuth) true.
func (e *AuthError) Is(target error) bool { return target == ErrAuth }

// HTTPError is a response a connector cannot use, after retries where they apply.
type HTTPError struct {
	Source   string
	Endpoint string
	Status   int
	Code     string // CRM error code when the body carried one, e.g. "QUERY_LIMIT_EXCEEDED"
}

func (e *HTTPError) Error() string {
	s := fmt.Sprintf("crm source %s: %s returned HTTP %d", e.Source, e.Endpoint, e.Status)
	if e.Code != "" {
		s += " " + e.Code
	}
	return s
}

// request is one call through the shared client.
type request struct {
	Method   string
	URL      string
	Endpoint string // label for errors and logs, never containing secrets
	Header   http.Header
	Body     []byte
}

// httpClient is the HTTP client every connector shares: rate limit, retries with backoff,
// Retry-After, auth errors. throttleCode, when set, inspects a body and returns a CRM error code
// that means "slow down" even though the status is not 429/503.
type httpClient struct {
	source       string
	hc           *http.Client
	clock        Clock
	lim          *limiter
	stats        *Stats
	logger       *slog.Logger
	maxRetries   int
	backoff      time.Duration
	maxBackoff   time.Duration
	timeout      time.Duration
	throttleCode func(status int, body []byte) string
}

// ClientOptions tune the shared HTTP client; zero values take the defaults.
type ClientOptions struct {
	HTTPClient     *http.Client
	Clock          Clock
	Logger         *slog.Logger
	RatePerSecond  float64 // 0: the connector's documented rate
	Burst          int
	MaxRetries     int
	Backoff        time.Duration
	MaxBackoff     time.Duration
	RequestTimeout time.Duration
}

func newHTTPClient(source string, defRate float64, defBurst int, o ClientOptions) *httpClient {
	c := &httpClient{
		source: source, hc: o.HTTPClient, clock: o.Clock, stats: &Stats{}, logger: o.Logger,
		maxRetries: o.MaxRetries, backoff: o.Backoff, maxBackoff: o.MaxBackoff, timeout: o.RequestTimeout,
	}
	if c.hc == nil {
		c.hc = &http.Client{}
	}
	if c.clock == nil {
		c.clock = SystemClock
	}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	if c.maxRetries == 0 {
		c.maxRetries = DefaultMaxRetries
	}
	if c.backoff == 0 {
		c.backoff = DefaultBackoff
	}
	if c.maxBackoff == 0 {
		c.maxBackoff = DefaultMaxBackoff
	}
	if c.timeout == 0 {
		c.timeout = DefaultRequestTimeout
	}
	rate, burst := defRate, defBurst
	if o.RatePerSecond > 0 {
		rate = o.RatePerSecond
	}
	if o.Burst > 0 {
		burst = o.Burst
	}
	c.lim = newLimiter(c.clock, rate, burst)
	return c
}

// do sends r, retrying throttles (429, 503, throttleCode), other 5xx and timeouts with
// exponential backoff or the server's Retry-After. It returns the status and body of the first
// response it can use: 2xx or 204. 401/403 give *AuthError; other statuses *HTTPError.
func (c *httpClient) do(ctx context.Context, r request) (int, []byte, error) {
	for attempt := 0; ; attempt++ {
		if err := c.lim.Wait(ctx); err != nil {
			return 0, nil, err
		}
		status, body, hdr, err := c.once(ctx, r)
		var wait time.Duration
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return 0, nil, ctx.Err()
			}
			if !isTimeout(err) && !isTransient(err) {
				return 0, nil, fmt.Errorf("crm source %s: %s: %w", c.source, r.Endpoint, err)
			}
			c.logger.Warn("crm request error, retrying", "source", c.source, "endpoint", r.Endpoint, "attempt", attempt)
		case status == http.StatusUnauthorized || status == http.StatusForbidden:
			return status, nil, &AuthError{Source: c.source, Endpoint: r.Endpoint, Status: status}
		default:
			code := ""
			if c.throttleCode != nil {
				code = c.throttleCode(status, body)
			}
			throttled := status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable || code != ""
			if !throttled && status >= 200 && status < 300 {
				return status, body, nil
			}
			if !throttled && status < 500 {
				return status, nil, &HTTPError{Source: c.source, Endpoint: r.Endpoint, Status: status}
			}
			if throttled {
				c.stats.Throttled.Add(1)
			}
			wait = retryAfter(hdr.Get("Retry-After"), c.clock.Now())
			err = &HTTPError{Source: c.source, Endpoint: r.Endpoint, Status: status, Code: code}
			c.logger.Info("crm request throttled, retrying", "source", c.source, "endpoint", r.Endpoint,
				"status", status, "attempt", attempt, "retry_after", wait)
		}
		if attempt >= c.maxRetries {
			return 0, nil, fmt.Errorf("crm source %s: %s: giving up after %d attempts: %w", c.source, r.Endpoint, attempt+1, err)
		}
		if wait <= 0 {
			wait = c.backoff << attempt
		}
		if wait > c.maxBackoff {
			wait = c.maxBackoff
		}
		c.stats.Retries.Add(1)
		if err := c.clock.Sleep(ctx, wait); err != nil {
			return 0, nil, err
		}
	}
}

func (c *httpClient) once(ctx context.Context, r request) (int, []byte, http.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	var body io.Reader
	if r.Body != nil {
		body = bytes.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, body)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("build request: %w", err)
	}
	for k, vs := range r.Header {
		req.Header[k] = vs
	}
	c.stats.Requests.Add(1)
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, nil, nil, scrubURLError(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes+1))
	if err != nil {
		return 0, nil, nil, scrubURLError(err)
	}
	if len(b) > maxResponseBytes {
		return 0, nil, nil, fmt.Errorf("response larger than %d bytes", maxResponseBytes)
	}
	return resp.StatusCode, b, resp.Header, nil
}

// scrubURLError drops the URL from a *url.Error: Bitrix24 webhook URLs carry the secret.
func scrubURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func isTransient(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed)
}

// retryAfter parses a Retry-After header: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return t.Sub(now)
	}
	return 0
}

// absoluteURL parses a connector's base_url (trailing slashes dropped) and requires a scheme and a
// host; the error names the source, never the URL, which may hold a webhook secret.
func absoluteURL(kind, source, raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("%s source %s: base_url must be an absolute URL", kind, source)
	}
	return u, nil
}

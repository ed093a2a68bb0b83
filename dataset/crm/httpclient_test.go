package crm

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestLimiterRate(t *testing.T) {
	tests := []struct {
		name  string
		rate  float64
		burst int
		n     int
		want  time.Duration // virtual time for n requests
	}{
		{"amocrm 7/s", 7, 1, 15, 14 * time.Second / 7},
		{"bitrix24 2/s burst 50", 2, 50, 60, 10 * time.Second / 2},
		{"retailcrm 10/s", 10, 1, 21, 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newFakeClock()
			l := newLimiter(clk, tt.rate, tt.burst)
			start := clk.Now()
			for range tt.n {
				if err := l.Wait(t.Context()); err != nil {
					t.Fatal(err)
				}
			}
			got := clk.Now().Sub(start)
			if d := got - tt.want; d < -time.Millisecond || d > time.Millisecond {
				t.Fatalf("%d requests took %v of virtual time, want %v", tt.n, got, tt.want)
			}
		})
	}
}

func TestClientRetries(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch calls.Add(1) {
		case 1:
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.WriteHeader(http.StatusServiceUnavailable)
		case 3:
			w.WriteHeader(http.StatusBadGateway)
		default:
			w.Write([]byte(`{"ok":true}`))
		}
	}))
	defer srv.Close()
	clk := newFakeClock()
	c := newHTTPClient("test", 0, 1, ClientOptions{Clock: clk, Backoff: 100 * time.Millisecond})
	status, body, err := c.do(t.Context(), request{Method: "GET", URL: srv.URL, Endpoint: "GET /x"})
	if err != nil || status != 200 || string(body) != `{"ok":true}` {
		t.Fatalf("do = %d %s %v", status, body, err)
	}
	if got, want := clk.sleeps(), []time.Duration{3 * time.Second, 200 * time.Millisecond, 400 * time.Millisecond}; !equalDurations(got, want) {
		t.Fatalf("sleeps %v, want %v (Retry-After honoured, then exponential backoff)", got, want)
	}
	if c.stats.Requests.Load() != 4 || c.stats.Throttled.Load() != 2 || c.stats.Retries.Load() != 3 {
		t.Fatalf("stats requests=%d throttled=%d retries=%d", c.stats.Requests.Load(), c.stats.Throttled.Load(), c.stats.Retries.Load())
	}
}

func TestClientTimeoutRetried(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			<-r.Context().Done()
			return
		}
		w.Write([]byte(`[]`))
	}))
	defer srv.Close()
	c := newHTTPClient("test", 0, 1, ClientOptions{Clock: newFakeClock(), RequestTimeout: 50 * time.Millisecond})
	if _, _, err := c.do(t.Context(), request{Method: "GET", URL: srv.URL, Endpoint: "GET /slow"}); err != nil {
		t.Fatalf("timeout not retried: %v", err)
	}
}

func TestClientAuthAndGiveUp(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/rest/1/s3cret") {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c := newHTTPClient("bitrix-main", 0, 1, ClientOptions{Clock: newFakeClock(), MaxRetries: 2})
	_, _, err := c.do(t.Context(), request{Method: "POST", URL: srv.URL + "/rest/1/s3cret/crm.item.list.json", Endpoint: "crm.item.list"})
	var ae *AuthError
	if !errors.As(err, &ae) || !errors.Is(err, ErrAuth) || ae.Endpoint != "crm.item.list" || ae.Status != 401 {
		t.Fatalf("want AuthError, got %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "bitrix-main") || !strings.Contains(msg, "crm.item.list") || strings.Contains(msg, "s3cret") {
		t.Fatalf("auth error must name source and endpoint, not the secret: %q", msg)
	}
	_, _, err = c.do(t.Context(), request{Method: "GET", URL: srv.URL + "/busy", Endpoint: "GET /busy"})
	if err == nil || !strings.Contains(err.Error(), "giving up after 3 attempts") {
		t.Fatalf("want give-up error, got %v", err)
	}
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

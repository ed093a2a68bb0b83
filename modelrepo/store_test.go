package modelrepo_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/iml/iml/internal/testenv"
	"github.com/iml/iml/modelrepo"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// countingTransport counts PUT requests, to prove that content addressing skips uploads.
type countingTransport struct {
	puts atomic.Int64
	base http.RoundTripper
}

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPut {
		c.puts.Add(1)
	}
	return c.base.RoundTrip(req)
}

func openStore(t *testing.T) (*modelrepo.Store, *testenv.MinIO, *countingTransport) {
	t.Helper()
	m := testenv.StartMinIO(t)
	tr := &countingTransport{base: http.DefaultTransport.(*http.Transport).Clone()}
	s, err := modelrepo.OpenStore(t.Context(), modelrepo.StoreConfig{
		Endpoint: m.Endpoint, AccessKey: m.AccessKey, SecretKey: m.SecretKey, Bucket: "iml", Transport: tr,
	})
	if err != nil {
		t.Fatalf("OpenStore: %v", err)
	}
	return s, m, tr
}

func TestStore(t *testing.T) {
	s, m, tr := openStore(t)
	ctx := t.Context()

	t.Run("round trip", func(t *testing.T) {
		data := []byte(`{"messages":[]}` + "\n")
		obj, err := s.PutBytes(ctx, "datasets/crm-chat/1", ".jsonl", data)
		if err != nil {
			t.Fatalf("PutBytes: %v", err)
		}
		wantKey := "datasets/crm-chat/1/" + strings.TrimPrefix(modelrepo.Digest(data), "sha256:") + ".jsonl"
		if obj.Key != wantKey || obj.Digest != modelrepo.Digest(data) || obj.Size != int64(len(data)) {
			t.Errorf("PutBytes = %+v, want key %s", obj, wantKey)
		}
		rc, err := s.Get(ctx, obj.Key)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		got, _ := io.ReadAll(rc)
		rc.Close()
		if !bytes.Equal(got, data) {
			t.Errorf("Get = %q, want %q", got, data)
		}
		st, err := s.Stat(ctx, obj.Key)
		if err != nil || st != obj {
			t.Errorf("Stat = %+v, %v; want %+v", st, err, obj)
		}
		if err := s.Verify(ctx, obj.Key, obj.Digest); err != nil {
			t.Errorf("Verify: %v", err)
		}
		if u := s.URI(obj.Key); u != "s3://iml/"+obj.Key {
			t.Errorf("URI = %s", u)
		}
	})

	t.Run("content addressing", func(t *testing.T) {
		data := []byte("adapter bytes")
		before := tr.puts.Load()
		a, err := s.PutBytes(ctx, "adapters", ".gguf", data)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.PutBytes(ctx, "adapters", ".gguf", data)
		if err != nil {
			t.Fatal(err)
		}
		if a != b {
			t.Errorf("same bytes gave %+v and %+v", a, b)
		}
		if n := tr.puts.Load() - before; n != 1 {
			t.Errorf("%d uploads for the same bytes twice, want 1", n)
		}
		path := filepath.Join(t.TempDir(), "adapter.gguf")
		os.WriteFile(path, data, 0o600)
		c, err := s.PutFile(ctx, "adapters", path)
		if err != nil || c != a {
			t.Errorf("PutFile of the same bytes = %+v, %v; want %+v", c, err, a)
		}
		if n := tr.puts.Load() - before; n != 1 {
			t.Errorf("%d uploads after PutFile of the same bytes, want 1", n)
		}
		out := filepath.Join(t.TempDir(), "down.gguf")
		if err := s.GetFile(ctx, a.Key, out); err != nil {
			t.Fatalf("GetFile: %v", err)
		}
		if got, _ := os.ReadFile(out); !bytes.Equal(got, data) {
			t.Errorf("GetFile wrote %q", got)
		}
	})

	t.Run("verify detects corruption", func(t *testing.T) {
		obj, err := s.PutBytes(ctx, "models", ".bin", []byte("original"))
		if err != nil {
			t.Fatal(err)
		}
		// Overwrite the object behind the store's back, keeping the original digest metadata.
		raw, err := minio.New(m.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(m.AccessKey, m.SecretKey, "")})
		if err != nil {
			t.Fatal(err)
		}
		bad := []byte("tampered")
		if _, err := raw.PutObject(ctx, "iml", obj.Key, bytes.NewReader(bad), int64(len(bad)),
			minio.PutObjectOptions{UserMetadata: map[string]string{"Sha256": obj.Digest}}); err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{obj.Digest, ""} {
			if err := s.Verify(ctx, obj.Key, d); !errors.Is(err, modelrepo.ErrDigestMismatch) {
				t.Errorf("Verify(%q) of corrupted object = %v, want ErrDigestMismatch", d, err)
			}
		}
		out := filepath.Join(t.TempDir(), "x.bin")
		if err := s.GetFile(ctx, obj.Key, out); !errors.Is(err, modelrepo.ErrDigestMismatch) {
			t.Errorf("GetFile of corrupted object = %v, want ErrDigestMismatch", err)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("GetFile left %s behind after a mismatch", out)
		}
	})

	t.Run("missing, list, delete", func(t *testing.T) {
		if _, err := s.Stat(ctx, "nope/x"); !errors.Is(err, modelrepo.ErrNotFound) {
			t.Errorf("Stat(missing) = %v, want ErrNotFound", err)
		}
		if _, err := s.Get(ctx, "nope/x"); !errors.Is(err, modelrepo.ErrNotFound) {
			t.Errorf("Get(missing) = %v, want ErrNotFound", err)
		}
		rep, err := s.PutKey(ctx, "quarantine/run-1/report.json", []byte(`{"n":1}`), "application/json")
		if err != nil {
			t.Fatal(err)
		}
		a, _ := s.PutBytes(ctx, "list", ".txt", []byte("a"))
		b, _ := s.PutBytes(ctx, "list", ".txt", []byte("b"))
		objs, err := s.List(ctx, "list/")
		if err != nil || len(objs) != 2 {
			t.Fatalf("List = %v, %v; want 2 objects", objs, err)
		}
		for _, o := range objs {
			if (o.Key != a.Key || o.Digest != a.Digest) && (o.Key != b.Key || o.Digest != b.Digest) {
				t.Errorf("listed %+v, want %+v or %+v", o, a, b)
			}
		}
		if err := s.Delete(ctx, rep.Key); err != nil {
			t.Errorf("Delete: %v", err)
		}
		if _, err := s.Stat(ctx, rep.Key); !errors.Is(err, modelrepo.ErrNotFound) {
			t.Errorf("Stat after Delete = %v, want ErrNotFound", err)
		}
	})

	t.Run("reopen existing bucket", func(t *testing.T) {
		if _, err := modelrepo.OpenStore(ctx, modelrepo.StoreConfig{Endpoint: m.Endpoint, AccessKey: m.AccessKey,
			SecretKey: m.SecretKey, Bucket: "iml"}); err != nil {
			t.Errorf("OpenStore on existing bucket: %v", err)
		}
	})
}

func TestOpenStoreUnreachable(t *testing.T) {
	_, err := modelrepo.OpenStore(context.Background(), modelrepo.StoreConfig{
		Endpoint: "127.0.0.1:9", AccessKey: "a", SecretKey: "b", Bucket: "iml", MaxRetries: 1})
	if err == nil || !strings.Contains(err.Error(), "minio at 127.0.0.1:9 unreachable") {
		t.Errorf("OpenStore(127.0.0.1:9) = %v; want an error naming the endpoint as unreachable", err)
	}
	if testing.Verbose() {
		t.Log(err)
	}
}

func TestOpenStoreBadCredentials(t *testing.T) {
	m := testenv.StartMinIO(t)
	_, err := modelrepo.OpenStore(t.Context(), modelrepo.StoreConfig{
		Endpoint: m.Endpoint, AccessKey: m.AccessKey, SecretKey: "wrong-secret", Bucket: "iml", MaxRetries: 1})
	if err == nil || strings.Contains(err.Error(), "unreachable") || !strings.Contains(err.Error(), m.Endpoint) {
		t.Errorf("OpenStore with a wrong secret = %v; want an error naming the endpoint, not 'unreachable'", err)
	}
}

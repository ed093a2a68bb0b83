package modelrepo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// DefaultMaxRetries is how often the store retries a request on transient errors.
const DefaultMaxRetries = 3

// DefaultProbeTimeout bounds the reachability check in OpenStore.
const DefaultProbeTimeout = 10 * time.Second

// digestMetaKey is the user-metadata key (header X-Amz-Meta-Sha256) that carries the digest.
const digestMetaKey = "Sha256"

// StoreConfig locates the MinIO (S3) bucket that holds IML's artifacts.
type StoreConfig struct {
	Endpoint  string // "host:port", no scheme
	AccessKey string
	SecretKey string
	Bucket    string
	Region    string
	UseSSL    bool
	// MaxRetries per request; 0 means DefaultMaxRetries.
	MaxRetries int
	// Transport overrides the HTTP transport (custom TLS roots, tests); nil means minio-go's default.
	Transport http.RoundTripper
}

// Store keeps content-addressed artifacts in one MinIO bucket. Content-addressed keys are
// prefix/<sha256 hex><ext>, so an object is never overwritten with different bytes.
type Store struct {
	client   *minio.Client
	bucket   string
	endpoint string
	region   string
}

// OpenStore connects to MinIO, checks that it answers, and creates the bucket if missing.
func OpenStore(ctx context.Context, cfg StoreConfig) (*Store, error) {
	s, err := NewStore(cfg)
	if err != nil {
		return nil, err
	}
	if err := s.Check(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// NewStore returns a Store without contacting the server; call Check before relying on it. A
// long-running process uses it so that MinIO being down at start fails runs, not the process.
func NewStore(cfg StoreConfig) (*Store, error) {
	if cfg.Endpoint == "" || cfg.Bucket == "" {
		return nil, fmt.Errorf("open store: endpoint and bucket required: %w", ErrInvalid)
	}
	retries := cfg.MaxRetries
	if retries <= 0 {
		retries = DefaultMaxRetries
	}
	client, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds:      credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure:     cfg.UseSSL,
		Region:     cfg.Region,
		Transport:  cfg.Transport,
		MaxRetries: retries,
	})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", cfg.Endpoint, err)
	}
	return &Store{client: client, bucket: cfg.Bucket, endpoint: cfg.Endpoint, region: cfg.Region}, nil
}

// Check verifies that the server answers and the bucket exists, creating it when missing. The error
// names the endpoint.
func (s *Store) Check(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, DefaultProbeTimeout)
	defer cancel()
	ok, err := bucketExists(pctx, s.client, s.bucket)
	if err != nil {
		if minio.ToErrorResponse(err).Code == "" {
			// No S3 error document came back: nothing answered at the endpoint.
			return fmt.Errorf("modelrepo: minio at %s unreachable: %w", s.endpoint, err)
		}
		return fmt.Errorf("check bucket %s at %s: %w", s.bucket, s.endpoint, err)
	}
	if !ok {
		err := s.client.MakeBucket(ctx, s.bucket, minio.MakeBucketOptions{Region: s.region})
		if err != nil {
			code := minio.ToErrorResponse(err).Code
			if code != "BucketAlreadyOwnedByYou" && code != "BucketAlreadyExists" {
				return fmt.Errorf("create bucket %s at %s: %w", s.bucket, s.endpoint, err)
			}
		}
	}
	return nil
}

// bucketExists asks whether bucket exists, waiting while a MinIO that has just started answers
// "server not initialized" (its liveness check passes before the object layer is ready).
func bucketExists(ctx context.Context, client *minio.Client, bucket string) (bool, error) {
	for {
		ok, err := client.BucketExists(ctx, bucket)
		resp := minio.ToErrorResponse(err)
		if err == nil || (resp.Code != "XMinioServerNotInitialized" && resp.StatusCode != http.StatusServiceUnavailable) {
			return ok, err
		}
		select {
		case <-ctx.Done():
			return false, err
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Bucket returns the bucket name.
func (s *Store) Bucket() string { return s.bucket }

// URI returns "s3://bucket/key".
func (s *Store) URI(key string) string { return "s3://" + s.bucket + "/" + key }

// Digest returns "sha256:<hex>" of b.
func Digest(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// ContentKey returns the content-addressed key prefix/<hex><ext> for digest.
func ContentKey(prefix, digest, ext string) string {
	name := strings.TrimPrefix(digest, "sha256:") + ext
	prefix = strings.Trim(prefix, "/")
	if prefix == "" {
		return name
	}
	return prefix + "/" + name
}

// PutBytes stores b under prefix/<sha256 hex><ext>, skipping the upload when the key exists.
func (s *Store) PutBytes(ctx context.Context, prefix, ext string, b []byte) (Object, error) {
	d := Digest(b)
	key := ContentKey(prefix, d, ext)
	obj, err := s.putContent(ctx, key, d, bytes.NewReader(b), int64(len(b)), contentType(ext))
	if err != nil {
		return Object{}, fmt.Errorf("put object %s: %w", key, err)
	}
	return obj, nil
}

// PutFile stores the file at path under prefix/<sha256 hex><ext> (ext = filepath.Ext(path)),
// skipping the upload when the key exists. The file is read twice (hash, then upload) rather
// than held in memory.
func (s *Store) PutFile(ctx context.Context, prefix, path string) (Object, error) {
	f, err := os.Open(path)
	if err != nil {
		return Object{}, fmt.Errorf("put file %s: %w", path, err)
	}
	defer f.Close()
	h := sha256.New()
	size, err := io.Copy(h, f)
	if err != nil {
		return Object{}, fmt.Errorf("hash file %s: %w", path, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return Object{}, fmt.Errorf("put file %s: %w", path, err)
	}
	d := "sha256:" + hex.EncodeToString(h.Sum(nil))
	ext := filepath.Ext(path)
	key := ContentKey(prefix, d, ext)
	obj, err := s.putContent(ctx, key, d, f, size, contentType(ext))
	if err != nil {
		return Object{}, fmt.Errorf("put file %s as %s: %w", path, key, err)
	}
	return obj, nil
}

func (s *Store) putContent(ctx context.Context, key, digest string, r io.Reader, size int64, ctype string) (Object, error) {
	existing, err := s.Stat(ctx, key)
	switch {
	case err == nil:
		if existing.Size != size || (existing.Digest != "" && existing.Digest != digest) {
			return Object{}, fmt.Errorf("stored object has size %d digest %s: %w", existing.Size, existing.Digest, ErrConflict)
		}
		return Object{Key: key, Digest: digest, Size: size}, nil
	case !errors.Is(err, ErrNotFound):
		return Object{}, err
	}
	return s.put(ctx, key, digest, r, size, ctype)
}

func (s *Store) put(ctx context.Context, key, digest string, r io.Reader, size int64, ctype string) (Object, error) {
	_, err := s.client.PutObject(ctx, s.bucket, key, r, size, minio.PutObjectOptions{
		ContentType:  ctype,
		UserMetadata: map[string]string{digestMetaKey: digest},
	})
	if err != nil {
		return Object{}, err
	}
	return Object{Key: key, Digest: digest, Size: size}, nil
}

// PutKey stores b under a key that is not content-addressed (reports, quarantine notes),
// replacing what is there. The digest is still recorded in metadata.
func (s *Store) PutKey(ctx context.Context, key string, b []byte, contentType string) (Object, error) {
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	obj, err := s.put(ctx, key, Digest(b), bytes.NewReader(b), int64(len(b)), contentType)
	if err != nil {
		return Object{}, fmt.Errorf("put object %s: %w", key, err)
	}
	return obj, nil
}

// Stat returns the object's size and recorded digest, or ErrNotFound.
func (s *Store) Stat(ctx context.Context, key string) (Object, error) {
	info, err := s.client.StatObject(ctx, s.bucket, key, minio.StatObjectOptions{})
	if err != nil {
		return Object{}, fmt.Errorf("stat object %s: %w", key, mapErr(err))
	}
	return Object{Key: key, Digest: metaDigest(info.UserMetadata), Size: info.Size}, nil
}

// Get opens the object for reading; the caller closes it. A missing key yields ErrNotFound.
func (s *Store) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	obj, err := s.client.GetObject(ctx, s.bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("get object %s: %w", key, mapErr(err))
	}
	// GetObject is lazy: Stat makes the request so that a missing key fails here, not on Read.
	if _, err := obj.Stat(); err != nil {
		obj.Close()
		return nil, fmt.Errorf("get object %s: %w", key, mapErr(err))
	}
	return obj, nil
}

// GetFile downloads the object to path (through a temporary file renamed into place) and
// checks the bytes against the digest recorded with the object.
func (s *Store) GetFile(ctx context.Context, key, path string) error {
	st, err := s.Stat(ctx, key)
	if err != nil {
		return err
	}
	rc, err := s.Get(ctx, key)
	if err != nil {
		return err
	}
	defer rc.Close()
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.part")
	if err != nil {
		return fmt.Errorf("download object %s: %w", key, err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, h), rc); err != nil {
		tmp.Close()
		return fmt.Errorf("download object %s: %w", key, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("download object %s: %w", key, err)
	}
	if got := "sha256:" + hex.EncodeToString(h.Sum(nil)); st.Digest != "" && got != st.Digest {
		return fmt.Errorf("download object %s: got %s, recorded %s: %w", key, got, st.Digest, ErrDigestMismatch)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("download object %s: %w", key, err)
	}
	return nil
}

// Verify re-hashes the stored bytes and compares them with digest (with the digest recorded in
// the object's metadata when digest is ""). A mismatch yields ErrDigestMismatch.
func (s *Store) Verify(ctx context.Context, key, digest string) error {
	if digest == "" {
		st, err := s.Stat(ctx, key)
		if err != nil {
			return err
		}
		if digest = st.Digest; digest == "" {
			return fmt.Errorf("verify object %s: no digest recorded: %w", key, ErrInvalid)
		}
	}
	rc, err := s.Get(ctx, key)
	if err != nil {
		return err
	}
	defer rc.Close()
	h := sha256.New()
	if _, err := io.Copy(h, rc); err != nil {
		return fmt.Errorf("verify object %s: %w", key, err)
	}
	if got := "sha256:" + hex.EncodeToString(h.Sum(nil)); got != digest {
		return fmt.Errorf("verify object %s: stored bytes hash to %s, want %s: %w", key, got, digest, ErrDigestMismatch)
	}
	return nil
}

// Delete removes the object. Deleting a missing key is not an error (S3 semantics).
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := s.client.RemoveObject(ctx, s.bucket, key, minio.RemoveObjectOptions{}); err != nil {
		return fmt.Errorf("delete object %s: %w", key, mapErr(err))
	}
	return nil
}

// List returns the objects under prefix (recursively), by key. Digest comes from the recorded
// metadata, or from the key for content-addressed keys.
func (s *Store) List(ctx context.Context, prefix string) ([]Object, error) {
	var out []Object
	for info := range s.client.ListObjects(ctx, s.bucket, minio.ListObjectsOptions{Prefix: prefix, Recursive: true, WithMetadata: true}) {
		if info.Err != nil {
			return nil, fmt.Errorf("list objects %s: %w", prefix, mapErr(info.Err))
		}
		o := Object{Key: info.Key, Size: info.Size, Digest: metaDigest(info.UserMetadata)}
		if o.Digest == "" {
			o.Digest = keyDigest(info.Key)
		}
		out = append(out, o)
	}
	return out, nil
}

func metaDigest(meta map[string]string) string {
	for k, v := range meta {
		if strings.EqualFold(k, digestMetaKey) || strings.EqualFold(k, "X-Amz-Meta-"+digestMetaKey) {
			return v
		}
	}
	return ""
}

// keyDigest extracts the digest from a content-addressed key, or "".
func keyDigest(key string) string {
	base := path.Base(key)
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	if d := "sha256:" + base; ValidDigest(d) {
		return d
	}
	return ""
}

func mapErr(err error) error {
	resp := minio.ToErrorResponse(err)
	if resp.Code == "NoSuchKey" || resp.Code == "NoSuchBucket" || resp.StatusCode == http.StatusNotFound {
		return fmt.Errorf("%w (%s)", ErrNotFound, resp.Code)
	}
	return err
}

func contentType(ext string) string {
	switch ext {
	case ".json":
		return "application/json"
	case ".jsonl":
		return "application/x-ndjson"
	case ".txt", ".md":
		return "text/plain; charset=utf-8"
	default:
		return "application/octet-stream"
	}
}

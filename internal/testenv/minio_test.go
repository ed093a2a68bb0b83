package testenv

import (
	"bytes"
	"io"
	"testing"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

func TestStartMinIO(t *testing.T) {
	m := StartMinIO(t)
	if err := httpGetOK("http://" + m.Endpoint + "/minio/health/live"); err != nil {
		t.Fatalf("health: %v", err)
	}
	c, err := minio.New(m.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(m.AccessKey, m.SecretKey, "")})
	if err != nil {
		t.Fatalf("minio client: %v", err)
	}
	ctx := t.Context()
	if err := c.MakeBucket(ctx, "iml-test", minio.MakeBucketOptions{}); err != nil {
		t.Fatalf("make bucket: %v", err)
	}
	body := []byte("hello object store")
	if _, err := c.PutObject(ctx, "iml-test", "a/b.txt", bytes.NewReader(body), int64(len(body)), minio.PutObjectOptions{}); err != nil {
		t.Fatalf("put object: %v", err)
	}
	obj, err := c.GetObject(ctx, "iml-test", "a/b.txt", minio.GetObjectOptions{})
	if err != nil {
		t.Fatalf("get object: %v", err)
	}
	defer obj.Close()
	got, err := io.ReadAll(obj)
	if err != nil || !bytes.Equal(got, body) {
		t.Fatalf("read object: %q, %v", got, err)
	}
}
